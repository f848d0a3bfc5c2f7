"""The end-state checks of one simulated seed. Each returns a list of human-readable problems
(empty when the world is consistent), so one failing seed reports everything that is wrong."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Engine, func, inspect, select, text
from sqlmodel import select as local_select

from app.models import OutboxEntry, SyncBase, SyncCursor
from app.models.db import read_session
from app.models.outbox import to_jsonable
from app.sync import apply
from app.sync.settings import load_state
from common import protocol
from server import logic
from server.db import ChangeLog, Conflict, Record, RecordVersion
from server.db import read_session as server_read
from tests.sync.simulation.run import Office, Simulation

ENVELOPE = frozenset({"id", "rev", "created_at", "updated_at"})
UPSTREAM_FIELDS = protocol.KABUPATEN_FIELDS["proposal"]


def integrity(engine: Engine, label: str) -> list[str]:
    with engine.connect() as conn:
        result = [r[0] for r in conn.execute(text("PRAGMA integrity_check")).all()]
    return [] if result == ["ok"] else [f"{label}: integrity_check {result}"]


def _server_records(sim: Simulation, kecamatan: str) -> dict[tuple[str, str], Record]:
    with server_read(sim.server) as session:
        rows = session.execute(select(Record).where(Record.kecamatan_code == kecamatan)).scalars()
        return {(r.entity, r.entity_id): r for r in rows}


@cache
def _synced_models() -> list[tuple[str, Any, list[str]]]:
    out = []
    for entity in sorted(protocol.OFFICE_ENTITIES):
        model = apply.model_for(entity)
        if model is not None:
            names = [c.key for c in inspect(model).mapper.column_attrs if c.key not in ENVELOPE]
            out.append((entity, model, names))
    return out


def _local_rows(office: Office) -> dict[tuple[str, str], dict[str, Any]]:
    out: dict[tuple[str, str], dict[str, Any]] = {}
    with read_session(office.engine) as session:
        connection = session.connection()
        for entity, model, names in _synced_models():
            # Most office tables are empty here; skip the ORM for them.
            if connection.exec_driver_sql(f"SELECT 1 FROM {entity} LIMIT 1").first() is None:
                continue
            for row in session.exec(local_select(model)).all():
                out[(entity, row.id)] = {n: to_jsonable(getattr(row, n)) for n in names}
    return out


@dataclass
class History:
    """Per server record: the op ids of its versions and, per field, the op that last changed
    it (None for a Bappeda decision). Only built when a seed restored a local backup."""

    ops: dict[tuple[str, str], list[str | None]]
    last_change: dict[tuple[str, str], dict[str, str | None]]


def history(sim: Simulation) -> History:
    ops: dict[tuple[str, str], list[str | None]] = {}
    last_change: dict[tuple[str, str], dict[str, str | None]] = {}
    if not sim.expect.forgotten_ops:
        return History(ops, last_change)
    with server_read(sim.server) as session:
        versions = session.execute(
            select(RecordVersion).order_by(
                RecordVersion.entity, RecordVersion.entity_id, RecordVersion.rev
            )
        ).scalars()
        previous: dict[tuple[str, str], dict[str, Any]] = {}
        for version in versions:
            key = (version.entity, version.entity_id)
            data = json.loads(version.data_json)
            before = previous.get(key, {})
            changes = last_change.setdefault(key, {})
            for name in set(data) | set(before) | {"deleted"}:
                if data.get(name) != before.get(name) or name not in changes:
                    changes[name] = version.op_id
            ops.setdefault(key, []).append(version.op_id)
            previous[key] = data
    return History(ops, last_change)


def rolled_back(
    sim: Simulation, hist: History, kecamatan: str, key: tuple[str, str], name: str
) -> bool:
    """The server may keep a value the office lost by restoring a backup: the field's last
    change on the server is an op the restored office forgot, and the office has not saved
    that field again since the restore."""
    return (key[1], name) in sim.expect.rolled_back.get(kecamatan, set()) and (
        hist.last_change.get(key, {}).get(name) in sim.expect.forgotten_ops
    )


def copies_equal(sim: Simulation, office: Office, hist: History) -> list[str]:
    """Every office row is on the server with the same fields, and nothing more is there
    (except what a restored local backup rolled back, see ``rolled_back``)."""
    problems: list[str] = []
    server = _server_records(sim, office.kecamatan)
    local = _local_rows(office)
    forgotten = sim.expect.forgotten_ops
    for key in sorted(set(local) - set(server)):
        problems.append(f"{office.name}: {key[0]} {key[1][:8]} never reached the server")
    for key in sorted(set(server) - set(local)):
        office_ops = [op for op in hist.ops.get(key, [None]) if op is not None]
        if (
            (key[1], "*") in sim.expect.rolled_back.get(office.kecamatan, set())
            and office_ops
            and set(office_ops) <= forgotten
        ):
            continue  # added after the backup, pushed, then restored away
        problems.append(f"{office.name}: server has {key[0]} {key[1][:8]} the office lacks")
    for key in sorted(set(local) & set(server)):
        data = json.loads(server[key].data_json)
        for name, value in sorted(local[key].items()):
            if data.get(name) != value and not rolled_back(sim, hist, office.kecamatan, key, name):
                problems.append(
                    f"{office.name}: {key[0]} {key[1][:8]}.{name}: office {value!r} "
                    f"!= server {data.get(name)!r}"
                )
        if server[key].deleted != bool(local[key].get("deleted")) and not rolled_back(
            sim, hist, office.kecamatan, key, "deleted"
        ):
            problems.append(f"{office.name}: {key[1][:8]} tombstone flag differs")
    return problems


def confirmed_changes_kept(sim: Simulation, hist: History) -> list[str]:
    """The last value every office confirmed for every field is on the server, or in the
    server's conflict log; every accepted Bappeda decision is on the server."""
    problems: list[str] = []
    with server_read(sim.server) as session:
        records = {
            r.entity_id: r
            for r in session.execute(select(Record).where(Record.entity == "proposal")).scalars()
        }
        logged: dict[tuple[str, str], list[Any]] = {}
        for row in session.execute(select(Conflict).where(Conflict.hard.is_(True))).scalars():
            logged.setdefault((row.entity_id, row.field), []).append(
                json.loads(row.client_value_json or "null")
            )
    for proposal_id, values in sorted(sim.expect.fields.items()):
        record = records.get(proposal_id)
        if record is None:
            problems.append(f"proposal {proposal_id[:8]} confirmed by an office is lost")
            continue
        data = json.loads(record.data_json)
        for name, value in sorted(values.items()):
            if name in UPSTREAM_FIELDS:
                continue
            if data.get(name) == value or value in logged.get((proposal_id, name), []):
                continue
            owner = sim.expect.owner.get(proposal_id, "")
            if not rolled_back(sim, hist, owner, ("proposal", proposal_id), name):
                problems.append(
                    f"proposal {proposal_id[:8]}.{name}: confirmed {value!r}, server has "
                    f"{data.get(name)!r} and no conflict holds it"
                )
    for proposal_id, record in sorted(records.items()):
        data = json.loads(record.data_json)
        status, reason = sim.expect.upstream.get(proposal_id, (None, None))
        if (data.get("upstream_status"), data.get("upstream_reason")) != (status, reason):
            problems.append(
                f"proposal {proposal_id[:8]}: Bappeda set {(status, reason)}, server has "
                f"{(data.get('upstream_status'), data.get('upstream_reason'))}"
            )
    return problems


def applied_exactly_once(sim: Simulation, hist: History) -> list[str]:
    """Each outbox op is one server revision, no op twice; each Bappeda decision one revision."""
    problems: list[str] = []
    with server_read(sim.server) as session:
        twice = session.execute(
            select(RecordVersion.op_id, func.count())
            .where(RecordVersion.op_id.is_not(None))
            .group_by(RecordVersion.op_id)
            .having(func.count() > 1)
        ).all()
        problems += [f"op {op_id} applied {n} times" for op_id, n in twice]
        versions = session.execute(
            select(
                RecordVersion.entity,
                RecordVersion.entity_id,
                RecordVersion.op_id,
                RecordVersion.origin,
            )
        ).all()
        revs = {(r.entity, r.entity_id): r.rev for r in session.execute(select(Record)).scalars()}
    by_op = Counter(v.op_id for v in versions if v.op_id)
    per_record = Counter((v.entity, v.entity_id) for v in versions)
    upstream = Counter(
        v.entity_id for v in versions if str(v.origin).startswith(logic.UPSTREAM_ORIGIN_PREFIX)
    )
    for key, rev in sorted(revs.items()):
        if per_record[key] != rev:
            problems.append(f"{key[0]} {key[1][:8]}: rev {rev} but {per_record[key]} versions")
    for proposal_id, count in sorted(upstream.items()):
        if count != sim.expect.feedback_count[proposal_id]:
            problems.append(
                f"proposal {proposal_id[:8]}: {count} upstream revisions for "
                f"{sim.expect.feedback_count[proposal_id]} accepted decisions"
            )
    for office in sim.offices:
        with read_session(office.engine) as session:
            entries = session.exec(local_select(OutboxEntry)).all()
        ops_per_record: Counter[tuple[str, str]] = Counter()
        for entry in entries:
            ops_per_record[(entry.entity, entry.entity_id)] += 1
            if entry.state == "pending":
                problems.append(f"{office.name}: outbox entry {entry.device_seq} still pending")
            elif entry.state == "rejected":
                problems.append(
                    f"{office.name}: outbox entry {entry.device_seq} rejected: {entry.last_error}"
                )
            elif by_op[entry.op_id] != 1:
                problems.append(
                    f"{office.name}: op {entry.device_seq} ({entry.entity} "
                    f"{entry.entity_id[:8]}) is {by_op[entry.op_id]} server revisions"
                )
        for key, count in sorted(ops_per_record.items()):
            expected = count + (sim.expect.feedback_count[key[1]] if key[0] == "proposal" else 0)
            # Ops the office forgot by restoring a backup, applied before the restore.
            expected += sum(op in sim.expect.forgotten_ops for op in hist.ops.get(key, []))
            if revs.get(key) != expected:
                problems.append(
                    f"{office.name}: {key[0]} {key[1][:8]} has rev {revs.get(key)}, expected "
                    f"{expected} ({count} ops + upstream decisions)"
                )
    return problems


def no_spurious_conflicts(sim: Simulation) -> list[str]:
    """Besides each office only Bappeda writes, and only the fields it owns, which offices never
    change. So the only legitimate hard conflict is "locked": an office change arriving after
    Bappeda decided the proposal. Any other is shown to the office for nothing."""
    problems: list[str] = []
    with server_read(sim.server) as session:
        rows = session.execute(select(Conflict).where(Conflict.hard.is_(True))).scalars().all()
        for r in rows:
            described = (
                f"hard conflict #{r.id} ({r.kind}) on {r.entity} {r.entity_id[:8]}.{r.field}: "
                f"server {r.server_value_json} vs office {r.client_value_json} (base rev "
                f"{r.base_rev}, rev {r.server_rev})"
            )
            if r.kind != "locked":
                problems.append("spurious " + described)
                continue
            before = session.get(RecordVersion, (r.entity, r.entity_id, r.server_rev - 1))
            status = json.loads(before.data_json).get("upstream_status") if before else None
            if status not in protocol.UPSTREAM_LOCKING_STATUSES:
                problems.append(f"{described}, but the status then was {status!r}")
    return problems


def cursors_consistent(sim: Simulation, office: Office, hist: History) -> list[str]:
    problems: list[str] = []
    with server_read(sim.server) as session:
        epoch = logic.get_epoch(session)
        newest = {
            stream: session.execute(
                select(func.max(ChangeLog.seq)).where(
                    ChangeLog.stream == stream,
                    *(
                        [ChangeLog.kecamatan_code == office.kecamatan]
                        if stream != protocol.STREAM_REFERENCE
                        else []
                    ),
                )
            ).scalar()
            for stream in protocol.CLIENT_PULL_STREAMS
        }
        revs = {
            (r.entity, r.entity_id): r.rev
            for r in session.execute(
                select(Record).where(Record.kecamatan_code == office.kecamatan)
            ).scalars()
        }
    with read_session(office.engine) as session:
        cursors = {c.stream: c for c in session.exec(local_select(SyncCursor)).all()}
        bases = session.exec(local_select(SyncBase)).all()
        state = load_state(session)
    if state.server_epoch != epoch:
        problems.append(f"{office.name}: epoch {state.server_epoch} != server {epoch}")
    for stream, seq in newest.items():
        cursor = cursors.get(stream)
        have = cursor.cursor if cursor is not None else None
        if (have or "0") != str(seq or 0):
            problems.append(f"{office.name}: {stream} cursor {have} != newest change {seq}")
    for base in bases:
        rev = revs.get((base.entity, base.entity_id))
        later = hist.ops.get((base.entity, base.entity_id), [])[base.server_rev :]
        if base.server_rev != rev and not (
            later and set(later) <= sim.expect.forgotten_ops and rev is not None
        ):
            problems.append(
                f"{office.name}: merge base of {base.entity} {base.entity_id[:8]} is rev "
                f"{base.server_rev}, server rev {rev}"
            )
    return problems


def check(sim: Simulation) -> list[str]:
    problems = integrity(sim.server, "server")
    hist = history(sim)
    for office in sim.offices:
        problems += integrity(office.engine, office.name)
        problems += copies_equal(sim, office, hist)
        problems += cursors_consistent(sim, office, hist)
    problems += confirmed_changes_kept(sim, hist)
    problems += applied_exactly_once(sim, hist)
    problems += no_spurious_conflicts(sim)
    return problems
