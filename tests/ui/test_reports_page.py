"""The Laporan page: generate in the background, preview, print to a PDF printer, save."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from app.ui.context import AppContext
from app.ui.reports_page import PREVIEW_PAGES, ReportsPage
from app.ui.tasks import InlineTaskRunner, TaskRunner
from tests.core.test_report_support import (
    ReportDb,
    demo_forum_template,
    pdf_pages,
    pdf_text,
    report_db,
)

__all__ = ["demo_forum_template", "report_db"]  # fixtures


def _page(qtbot: QtBot, db: ReportDb, tasks: TaskRunner | InlineTaskRunner) -> ReportsPage:
    context = AppContext(db.engine, "uji.sqlite3", tasks)
    page = ReportsPage(context)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.session_combo.count() == 1, timeout=5000)
    return page


def test_generates_in_the_background_and_previews(qtbot: QtBot, report_db: ReportDb) -> None:
    tasks = TaskRunner()
    page = _page(qtbot, report_db, tasks)
    assert page.session_combo.currentData() == report_db.session_id
    assert "disegel, kode" in page.session_combo.currentText()
    assert not page.print_button.isEnabled()
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("td4"))
    with qtbot.waitSignal(page.previewReady, timeout=20000) as signal:
        page.generate_button.click()
    pages = signal.args[0]
    assert page.preview is not None and pages == page.preview.total_pages == pdf_pages(
        page.preview.pdf
    )
    assert page.pages_layout.count() == min(pages, PREVIEW_PAGES)
    assert f"{pages} halaman siap" in page.status_label.text()
    assert page.print_button.isEnabled()
    tasks.wait()


def test_long_documents_preview_the_first_pages_only(qtbot: QtBot, report_db: ReportDb) -> None:
    page = _page(qtbot, report_db, InlineTaskRunner())
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("kartu"))
    with qtbot.waitSignal(page.previewReady, timeout=20000) as signal:
        page.generate()
    assert signal.args[0] > PREVIEW_PAGES
    assert page.pages_layout.count() == PREVIEW_PAGES
    assert "halaman pertama" in page.status_label.text()
    # Choosing another document drops the stale preview.
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("delegasi"))
    assert page.preview is None and not page.print_button.isEnabled()


def test_prints_every_page_to_a_pdf_printer(
    qtbot: QtBot, report_db: ReportDb, tmp_path: Path
) -> None:
    page = _page(qtbot, report_db, InlineTaskRunner())
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("berita-acara"))
    with qtbot.waitSignal(page.previewReady, timeout=20000) as ready:
        page.generate()
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "cetak.pdf"
    printer.setOutputFileName(str(out))
    with qtbot.waitSignal(page.printed, timeout=20000) as printed:
        page.print_to(printer)
    assert printed.args[0] == ready.args[0] == pdf_pages(out)
    assert out.stat().st_size > 10_000


def test_saves_pdf_and_excel(qtbot: QtBot, report_db: ReportDb, tmp_path: Path) -> None:
    page = _page(qtbot, report_db, InlineTaskRunner())
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("daftar-hadir"))
    pdf = tmp_path / "hadir.pdf"
    with qtbot.waitSignal(page.saved, timeout=20000):
        page.save_as(pdf)
    assert "DAFTAR HADIR" in pdf_text(pdf)
    xlsx = tmp_path / "hadir.xlsx"
    with qtbot.waitSignal(page.saved, timeout=20000):
        page.save_as(xlsx)
    assert load_workbook(xlsx).sheetnames == ["Daftar hadir", "Rekap kehadiran"]
    assert "Tersimpan" in page.status_label.text()


def test_custom_logo(qtbot: QtBot, report_db: ReportDb, tmp_path: Path) -> None:
    from PIL import Image

    page = _page(qtbot, report_db, InlineTaskRunner())
    assert not page.has_own_logo()
    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 150), (10, 90, 30)).save(logo)
    page.use_logo(logo)
    assert page.has_own_logo()
    assert "Logo kabupaten diganti" in page.status_label.text()


def test_no_session_yet_says_what_to_do(qtbot: QtBot, demo_engine: object) -> None:
    context = AppContext(demo_engine, "uji.sqlite3", InlineTaskRunner())  # type: ignore[arg-type]
    page = ReportsPage(context)
    qtbot.addWidget(page)
    assert page.session_combo.count() == 0
    assert "Belum ada sesi forum" in page.status_label.text()
    assert not page.generate_button.isEnabled()
