"""Writes the outbox entry for every change to a synchronised row, inside the same flush.

Hooking the session's flush, rather than asking each caller to write an outbox row, is what
makes "every committed change has its outbox entry" hold: the entry and the change share one
transaction, and no code path can save a ``SyncedRecord`` without one.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, UOWTransaction

from app.models.base import SyncedRecord
from app.models.sync_state import OutboxEntry
from app.models.types import utcnow

# Set ``session.info[APPLYING_REMOTE] = True`` on a session that applies rows pulled from the
# sync server: its flushes write no outbox entries and leave ``rev``/``updated_at`` alone, so a
# pulled change is never pushed back (no ping-pong). Only app.sync sets it. Hard deletes of
# synchronised rows are refused either way.
APPLYING_REMOTE = "applying_remote"

# Bookkeeping columns that travel in the op's envelope, not in its changed fields.
_ENVELOPE = frozenset({"id", "rev", "created_at", "updated_at"})


class HardDeleteRefused(RuntimeError):
    """Synchronised rows are soft-deleted (``deleted = True``) so the deletion can sync."""


def to_jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def _column_keys(obj: SyncedRecord) -> list[str]:
    return [attr.key for attr in inspect(obj).mapper.column_attrs]


def _changed_fields(obj: SyncedRecord) -> dict[str, Any]:
    state = inspect(obj)
    changed: dict[str, Any] = {}
    for key in _column_keys(obj):
        if key in _ENVELOPE:
            continue
        history = state.attrs[key].history
        if history.has_changes():
            changed[key] = to_jsonable(getattr(obj, key))
    return changed


def _base_rev(obj: SyncedRecord) -> int:
    history = inspect(obj).attrs["rev"].history
    if history.deleted:
        return int(history.deleted[0])
    return int(obj.rev)


def _record_changes(session: Session, _ctx: UOWTransaction, _instances: Any) -> None:
    for obj in session.deleted:
        if isinstance(obj, SyncedRecord):
            raise HardDeleteRefused(
                f"{type(obj).__name__} {obj.id} must be soft-deleted, not deleted"
            )
    if session.info.get(APPLYING_REMOTE):
        return
    now = utcnow()
    entries: list[OutboxEntry] = []
    for obj in list(session.new):
        if not isinstance(obj, SyncedRecord):
            continue
        obj.rev = 1
        obj.created_at = obj.created_at or now
        obj.updated_at = now
        fields = {
            key: to_jsonable(getattr(obj, key)) for key in _column_keys(obj) if key not in _ENVELOPE
        }
        entries.append(_entry(obj, "insert", None, fields))
    for obj in list(session.dirty):
        if not isinstance(obj, SyncedRecord) or not session.is_modified(obj):
            continue
        fields = _changed_fields(obj)
        if not fields:
            continue
        base = _base_rev(obj)
        obj.rev = base + 1
        obj.updated_at = now
        op = "delete" if fields.get("deleted") is True else "update"
        entries.append(_entry(obj, op, base, fields))
    session.add_all(entries)


def _entry(obj: SyncedRecord, op: str, base_rev: int | None, fields: dict[str, Any]) -> OutboxEntry:
    return OutboxEntry(
        entity=str(obj.__tablename__),
        entity_id=obj.id,
        op=op,
        rev=obj.rev,
        base_rev=base_rev,
        changed_fields=json.dumps(fields, ensure_ascii=False, sort_keys=True),
    )


def install(session_class: type[Session]) -> None:
    if not event.contains(session_class, "before_flush", _record_changes):
        event.listen(session_class, "before_flush", _record_changes)
