"""How an error reaches a person in the desktop app, by its class (see app.core.errors)."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.errors import AppError, Cancelled
from app.paths import log_dir

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    if isinstance(exc, Cancelled):
        return
    if isinstance(exc, AppError):
        QMessageBox.warning(parent, "Musrenbang Kecamatan", f"{exc.message}\n\n{exc.hint}".strip())
        return
    details = "".join(traceback.format_exception(exc))
    log.error("unexpected error: %s", details)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        "Musrenbang Kecamatan",
        "Terjadi kesalahan yang tidak terduga. Data yang sudah tersimpan aman.\n"
        f"Rinciannya dicatat di {log_dir() / 'musrenbang.log'}.",
        parent=parent,
    )
    box.setDetailedText(details)
    box.exec()
