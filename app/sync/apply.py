"""Applying what the server sends into the local database, without writing outbox entries.

Every function here runs inside the caller's write transaction, on a session flagged with
``APPLYING_REMOTE`` so the outbox hook leaves the rows alone; the caller saves the pull cursor
in the same transaction, so a crash never applies a page without moving the cursor or the
other way round.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Date, inspect
from sqlmodel import Session, SQLModel, col, select

from app.core.reference_import import ImportResult, ReferenceImportFailed
from app.core.reference_import import resolve_kind as resolve_reference_kind
from app.core.reference_import.common import RowReader
from app.core.tabular import read_table
from app.errors import UserError
from app.models import Proposal, ReferenceImport, SyncBase, SyncCursor
from app.models.types import UTCDateTime, utcnow
from common import protocol


def model_for(entity: str) -> type[SQLModel] | None:
    for mapper in SQLModel._sa_registry.mappers:
        cls = mapper.class_
        if getattr(cls, "__tablename__", None) == entity:
            return cls
    return None


def python_value(model: type[SQLModel], field: str, value: Any) -> Any:
    """A JSON value back to the column's Python type (dates travel as ISO text)."""
    if value is None:
        return None
    column = inspect(model).columns.get(field)
    if column is None:
        return value
    if isinstance(column.type, UTCDateTime) and isinstance(value, str):
        return datetime.fromisoformat(value)
    if isinstance(column.type, Date) and isinstance(value, str):
        return date.fromisoformat(value)
    return value


def set_local_field(session: Session, entity: str, entity_id: str, field: str, value: Any) -> bool:
    model = model_for(entity)
    if model is None or field not in inspect(model).columns:
        return False
    row = session.get(model, entity_id)
    if row is None:
        return False
    setattr(row, field, python_value(model, field, value))
    session.add(row)
    return True


BaseCache = dict[tuple[str, str], SyncBase | None]


def update_base(
    session: Session,
    entity: str,
    entity_id: str,
    server_rev: int,
    fields: dict[str, Any],
    cache: BaseCache | None = None,
) -> None:
    key = (entity, entity_id)
    if cache is not None and key in cache:
        base = cache[key]
    else:
        with session.no_autoflush:
            base = session.exec(
                select(SyncBase).where(SyncBase.entity == entity, SyncBase.entity_id == entity_id)
            ).first()
    if base is None:
        base = SyncBase(
            entity=entity,
            entity_id=entity_id,
            server_rev=server_rev,
            data_json=json.dumps(fields, ensure_ascii=False, sort_keys=True),
        )
        session.add(base)
    else:
        data = json.loads(base.data_json)
        data.update(fields)
        base.data_json = json.dumps(data, ensure_ascii=False, sort_keys=True)
        base.server_rev = max(base.server_rev, server_rev)
        session.add(base)
    if cache is not None:
        cache[key] = base


def load_bases(session: Session, entity_ids: list[str]) -> BaseCache:
    """The merge bases of many records in one query (absent ones cached as None)."""
    cache: BaseCache = {}
    for start in range(0, len(entity_ids), 500):
        chunk = entity_ids[start : start + 500]
        for base in session.exec(select(SyncBase).where(col(SyncBase.entity_id).in_(chunk))).all():
            cache[(base.entity, base.entity_id)] = base
    return cache


def server_rev_of(session: Session, entity: str, entity_id: str) -> int | None:
    base = session.exec(
        select(SyncBase.server_rev).where(
            SyncBase.entity == entity, SyncBase.entity_id == entity_id
        )
    ).first()
    return int(base) if base is not None else None


def save_cursor(session: Session, stream: str, cursor: str, epoch: str) -> None:
    row = session.get(SyncCursor, stream)
    if row is None:
        row = SyncCursor(stream=stream)
    row.cursor = cursor
    row.server_epoch = epoch
    row.last_pull_at = utcnow()
    session.add(row)


def apply_feedback(session: Session, changes: list[protocol.Change]) -> tuple[int, int]:
    """Upstream statuses and reasons onto local proposals. Returns (applied, unknown)."""
    applied = unknown = 0
    owned = protocol.KABUPATEN_FIELDS.get("proposal", frozenset())
    cache = load_bases(session, [c.id for c in changes])
    for change in changes:
        if change.entity != "proposal":
            continue
        proposal = session.get(Proposal, change.id)
        if proposal is None:
            unknown += 1
            continue
        fields = {k: v for k, v in change.data.items() if k in owned}
        for name, value in fields.items():
            setattr(proposal, name, value)
        session.add(proposal)
        update_base(session, "proposal", change.id, change.rev, fields, cache)
        applied += 1
    return applied, unknown


def import_reference_in_session(
    session: Session, kind_name: str, name: str, content: bytes
) -> ImportResult:
    """The reference importer's validate-then-apply, inside the caller's transaction."""
    kind = resolve_reference_kind(kind_name)
    suffix = Path(name).suffix or ".csv"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"referensi{suffix}"
        path.write_bytes(content)
        table = read_table(path)
        table.source_name = name
    reader = RowReader(table, kind.module.ALIASES, kind.module.REQUIRED)
    missing_columns = any(issue.row is None for issue in reader.issues)
    parsed = kind.module.validate(reader, session) if not missing_columns else []
    if reader.issues:
        raise ReferenceImportFailed(reader.issues)
    result: ImportResult = kind.module.apply(session, parsed)
    result.source_name = name
    session.add(
        ReferenceImport(
            kind=kind.name,
            source_name=name,
            sha256=hashlib.sha256(content).hexdigest(),
            rows=result.rows,
        )
    )
    return result


def apply_reference(
    session: Session, changes: list[protocol.Change], contents: dict[str, bytes]
) -> tuple[int, list[str]]:
    """Import every published file of the page; a file that fails is reported, not applied."""
    imported = 0
    problems: list[str] = []
    for change in changes:
        sha = str(change.data.get("sha256", change.id))
        kind = str(change.data.get("kind", ""))
        name = str(change.data.get("name", sha))
        content = contents.get(sha)
        if content is None:
            problems.append(f"Berkas referensi {name} tidak terunduh.")
            continue
        savepoint = session.begin_nested()
        try:
            import_reference_in_session(session, kind, name, content)
        except (UserError, ValueError) as exc:
            savepoint.rollback()
            problems.append(f"Data referensi {name} ({kind}) tidak dapat diimpor: {exc}")
            continue
        savepoint.commit()
        imported += 1
    return imported, problems
