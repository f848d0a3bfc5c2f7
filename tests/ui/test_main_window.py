from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlmodel import select

from app.core.proposal_queries import proposal_rows
from app.models import Proposal
from app.models.db import read_session
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.proposals.model import ID_ROLE, PAGE_SIZE, ProposalTableModel
from app.ui.proposals.page import ProposalsPage
from common.money import format_rupiah
from tests.ui.conftest import activate


def test_main_window_shows_the_demo_cycle(qtbot: QtBot, context: AppContext) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    page = window.pages["proposals"]
    assert isinstance(page, ProposalsPage)
    assert page.model.rowCount() == 150
    assert "Tenggarong" in window.windowTitle()
    assert "Rp 7.500.000.000" in window.cycle_label.text()
    assert window.pending_label.text().endswith(str(150 + 1 + 8))
    first_id = page.model.index(0, 0).data(ID_ROLE)
    with read_session(context.engine) as session:
        first = session.exec(select(Proposal).where(Proposal.id == first_id)).one()
    title_col = [c.key for c in page.model.columns].index("title")
    cost_col = [c.key for c in page.model.columns].index("estimated_cost")
    assert page.model.index(0, title_col).data() == first.title
    assert page.model.index(0, cost_col).data() == format_rupiah(first.estimated_cost or 0)


def test_navigation_by_keyboard(qtbot: QtBot, context: AppContext) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    activate(qtbot, window)
    assert "reference" in window.nav_actions
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.pages["reference"]
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.pages["proposals"]


def test_proposal_model_passes_qt_model_tester(qtmodeltester, demo_engine: Engine) -> None:
    fetched: list[int] = []

    def fetch(ids):
        fetched.append(len(ids))
        with read_session(demo_engine) as session:
            return proposal_rows(session, ids)

    model = ProposalTableModel(fetch)
    with read_session(demo_engine) as session:
        ids = list(session.exec(select(Proposal.id)).all())
    model.set_ids(ids * 3)  # more than one page
    qtmodeltester.check(model)
    assert fetched and max(fetched) <= PAGE_SIZE  # rows are fetched a page at a time


def test_model_fetches_lazily() -> None:
    calls: list[int] = []

    def fetch(ids):
        calls.append(len(ids))
        return []

    model = ProposalTableModel(fetch)
    model.set_ids([f"id-{n}" for n in range(50_000)])
    assert calls == []  # nothing is read until a row is shown
    model.index(49_999, 0).data()
    assert calls == [PAGE_SIZE]  # one page, the one holding that row
