"""Client-side sync state beyond the outbox: conflicts the server reported, with both versions.

A hard conflict keeps the server's value in the record (so the office sees what the kabupaten
sees) and stores the office's own value here until someone chooses; nothing is discarded.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from app.models.types import UTCDateTime, utcnow

CONFLICT_KINDS = ("field", "delete", "locked")
RESOLUTIONS = ("mine", "theirs")


class SyncConflict(SQLModel, table=True):
    __tablename__ = "sync_conflict"

    id: int | None = Field(default=None, primary_key=True)
    server_conflict_id: int | None = Field(default=None, index=True)
    entity: str = Field(max_length=40)
    entity_id: str = Field(index=True, max_length=36)
    field: str = Field(max_length=60)
    kind: str = Field(default="field", max_length=10)
    local_value_json: str | None = Field(default=None)
    server_value_json: str | None = Field(default=None)
    server_rev: int | None = Field(default=None)
    op_id: str | None = Field(default=None, max_length=36)
    detected_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    resolved_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    resolution: str | None = Field(default=None, max_length=10)
    reported_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
