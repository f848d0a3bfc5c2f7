"""Forum sessions and what happens in them: attendance, decisions, delegates."""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Field

from app.models.base import SyncedRecord
from app.models.types import UTCDateTime

SESSION_KINDS = ("musrenbang_kecamatan", "pra_forum_pd")
DECISION_OUTCOMES = ("agreed", "not_agreed", "moved_to_village", "postponed", "merged")
SEXES = ("L", "P")


class ForumSession(SyncedRecord, table=True):
    __tablename__ = "forum_session"

    cycle_id: str = Field(foreign_key="planning_cycle.id", index=True, max_length=36)
    kind: str = Field(default="musrenbang_kecamatan", max_length=30)
    title: str = Field(max_length=300)
    held_on: date | None = Field(default=None)
    place: str | None = Field(default=None, max_length=300)
    chair: str | None = Field(default=None, max_length=200)
    minute_taker: str | None = Field(default=None, max_length=200)
    speakers: str | None = Field(default=None, max_length=5000)
    agenda: str | None = Field(default=None, max_length=5000)
    status: str = Field(default="open", max_length=20)
    sealed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    digest: str | None = Field(default=None, max_length=64)
    is_demo: bool = Field(default=False)


class Attendance(SyncedRecord, table=True):
    """Insert-only: a correction is a new row plus a tombstone, so merges are add-wins."""

    __tablename__ = "attendance"

    session_id: str = Field(foreign_key="forum_session.id", index=True, max_length=36)
    name: str = Field(max_length=200)
    unsur: str = Field(max_length=60)
    institution: str | None = Field(default=None, max_length=200)
    desa_code: str | None = Field(default=None, max_length=20)
    sex: str = Field(max_length=1)


class Decision(SyncedRecord, table=True):
    """Insert-only record of what the forum decided about one proposal."""

    __tablename__ = "decision"

    session_id: str = Field(foreign_key="forum_session.id", index=True, max_length=36)
    proposal_id: str = Field(foreign_key="proposal.id", index=True, max_length=36)
    outcome: str = Field(max_length=20)
    priority: int | None = Field(default=None, ge=1)
    agreed_amount: int | None = Field(default=None, ge=0)
    reason: str | None = Field(default=None, max_length=2000)
    merged_into_id: str | None = Field(default=None, max_length=36)
    decided_by: str | None = Field(default=None, max_length=100)


class Delegate(SyncedRecord, table=True):
    __tablename__ = "delegate"

    session_id: str = Field(foreign_key="forum_session.id", index=True, max_length=36)
    name: str = Field(max_length=200)
    sex: str = Field(max_length=1)
    unsur: str | None = Field(default=None, max_length=60)
    institution: str | None = Field(default=None, max_length=200)
    role: str | None = Field(default=None, max_length=100)
