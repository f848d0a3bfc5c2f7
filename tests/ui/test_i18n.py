"""The translation catalogues in resources/i18n: up to date with the code, fully translated,
compiled, and loaded at run time. Fix a failure with ``uv run python tools/update_translations.py``
(and ``tools/translate_missing.py`` for new English texts)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from app.errors import UserError
from app.ui import i18n
from app.ui.i18n import install_translators
from common import i18n as core_i18n
from tools import translate_missing
from tools.update_translations import (
    CORE_CONTEXT,
    EN_TS,
    ID_TS,
    ROOT,
    MessageKey,
    current_keys,
    extract_marked,
    id_catalogue_problems,
    lrelease,
    lupdate,
    marked_sources,
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
    """install_translators is global: leave the app with the Indonesian catalogue, as at start,
    and the Qt-free layers without a translator, as in the CLI."""
    try:
        yield qapp
    finally:
        assert install_translators(qapp, "id")
        core_i18n.install_translator(None)


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


# --- the messages of the Qt-free layers (common.i18n markers, context "core") ------------------


def test_core_markers_are_given_literal_texts() -> None:
    """``_(f"...")`` or ``_("..".format(..))`` can never be found in the catalogue: translate the
    format string, then format it."""
    extraction = extract_marked(marked_sources())
    assert len(extraction.messages) > 300
    assert not extraction.warnings, "\n".join(extraction.warnings)


def test_every_marked_core_text_is_in_the_catalogue_and_translated() -> None:
    marked = extract_marked(marked_sources()).messages
    catalogue = {m.key: m for m in read_messages(EN_TS) if m.current}
    missing = marked - catalogue.keys()
    assert not missing, f"marked texts not in musrenbang_en.ts: {UPDATE}:" + _listing(missing)
    todo = {key for key in marked if not catalogue[key].finished}
    assert not todo, f"{len(todo)} untranslated core message(s); {TRANSLATE}:" + _listing(todo)


def test_the_extractor_reads_every_python_file_of_app_server_and_common() -> None:
    sources = set(marked_sources())
    for path in (
        "app/errors.py",
        "app/core/tabular.py",
        "app/sync/conflicts.py",
        "server/logic.py",
    ):
        assert ROOT / path in sources
    assert not any(p.is_relative_to(ROOT / "app" / "ui") for p in sources)


def test_the_extractor_finds_marked_literals_and_reports_formatted_ones(tmp_path: Path) -> None:
    source = tmp_path / "rule.py"
    source.write_text(
        "from common.i18n import N_, _\n"
        'LABELS = {"a": N_("Label tabel")}\n'
        "def check(name):\n"
        '    _("Berkas {name} rusak.").format(name=name)\n'
        "    _(LABELS[name])\n"
        '    _(f"Berkas {name} hilang.")\n',
        encoding="utf-8",
    )
    extraction = extract_marked([source])
    assert extraction.messages == {
        MessageKey(CORE_CONTEXT, "Label tabel"),
        MessageKey(CORE_CONTEXT, "Berkas {name} rusak."),
    }
    assert [w.split(": ", 1)[1][:4] for w in extraction.warnings] == ["_() "]
    assert ":6:" in extraction.warnings[0]


def test_core_translations_must_keep_the_format_fields() -> None:
    key = MessageKey(CORE_CONTEXT, "Berkas {name} terlalu besar ({size:.1f} MB).")
    assert translate_missing.problems_of(key, "({size:.1f} MB) too large: {name}.") == ([], [])
    assert translate_missing.problems_of(key, "The file {nama} is too large.")[0]
    percent = MessageKey(CORE_CONTEXT, "keyakinan {confidence}%")
    assert translate_missing.problems_of(percent, "{confidence}% confidence") == ([], [])


def test_english_ui_shows_core_errors_and_confirmations_in_english(
    tmp_path: Path, indonesian_afterwards: QApplication
) -> None:
    from app.core.forum.delegation import check_delegation
    from app.core.proposal_rules import CoordinateFormatError, parse_coordinates
    from app.core.tabular import read_table
    from app.core.workflow import STATUS_LABELS

    missing = tmp_path / "usulan.xlsx"
    assert install_translators(indonesian_afterwards, "en")
    with pytest.raises(UserError) as error:
        read_table(missing)
    assert error.value.message == f"The file {missing} was not found."
    assert error.value.hint == "Check the name and its folder."
    with pytest.raises(CoordinateFormatError, match=r"^the coordinates are empty$"):
        parse_coordinates("  ")
    assert check_delegation([]).warnings[0] == "The delegation has only 0 people; appoint 3–5."
    # a label table marked with N_ stays Indonesian in the code and is translated where shown
    assert STATUS_LABELS["agreed"] == "Disepakati"
    assert core_i18n._(STATUS_LABELS["agreed"]) == "Agreed"

    assert install_translators(indonesian_afterwards, "id")
    with pytest.raises(UserError) as error:
        read_table(missing)
    assert str(error.value) == f"Berkas {missing} tidak ditemukan. Periksa nama dan foldernya."


def test_without_a_translator_core_messages_stay_indonesian() -> None:
    core_i18n.install_translator(None)
    assert core_i18n._("Usulan tidak ditemukan.") == "Usulan tidak ditemukan."
    assert core_i18n.N_("Disepakati") == "Disepakati"


def test_the_cli_stays_indonesian(tmp_path: Path) -> None:
    """The CLI installs no translator: a core error reaches the terminal in Indonesian."""
    missing = tmp_path / "tidak-ada.csv"
    done = subprocess.run(
        [sys.executable, "-m", "app", "score", str(missing), "-o", str(tmp_path / "o.csv")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert f"Berkas {missing} tidak ditemukan." in done.stderr
