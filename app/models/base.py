"""The mixin every user-created, synchronised table shares.

Rows are keyed by a client-generated UUID, carry UTC creation/update times and a revision
counter, and are never deleted: ``deleted`` marks a tombstone that sync carries to the server.
Revision, update time and the outbox entry are maintained by ``app.models.outbox`` on flush, so
no caller can forget them.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from app.models.types import UTCDateTime, new_uuid, utcnow
from common.i18n import N_


class SyncedRecord(SQLModel):
    id: str = Field(default_factory=new_uuid, primary_key=True, max_length=36)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    rev: int = Field(default=0)
    deleted: bool = Field(default=False, index=True, title=N_("Dihapus"))
