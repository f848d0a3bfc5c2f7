"""Unhandled errors: logged with their traceback and shown with copyable details.

An error of a known class (app.errors) is explained in plain words instead; see
app/ui/errors.py. Installed as ``sys.excepthook`` so errors in Qt slots are caught too.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)
_showing = False


def _hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.error("unhandled exception:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
    if _showing or QApplication.instance() is None:
        return
    _showing = True  # an error inside the dialog must not open another one
    try:
        from app.ui.errors import show_error

        show_error(QApplication.activeWindow(), exc.with_traceback(tb))
    finally:
        _showing = False


def install_excepthook() -> None:
    sys.excepthook = _hook
