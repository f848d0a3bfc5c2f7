"""Long work with a progress dialog and a cancel button, on the worker thread.

The core reports progress through ``progress(done, total)`` and polls ``cancelled()``; both are
called on the worker thread, so progress travels to the dialog by a queued signal and the
cancel flag is a thread-safe event.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.core.progress import CancelCheck, Progress
from app.errors import Cancelled
from app.ui.context import AppContext
from app.ui.errors import show_error


class _Relay(QObject):
    progressed = Signal(int, int)


def _t(text: str) -> str:
    return QCoreApplication.translate("Progress", text)


def run_with_progress(
    parent: QWidget,
    context: AppContext,
    label: str,
    op: Callable[[Progress, CancelCheck], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None] | None = None,
) -> QProgressDialog:
    dialog = QProgressDialog(label, _t("Batal"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    stop = threading.Event()
    relay = _Relay(dialog)

    def show(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    relay.progressed.connect(show, Qt.ConnectionType.QueuedConnection)
    dialog.canceled.connect(stop.set)

    def work() -> Any:
        return op(lambda done, total: relay.progressed.emit(done, total), stop.is_set)

    def succeeded(result: Any) -> None:
        dialog.reset()
        on_success(result)

    def failed(exc: BaseException) -> None:
        dialog.reset()
        if isinstance(exc, Cancelled):
            return
        (on_failure or (lambda e: show_error(parent, e)))(exc)

    context.tasks.run(work, succeeded, failed)
    return dialog
