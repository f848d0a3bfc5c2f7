"""Closing a session (issue #17): sealing with undecided proposals needs an explicit choice,
agreed priorities become 1..n per agency, weights must add up to 100%."""

from __future__ import annotations

import pytest

from app.core.forum.decisions import DecisionInput, decide, latest_decisions
from app.core.forum.scoring import set_weights
from app.core.forum.sealing import (
    NOT_DISCUSSED_REASON,
    mark_not_discussed,
    seal_session,
    undecided,
    verify,
)
from app.core.forum.summary import build_board
from app.errors import UserError
from app.models import Proposal
from app.models.db import read_session, write_session
from tests.core.test_forum_support import ForumFixture, forum

__all__ = ["forum"]


def _same_agency(f: ForumFixture, n: int) -> list[str]:
    with read_session(f.engine) as session:
        by_agency: dict[str, list[str]] = {}
        for pid in f.proposal_ids:
            p = session.get(Proposal, pid)
            assert p is not None
            by_agency.setdefault(p.agency_code or "", []).append(pid)
    return next(ids for code, ids in by_agency.items() if code and len(ids) >= n)[:n]


def test_undecided_are_listed_and_marked_not_discussed_only_on_request(forum: ForumFixture) -> None:
    first = forum.proposal_ids[0]
    with write_session(forum.engine) as session:
        decide(session, forum.session_id, DecisionInput(first, "agreed", priority=1), actor="op")
    with read_session(forum.engine) as session:
        left = undecided(session, forum.session_id)
    assert len(left) == len(forum.proposal_ids) - 1 and first not in {p.id for p in left}
    with write_session(forum.engine) as session:
        assert mark_not_discussed(session, forum.session_id, actor="op") == len(left)
        seal_session(session, forum.session_id, actor="op")
    with read_session(forum.engine) as session:
        latest = latest_decisions(session, forum.session_id)
        assert undecided(session, forum.session_id) == []
        report = verify(session, forum.session_id)
    assert report.problem is None
    marked = [d for d in latest.values() if d.proposal_id != first]
    assert {d.outcome for d in marked} == {"postponed"}
    assert {d.reason for d in marked} == {NOT_DISCUSSED_REASON}


def test_agreed_priorities_are_renumbered_per_agency_when_sealed(forum: ForumFixture) -> None:
    ids = _same_agency(forum, 3)
    with write_session(forum.engine) as session:
        for pid, priority in zip(ids, (9, 2, 5), strict=True):
            decide(
                session,
                forum.session_id,
                DecisionInput(pid, "agreed", priority=priority),
                actor="o",
            )
        seal_session(session, forum.session_id, actor="op")
    with read_session(forum.engine) as session:
        latest = latest_decisions(session, forum.session_id)
        board = build_board(session, forum.session_id)
        report = verify(session, forum.session_id)
    assert report.problem is None
    # 2 → 1, 5 → 2, 9 → 3: the forum's order kept, the gaps closed.
    assert [latest[pid].priority for pid in ids] == [3, 1, 2]
    assert board.status == "sealed"


def test_weights_that_do_not_add_up_to_100_are_refused(forum: ForumFixture) -> None:
    with read_session(forum.engine) as session:
        criteria = build_board(session, forum.session_id).criteria
    keys = [k for k, _l, _w in criteria]
    over = {k: 0 for k in keys} | {keys[0]: 60, keys[1]: 55}  # 115%
    with write_session(forum.engine) as session, pytest.raises(UserError, match="115%"):
        set_weights(session, forum.session_id, over, actor="camat")
    exact = {k: 0 for k in keys} | {keys[0]: 60, keys[1]: 40}
    with write_session(forum.engine) as session:
        assert sum(set_weights(session, forum.session_id, exact, actor="camat").values()) == 100
