"""Pindah laptop: the whole office (database, attachments, logo) in one ``.musrenbang`` file,
checked by SHA-256 on the new laptop before anything there is replaced."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.backup_service import format_size
from app.core.office_transfer import (
    SUFFIX,
    ExportResult,
    ImportResult,
    TransferCheck,
    check_transfer,
    export_office,
    import_office,
)
from app.core.progress import CancelCheck, Progress
from app.core.users import can
from app.ui.context import AppContext
from app.ui.progress import run_with_progress
from app.ui.settings.backup_tab import translated_preview_lines


class TransferTab(QWidget):
    office_replaced = Signal(object)  # OpenedDatabase

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        admin = can(context.user.role, "settings")
        intro = QLabel(
            self.tr(
                "Untuk pindah ke laptop baru: di laptop lama simpan seluruh data kantor ke satu "
                "berkas (mis. di flashdisk), lalu di laptop baru buka berkas itu di sini. "
                "Berkas berisi basis data, semua lampiran dan logo kop laporan. Kode SHA-256 "
                "memastikan berkasnya utuh.\n\nKredensial sinkronisasi TIDAK ikut: setelah "
                "impor, daftarkan laptop baru ke server di tab Server sinkronisasi."
            ),
            self,
        )
        intro.setWordWrap(True)
        export_box = QGroupBox(self.tr("Di laptop lama"), self)
        self.export_button = QPushButton(self.tr("Simpan data kantor ke berkas…"), self)
        self.export_button.clicked.connect(self.export)
        self.export_result = QLabel(self)
        self.export_result.setWordWrap(True)
        self.export_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        export_layout = QVBoxLayout(export_box)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addStretch(1)
        export_layout.addLayout(row)
        export_layout.addWidget(self.export_result)
        import_box = QGroupBox(self.tr("Di laptop baru"), self)
        self.import_button = QPushButton(self.tr("Buka berkas pindahan…"), self)
        self.import_button.clicked.connect(self.choose_import)
        self.import_result = QLabel(self)
        self.import_result.setWordWrap(True)
        self.import_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        import_layout = QVBoxLayout(import_box)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addStretch(1)
        import_layout.addLayout(row)
        import_layout.addWidget(self.import_result)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(export_box)
        layout.addWidget(import_box)
        layout.addStretch(1)
        self.export_button.setEnabled(admin)
        self.import_button.setEnabled(admin)

    def _default_name(self) -> str:
        office = self.context.office
        code = office.kecamatan_code.replace(".", "") if office else "kantor"
        return str(Path.home() / f"musrenbang-{code}-{date.today():%Y%m%d}{SUFFIX}")

    def export(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Simpan data kantor"),
            self._default_name(),
            self.tr("Berkas pindahan Musrenbang (*.musrenbang)"),
        )
        if not name:
            return
        target = Path(name)

        def op(progress: Progress, cancelled: CancelCheck) -> ExportResult:
            return export_office(target, progress=progress, cancelled=cancelled)

        run_with_progress(self, self.context, self.tr("Menyimpan data kantor…"), op, self._exported)

    def _exported(self, result: ExportResult) -> None:
        lines = [
            self.tr("Tersimpan: %s (%s), %d lampiran.")
            % (result.path, format_size(result.size), result.attachments),
            self.tr("Kode SHA-256: %s") % result.file_sha256,
            self.tr("Salin juga berkas %s.sha256 di sebelahnya; di laptop baru kodenya diperiksa.")
            % result.path.name,
        ]
        if result.missing_attachments:
            lines.append(
                self.tr(
                    "Perhatian: %d lampiran tidak ditemukan atau rusak di laptop ini dan tidak ikut."
                )
                % len(result.missing_attachments)
            )
        self.export_result.setText("\n".join(lines))

    def choose_import(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Buka berkas pindahan"),
            str(Path.home()),
            self.tr("Berkas pindahan Musrenbang (*.musrenbang)"),
        )
        if name:
            self.check_file(Path(name))

    def check_file(self, path: Path) -> None:
        def op(progress: Progress, cancelled: CancelCheck) -> TransferCheck:
            return check_transfer(path, progress=progress, cancelled=cancelled)

        run_with_progress(self, self.context, self.tr("Memeriksa berkas…"), op, self._confirm)

    def _confirm(self, check: TransferCheck) -> None:
        summary = "\n".join(
            f"{label}: {value}" for label, value in translated_preview_lines(check.preview)
        )
        self.import_result.setText(
            self.tr("Berkas utuh (SHA-256 %s).\n%s") % (check.file_sha256, summary)
        )
        answer = QMessageBox.question(
            self,
            self.tr("Ganti data kantor"),
            self.tr(
                "Berkas utuh; semua kode SHA-256 cocok.\n\n%s\n\nGanti data kantor di laptop "
                "ini dengan isi berkas ini? Data saat ini dicadangkan dulu (alasan: Sebelum "
                "impor). Sesudahnya Anda diminta masuk lagi, lalu daftarkan laptop ini ke "
                "server sinkronisasi."
            )
            % summary,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.run_import(check.path)

    def run_import(self, path: Path) -> None:
        engine = self.context.engine

        def op(progress: Progress, cancelled: CancelCheck) -> tuple[ImportResult, Any]:
            from app.core.database import open_database

            engine.dispose()  # the database file is replaced: no connection may stay on it
            result = import_office(path, progress=progress, cancelled=cancelled)
            return result, open_database()

        def done(outcome: tuple[ImportResult, Any]) -> None:
            result, db = outcome
            lines = [
                self.tr("Data kantor diimpor: %d lampiran ditambahkan, %d sudah ada.")
                % (result.attachments_added, result.attachments_present)
            ]
            if result.safety_backup is not None:
                lines.append(self.tr("Data lama dicadangkan: %s") % result.safety_backup.path)
            # The core's result.notes are Indonesian prose for the CLI; the same facts, worded
            # here so that they are translated.
            if result.check.has_logo:
                lines.append(self.tr("Logo kop surat ikut dipindahkan."))
            if result.check.manifest.server_url:
                lines.append(
                    self.tr(
                        "Laptop ini perlu didaftarkan ulang ke server %s (tab Server sinkronisasi)."
                    )
                    % result.check.manifest.server_url
                )
            self.import_result.setText("\n".join(lines))
            self.office_replaced.emit(db)

        run_with_progress(self, self.context, self.tr("Mengimpor data kantor…"), op, done)
