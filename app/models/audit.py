"""Append-only audit log. Each event carries the hash of the previous one (a chain)."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from app.models.types import UTCDateTime, new_uuid, utcnow


class AuditEvent(SQLModel, table=True):
    __tablename__ = "audit_event"

    seq: int | None = Field(default=None, primary_key=True)
    id: str = Field(default_factory=new_uuid, unique=True, max_length=36)
    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    actor: str | None = Field(default=None, max_length=100)
    entity: str = Field(max_length=40)
    entity_id: str = Field(index=True, max_length=36)
    action: str = Field(max_length=40)
    before_json: str | None = Field(default=None)
    after_json: str | None = Field(default=None)
    reason: str | None = Field(default=None, max_length=2000)
    prev_hash: str | None = Field(default=None, max_length=64)
    hash: str | None = Field(default=None, max_length=64)
