"""The presenter screen readable from the back of the room (issue #17), at 1920×1080 and
1024×768: no title runs into the next column, no text is cut at the right, the ranking uses
the screen's height."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from app.core.forum.decisions import forum_proposals
from app.core.forum.scoring import prepare_ratings
from app.core.forum.summary import build_board
from app.models import Proposal
from app.models.db import read_session, write_session
from app.ui.forum.controller import VIEWS, PresenterController
from app.ui.forum.presenter import ElidedLabel, PresenterWindow, ranking_rows, summary_rows
from tests.core.test_forum_support import make_forum

LONG = (
    "Pembangunan jalan usaha tani dengan rabat beton sepanjang 1.200 meter dari Dusun Sumber "
    "Rejeki menuju kebun warga RT 12 sampai RT 17"
)


def _window(qtbot: QtBot, engine: Engine, size: tuple[int, int]) -> PresenterWindow:
    f = make_forum(engine)
    with write_session(engine) as session:
        for pid in f.proposal_ids[:4]:
            p = session.get(Proposal, pid)
            assert p is not None
            p.title = LONG
            session.add(p)
        prepare_ratings(session, f.session_id, forum_proposals(session, f.cycle_id), None)
    with read_session(engine) as session:
        board = build_board(session, f.session_id, alignment_available=False)
    controller = PresenterController()
    controller.set_board(board)
    window = PresenterWindow(controller)
    qtbot.addWidget(window)
    window.setMinimumSize(0, 0)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def _inside(label: QWidget, window: QWidget) -> bool:
    top_left = label.mapTo(window, QPoint(0, 0))
    return top_left.x() >= 0 and top_left.x() + label.width() <= window.width() + 1


@pytest.mark.parametrize("size", [(1920, 1080), (1024, 768)])
def test_every_view_fits_without_overlap(
    qtbot: QtBot, demo_engine: Engine, size: tuple[int, int]
) -> None:
    window = _window(qtbot, demo_engine, size)
    for view in VIEWS:
        window.controller.set_view(view)
        QApplication.processEvents()
        panel = window.stack.currentWidget()
        assert panel is not None
        labels = [label for label in panel.findChildren(QLabel) if label.isVisible()]
        for label in labels:
            assert _inside(label, window), (view, label.text())
            if isinstance(label, ElidedLabel):
                continue
            # A plain label shows all its text: its width holds its text's natural width.
            if not label.wordWrap() and label.text():
                need = label.fontMetrics().horizontalAdvance(label.text().split("\n")[0])
                assert label.width() + 2 >= need, (view, label.text(), label.width(), need)
        if view == "ranking":
            titles = [label for label in labels if isinstance(label, ElidedLabel)]
            assert titles and any(t.shown_text().endswith("…") for t in titles)
            for title in titles:
                right = title.mapTo(window, QPoint(title.width(), 0)).x()
                row_y = title.mapTo(window, QPoint(0, 0)).y()
                neighbours = [
                    label
                    for label in labels
                    if label is not title
                    and abs(label.mapTo(window, QPoint(0, 0)).y() - row_y) < 4
                    and label.mapTo(window, QPoint(0, 0)).x()
                    > title.mapTo(window, QPoint(0, 0)).x()
                ]
                assert neighbours
                assert all(right <= n.mapTo(window, QPoint(0, 0)).x() for n in neighbours)


def test_the_ranking_uses_the_screens_height() -> None:
    assert ranking_rows(1080, min(1920 // 60, 1080 // 34)) > 8
    assert ranking_rows(768, min(1024 // 60, 768 // 34)) >= 8
    assert ranking_rows(480, 40) == 6  # a tiny window still lists a few


def test_the_summary_uses_the_screens_height() -> None:
    assert summary_rows(1080, min(1920 // 60, 1080 // 34)) >= 10
    assert summary_rows(768, min(1024 // 60, 768 // 34)) >= 10
    assert summary_rows(480, 40) == 4  # a tiny window still lists a few


def test_summary_page_fills_a_1080_screen(qtbot: QtBot, demo_engine: Engine) -> None:
    window = _window(qtbot, demo_engine, (1920, 1080))
    window.controller.set_view("summary")
    QApplication.processEvents()
    board = window.controller.board
    assert board is not None
    assert window.controller.summary_rows >= 10
    shown = min(len(board.agencies), window.controller.summary_rows)
    panel = window.stack.currentWidget()
    assert panel is not None
    names = {a.label for a in board.agencies[:shown]}
    texts = {label.text() for label in panel.findChildren(QLabel) if label.isVisible()}
    shown_names = {n for n in names if any(t.startswith(n[:10]) for t in texts)}
    assert len(shown_names) == shown
    lowest = max(
        label.mapTo(window, QPoint(0, label.height())).y()
        for label in panel.findChildren(QLabel)
        if label.isVisible()
    )
    assert lowest <= window.height()  # a fuller page still ends above the footer's edge
