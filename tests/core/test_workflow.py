from __future__ import annotations

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from app.core.audit import verify_chain
from app.core.workflow import ALLOWED, NEEDS_REASON, WorkflowError, transition
from app.models import AuditEvent, Proposal
from app.models.db import read_session, write_session


def _first(engine: Engine) -> str:
    with read_session(engine) as session:
        return session.exec(select(Proposal.id)).first() or ""


def _move(
    engine: Engine,
    proposal_id: str,
    status: str,
    reason: str | None = None,
    into: str | None = None,
) -> None:
    with write_session(engine) as session:
        proposal = session.get(Proposal, proposal_id)
        assert proposal is not None
        transition(session, proposal, status, actor="operator1", reason=reason, merged_into_id=into)


def test_happy_path_is_audited(demo_engine: Engine) -> None:
    pid = _first(demo_engine)
    for status in ("verified", "in_forum", "agreed"):
        _move(demo_engine, pid, status)
    with read_session(demo_engine) as session:
        events = session.exec(select(AuditEvent).where(AuditEvent.entity_id == pid)).all()
        assert verify_chain(session).ok
        proposal = session.get(Proposal, pid)
    assert [e.after_json for e in events] == [
        '{"merged_into_id":null,"status":"verified"}',
        '{"merged_into_id":null,"status":"in_forum"}',
        '{"merged_into_id":null,"status":"agreed"}',
    ]
    assert all(e.actor == "operator1" for e in events)
    assert proposal is not None and proposal.status == "agreed"


def test_skipping_verification_is_refused_and_changes_nothing(demo_engine: Engine) -> None:
    pid = _first(demo_engine)
    with pytest.raises(WorkflowError, match="tidak dapat diubah"):
        _move(demo_engine, pid, "agreed")
    with read_session(demo_engine) as session:
        proposal = session.get(Proposal, pid)
        assert proposal is not None and proposal.status == "draft"
        assert session.exec(select(AuditEvent)).first() is None


@pytest.mark.parametrize("status", sorted(NEEDS_REASON - {"merged"}))
def test_rejections_and_moves_need_a_reason(demo_engine: Engine, status: str) -> None:
    pid = _first(demo_engine)
    _move(demo_engine, pid, "verified")
    _move(demo_engine, pid, "in_forum")
    with pytest.raises(WorkflowError, match="Alasan wajib"):
        _move(demo_engine, pid, status, reason="   ")
    _move(demo_engine, pid, status, reason="Di luar kewenangan kabupaten")
    with read_session(demo_engine) as session:
        proposal = session.get(Proposal, pid)
    assert proposal is not None and proposal.status_reason == "Di luar kewenangan kabupaten"


def test_merge_needs_another_proposal(demo_engine: Engine) -> None:
    with read_session(demo_engine) as session:
        a, b = session.exec(select(Proposal.id).limit(2)).all()
    with pytest.raises(WorkflowError, match="usulan lain"):
        _move(demo_engine, a, "merged", reason="sama", into=a)
    _move(demo_engine, a, "merged", reason="Lokasi sama dengan usulan lain", into=b)
    with pytest.raises(WorkflowError, match="final"):
        _move(demo_engine, a, "verified")


def test_every_status_has_a_rule() -> None:
    assert set(ALLOWED) == {
        "draft",
        "verified",
        "in_forum",
        "agreed",
        "not_agreed",
        "moved_to_village",
        "postponed",
        "merged",
    }
