"""Attendance and the agency summary (issue #17): the same person is not listed twice, and
"Prioritas teratas" names only proposals the forum agreed."""

from __future__ import annotations

import pytest

from app.core.forum.attendance import add_attendee, list_attendance
from app.core.forum.decisions import DecisionInput, decide
from app.core.forum.summary import build_board
from app.errors import UserError
from app.models.db import read_session, write_session
from tests.core.test_forum_support import ForumFixture, forum

__all__ = ["forum"]


def test_the_same_person_is_not_listed_twice(forum: ForumFixture) -> None:
    with write_session(forum.engine) as session:
        add_attendee(
            session,
            forum.session_id,
            name="Siti Aminah",
            unsur="bpd",
            sex="P",
            institution="BPD Jahab",
        )
        with pytest.raises(UserError, match="sudah ada di daftar hadir"):
            add_attendee(
                session,
                forum.session_id,
                name="  siti   AMINAH ",
                unsur="bpd",
                sex="P",
                institution="BPD Jahab",
            )
        # Another Siti Aminah, from another village: both are kept.
        add_attendee(
            session,
            forum.session_id,
            name="Siti Aminah",
            unsur="bpd",
            sex="P",
            institution="BPD Loa Ipuh",
        )
    with read_session(forum.engine) as session:
        assert len(list_attendance(session, forum.session_id)) == 2


def test_top_priorities_are_only_agreed_proposals(forum: ForumFixture) -> None:
    with read_session(forum.engine) as session:
        before = build_board(session, forum.session_id)
    assert all(a.top == () for a in before.agencies)  # nothing agreed yet: nothing listed
    first = forum.proposal_ids[0]
    with write_session(forum.engine) as session:
        decide(session, forum.session_id, DecisionInput(first, "agreed", priority=1), actor="op")
    with read_session(forum.engine) as session:
        board = build_board(session, forum.session_id)
        view = board.proposal(first)
    assert view is not None
    listed = [t for a in board.agencies for t in a.top]
    assert listed == [view.title]
