"""The sync invariants every fault test ends with (SYNC.md: "nothing lost = every save the UI
confirmed ends on the server or in the conflict log, applied exactly once").

``assert_sync_invariants`` compares one office database with the server's database after the
test has synced to a quiet state. It reads the server's tables directly, as its admin would, so
it does not depend on the API it is checking.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Engine, func, inspect, text
from sqlmodel import col, select

from app.models import OutboxEntry, SyncBase, SyncConflict, SyncCursor
from app.models.base import SyncedRecord
from app.models.db import read_session
from app.sync.apply import model_for
from app.sync.settings import load_config
from common import protocol
from tests.sync.conftest import ServerHandle

# Server-written or envelope fields that legitimately differ between the two copies.
_IGNORED_FIELDS = frozenset({"rev", "created_at", "updated_at"})
# What the office confirmed: (entity, id) → the fields it saved, as JSON values.
Confirmed = Mapping[tuple[str, str], Mapping[str, Any]]


@dataclass
class Findings:
    problems: list[str] = field(default_factory=list)

    def check(self, condition: bool, message: str) -> None:
        if not condition:
            self.problems.append(message)


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _same(local: Any, remote: Any) -> bool:
    local, remote = _jsonable(local), _jsonable(remote)
    if isinstance(local, str) and isinstance(remote, str) and local != remote:
        # Datetimes may travel with or without an explicit UTC offset.
        try:
            return datetime.fromisoformat(local) == datetime.fromisoformat(remote)
        except ValueError:
            return False
    if isinstance(local, float) or isinstance(remote, float):
        try:
            return float(local) == float(remote)
        except (TypeError, ValueError):
            return False
    return bool(local == remote)


def _integrity(engine: Engine) -> str:
    with engine.connect() as conn:
        return str(conn.execute(text("PRAGMA integrity_check")).scalar())


def _local_rows(engine: Engine) -> dict[tuple[str, str], dict[str, Any]]:
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    with read_session(engine) as session:
        for entity in sorted(protocol.OFFICE_ENTITIES):
            model = model_for(entity)
            if model is None:
                continue
            columns = [c.key for c in inspect(model).mapper.column_attrs]
            for obj in session.exec(select(model)).all():
                values = {name: _jsonable(getattr(obj, name)) for name in columns}
                rows[(entity, str(values["id"]))] = values
    return rows


def assert_sync_invariants(
    server: ServerHandle,
    engine: Engine,
    kecamatan: str,
    *,
    confirmed: Confirmed | None = None,
    settled: bool = True,
    forgotten_ops: set[str] | None = None,
) -> None:
    """Fail with every broken invariant listed.

    ``settled``: the test synced until quiet, so no outbox entry may still be pending.
    ``confirmed``: values the office saved during the test (the UI's "tersimpan"); each must be
    on the server, in the conflict log, or visibly refused in the outbox.
    ``forgotten_ops``: ops the server applied that the office database no longer knows
    because it was restored from an older local backup (they are on the server, not lost).
    """
    from server.db import ChangeLog, Conflict, OpResultRow, Principal, Record, RecordVersion
    from server.db import read_session as server_read
    from server.logic import get_epoch

    found = Findings()
    found.check(_integrity(engine) == "ok", "office database fails PRAGMA integrity_check")
    if server.engine.dialect.name == "sqlite":
        found.check(_integrity(server.engine) == "ok", "server database fails integrity_check")

    with read_session(engine) as session:
        config = load_config(session)
        entries = list(
            session.exec(select(OutboxEntry).order_by(col(OutboxEntry.device_seq))).all()
        )
        conflicts = list(session.exec(select(SyncConflict)).all())
        bases = {(b.entity, b.entity_id): b for b in session.exec(select(SyncBase)).all()}
        cursors = list(session.exec(select(SyncCursor)).all())
    assert config is not None, "the office is not enrolled"
    device = config.device_id
    local = _local_rows(engine)

    with server_read(server.engine) as s:
        records = {
            (r.entity, r.entity_id): r
            for r in s.execute(select(Record).where(Record.kecamatan_code == kecamatan)).scalars()
        }
        # This office's devices: the current one and any it replaced by enrolling again.
        office_devices = set(
            s.execute(
                select(Principal.id).where(
                    Principal.role == "device", Principal.kecamatan_code == kecamatan
                )
            ).scalars()
        )
        all_results = {
            r.op_id: r
            for r in s.execute(
                select(OpResultRow).where(col(OpResultRow.principal_id).in_(office_devices))
            ).scalars()
        }
        results = {k: r for k, r in all_results.items() if r.principal_id == device}
        versions_per_op = Counter(
            op_id
            for op_id in s.execute(
                select(RecordVersion.op_id).where(
                    col(RecordVersion.op_id).is_not(None),
                    col(RecordVersion.origin).in_(office_devices),
                )
            ).scalars()
        )
        server_conflicts = {
            c.id: c
            for c in s.execute(
                select(Conflict).where(Conflict.kecamatan_code == kecamatan)
            ).scalars()
        }
        epoch = get_epoch(s)
        max_seq = int(s.execute(select(func.max(ChangeLog.seq))).scalar() or 0)

    # Outbox: settled, every sent op applied exactly once, refused ops not applied at all.
    states = Counter(e.state for e in entries)
    found.check(
        set(states) <= set(("pending", "sent", "rejected", "conflict")),
        f"unknown outbox states {dict(states)}",
    )
    if settled:
        found.check(states["pending"] == 0, f"{states['pending']} outbox entries still pending")
    seqs = [e.device_seq for e in entries]
    found.check(len(seqs) == len(set(seqs)), "device_seq repeated in the outbox")
    refused_fields: dict[tuple[str, str], set[str]] = {}
    for entry in entries:
        stored = all_results.get(entry.op_id)
        applied_versions = versions_per_op[entry.op_id]
        found.check(
            applied_versions <= 1,
            f"op {entry.op_id} ({entry.entity} {entry.entity_id}) applied {applied_versions} times",
        )
        if entry.state in ("sent", "conflict"):
            found.check(stored is not None, f"sent op {entry.op_id} has no stored server result")
            if stored is not None:
                status = json.loads(stored.result_json)["status"]
                found.check(
                    status in ("applied", "merged", "conflict"),
                    f"sent op {entry.op_id} has server result {status}",
                )
                found.check(
                    stored.device_seq == entry.device_seq,
                    f"op {entry.op_id} stored with device_seq {stored.device_seq}, "
                    f"local {entry.device_seq}",
                )
        elif entry.state == "rejected":
            found.check(applied_versions == 0, f"refused op {entry.op_id} changed the server")
            found.check(
                bool(entry.last_error), f"refused op {entry.op_id} shows no reason to the office"
            )
            refused_fields.setdefault((entry.entity, entry.entity_id), set()).update(
                json.loads(entry.changed_fields)
            )
    # Every server result belongs to an op this office still knows (nothing arrived twice
    # under another id, nothing came from nowhere).
    local_ops = {e.op_id for e in entries}
    strays = sorted(set(results) - local_ops - (forgotten_ops or set()))
    found.check(not strays, f"server holds results of ops the office never had: {strays[:5]}")

    # Records: every confirmed row is on the server once and holds the office's values,
    # except fields waiting in a conflict or refused visibly.
    open_conflict_fields = {
        (c.entity, c.entity_id, c.field) for c in conflicts if c.resolved_at is None
    }
    for key, values in local.items():
        entity, entity_id = key
        record = records.get(key)
        inserted_refused = any(
            e.entity == entity
            and e.entity_id == entity_id
            and e.op == "insert"
            and e.state == "rejected"
            for e in entries
        )
        if record is None:
            found.check(
                inserted_refused or not settled,
                f"{entity} {entity_id} confirmed locally is missing on the server",
            )
            continue
        data = json.loads(record.data_json)
        for name, value in values.items():
            if name in _IGNORED_FIELDS or name == "id" or name not in data:
                continue
            if (entity, entity_id, name) in open_conflict_fields:
                continue
            if name in refused_fields.get(key, set()):
                continue
            if not settled:
                continue
            found.check(
                _same(value, data[name]),
                f"{entity} {entity_id}.{name}: office {value!r} ≠ server {data[name]!r}",
            )
        base = bases.get(key)
        found.check(
            base is None or base.server_rev <= record.rev,
            f"{entity} {entity_id}: merge base rev {base and base.server_rev} ahead of the "
            f"server's {record.rev}",
        )
    extra = sorted(k for k, r in records.items() if k not in local)
    found.check(not extra, f"server records this office does not have: {extra[:5]}")

    # Conflict log: each server conflict of this device is stored locally exactly once, with
    # the office's value; nothing the office lost in a conflict is missing.
    by_server_id = Counter(c.server_conflict_id for c in conflicts if c.server_conflict_id)
    doubled = [cid for cid, n in by_server_id.items() if n > 1]
    found.check(not doubled, f"conflicts stored twice locally: {doubled}")
    for conflict in server_conflicts.values():
        if conflict.op_id not in local_ops or not conflict.hard:
            continue
        found.check(
            by_server_id[conflict.id] == 1,
            f"server conflict {conflict.id} ({conflict.entity_id}.{conflict.field}) not shown "
            "to the office",
        )
    for mine in conflicts:
        theirs = server_conflicts.get(mine.server_conflict_id or -1)
        if theirs is None:
            found.check(False, f"local conflict {mine.id} unknown to the server")
            continue
        found.check(
            _same(
                json.loads(mine.local_value_json or "null"),
                json.loads(theirs.client_value_json or "null"),
            ),
            f"conflict {theirs.id}: office value differs from the one the server stored",
        )

    # Confirmed values: each on the server, in the conflict log, or refused visibly.
    for key, fields in (confirmed or {}).items():
        record = records.get(key)
        data = json.loads(record.data_json) if record is not None else {}
        for name, value in fields.items():
            on_server = name in data and _same(value, data[name])
            in_conflict = any(
                c.entity_id == key[1]
                and c.field == name
                and _same(value, json.loads(c.client_value_json or "null"))
                for c in server_conflicts.values()
            )
            refused = name in refused_fields.get(key, set()) and _same(
                value, local.get(key, {}).get(name)
            )
            later_local = key in local and not _same(value, local[key].get(name))
            found.check(
                on_server or in_conflict or refused or later_local,
                f"confirmed {key[0]} {key[1]}.{name}={value!r} is lost",
            )

    # Cursors: from this server's epoch, never ahead of its change log.
    for cursor in cursors:
        if cursor.cursor is None:
            continue
        found.check(
            cursor.server_epoch in (None, epoch),
            f"cursor {cursor.stream} from epoch {cursor.server_epoch}, server is {epoch}",
        )
        found.check(
            int(cursor.cursor) <= max_seq,
            f"cursor {cursor.stream}={cursor.cursor} ahead of the server's last change {max_seq}",
        )

    assert not found.problems, "sync invariants broken:\n  " + "\n  ".join(found.problems)


def confirmed_values(
    rows: Iterable[SyncedRecord], *fields: str
) -> dict[tuple[str, str], dict[str, Any]]:
    """The ``confirmed`` map for rows a test just saved (their named fields as JSON values)."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for row in rows:
        entity = str(row.__tablename__)
        out[(entity, str(row.id))] = {name: _jsonable(getattr(row, name)) for name in fields}
    return out
