"""What the interface shows about the open office database, read in one short session each:
the office and planning cycle in view, whether a cycle exists, the sync backlog, the regions
the set-up wizard offers, the forum sessions and the first-run checklist. Plain read models:
the interface never holds a table row or a session."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import col, select

from app.core.database import Database
from app.core.forum.sessions import list_sessions
from app.core.office import Office, get_office
from app.core.office_profile import ChecklistItem, first_run_checklist
from app.core.proposal_queries import current_cycle, pending_outbox_count
from app.models import Region
from app.models.db import read_session


@dataclass(frozen=True)
class CycleInView:
    id: str
    name: str
    year: int
    pagu_total: int


@dataclass(frozen=True)
class OfficeInView:
    office: Office | None
    cycle: CycleInView | None


def office_in_view(db: Database) -> OfficeInView:
    """This installation's office and its newest open planning cycle."""
    with read_session(db) as session:
        cycle = current_cycle(session)
        return OfficeInView(
            get_office(session),
            CycleInView(cycle.id, cycle.name, cycle.year, cycle.pagu_total) if cycle else None,
        )


def has_planning_cycle(db: Database) -> bool:
    with read_session(db) as session:
        return current_cycle(session) is not None


def pending_sync_count(db: Database) -> int:
    """Changes in the outbox not yet sent to the server."""
    with read_session(db) as session:
        return pending_outbox_count(session)


@dataclass(frozen=True)
class RegionChoice:
    code: str
    name: str
    level: str
    parent_code: str | None


def region_choices(db: Database) -> list[RegionChoice]:
    """Kabupaten and kecamatan the set-up wizard offers (from the reference data loaded)."""
    with read_session(db) as session:
        rows = session.exec(
            select(Region)
            .where(col(Region.level).in_(("kabupaten", "kecamatan")))
            .order_by(col(Region.code))
        ).all()
        return [RegionChoice(r.code, r.name, r.level, r.parent_code) for r in rows]


@dataclass(frozen=True)
class ForumSessionSummary:
    id: str
    title: str
    kind: str
    held_on: date | None
    status: str
    digest: str | None


def forum_session_summaries(db: Database, cycle_id: str | None = None) -> list[ForumSessionSummary]:
    """The forum sessions (of ``cycle_id``, or all), in ``list_sessions`` order."""
    with read_session(db) as session:
        return [
            ForumSessionSummary(s.id, s.title, s.kind, s.held_on, s.status, s.digest)
            for s in list_sessions(session, cycle_id)
        ]


def office_checklist(db: Database, *, has_logo: bool) -> list[ChecklistItem]:
    """``first_run_checklist`` of the open database."""
    with read_session(db) as session:
        return first_run_checklist(session, has_logo=has_logo)
