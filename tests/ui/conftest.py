from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from app.ui.context import AppContext
from app.ui.tasks import InlineTaskRunner


@pytest.fixture
def context(qtbot: QtBot, demo_engine: Engine) -> AppContext:
    return AppContext(demo_engine, "uji.sqlite3", InlineTaskRunner())


def activate(qtbot: QtBot, widget) -> None:
    """Show a top-level widget and make it the active window, so its shortcuts work."""
    from PySide6.QtWidgets import QApplication

    widget.show()
    qtbot.waitExposed(widget)
    widget.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window(), timeout=3000)
