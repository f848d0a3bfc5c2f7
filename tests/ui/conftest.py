from __future__ import annotations

import pytest
from sqlalchemy import Engine

from app.ui.context import AppContext
from app.ui.tasks import InlineTaskRunner


@pytest.fixture
def context(qtbot, demo_engine: Engine) -> AppContext:  # type: ignore[no-untyped-def]
    return AppContext(demo_engine, "uji.sqlite3", InlineTaskRunner())


def activate(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    """Show a top-level widget and make it the active window, so its shortcuts work."""
    from PySide6.QtWidgets import QApplication

    widget.show()
    qtbot.waitExposed(widget)
    widget.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window(), timeout=3000)
