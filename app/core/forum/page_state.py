"""What the operator's forum page shows, read in one use case, and the page's writes.

Loading a session is read → write → read: the sessions of the current cycle and the chosen one's
proposals are read, an open session gets starting ratings for proposals that have none (a write),
and the board is then read with those ratings. The page calls ``load_forum_page`` on the worker
and ``in_transaction`` for each change; it never opens a session itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from sqlalchemy import Engine
from sqlmodel import Session

from app.core.forum import attendance as attendance_core
from app.core.forum import delegation as delegation_core
from app.core.forum.alignment import AlignmentInfo, AlignmentService
from app.core.forum.decisions import forum_proposals
from app.core.forum.scoring import prepare_ratings
from app.core.forum.sessions import (
    KIND_LABELS,
    SessionDetails,
    create_session,
    list_sessions,
    require_session,
)
from app.core.forum.summary import ForumBoard, build_board
from app.core.proposal_queries import current_cycle
from app.models.db import read_session, write_session
from common.dates import format_date_id
from common.i18n import _

T = TypeVar("T")


@dataclass(frozen=True)
class SessionItem:
    id: str
    label: str


@dataclass(frozen=True)
class PageData:
    cycle_id: str | None
    sessions: tuple[SessionItem, ...]
    session_id: str | None
    details: SessionDetails | None
    board: ForumBoard | None
    attendance: tuple[tuple[str, ...], ...]
    delegates: tuple[tuple[str, ...], ...]


def _label(title: str, kind: str, held_on: date | None, sealed: bool) -> str:
    text = f"{title} — {_(KIND_LABELS.get(kind, kind))}"
    if held_on is not None:
        text += f", {format_date_id(held_on)}"
    if sealed:
        text += " — " + _("disegel")
    return text


def load_forum_page(
    engine: Engine,
    wanted: str | None,
    alignment_service: AlignmentService,
    alignment: dict[str, AlignmentInfo],
) -> PageData:
    """The page's state for session ``wanted`` (else the cycle's first session).

    ``alignment`` is the page's cache of scorer results; proposals missing from it are scored
    and added, so the scorer runs once per proposal per page.
    """
    with read_session(engine) as session:
        cycle = current_cycle(session)
        if cycle is None:
            return PageData(None, (), None, None, None, (), ())
        sessions = list_sessions(session, cycle.id)
        items = tuple(
            SessionItem(s.id, _label(s.title, s.kind, s.held_on, s.status == "sealed"))
            for s in sessions
        )
        chosen = next((s for s in sessions if s.id == wanted), sessions[0] if sessions else None)
        if chosen is None:
            return PageData(cycle.id, items, None, None, None, (), ())
        proposals = forum_proposals(session, cycle.id)
        missing = [p for p in proposals if p.id not in alignment]
        if missing and alignment_service.available:
            alignment.update(alignment_service.score(session, missing))
        status, chosen_id, cycle_id = chosen.status, chosen.id, cycle.id
    if status == "open":
        with write_session(engine) as session:
            prepare_ratings(session, chosen_id, forum_proposals(session, cycle_id), alignment)
    with read_session(engine) as session:
        forum = require_session(session, chosen_id)
        details = SessionDetails(
            forum.kind,
            forum.title,
            forum.held_on,
            forum.place,
            forum.chair,
            forum.minute_taker,
            forum.speakers,
            forum.agenda,
        )
        board = build_board(
            session,
            chosen_id,
            alignment=alignment,
            alignment_available=alignment_service.available,
        )
        attendance = tuple(
            (
                a.id,
                a.name,
                _(attendance_core.UNSUR_LABELS.get(a.unsur, a.unsur)),
                a.institution or "",
                a.sex,
                a.unsur,
            )
            for a in attendance_core.list_attendance(session, chosen_id)
        )
        delegates = tuple(
            (
                d.id,
                d.name,
                d.sex,
                _(attendance_core.UNSUR_LABELS.get(d.unsur or "", d.unsur or "")),
                d.institution or "",
                d.role or "",
            )
            for d in delegation_core.list_delegates(session, chosen_id)
        )
    return PageData(cycle_id, items, chosen_id, details, board, attendance, delegates)


def in_transaction(engine: Engine, op: Callable[[Session], T]) -> T:
    """Run one forum change (``op`` calls the forum's core functions) in one write transaction."""
    with write_session(engine) as session:
        return op(session)


def new_session(
    engine: Engine, cycle_id: str, details: SessionDetails, *, actor: str | None
) -> str:
    """Create a forum session for ``cycle_id``; its id."""
    with write_session(engine) as session:
        return create_session(session, cycle_id=cycle_id, details=details, actor=actor).id
