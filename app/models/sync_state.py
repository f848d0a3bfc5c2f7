"""Sync bookkeeping: the outbox, the per-stream pull cursors, and each record's merge base."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from app.models.types import UTCDateTime, new_uuid, utcnow

OUTBOX_OPS = ("insert", "update", "delete")
OUTBOX_STATES = ("pending", "sent", "rejected", "conflict")


class OutboxEntry(SQLModel, table=True):
    """One change to push, written in the same transaction as the change itself."""

    __tablename__ = "outbox_entry"

    device_seq: int | None = Field(default=None, primary_key=True)
    op_id: str = Field(default_factory=new_uuid, unique=True, max_length=36)
    entity: str = Field(index=True, max_length=40)
    entity_id: str = Field(index=True, max_length=36)
    op: str = Field(max_length=10)
    rev: int
    base_rev: int | None = Field(default=None)
    changed_fields: str
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    state: str = Field(default="pending", index=True, max_length=10)
    attempts: int = Field(default=0)
    last_error: str | None = Field(default=None, max_length=2000)


class SyncCursor(SQLModel, table=True):
    __tablename__ = "sync_cursor"

    stream: str = Field(primary_key=True, max_length=40)
    cursor: str | None = Field(default=None, max_length=200)
    server_epoch: str | None = Field(default=None, max_length=80)
    last_pull_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class SyncBase(SQLModel, table=True):
    """The last copy both sides agreed on: the base of a three-way merge."""

    __tablename__ = "sync_base"
    __table_args__ = (UniqueConstraint("entity", "entity_id"),)

    id: int | None = Field(default=None, primary_key=True)
    entity: str = Field(max_length=40)
    entity_id: str = Field(max_length=36)
    server_rev: int
    data_json: str


class AppSetting(SQLModel, table=True):
    """Key/value settings that belong to the office's data (identity, server, device)."""

    __tablename__ = "app_setting"

    key: str = Field(primary_key=True, max_length=100)
    value_json: str
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
