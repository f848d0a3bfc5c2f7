"""Decision rules: outcomes, reasons, priorities, merges, status workflow, audit events."""

from __future__ import annotations

import json

import pytest
from sqlmodel import col, select

from app.core.forum.decisions import DecisionInput, decide, latest_decisions
from app.core.forum.sealing import seal_session
from app.errors import UserError
from app.models import AuditEvent, Decision, OutboxEntry, Proposal
from app.models.db import read_session, write_session
from tests.core.test_forum_support import ForumFixture, forum, proposal

__all__ = ["forum"]


def _decide(f: ForumFixture, data: DecisionInput) -> Decision:
    with write_session(f.engine) as session:
        return decide(session, f.session_id, data, actor="operator")


def test_agreed_sets_status_amount_and_writes_the_audit_event(forum: ForumFixture) -> None:
    pid = forum.proposal_ids[0]
    estimate = proposal(forum.engine, pid).estimated_cost
    decision = _decide(forum, DecisionInput(pid, "agreed", priority=1, agreed_amount=150_000_000))
    after = proposal(forum.engine, pid)
    assert after.status == "agreed"
    assert after.agreed_amount == 150_000_000 != estimate
    with read_session(forum.engine) as session:
        event = session.exec(select(AuditEvent).where(AuditEvent.entity_id == decision.id)).one()
        assert event.action == "decide"
        payload = json.loads(event.after_json or "{}")
        assert payload["priority"] == 1 and payload["agreed_amount"] == 150_000_000
        # The decision row synced like any other row.
        assert (
            session.exec(select(OutboxEntry).where(OutboxEntry.entity_id == decision.id)).one().op
            == "insert"
        )


def test_agreed_amount_defaults_to_the_village_estimate(forum: ForumFixture) -> None:
    pid = forum.proposal_ids[1]
    _decide(forum, DecisionInput(pid, "agreed", priority=1))
    after = proposal(forum.engine, pid)
    assert after.agreed_amount == after.estimated_cost


def test_a_changed_decision_is_a_new_row_and_the_latest_counts(forum: ForumFixture) -> None:
    pid = forum.proposal_ids[0]
    _decide(forum, DecisionInput(pid, "agreed", priority=1))
    _decide(forum, DecisionInput(pid, "postponed", reason="Pagu tidak cukup"))
    with read_session(forum.engine) as session:
        rows = session.exec(select(Decision).where(Decision.proposal_id == pid)).all()
        latest = latest_decisions(session, forum.session_id)[pid]
    assert len(rows) == 2
    assert latest.outcome == "postponed" and latest.reason == "Pagu tidak cukup"
    after = proposal(forum.engine, pid)
    assert after.status == "postponed" and after.agreed_amount is None


@pytest.mark.parametrize("outcome", ["not_agreed", "moved_to_village", "postponed", "merged"])
def test_outcomes_other_than_agreed_need_a_reason(forum: ForumFixture, outcome: str) -> None:
    with pytest.raises(UserError, match="Alasan wajib"):
        _decide(
            forum,
            DecisionInput(
                forum.proposal_ids[0], outcome, reason="  ", merged_into_id=forum.proposal_ids[1]
            ),
        )
    assert proposal(forum.engine, forum.proposal_ids[0]).status == "verified"


def test_agreed_needs_a_priority_unique_within_the_agency(forum: ForumFixture) -> None:
    first, second, third, fourth = forum.proposal_ids[:4]  # agencies DPU, DPU, DINKES, DPU
    with pytest.raises(UserError, match="prioritas"):
        _decide(forum, DecisionInput(first, "agreed"))
    _decide(forum, DecisionInput(first, "agreed", priority=1))
    with pytest.raises(UserError, match="sudah dipakai"):
        _decide(forum, DecisionInput(second, "agreed", priority=1))
    _decide(forum, DecisionInput(third, "agreed", priority=1))  # another agency: fine
    _decide(forum, DecisionInput(second, "agreed", priority=2))
    # Re-deciding the same proposal with its own number is not a clash.
    _decide(forum, DecisionInput(first, "agreed", priority=1, agreed_amount=1_000_000))
    assert proposal(forum.engine, fourth).status == "verified"


def test_merge_needs_another_proposal_of_the_cycle(forum: ForumFixture) -> None:
    a, b = forum.proposal_ids[:2]
    with pytest.raises(UserError, match="usulan lain"):
        _decide(forum, DecisionInput(a, "merged", reason="sama", merged_into_id=a))
    _decide(forum, DecisionInput(a, "merged", reason="lokasi sama", merged_into_id=b))
    assert proposal(forum.engine, a).merged_into_id == b
    with pytest.raises(UserError, match="final"):
        _decide(forum, DecisionInput(a, "agreed", priority=3))
    with pytest.raises(UserError, match="sudah digabung"):
        _decide(forum, DecisionInput(forum.proposal_ids[2], "merged", reason="x", merged_into_id=a))


def test_drafts_and_other_cycles_are_refused(forum: ForumFixture) -> None:
    with read_session(forum.engine) as session:
        draft = session.exec(
            select(Proposal).where(Proposal.status == "draft").order_by(col(Proposal.number))
        ).first()
        assert draft is not None
    with pytest.raises(UserError, match="draf"):
        _decide(forum, DecisionInput(draft.id, "agreed", priority=1))
    with pytest.raises(UserError, match="tidak dikenal"):
        _decide(forum, DecisionInput(forum.proposal_ids[0], "approved"))


def test_a_sealed_session_refuses_new_decisions(forum: ForumFixture) -> None:
    _decide(forum, DecisionInput(forum.proposal_ids[0], "agreed", priority=1))
    with write_session(forum.engine) as session:
        seal_session(session, forum.session_id, actor="camat")
    with pytest.raises(UserError, match="disegel"):
        _decide(forum, DecisionInput(forum.proposal_ids[1], "agreed", priority=2))
    assert proposal(forum.engine, forum.proposal_ids[1]).status == "verified"


def test_latest_is_unambiguous_even_within_one_transaction(forum: ForumFixture) -> None:
    pid = forum.proposal_ids[0]
    with write_session(forum.engine) as session:
        for outcome, reason in (("postponed", "a"), ("not_agreed", "b"), ("postponed", "c")):
            decide(session, forum.session_id, DecisionInput(pid, outcome, reason=reason), actor="x")
    with read_session(forum.engine) as session:
        stamps = [
            d.created_at
            for d in session.exec(select(Decision).where(Decision.proposal_id == pid)).all()
        ]
        assert len(set(stamps)) == 3
        assert latest_decisions(session, forum.session_id)[pid].reason == "c"
