"""Writes the outbox entry for every change to a synchronised row, inside the same flush.

Hooking the session's flush, rather than asking each caller to write an outbox row, is what
makes "every committed change has its outbox entry" hold: the entry and the change share one
transaction, and no code path can save a ``SyncedRecord`` without one. ``BulkInsert`` is the
one other way in, for many new rows at once: it writes each row's entry with the row.
"""

from __future__ import annotations

import copy
import functools
import json
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

from pydantic_core import PydanticUndefined
from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session, UOWTransaction
from sqlmodel import SQLModel

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
        changed_fields=_fields_json(fields),
    )


def _fields_json(fields: dict[str, Any]) -> str:
    return json.dumps(fields, ensure_ascii=False, sort_keys=True)


class BulkInsert:
    """New rows of one synchronised table, written as multi-row inserts with their outbox
    entries: the flush hook's insert path without an ORM object per row (an import's
    thousands of new proposals spent most of their time building and flushing objects).

    ``add`` completes a row as building the model would (each missing column's default or
    default factory, so ids are client UUIDs made at once), ``flush`` writes the queued rows
    and then their ``insert`` entries in queue order, with the same ``rev``, times and
    ``changed_fields`` the hook gives, inside the caller's transaction. Validation stays the
    caller's: pass ``validate`` (what the model's ``__init__`` checks) to run it on ``add``.
    Call ``flush`` before the transaction commits: a commit with rows still queued is refused
    (and so rolled back by ``write_session``) rather than losing them.
    """

    def __init__(
        self,
        session: Session,
        model: type[SyncedRecord],
        *,
        validate: Callable[[Mapping[str, Any]], object] | None = None,
    ) -> None:
        if session.info.get(APPLYING_REMOTE):
            raise RuntimeError("rows pulled from the server are not written through BulkInsert")
        self.session = session
        self.model = model
        self.validate = validate
        self.keys = _column_keys_of(model)
        self._defaults = _defaults_of(model, self.keys)
        self._pending: list[dict[str, Any]] = []
        event.listen(session, "before_commit", self._refuse_unwritten)

    def _refuse_unwritten(self, _session: Session) -> None:
        if self._pending:
            raise RuntimeError(f"{len(self._pending)} queued rows not flushed before commit")

    def add(self, **data: Any) -> dict[str, Any]:
        """Queue one new row; returns it complete (``row["id"]`` is its id)."""
        if self.validate is not None:
            self.validate(data)
        unknown = data.keys() - set(self.keys)
        if unknown:
            raise TypeError(f"{self.model.__name__} has no columns {sorted(unknown)}")
        row = {key: data[key] if key in data else default() for key, default in self._defaults}
        self._pending.append(row)
        return row

    @property
    def pending(self) -> int:
        return len(self._pending)

    def flush(self) -> None:
        """Write the queued rows and their outbox entries (still uncommitted)."""
        if not self._pending:
            return
        rows, self._pending = self._pending, []
        now = utcnow()
        entity = str(self.model.__tablename__)
        entries: list[dict[str, Any]] = []
        for row in rows:
            row["rev"] = 1
            row["created_at"] = row["created_at"] or now
            row["updated_at"] = now
            fields = {key: to_jsonable(row[key]) for key in self.keys if key not in _ENVELOPE}
            entries.append(
                outbox_row(
                    entity=entity,
                    entity_id=row["id"],
                    op="insert",
                    rev=1,
                    base_rev=None,
                    changed_fields=_fields_json(fields),
                )
            )
        # No autoflush: the session's own pending changes are written at its next flush,
        # after these rows, as the hook writes new objects before changed ones.
        with self.session.no_autoflush:
            self.session.execute(insert(self.model.__table__), rows)  # type: ignore[attr-defined]
            self.session.execute(insert(OutboxEntry.__table__), entries)  # type: ignore[attr-defined]


_IMMUTABLE = (type(None), str, int, float, bool, tuple, frozenset)


def _defaults_of(model: type[SQLModel], keys: list[str]) -> list[tuple[str, Callable[[], Any]]]:
    """Each column's default as building the model gives it: the factory called per row
    (ids, times), a constant otherwise; resolved once, as pydantic's per-field lookup is slow."""
    defaults: list[tuple[str, Callable[[], Any]]] = []
    for key in keys:
        info = model.model_fields.get(key)
        if info is None:
            raise TypeError(f"{model.__name__}.{key} is a column without a model field")
        if info.default_factory is not None:
            if info.default_factory_takes_validated_data:
                raise TypeError(f"{model.__name__}.{key}: factory needs the validated data")
            defaults.append((key, info.default_factory))  # type: ignore[arg-type]
        elif info.default is PydanticUndefined:
            defaults.append((key, _required(model, key)))
        elif isinstance(info.default, _IMMUTABLE):
            defaults.append((key, functools.partial(_same, info.default)))
        else:
            defaults.append((key, functools.partial(copy.deepcopy, info.default)))
    return defaults


def _same(value: Any) -> Any:
    return value


def _required(model: type[SQLModel], key: str) -> Callable[[], Any]:
    def missing() -> Any:
        raise TypeError(f"{model.__name__}.{key} is required")

    return missing


_OUTBOX_DEFAULTS = _defaults_of(
    OutboxEntry, ["op_id", "created_at", "state", "attempts", "last_error"]
)


def outbox_row(**values: Any) -> dict[str, Any]:
    """An outbox entry as a row for a multi-row insert, the model's defaults filled in
    (``device_seq``, the push order, is left to the database)."""
    row = {key: default() for key, default in _OUTBOX_DEFAULTS if key not in values}
    row.update(values)
    return row


def _column_keys_of(model: type[SQLModel]) -> list[str]:
    keys = []
    for attr in inspect(model).column_attrs:
        if attr.columns[0].name != attr.key:  # the rows are written to the table by name
            raise TypeError(f"{model.__name__}.{attr.key} is stored as {attr.columns[0].name}")
        keys.append(attr.key)
    return keys


def install(session_class: type[Session]) -> None:
    if not event.contains(session_class, "before_flush", _record_changes):
        event.listen(session_class, "before_flush", _record_changes)
