from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from app.ui.context import AppContext
from app.ui.tasks import InlineTaskRunner


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog nobody answers would hang the run: fail the test with its text instead.
    Tests that expect a dialog patch these again with their own answer."""
    from PySide6.QtWidgets import QMessageBox

    def refuse(*args: object, **_kwargs: object) -> None:
        texts = [
            a.text() if isinstance(a, QMessageBox) else a
            for a in args
            if isinstance(a, (str, QMessageBox))
        ]
        raise AssertionError(f"unexpected dialog: {texts}")

    monkeypatch.setattr(QMessageBox, "exec", refuse)
    for name in ("question", "information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, refuse)


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
