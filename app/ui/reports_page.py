"""Laporan: pick a document and a forum session, generate it in the background with progress,
preview its pages, print through the system dialog, save as PDF or Excel.

All work with files and PDFium runs on the context's worker thread (``app/ui/tasks.py``); pages
come back as QImages (safe off the GUI thread) and become pixmaps here. Printing renders the
pages a few at a time on the worker at the printer's resolution and paints each batch as it
arrives, so a 150-page card set never sits in memory at once.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.forum.sealing import verification_code
from app.core.forum.sessions import KIND_LABELS
from app.core.office_profile import ChecklistItem
from app.core.progress import CancelCheck, Progress
from app.core.reports import REPORT_KINDS, ReportResult, build_report
from app.core.reports.logo import configured_logo, set_logo
from app.core.reports.render import RenderedPage, page_count, render_pages
from app.core.workspace import forum_session_summaries, office_checklist
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.progress import run_with_progress
from common.dates import format_date_id

PREVIEW_DPI = 60.0
PREVIEW_PAGES = 20
PRINT_DPI_MAX = 200.0
PRINT_BATCH = 4


@dataclass(frozen=True)
class SessionChoice:
    id: str
    label: str


@dataclass
class Preview:
    result: ReportResult
    pdf: Path
    total_pages: int
    images: list[QImage]


def to_qimage(page: RenderedPage) -> QImage:
    image = QImage(page.rgb, page.width, page.height, page.stride, QImage.Format.Format_RGB888)
    return image.copy()  # own the pixels: ``page.rgb`` may go away


class ReportsPage(QWidget):
    previewReady = Signal(int)  # pages in the document
    printed = Signal(int)  # pages sent to the printer
    saved = Signal(str)  # path written

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.preview: Preview | None = None
        self._workdir = Path(tempfile.mkdtemp(prefix="musrenbang-laporan-"))
        self.destroyed.connect(lambda *_: shutil.rmtree(self._workdir, ignore_errors=True))

        self.kind_combo = QComboBox(self)
        for kind, spec in REPORT_KINDS.items():
            self.kind_combo.addItem(spec.label, kind)
        self.session_combo = QComboBox(self)
        self.session_combo.setMinimumWidth(420)
        self.generate_button = QPushButton(self.tr("Buat pratinjau"), self)
        self.print_button = QPushButton(self.tr("Cetak…"), self)
        self.save_pdf_button = QPushButton(self.tr("Simpan PDF…"), self)
        self.save_xlsx_button = QPushButton(self.tr("Simpan Excel…"), self)
        self.logo_button = QPushButton(self.tr("Logo kabupaten…"), self)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.addRow(self.tr("Dokumen:"), self.kind_combo)
        form.addRow(self.tr("Sesi forum:"), self.session_combo)
        buttons = QHBoxLayout()
        for button in (
            self.generate_button,
            self.print_button,
            self.save_pdf_button,
            self.save_xlsx_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.logo_button)

        self.pages_widget = QWidget(self)
        self.pages_layout = QVBoxLayout(self.pages_widget)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.pages_widget)
        self.scroll_area.setStyleSheet("QScrollArea { background: #808890; }")

        # Before the first documents: what the office still has to fill in (camat, NIP,
        # address, logo, ceilings), and where. Hidden once everything is there.
        self.checklist_label = QLabel(self)
        self.checklist_label.setWordWrap(True)
        self.checklist_label.setTextFormat(Qt.TextFormat.RichText)
        self.checklist_label.setStyleSheet(
            "QLabel { background: #fff4ce; border: 1px solid #c8a600; padding: 6px; }"
        )
        self.checklist_label.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.checklist_label)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        layout.addWidget(self.scroll_area, 1)

        self.generate_button.clicked.connect(self.generate)
        self.print_button.clicked.connect(self.print_with_dialog)
        self.save_pdf_button.clicked.connect(lambda: self.save_with_dialog("pdf"))
        self.save_xlsx_button.clicked.connect(lambda: self.save_with_dialog("xlsx"))
        self.logo_button.clicked.connect(self.choose_logo)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._forget_preview())
        self.session_combo.currentIndexChanged.connect(lambda _i: self._forget_preview())
        context.data_changed.connect(self._data_changed)
        self._update_buttons()
        self.checklist: list[ChecklistItem] = []
        self.reload_sessions()
        self.reload_checklist()

    # ---------------------------------------------------------------- sessions

    def _data_changed(self, kind: str) -> None:
        if kind in ("forum", "sync", "proposals"):
            self.reload_sessions()
        if kind in ("office", "reference", "pagu"):
            self.reload_checklist()

    def reload_checklist(self) -> None:
        engine, has_logo = self.context.engine, self.has_own_logo()

        def load() -> list[ChecklistItem]:
            return office_checklist(engine, has_logo=has_logo)

        self.context.tasks.run(load, self._show_checklist, lambda exc: show_error(self, exc))

    def _show_checklist(self, items: list[ChecklistItem]) -> None:
        self.checklist = items
        missing = [item for item in items if not item.done]
        self.checklist_label.setVisible(bool(missing))
        if not missing:
            return
        # Literal texts, so the translation tools extract them (core keeps plain Indonesian).
        labels = {
            "camat": (self.tr("Nama camat"), self.tr("Pengaturan → Kantor")),
            "nip": (self.tr("NIP camat"), self.tr("Pengaturan → Kantor")),
            "address": (self.tr("Alamat kantor"), self.tr("Pengaturan → Kantor")),
            "logo": (self.tr("Logo kabupaten"), self.tr("Laporan → Logo kabupaten…")),
            "pagu": (
                self.tr("Pagu indikatif kecamatan dan pagu per perangkat daerah"),
                self.tr("Data Referensi → Pagu"),
            ),
        }
        lines = "".join(
            "<li>{} — <i>{}</i></li>".format(*labels.get(item.key, (item.label, item.where)))
            for item in missing
        )
        self.checklist_label.setText(
            self.tr("<b>Sebelum dokumen siap ditandatangani, lengkapi dulu:</b>")
            + f"<ul style='margin:2px'>{lines}</ul>"
        )

    def reload_sessions(self) -> None:
        engine = self.context.engine

        def load() -> list[SessionChoice]:
            forums = forum_session_summaries(engine)
            choices = []
            for forum in forums:
                held = format_date_id(forum.held_on) if forum.held_on else "tanggal belum diisi"
                state = (
                    f"disegel, kode {verification_code(forum.digest)}"
                    if forum.status == "sealed" and forum.digest
                    else "belum disegel"
                )
                kind = KIND_LABELS.get(forum.kind, forum.kind)
                choices.append(SessionChoice(forum.id, f"{forum.title} – {kind}, {held} ({state})"))
            return choices

        self.context.tasks.run(load, self._show_sessions, lambda exc: show_error(self, exc))

    def _show_sessions(self, choices: list[SessionChoice]) -> None:
        current = self.session_combo.currentData()
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        for choice in choices:
            self.session_combo.addItem(choice.label, choice.id)
        index = self.session_combo.findData(current) if current else -1
        self.session_combo.setCurrentIndex(index if index >= 0 else (0 if choices else -1))
        self.session_combo.blockSignals(False)
        if not choices:
            self.status_label.setText(
                self.tr(
                    "Belum ada sesi forum. Buat dan jalankan sesi di halaman Forum, lalu kembali "
                    "ke sini untuk mencetak laporannya."
                )
            )
        self._update_buttons()

    def selected_kind(self) -> str:
        return str(self.kind_combo.currentData())

    def selected_session(self) -> str | None:
        value = self.session_combo.currentData()
        return str(value) if value else None

    def _update_buttons(self) -> None:
        has_session = self.selected_session() is not None
        self.generate_button.setEnabled(has_session)
        self.save_pdf_button.setEnabled(has_session)
        self.save_xlsx_button.setEnabled(has_session)
        self.print_button.setEnabled(self.preview is not None)

    def _forget_preview(self) -> None:
        self.preview = None
        self._clear_pages()
        self._update_buttons()

    # ---------------------------------------------------------------- preview

    def generate(self) -> None:
        session_id = self.selected_session()
        if session_id is None:
            return
        kind = self.selected_kind()
        engine = self.context.engine
        target = self._workdir / f"{kind}.pdf"

        def work(progress: Progress, cancelled: CancelCheck) -> Preview:
            result = build_report(
                engine,
                kind,
                session_id,
                target,
                lambda done, total: progress(done * 9 // 10, total),
                cancelled=cancelled,
            )
            total = page_count(target)
            shown = render_pages(target, PREVIEW_DPI, 0, PREVIEW_PAGES)
            progress(100, 100)
            return Preview(result, target, total, [to_qimage(p) for p in shown])

        self.status_label.setText(self.tr("Menyusun laporan…"))
        run_with_progress(
            self, self.context, self.tr("Menyusun laporan…"), work, self._show_preview
        )

    def _clear_pages(self) -> None:
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def _show_preview(self, preview: Preview) -> None:
        self._clear_pages()
        self.preview = preview
        for n, image in enumerate(preview.images, start=1):
            label = QLabel(self.pages_widget)
            label.setPixmap(QPixmap.fromImage(image))
            label.setToolTip(self.tr("Halaman %1").replace("%1", str(n)))
            label.setStyleSheet("background: white; border: 1px solid #555;")
            self.pages_layout.addWidget(label)
        result = preview.result
        shown = len(preview.images)
        note = (
            self.tr(
                " Pratinjau menampilkan %1 halaman pertama; cetak dan simpan memuat semuanya."
            ).replace("%1", str(shown))
            if shown < preview.total_pages
            else ""
        )
        seal = (
            self.tr("Kode verifikasi %1.").replace("%1", result.code)
            if result.sealed
            else self.tr("Sesi belum disegel: laporan ini DRAF.")
        )
        self.status_label.setText(
            self.tr("%1 halaman siap.").replace("%1", str(preview.total_pages)) + f" {seal}{note}"
        )
        self._update_buttons()
        self.previewReady.emit(preview.total_pages)

    # ---------------------------------------------------------------- print

    def print_with_dialog(self) -> None:
        if self.preview is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Cetak laporan"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Paint every page of the previewed PDF on ``printer``, rendered a few pages at a time
        on the worker thread at the printer's resolution (capped)."""
        preview = self.preview
        if preview is None:
            return
        dpi = float(min(printer.resolution(), PRINT_DPI_MAX))
        painter = QPainter()
        if not painter.begin(printer):
            self.status_label.setText(
                self.tr("Printer tidak dapat dibuka. Periksa printer lalu coba lagi.")
            )
            return
        pdf = preview.pdf
        total = preview.total_pages
        state = {"next": 0}

        def paint(images: list[QImage]) -> None:
            for image in images:
                if state["next"] > 0:
                    printer.newPage()
                area = painter.viewport()
                size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                target = QRect(area.x(), area.y(), size.width(), size.height())
                painter.drawImage(target, image)
                state["next"] += 1
            request()

        def failed(exc: BaseException) -> None:
            painter.end()
            show_error(self, exc)

        def request() -> None:
            start = state["next"]
            if start >= total:
                painter.end()
                self.status_label.setText(
                    self.tr("%1 halaman dikirim ke printer.").replace("%1", str(total))
                )
                self.printed.emit(total)
                return
            self.status_label.setText(
                self.tr("Mencetak halaman %1 dari %2…")
                .replace("%1", str(start + 1))
                .replace("%2", str(total))
            )

            def batch() -> list[QImage]:
                return [to_qimage(p) for p in render_pages(pdf, dpi, start, start + PRINT_BATCH)]

            self.context.tasks.run(batch, paint, failed)

        request()

    # ---------------------------------------------------------------- save

    def save_with_dialog(self, fmt: str) -> None:
        kind = self.selected_kind()
        if fmt == "pdf":
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Simpan laporan PDF"), f"{kind}.pdf", self.tr("PDF (*.pdf)")
            )
        else:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Simpan laporan Excel"), f"{kind}.xlsx", self.tr("Excel (*.xlsx)")
            )
        if name:
            path = Path(name)
            if path.suffix.lower() != f".{fmt}":
                path = path.with_name(path.name + f".{fmt}")
            self.save_as(path)

    def save_as(self, path: Path) -> None:
        session_id = self.selected_session()
        if session_id is None:
            return
        kind = self.selected_kind()
        engine = self.context.engine

        def work(progress: Progress, cancelled: CancelCheck) -> ReportResult:
            return build_report(engine, kind, session_id, path, progress, cancelled=cancelled)

        def done(result: Any) -> None:
            assert isinstance(result, ReportResult)
            unit = self.tr("halaman") if result.format == "pdf" else self.tr("lembar kerja")
            self.status_label.setText(
                self.tr("Tersimpan: %1 (%2 %3).")
                .replace("%1", str(result.path))
                .replace("%2", str(result.pages))
                .replace("%3", unit)
            )
            self.saved.emit(str(result.path))

        run_with_progress(self, self.context, self.tr("Menyimpan laporan…"), work, done)

    # ---------------------------------------------------------------- logo

    def choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih logo kabupaten"), "", self.tr("Gambar (*.png *.jpg *.jpeg)")
        )
        if name:
            self.use_logo(Path(name))

    def use_logo(self, path: Path) -> None:
        def work() -> Path:
            return set_logo(path)

        def done(_target: Path) -> None:
            self.status_label.setText(
                self.tr("Logo kabupaten diganti; laporan berikutnya memakainya.")
            )
            self.reload_checklist()
            if self.preview is not None:
                self.generate()

        self.context.tasks.run(work, done, lambda exc: show_error(self, exc))

    def has_own_logo(self) -> bool:
        return configured_logo() is not None
