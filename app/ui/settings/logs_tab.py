"""Log & diagnosis: the last lines of the log, its folder, and the diagnosis text to send to the
support team (copied to the clipboard; passwords and tokens are masked)."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.diagnostics import collect_diagnostics, log_tail
from app.logsetup import log_file
from app.paths import log_dir
from app.sync.status import diagnosis_lines
from app.ui.context import AppContext
from app.ui.errors import show_error

VIEW_LINES = 200


class LogsTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.location = QLabel(self.tr("Berkas log: %s") % log_file(), self)
        self.location.setWordWrap(True)
        self.view = QPlainTextEdit(self)
        self.view.setReadOnly(True)
        self.view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        open_folder = QPushButton(self.tr("Buka folder log"), self)
        open_folder.clicked.connect(self.open_folder)
        reload_button = QPushButton(self.tr("Muat ulang"), self)
        reload_button.clicked.connect(self.refresh)
        self.copy_button = QPushButton(self.tr("Salin diagnosis"), self)
        self.copy_button.clicked.connect(self.copy_diagnostics)
        self.message = QLabel(self)
        buttons = QHBoxLayout()
        for widget in (open_folder, reload_button, self.copy_button):
            buttons.addWidget(widget)
        buttons.addWidget(self.message, 1)
        note = QLabel(
            self.tr(
                "Bila ada masalah, tekan Salin diagnosis lalu tempelkan (Ctrl+V) ke pesan untuk "
                "tim pendukung. Isinya versi aplikasi, keadaan basis data dan sinkronisasi, dan "
                "50 baris log terakhir; kata sandi dan token tidak ikut."
            ),
            self,
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.location)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        self.refresh()

    def refresh(self) -> None:
        self.context.tasks.run(
            lambda: log_tail(VIEW_LINES),
            self._show,
            lambda exc: show_error(self, exc),
            lane="analysis",
        )

    def _show(self, lines: list[str]) -> None:
        self.view.setPlainText("\n".join(lines) or self.tr("(log masih kosong)"))
        bar = self.view.verticalScrollBar()
        bar.setValue(bar.maximum())

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir())))

    def copy_diagnostics(self) -> None:
        engine = self.context.engine
        extra = {"Qt": qVersion(), "PySide6": PySide6.__version__}

        def done(text: str) -> None:
            QApplication.clipboard().setText(text)
            self.message.setText(self.tr("Diagnosis disalin ke papan klip."))

        self.context.tasks.run(
            lambda: collect_diagnostics(sync_lines=diagnosis_lines(engine), extra=extra),
            done,
            lambda exc: show_error(self, exc),
            lane="analysis",
        )
