"""Status changes of one or several proposals: through the workflow, never on a deleted one."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine
from sqlmodel import col, select

from app.core.proposal_service import delete_proposal, load_input, save_proposal
from app.core.status_change import change_status, change_status_where_allowed
from app.core.workflow import WorkflowError
from app.errors import UserError
from app.models import Proposal
from app.models.db import read_session


def _drafts(engine: Engine, count: int) -> list[str]:
    with read_session(engine) as session:
        return list(
            session.exec(
                select(Proposal.id)
                .where(Proposal.status == "draft", col(Proposal.deleted).is_(False))
                .order_by(col(Proposal.number))
                .limit(count)
            ).all()
        )


def _status(engine: Engine, proposal_id: str) -> str:
    with read_session(engine) as session:
        proposal = session.get(Proposal, proposal_id)
        assert proposal is not None
        return proposal.status


def test_status_changes_go_through_the_workflow(demo_engine: Engine) -> None:
    (pid,) = _drafts(demo_engine, 1)
    with pytest.raises(WorkflowError):
        change_status(demo_engine, [pid], "agreed", actor="op")
    change_status(demo_engine, [pid], "verified", actor="op")
    change_status(demo_engine, [pid], "in_forum", actor="op")
    change_status(demo_engine, [pid], "agreed", actor="op")
    assert _status(demo_engine, pid) == "agreed"
    data, _rev = load_input(demo_engine, pid)
    with read_session(demo_engine) as session:
        proposal = session.get(Proposal, pid)
        assert proposal is not None
        cycle_id = proposal.cycle_id
    with pytest.raises(UserError, match="tidak dapat diubah lagi"):
        save_proposal(demo_engine, cycle_id, data, proposal_id=pid, actor="op")
    with pytest.raises(UserError, match="hanya usulan draf"):
        delete_proposal(demo_engine, pid, actor="op")


def test_all_or_nothing_refuses_a_selection_with_a_deleted_proposal(demo_engine: Engine) -> None:
    kept, gone = _drafts(demo_engine, 2)
    delete_proposal(demo_engine, gone, actor="op")
    with pytest.raises(UserError, match="sudah dihapus"):
        change_status(demo_engine, [kept, gone], "verified", actor="op")
    assert (_status(demo_engine, kept), _status(demo_engine, gone)) == ("draft", "draft")


def test_where_allowed_leaves_a_deleted_proposal_and_names_it(demo_engine: Engine) -> None:
    kept, gone = _drafts(demo_engine, 2)
    delete_proposal(demo_engine, gone, actor="op")
    outcome = change_status_where_allowed(
        demo_engine, [kept, gone], "verified", actor="op", reason=None
    )
    assert [t.proposal_id for t in outcome.moved] == [kept]
    assert [label for _name, label in outcome.kept] == ["Dihapus"]
    assert _status(demo_engine, gone) == "draft"


def test_a_deleted_proposal_alone_is_not_moved(demo_engine: Engine) -> None:
    (gone,) = _drafts(demo_engine, 1)
    delete_proposal(demo_engine, gone, actor="op")
    with pytest.raises(UserError):
        change_status_where_allowed(demo_engine, [gone], "verified", actor="op", reason=None)
    assert _status(demo_engine, gone) == "draft"
