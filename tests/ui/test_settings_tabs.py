"""The Pengaturan tabs as an operator uses them: office facts, backups with preview and restore,
moving laptops, log & diagnosis, server enrolment, and the automatic backup's notice."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
)
from pytestqt.qtbot import QtBot
from sqlmodel import select

from app import paths
from app.core.backup_service import reset_fallback_notices
from app.core.database import OpenedDatabase
from app.core.office_profile import office_identity
from app.core.settings import get_settings, save_settings
from app.logsetup import log_file
from app.models import Proposal
from app.models.backup import list_backups
from app.models.db import read_session
from app.ui.context import AppContext
from app.ui.settings.auto_backup import AutoBackup
from app.ui.settings_page import SettingsPage
from app.ui.tasks import InlineTaskRunner


@pytest.fixture
def page(qtbot: QtBot, context: AppContext) -> SettingsPage:
    reset_fallback_notices()
    widget = SettingsPage(context)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Error dialogs shown through show_error, recorded instead of shown."""
    shown: list[str] = []

    def record(box: QMessageBox) -> int:
        shown.append(f"{box.text()} {box.informativeText()}")
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    return shown


def _answer_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def yes(_parent: object, _title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    return asked


def _titles(db: Path) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {r[0] for r in conn.execute("SELECT title FROM proposal")}
    finally:
        conn.close()


def _retitle(db: Path, title: str) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE proposal SET title = ?", (title,))
    conn.close()


def test_tabs_are_there_in_order(page: SettingsPage) -> None:
    # "&&" shows one ampersand (a single "&" would mark a keyboard mnemonic).
    labels = [page.tabs.tabText(i).replace("&&", "&") for i in range(page.tabs.count())]
    assert labels == [
        "Kantor",
        "Server sinkronisasi",
        "Bahasa",
        "Cadangan",
        "Pindah laptop",
        "Log & diagnosis",
        "Pengguna",
    ]


def test_office_tab_shows_identity_and_saves_the_camat(
    page: SettingsPage, context: AppContext, dialogs: list[str]
) -> None:
    tab = page.office_tab
    identity = office_identity(context.engine)
    assert identity.kecamatan_name and identity.kecamatan_name in tab.kecamatan.text()
    assert "DEMO" in tab.demo_note.text()
    tab.camat_name.setText("Drs. Budi Santoso")
    tab.camat_nip.setText("1970")
    tab.save()
    assert dialogs and "18 angka" in dialogs[0]
    assert office_identity(context.engine).profile.camat_name == ""
    tab.camat_nip.setText("19700101 199003 1 002")
    tab.address.setPlainText("Jl. Poros Tenggarong No. 1")
    tab.save()
    profile = office_identity(context.engine).profile
    assert (profile.camat_name, profile.camat_nip) == ("Drs. Budi Santoso", "197001011990031002")
    assert tab.status.text() == "Tersimpan."


def test_backup_to_usb_preview_and_restore(
    page: SettingsPage, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = page.backup_tab
    usb = tmp_path / "flashdisk"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(usb))
    tab.choose_folder()
    assert get_settings().backup_folder == str(usb)
    tab.auto.setChecked(False)
    assert get_settings().backup_auto is False and not tab.interval.isEnabled()
    tab.auto.setChecked(True)
    tab.interval.setValue(12)
    assert get_settings().backup_interval_hours == 12

    db_path = paths.database_path()
    original = _titles(db_path)
    tab.take_backup_now()
    (made,) = list_backups(usb)
    assert "Cadangan dibuat" in tab.message.text()
    rows = [tab.model.item(r, 3).text() for r in range(tab.model.rowCount())]
    assert str(usb) in rows
    tab.view.selectRow(rows.index(str(usb)))
    assert tab.preview is not None and tab.preview.path == made.path
    form = tab.preview_form

    def cell(row: int, role: QFormLayout.ItemRole) -> str:
        item = form.itemAt(row, role)
        label = item.widget() if item is not None else None
        assert isinstance(label, QLabel)
        return label.text()

    values = {
        cell(r, QFormLayout.ItemRole.LabelRole): cell(r, QFormLayout.ItemRole.FieldRole)
        for r in range(form.rowCount())
    }
    with read_session(context.engine) as session:
        count = len(session.exec(select(Proposal.id)).all())
    assert values["Usulan"].startswith(str(count))
    assert "Kecamatan" in values["Kantor"] and "demo" in values["Kantor"]

    _retitle(db_path, "diubah sesudah cadangan")
    asked = _answer_yes(monkeypatch)
    replaced: list[OpenedDatabase] = []
    page.office_replaced.connect(replaced.append)
    tab.restore_selected()
    assert asked and "Usulan" in asked[0]
    (db,) = replaced
    try:
        assert _titles(db.path) == original
        (safety,) = [b for b in list_backups(paths.backup_dir()) if b.reason == "before-restore"]
        assert _titles(safety.path) == {"diubah sesudah cadangan"}
    finally:
        db.engine.dispose()


def test_backup_folder_missing_says_so(page: SettingsPage, tmp_path: Path) -> None:
    tab = page.backup_tab
    tab.set_folder(str(tmp_path / "E-drive"))
    assert "tidak ditemukan" in tab.folder_note.text()
    tab.take_backup_now()
    assert "folder bawaan" in tab.message.text()
    assert list_backups(paths.backup_dir())


def test_move_office_export_then_import(
    page: SettingsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = page.transfer_tab
    target = tmp_path / "pindah.musrenbang"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    tab.export()
    assert target.is_file() and "SHA-256" in tab.export_result.text()
    db_path = paths.database_path()
    original = _titles(db_path)
    _retitle(db_path, "data laptop baru")
    asked = _answer_yes(monkeypatch)
    replaced: list[OpenedDatabase] = []
    page.office_replaced.connect(replaced.append)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(target), ""))
    tab.choose_import()
    assert asked and "semua kode SHA-256 cocok" in asked[0]
    (db,) = replaced
    try:
        assert _titles(db.path) == original
        assert "diimpor" in tab.import_result.text()
        assert "didaftarkan ulang" not in tab.import_result.text()  # demo office: no server
    finally:
        db.engine.dispose()


def test_a_tampered_transfer_file_is_refused(
    page: SettingsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dialogs: list[str]
) -> None:
    tab = page.transfer_tab
    target = tmp_path / "pindah.musrenbang"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    tab.export()
    tampered = tmp_path / "diubah.musrenbang"
    with zipfile.ZipFile(target) as old, zipfile.ZipFile(tampered, "w") as new:
        for info in old.infolist():
            data = old.read(info.filename)
            if info.filename == "database.sqlite3":
                data = data[:-1] + bytes([data[-1] ^ 1])
            new.writestr(info, data)
    before = paths.database_path().read_bytes()
    replaced: list[object] = []
    page.office_replaced.connect(replaced.append)
    tab.check_file(tampered)
    assert dialogs and "Tidak ada data yang diubah" in dialogs[0]
    assert not replaced and paths.database_path().read_bytes() == before


def test_logs_tab_shows_the_tail_and_copies_a_diagnosis(page: SettingsPage) -> None:
    log_file().write_text(
        "".join(f"baris {i}\n" for i in range(300)) + "masuk password=rahasia9\n",
        encoding="utf-8",
    )
    tab = page.logs_tab
    tab.refresh()
    text = tab.view.toPlainText()
    assert "baris 299" in text and "baris 50\n" not in text and "rahasia9" not in text
    tab.copy_diagnostics()
    copied = QApplication.clipboard().text()
    assert "Diagnosis Musrenbang" in copied and "Qt:" in copied and "quick_check" in copied
    assert "rahasia9" not in copied and "password=***" in copied
    assert tab.message.text() == "Diagnosis disalin ke papan klip."


def test_server_tab_enrols_with_the_code(
    page: SettingsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = page.server_tab
    assert "Belum terdaftar" in tab.enrolled.text()
    calls: list[tuple[str, str, bool]] = []

    def enroll(_self: object, url: str, code: str, *, allow_insecure_http: bool) -> None:
        calls.append((url, code, allow_insecure_http))

    monkeypatch.setattr("app.sync.client.SyncClient.enroll", enroll)
    tab.address.setText("https://eperencanaan.example")
    tab.code.setText("ABCD-1234")
    tab.enroll()
    assert calls == [("https://eperencanaan.example", "ABCD-1234", False)]
    assert get_settings().server_url == "https://eperencanaan.example"
    assert tab.code.text() == ""


def test_automatic_backup_tells_about_a_missing_usb_once(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    reset_fallback_notices()
    window = QMainWindow()
    qtbot.addWidget(window)
    save_settings(backup_folder=str(tmp_path / "E-drive"))
    save_settings(backup_interval_hours=1)
    auto = AutoBackup(InlineTaskRunner(), window)
    auto.start()
    assert auto.timer.isActive()
    assert "tidak ditemukan" in window.statusBar().currentMessage()
    assert len(list_backups(paths.backup_dir())) >= 1
    window.statusBar().clearMessage()
    auto.check()  # not due again, and already told
    assert window.statusBar().currentMessage() == ""
    auto.stop()


def test_preview_rows_are_labels(page: SettingsPage) -> None:
    tab = page.backup_tab
    assert isinstance(tab.preview_hint, QLabel) and "Pilih cadangan" in tab.preview_hint.text()


def test_main_window_switches_to_the_restored_database(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui.context import SignedInUser
    from app.ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    db_path = paths.database_path()
    original = _titles(db_path)
    page.backup_tab.take_backup_now()
    _retitle(db_path, "sesudah cadangan")
    page.backup_tab.refresh()
    page.backup_tab.view.selectRow(0)
    _answer_yes(monkeypatch)
    monkeypatch.setattr(
        "app.ui.login.sign_in",
        lambda _engine, _parent=None: SignedInUser("admin", "Admin", "admin"),
    )
    page.backup_tab.restore_selected()
    assert window.context.engine is not context.engine
    with read_session(window.context.engine) as session:
        titles = set(session.exec(select(Proposal.title)).all())
    assert titles == original
    window.context.engine.dispose()
