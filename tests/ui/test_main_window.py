from __future__ import annotations

from sqlalchemy import Engine
from sqlmodel import select

from app.core.money import format_rupiah
from app.models import Proposal
from app.models.db import read_session
from app.ui.main_window import MainWindow
from app.ui.proposal_model import PAGE_SIZE, ProposalTableModel
from app.ui.tasks import InlineTaskRunner


def test_main_window_shows_the_demo_cycle(qtbot, demo_engine: Engine) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_engine, "uji.sqlite3", InlineTaskRunner())
    qtbot.addWidget(window)
    window.show()
    assert window.model.rowCount() == 150
    assert "Tenggarong" in window.windowTitle()
    assert "150 usulan" in window.cycle_label.text()
    assert "Rp 7.500.000.000" in window.cycle_label.text()
    assert window.pending_label.text().endswith(str(150 + 1 + 8))
    first_id = window.model.index(0, 0).data(256)
    with read_session(demo_engine) as session:
        first = session.exec(select(Proposal).where(Proposal.id == first_id)).one()
    assert window.model.index(0, 2).data() == first.title
    assert window.model.index(0, 4).data() == format_rupiah(first.estimated_cost or 0)
    assert window.model.index(0, 5).data() == "Draf"


def test_proposal_model_passes_qt_model_tester(qtmodeltester, demo_engine: Engine) -> None:  # type: ignore[no-untyped-def]
    fetched: list[int] = []

    def fetch(ids):  # type: ignore[no-untyped-def]
        from app.core.proposal_queries import proposal_rows

        fetched.append(len(ids))
        with read_session(demo_engine) as session:
            return proposal_rows(session, ids)

    model = ProposalTableModel(fetch)
    with read_session(demo_engine) as session:
        ids = list(session.exec(select(Proposal.id)).all())
    model.set_ids(ids * 3)  # more than one page
    qtmodeltester.check(model)
    assert fetched and max(fetched) <= PAGE_SIZE  # rows are fetched a page at a time


def test_model_fetches_lazily(demo_engine: Engine) -> None:
    calls: list[int] = []

    def fetch(ids):  # type: ignore[no-untyped-def]
        calls.append(len(ids))
        return []

    model = ProposalTableModel(fetch)
    model.set_ids([f"id-{n}" for n in range(50_000)])
    assert calls == []  # nothing is read until a row is shown
    model.index(49_999, 0).data()
    assert calls == [PAGE_SIZE]  # one page, the one holding that row
