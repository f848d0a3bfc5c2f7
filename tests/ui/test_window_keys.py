"""Keys and sizes from issue #17: F5 opens the presenter from the main window, Esc closes it,
no window opens larger than a 1024×768 screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.ui.context import AppContext
from app.ui.forum.presenter import PresenterWindow
from app.ui.main_window import MainWindow
from tests.ui.conftest import activate


def test_f5_opens_the_presenter_and_esc_closes_it(qtbot: QtBot, context: AppContext) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    presenter = next(
        (w for w in QApplication.topLevelWidgets() if isinstance(w, PresenterWindow)), None
    )
    assert presenter is not None and presenter.isVisible()
    assert window.stack.currentWidget() is window.pages["forum"]
    presenter.activateWindow()
    qtbot.keyClick(presenter, Qt.Key.Key_Escape)
    assert not presenter.isVisible()


def test_the_main_window_fits_the_screen(qtbot: QtBot, context: AppContext) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    room = window.screen().availableGeometry()
    assert window.width() <= room.width() and window.height() <= room.height()


def test_the_proposal_form_fits_a_1024x768_screen(qtbot: QtBot, context: AppContext) -> None:
    from tests.ui.test_proposal_form import _form

    form = _form(qtbot, context)
    room = form.screen().availableGeometry()
    assert form.width() <= room.width() and form.height() <= room.height()
    hint = form.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 768, hint


def test_the_splash_shows_the_step_in_progress(qtbot: QtBot) -> None:
    from app.ui.launch import make_splash

    splash = make_splash()
    qtbot.addWidget(splash)
    splash.show_step("Membuka basis data…")
    assert splash.isVisible() and splash.message() == "Membuka basis data…"
    assert splash.pixmap().width() >= 400


def test_every_page_fits_1024_wide(qtbot: QtBot, context: AppContext) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    for key in list(window.nav_actions):
        window.show_page(key)
        hint = window.minimumSizeHint()
        assert hint.width() <= 1024 and hint.height() <= 768, (key, hint)
    page = window.pages["proposals"]
    assert page.search.minimumWidth() >= 180  # type: ignore[attr-defined]


def test_closing_the_main_window_closes_the_presenter(qtbot: QtBot, context: AppContext) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    activate(qtbot, window)
    presenter = window.open_presenter()
    assert presenter is not None and presenter.isVisible()
    assert presenter.isWindow() and presenter.parent() is window.pages["forum"]
    window.close()
    assert not presenter.isVisible()
