"""The translation catalogues in resources/i18n: up to date with the code, fully translated,
compiled, and loaded at run time. Fix a failure with ``uv run python tools/update_translations.py``
(and ``tools/translate_missing.py`` for new English texts)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from app.ui import i18n
from app.ui.i18n import install_translators
from tools import translate_missing
from tools.update_translations import (
    EN_TS,
    ID_TS,
    MessageKey,
    current_keys,
    id_catalogue_problems,
    lrelease,
    lupdate,
    qm_path,
    read_messages,
    requested_stock_texts,
    unfinished,
)

UPDATE = "run `uv run python tools/update_translations.py`"
TRANSLATE = (
    "list them with `uv run python tools/translate_missing.py > todo.json`, fill in the "
    "translations and apply them with `uv run python tools/translate_missing.py --apply todo.json`"
)


def _listing(keys: set[MessageKey]) -> str:
    return "".join(f"\n  {key.label()}" for key in sorted(keys)[:40])


@pytest.fixture
def indonesian_afterwards(qapp: QApplication) -> Iterator[QApplication]:
    """install_translators is global: leave the app with the Indonesian catalogue, as at start."""
    try:
        yield qapp
    finally:
        assert install_translators(qapp, "id")


def test_english_catalogue_has_every_text_of_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh_en.ts"
    lupdate(fresh)
    in_code, committed = current_keys(fresh), current_keys(EN_TS)
    assert in_code == committed, (
        f"musrenbang_en.ts is out of date with app/ui: {UPDATE}, then translate the new texts."
        f"\nNew in the code:{_listing(in_code - committed)}"
        f"\nNo longer in the code:{_listing(committed - in_code)}"
    )


def test_every_english_message_is_translated() -> None:
    todo = {m.key for m in unfinished(EN_TS)}
    assert not todo, f"{len(todo)} untranslated message(s) in musrenbang_en.ts; {TRANSLATE}:" + (
        _listing(todo)
    )


def test_indonesian_catalogue_holds_only_finished_stock_texts() -> None:
    assert not id_catalogue_problems(), "\n".join(id_catalogue_problems())


@pytest.mark.parametrize("ts", [EN_TS, ID_TS], ids=lambda p: p.name)
def test_committed_qm_is_compiled_from_the_ts(ts: Path, tmp_path: Path) -> None:
    compiled = tmp_path / qm_path(ts).name
    lrelease(ts, compiled)
    assert qm_path(ts).exists(), f"{qm_path(ts).name} is missing: {UPDATE}"
    assert qm_path(ts).read_bytes() == compiled.read_bytes(), (
        f"{qm_path(ts).name} is not what lrelease makes of {ts.name}: {UPDATE}"
    )


def test_qt_stock_texts_of_this_qt_are_translated_into_indonesian(qapp: QApplication) -> None:
    """After a Qt upgrade a stock text may change its source: translate the new one by hand."""
    missing = requested_stock_texts() - current_keys(ID_TS)
    assert not missing, "Qt asks for stock texts musrenbang_id.ts lacks:" + _listing(missing)


def test_english_catalogue_translates_the_interface(
    qtbot: QtBot, engine: Engine, indonesian_afterwards: QApplication
) -> None:
    from app.ui.login import LoginDialog
    from app.ui.proposals.model import columns

    assert install_translators(indonesian_afterwards, "en")
    dialog = LoginDialog(engine)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Sign in — Musrenbang Kecamatan"
    assert dialog.tr("Kata sandi") == "Password"
    # texts behind a module's _t() wrapper, and labels from a table in app.core
    labels = [column.label for column in columns()]
    assert labels[:2] == ["Number", "Village/Ward"]
    assert QCoreApplication.translate("ProposalTableModel", "Terverifikasi") == "Verified"
    # Qt's own texts stay English
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
    assert buttons.button(QDialogButtonBox.StandardButton.Save).text() == "Save"


def test_indonesian_catalogue_translates_qt_stock_texts(
    qtbot: QtBot, indonesian_afterwards: QApplication
) -> None:
    assert install_translators(indonesian_afterwards, "id")
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Yes
        | QDialogButtonBox.StandardButton.No
    )
    qtbot.addWidget(box)
    button = box.button
    assert button(QDialogButtonBox.StandardButton.Save).text() == "Simpan"
    assert button(QDialogButtonBox.StandardButton.Cancel).text() == "Batal"
    assert button(QDialogButtonBox.StandardButton.Yes).text() == "&Ya"
    assert button(QDialogButtonBox.StandardButton.No).text() == "&Tidak"
    wizard = QWizard()
    qtbot.addWidget(wizard)
    wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == "&Lanjut >"
    assert wizard.buttonText(QWizard.WizardButton.BackButton) == "< &Kembali"
    edit = QLineEdit("teks")
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    assert menu is not None
    actions = [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    assert "&Salin" in actions and "T&empel" in actions and "Pilih Semua" in actions
    menu.deleteLater()
    # our own strings are the source text: Indonesian without any catalogue entry
    assert QCoreApplication.translate("MainWindow", "Navigasi") == "Navigasi"


def test_a_missing_catalogue_leaves_the_app_in_indonesian(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, indonesian_afterwards: QApplication
) -> None:
    monkeypatch.setattr(i18n, "resource", lambda *parts: tmp_path.joinpath(*parts))
    assert not install_translators(indonesian_afterwards, "en")
    assert QCoreApplication.translate("MainWindow", "Navigasi") == "Navigasi"
    monkeypatch.undo()


def test_rerun_keeps_translations_adds_new_texts_and_keeps_vanished_ones(tmp_path: Path) -> None:
    ts = tmp_path / "musrenbang_en.ts"
    shutil.copy(EN_TS, ts)
    source = tmp_path / "page.py"
    source.write_text(
        "class MainWindow:\n"
        "    def build(self):\n"
        '        self.tr("Navigasi")\n'
        '        self.tr("Teks yang baru ditulis")\n',
        encoding="utf-8",
    )
    lupdate(ts, [source])
    messages = {m.key: m for m in read_messages(ts)}
    kept = messages[MessageKey("MainWindow", "Navigasi")]
    assert kept.finished and kept.translations == ("Navigation",)
    new = messages[MessageKey("MainWindow", "Teks yang baru ditulis")]
    assert new.current and not new.finished
    gone = messages[MessageKey("MainWindow", "Basis data: %s")]
    assert not gone.current and gone.translations == ("Database: %s",)

    written = translate_missing.apply(
        translate_missing.parse_translations({"MainWindow": {"Teks yang baru ditulis": "New"}}),
        ts,
    )
    assert written == 1
    assert not unfinished(ts)
    assert {m.key for m in read_messages(ts) if not m.current} >= {gone.key}


def test_translations_must_keep_the_placeholders() -> None:
    key = MessageKey("MainWindow", "Menunggu sinkronisasi: %d")
    assert translate_missing.problems_of(key, "Waiting to sync: %d") == ([], [])
    errors, _ = translate_missing.problems_of(key, "Waiting to sync")
    assert errors
    numbered = MessageKey("SyncPage", "Kecamatan %1 → %2.")
    assert translate_missing.problems_of(numbered, "%2 ← district %1.")[0] == []
    accelerator = MessageKey("SuggestionPanel", "&Terima saran")
    assert translate_missing.problems_of(accelerator, "Take suggestion")[1]
