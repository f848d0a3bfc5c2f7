"""How a forum session prioritises: criteria weights, 1–5 ratings, manual reordering.

Criteria and ratings are ordinary synced rows that change during the forum (a weight is set,
a rating corrected). A manual reorder is insert-only, like a decision: the latest row per
proposal counts, and each carries the reason the forum gave.
"""

from __future__ import annotations

from sqlalchemy import UniqueConstraint
from sqlmodel import Field

from app.models.base import SyncedRecord

RATING_SOURCES = ("auto", "forum")


class ForumCriterion(SyncedRecord, table=True):
    __tablename__ = "forum_criterion"
    __table_args__ = (UniqueConstraint("session_id", "key"),)

    session_id: str = Field(foreign_key="forum_session.id", index=True, max_length=36)
    key: str = Field(max_length=30)
    label: str = Field(max_length=100)
    weight: int = Field(default=0, ge=0, le=100)
    position: int = Field(default=0)


class ForumRating(SyncedRecord, table=True):
    __tablename__ = "forum_rating"
    __table_args__ = (UniqueConstraint("session_id", "proposal_id", "criterion_key"),)

    session_id: str = Field(foreign_key="forum_session.id", index=True, max_length=36)
    proposal_id: str = Field(foreign_key="proposal.id", index=True, max_length=36)
    criterion_key: str = Field(max_length=30)
    value: int = Field(ge=1, le=5)
    source: str = Field(default="auto", max_length=10)
    note: str | None = Field(default=None, max_length=500)


class ForumOrderOverride(SyncedRecord, table=True):
    """Insert-only: the forum moved a proposal to ``position`` in its agency's list (None: undo)."""

    __tablename__ = "forum_order_override"

    session_id: str = Field(foreign_key="forum_session.id", index=True, max_length=36)
    proposal_id: str = Field(foreign_key="proposal.id", index=True, max_length=36)
    position: int | None = Field(default=None, ge=1)
    reason: str = Field(max_length=2000)
    decided_by: str | None = Field(default=None, max_length=100)
