"""Criteria, auto ratings, manual reorder and the session snapshot (board)."""

from __future__ import annotations

import pytest
from sqlmodel import select

from app.core.forum import auto_ratings
from app.core.forum.alignment import UNAVAILABLE_NOTE, AlignmentInfo
from app.core.forum.decisions import DecisionInput, decide, forum_proposals
from app.core.forum.scoring import prepare_ratings, set_position, set_rating, set_weights
from app.core.forum.summary import ForumBoard, build_board, rerank
from app.errors import UserError
from app.models import AuditEvent, ForumRating
from app.models.db import read_session, write_session
from tests.core.test_forum_support import ForumFixture, forum

__all__ = ["forum"]


def test_alignment_score_maps_to_the_1_to_5_scale() -> None:
    assert [auto_ratings.alignment_rating(s) for s in (0, 12, 13, 50, 62, 63, 88, 100, 150)] == [
        1,
        1,
        2,
        3,
        3,
        4,
        5,
        5,
        5,
    ]


def _prepare(f: ForumFixture, alignment: dict[str, AlignmentInfo] | None = None) -> int:
    with write_session(f.engine) as session:
        proposals = forum_proposals(session, f.cycle_id)
        return prepare_ratings(session, f.session_id, proposals, alignment)


def _info(pid: str, score: int) -> AlignmentInfo:
    return AlignmentInfo(
        pid,
        score,
        auto_ratings.alignment_rating(score),
        "karena ...",
        None,
        None,
        None,
        None,
        None,
        (),
    )


def test_auto_ratings_fill_gaps_and_never_overwrite_the_forum(forum: ForumFixture) -> None:
    assert _prepare(forum) == 12 * 6
    pid = forum.proposal_ids[0]
    with read_session(forum.engine) as session:
        rating = session.exec(
            select(ForumRating).where(
                ForumRating.proposal_id == pid, ForumRating.criterion_key == "alignment"
            )
        ).one()
    assert rating.value == 3 and rating.note == UNAVAILABLE_NOTE
    with write_session(forum.engine) as session:
        set_rating(session, forum.session_id, pid, "urgency", 5, note="jalan putus")
    # The scorer's result arrives later: auto alignment ratings are refreshed, forum ones stay.
    assert _prepare(forum, {pid: _info(pid, 95)}) == 1
    with read_session(forum.engine) as session:
        values = {
            r.criterion_key: (r.value, r.source)
            for r in session.exec(select(ForumRating).where(ForumRating.proposal_id == pid)).all()
        }
    assert values["alignment"] == (5, "auto") and values["urgency"] == (5, "forum")


def test_weights_and_reorder_change_the_board_and_are_audited(forum: ForumFixture) -> None:
    _prepare(forum)
    with read_session(forum.engine) as session:
        before = build_board(session, forum.session_id)
    dpu = [v for v in before.proposals if v.agency_code == "1.03.01"]
    last = max(dpu, key=lambda v: v.rank_in_group)
    with write_session(forum.engine) as session:
        weights = {k: 0 for k, _l, _w in before.criteria}
        with pytest.raises(UserError, match="harus tepat 100%"):
            set_weights(session, forum.session_id, {"benefit": 80}, actor="camat")
        set_weights(session, forum.session_id, weights | {"benefit": 80, "urgency": 20}, actor="c")
        with pytest.raises(UserError, match="Alasan"):
            set_position(session, forum.session_id, last.id, 1, reason="", actor="camat")
        set_position(session, forum.session_id, last.id, 1, reason="darurat banjir", actor="camat")
    with read_session(forum.engine) as session:
        after = build_board(session, forum.session_id)
        actions = [e.action for e in session.exec(select(AuditEvent)).all()]
    moved = after.proposal(last.id)
    assert moved is not None and moved.rank_in_group == 1 and moved.moved
    assert moved.move_reason == "darurat banjir"
    assert dict((k, w) for k, _l, w in after.criteria)["benefit"] == 80
    assert "weights" in actions and "reorder" in actions
    with write_session(forum.engine) as session, pytest.raises(UserError, match="bernilai 0"):
        set_weights(session, forum.session_id, {k: 0 for k, _l, _w in after.criteria}, actor="x")


def test_board_pagu_and_agency_summary_follow_decisions(forum: ForumFixture) -> None:
    _prepare(forum)
    with write_session(forum.engine) as session:
        decide(
            session,
            forum.session_id,
            DecisionInput(forum.proposal_ids[0], "agreed", priority=1, agreed_amount=2_000_000_000),
            actor="op",
        )
        decide(
            session,
            forum.session_id,
            DecisionInput(forum.proposal_ids[2], "agreed", priority=1, agreed_amount=700_000_000),
            actor="op",
        )
        decide(
            session,
            forum.session_id,
            DecisionInput(forum.proposal_ids[1], "not_agreed", reason="sudah ditangani provinsi"),
            actor="op",
        )
    with read_session(forum.engine) as session:
        board = build_board(session, forum.session_id)
    assert board.pagu.total_used == 2_700_000_000
    dinkes = next(a for a in board.agencies if a.code == "1.02.01")
    assert dinkes.agreed_total == 700_000_000 and dinkes.ceiling == 600_000_000
    assert any("melebihi pagu" in w for w in board.pagu.warnings)
    dpu = next(a for a in board.agencies if a.code == "1.03.01")
    first = board.proposal(forum.proposal_ids[0])
    assert first is not None
    assert dpu.count == 8 and dpu.agreed_count == 1 and dpu.top[0] == first.title
    assert not board.fit.is_funded(forum.proposal_ids[1])  # not agreed: out of the fitter
    assert board.drafts_waiting > 0


def test_rerank_in_memory_matches_the_saved_weights(forum: ForumFixture) -> None:
    _prepare(forum)
    with write_session(forum.engine) as session:
        last = forum.proposal_ids[-1]
        set_position(session, forum.session_id, last, 1, reason="darurat", actor="camat")
        set_rating(session, forum.session_id, forum.proposal_ids[4], "benefit", 5)
    with read_session(forum.engine) as session:
        before = build_board(session, forum.session_id)
    new = {
        "alignment": 0,
        "urgency": 10,
        "benefit": 70,
        "readiness": 10,
        "repeat": 5,
        "vulnerable": 5,
    }
    preview = rerank(before, new)
    with write_session(forum.engine) as session:
        set_weights(session, forum.session_id, new, actor="camat")
    with read_session(forum.engine) as session:
        saved = build_board(session, forum.session_id)

    def key(board: object) -> list[tuple[str, int, int, int, bool]]:
        assert isinstance(board, ForumBoard)
        return [(v.id, v.rank_in_group, v.overall, v.score, v.suggested) for v in board.proposals]

    assert key(preview) == key(saved)
    assert key(preview) != key(before)
    assert preview.criteria == saved.criteria
    assert preview.fit == saved.fit
