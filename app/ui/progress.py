"""Long work with a progress dialog and a cancel button, on the worker thread.

The core reports progress through ``progress(done, total)`` and polls ``cancelled()``; both are
called on the worker thread, so progress travels to the dialog by a queued signal and the
cancel flag is a thread-safe event.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.core.progress import CancelCheck, Progress
from app.errors import Cancelled
from app.ui.context import AppContext
from app.ui.errors import show_error


class _Relay(QObject):
    progressed = Signal(int, int)


class _Shown(QObject):
    """Receives progress as a child of the dialog, so Qt drops the connection with the dialog."""

    def __init__(self, dialog: QProgressDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog

    @Slot(int, int)
    def show(self, done: int, total: int) -> None:
        self._dialog.setMaximum(max(total, 1))
        self._dialog.setValue(min(done, max(total, 1)))


def _t(text: str) -> str:
    return QCoreApplication.translate("Progress", text)


def run_with_progress(
    parent: QWidget,
    context: AppContext,
    label: str,
    op: Callable[[Progress, CancelCheck], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None] | None = None,
    *,
    changes: tuple[str, ...] = (),
) -> QProgressDialog:
    """``changes`` names what a write changes, announced after it succeeded (see tasks.py)."""
    dialog = QProgressDialog(label, _t("Batal"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    stop = threading.Event()
    # The worker emits on ``relay``: it belongs to the long-lived task runner, not to the
    # dialog, so closing the dialog mid-work cannot free it under the worker's emit. It is
    # deleted once the op has returned, when no emit can come any more.
    relay = _Relay(context.tasks)
    relay.progressed.connect(_Shown(dialog).show, Qt.ConnectionType.QueuedConnection)
    dialog.canceled.connect(stop.set)

    def work() -> Any:
        return op(lambda done, total: relay.progressed.emit(done, total), stop.is_set)

    def succeeded(result: Any) -> None:
        relay.deleteLater()
        dialog.reset()
        on_success(result)

    def failed(exc: BaseException) -> None:
        relay.deleteLater()
        dialog.reset()
        if isinstance(exc, Cancelled):
            return
        (on_failure or (lambda e: show_error(parent, e)))(exc)

    context.tasks.run(work, succeeded, failed, changes=changes)
    return dialog
