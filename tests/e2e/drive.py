"""What the Xvfb drivers (desk, forum day, guide pictures) share: waiting on the real event
loop, a deadline for every step, and an immediate exit that names what went wrong."""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable
from typing import NoReturn

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def leave(code: int, message: str = "") -> NoReturn:
    """Exit at once: worker threads still finishing background work (duplicate search, backups)
    would otherwise hold the interpreter's exit, and PySide6 can crash while tearing down."""
    if message:
        print(message, file=sys.stderr)
    if code:
        traceback.print_stack(file=sys.stderr)  # which step
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def _fail_on_message_box() -> None:
    # A message box (an error from a background task) runs its own event loop inside whatever
    # step showed it, so no `settle` deadline would ever fire: fail with its text instead.
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            leave(1, f"unexpected dialog: {widget.windowTitle()}: {widget.text()}")


def watch_message_boxes() -> QTimer:
    """Fail the run on any unexpected message box; keep the returned timer alive."""
    timer = QTimer()
    timer.timeout.connect(_fail_on_message_box)
    timer.start(200)
    return timer


def wait(ms: int) -> None:
    # A timed event loop, not a processEvents() spin (which crashes some PySide6 builds).
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def settle(
    what: str,
    predicate: Callable[[], bool],
    seconds: float = 30,
    *,
    after_ms: int = 50,
    give_up: Callable[[str], NoReturn] | None = None,
) -> None:
    """Until ``predicate`` holds, then ``after_ms`` more for the events the change queued
    (repaints); past the deadline, ``give_up`` (by default :func:`leave`) with ``what``."""
    for _ in range(int(seconds * 20)):
        if predicate():
            wait(after_ms)
            return
        wait(50)
    (give_up or (lambda message: leave(1, message)))(f"timed out waiting for: {what}")
