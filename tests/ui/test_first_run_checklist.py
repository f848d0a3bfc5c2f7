"""The first-run checklist (issue #17): the Laporan page says what the office must fill in
before its documents are ready to sign, and where, until it is done."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.core.office_profile import clean_profile, first_run_checklist, save_profile
from app.models.db import read_session
from app.ui.context import AppContext
from app.ui.reports_page import ReportsPage


def test_the_laporan_page_points_to_what_is_missing(qtbot: QtBot, context: AppContext) -> None:
    page = ReportsPage(context)
    qtbot.addWidget(page)
    page.show()
    text = page.checklist_label.text()
    assert page.checklist_label.isVisible()
    for label in ("Nama camat", "NIP camat", "Alamat kantor", "Logo kabupaten"):
        assert label in text
    assert "Pengaturan → Kantor" in text
    assert "Pagu indikatif" not in text  # the demo has its ceilings
    save_profile(
        context.engine,
        clean_profile("Drs. Arianto, M.Si", "197001011990031001", "Jl. Jend. Sudirman No. 1"),
    )
    context.data_changed.emit("office")
    text = page.checklist_label.text()
    assert "Nama camat" not in text and "NIP camat" not in text and "Logo kabupaten" in text
    with read_session(context.engine) as session:
        items = {i.key: i.done for i in first_run_checklist(session, has_logo=True)}
    assert items == {"camat": True, "nip": True, "address": True, "logo": True, "pagu": True}


def test_the_checklist_is_english_in_the_english_ui(qtbot: QtBot, context: AppContext) -> None:
    from PySide6.QtWidgets import QApplication

    from app.ui.i18n import install_translators

    app = QApplication.instance()
    assert app is not None
    assert install_translators(app, "en")
    try:
        page = ReportsPage(context)
        qtbot.addWidget(page)
        page.show()
        text = page.checklist_label.text()
        assert "District head's name" in text and "Settings → Office" in text
        assert "Nama camat" not in text and "Pengaturan → Kantor" not in text
    finally:
        install_translators(app, "id")
