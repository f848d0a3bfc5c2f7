"""The presenter window: keyboard / clicker control, black screen, full screen, live following."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from app.core.forum.decisions import DecisionInput, decide, forum_proposals
from app.core.forum.scoring import prepare_ratings
from app.core.forum.summary import ForumBoard, build_board
from app.models.db import read_session, write_session
from app.ui.forum import VIEWS, ForumPage, PresenterController, PresenterWindow
from app.ui.tasks import InlineTaskRunner
from tests.core.test_forum_support import ForumFixture, make_forum


@pytest.fixture
def forum(demo_engine: Engine) -> ForumFixture:
    f = make_forum(demo_engine)
    with write_session(demo_engine) as session:
        prepare_ratings(session, f.session_id, forum_proposals(session, f.cycle_id), None)
        decide(
            session,
            f.session_id,
            DecisionInput(f.proposal_ids[0], "agreed", priority=1),
            actor="op",
        )
    return f


def _board(f: ForumFixture) -> ForumBoard:
    with read_session(f.engine) as session:
        return build_board(session, f.session_id, alignment_available=False)


def _texts(window: PresenterWindow) -> str:
    panel = window.stack.currentWidget()
    assert panel is not None
    return "\n".join(label.text() for label in panel.findChildren(QLabel))


def test_clicker_keys_step_through_proposals_and_views(qtbot: QtBot, forum: ForumFixture) -> None:
    controller = PresenterController()
    controller.set_board(_board(forum))
    window = PresenterWindow(controller)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    board = controller.board
    assert board is not None
    ids = [p.id for p in board.proposals]
    assert controller.view == "proposal" and controller.current_id == ids[0]
    assert board.proposals[0].title in _texts(window)

    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert controller.current_id == ids[1]
    assert board.proposals[1].title in _texts(window)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert controller.current_id == ids[3]
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert controller.current_id == ids[1]

    qtbot.keyClick(window, Qt.Key.Key_Down)
    assert controller.view == "ranking"
    assert window.stack.currentWidget() is window.panels["ranking"]
    assert len(controller.agency_codes()) == 2
    assert controller.current_agency() == board.proposal(ids[1]).agency_code  # type: ignore[union-attr]
    controller.agency_index = 0
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert controller.agency_index == 1
    shown = _texts(window)
    assert board.by_agency()[controller.agency_codes()[1]][0].title[:30] in shown
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert controller.agency_index == 0 and controller.view == "ranking"
    qtbot.keyClick(window, Qt.Key.Key_Up)
    assert controller.view == "proposal"
    for number, name in enumerate(VIEWS, start=1):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"))
        assert controller.view == name
        assert window.stack.currentWidget() is window.panels[name]
    assert "Ringkasan" in window.heading.text()


def test_stepping_past_the_last_item_moves_to_the_next_view(
    qtbot: QtBot, forum: ForumFixture
) -> None:
    controller = PresenterController()
    controller.set_board(_board(forum))
    window = PresenterWindow(controller)
    qtbot.addWidget(window)
    window.show()
    board = controller.board
    assert board is not None
    controller.set_current(board.proposals[-1].id)
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert controller.view == "ranking"
    qtbot.keyClick(window, Qt.Key.Key_4)
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert controller.view == "summary"
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert controller.view == "attendance"


def test_black_screen_and_full_screen(qtbot: QtBot, forum: ForumFixture) -> None:
    controller = PresenterController()
    controller.set_board(_board(forum))
    window = PresenterWindow(controller)
    qtbot.addWidget(window)
    window.show()
    # Keys go through the shortcut map first: a window left active by an earlier test in the
    # same worker could take Esc for its own shortcut, so the presenter must be the active one.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_B)
    assert controller.black and window.stack.currentWidget() is window.black_page
    assert not window.heading.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_B)
    assert not controller.black and window.heading.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Period)
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # Esc first lifts the black screen
    assert not controller.black
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(window.isFullScreen, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=3000)


def test_the_second_display_is_chosen_when_there_is_one(
    qtbot: QtBot, forum: ForumFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = PresenterWindow(PresenterController())
    qtbot.addWidget(window)
    assert window.target_screen() is None  # one display: a normal window the operator moves
    primary = QGuiApplication.primaryScreen()
    other = object()
    monkeypatch.setattr(QGuiApplication, "screens", staticmethod(lambda: [primary, other]))
    assert window.target_screen() is other


def test_the_presenter_follows_the_operator_live_and_back(
    qtbot: QtBot, forum: ForumFixture
) -> None:
    page = ForumPage(forum.engine, InlineTaskRunner(), actor="operator")
    qtbot.addWidget(page)
    page.show()
    window = page.open_presenter()
    qtbot.addWidget(window)
    model = page.ranking_model
    third = model.rows[2]
    page.ranking_table.selectRow(2)
    assert page.controller.current_id == third.id
    assert third.title in _texts(window)
    # A decision taken on the operator's page shows on the projector at once.
    page.outcome_combo.setCurrentIndex(page.outcome_combo.findData("postponed"))
    page.reason_edit.setText("Pagu OPD sudah penuh")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.decide_button.click()
    assert "DITUNDA" in _texts(window) and "Pagu OPD sudah penuh" in _texts(window)
    # The clicker on the presenter moves the operator's selection too.
    before = window.rendered
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert window.rendered > before
    assert page.ranking_table.currentIndex().row() == 3
    assert page.current_label.text().startswith(
        f"{model.rows[3].number or ''} {model.rows[3].title}"
    )
    # Moving a weight re-ranks both screens at once, in memory; "Terapkan bobot" saves it.
    saved_board = page.controller.board
    page.weight_spins["benefit"].setValue(100)
    for key, spin in page.weight_spins.items():
        if key != "benefit":
            spin.setValue(0)
    preview = page.controller.board
    assert preview is not None and preview is not saved_board
    assert dict((k, w) for k, _l, w in preview.criteria)["benefit"] == 100
    assert "pratinjau" in page.weight_total.text()
    assert window.rendered > before
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.apply_weights.click()
    board = page.controller.board
    assert board is not None
    assert dict((k, w) for k, _l, w in board.criteria)["benefit"] == 100
    benefits = [
        next(r.value for r in v.ratings if r.key == "benefit") for v in board.by_agency()["1.03.01"]
    ]
    assert benefits == sorted(benefits, reverse=True)
