"""How an error reaches a person in the desktop app, by its class (see app.errors).

User errors are shown as written, environment problems with what to do, a cancel is silent,
and anything else is a bug: logged with its traceback and shown with copyable details.
"""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from app.errors import AppError, Cancelled, EnvironmentProblem
from app.paths import log_dir

log = logging.getLogger(__name__)


def _t(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    if isinstance(exc, Cancelled):
        return
    title = _t("Musrenbang Kecamatan")
    if isinstance(exc, AppError):
        icon = (
            QMessageBox.Icon.Warning
            if isinstance(exc, EnvironmentProblem)
            else QMessageBox.Icon.Information
        )
        box = QMessageBox(icon, title, exc.message, parent=parent)
        if exc.hint:
            box.setInformativeText(exc.hint)
        box.exec()
        return
    details = "".join(traceback.format_exception(exc))
    log.error("unexpected error: %s", details)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        title,
        _t("Terjadi kesalahan yang tidak terduga (bug). Data yang sudah tersimpan aman."),
        parent=parent,
    )
    box.setInformativeText(
        _t("Rinciannya dicatat di %s. Salin rinciannya dan kirimkan ke tim pengembang.")
        % (log_dir() / "musrenbang.log")
    )
    box.setDetailedText(details)
    copy = QPushButton(_t("Salin rincian"), box)
    box.addButton(copy, QMessageBox.ButtonRole.ActionRole)
    copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
