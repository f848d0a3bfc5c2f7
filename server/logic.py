"""What the server does with the data: push with three-way merge, the change log, upstream
feedback, reference publication, attachments and statistics. No HTTP here.

Push rules (see docs/sync-protocol.md):
- one transaction per batch: a refused op does not undo the others (it is refused before its
  first write, so it needs no savepoint), an unexpected error undoes the whole batch;
- every op's result is stored under its ``op_id``: a replay returns it (status ``duplicate``),
  the same ``op_id`` with another payload is refused;
- a device's ops apply in ``device_seq`` order; an op after a gap is held and applied as soon as
  the gap is filled;
- field ownership: the kabupaten owns ``upstream_*``; a device writes only its kecamatan's rows;
- three-way merge against the version the device last saw: different fields merge (soft conflict
  logged), the same field is a hard conflict (current value kept, the other stored), an edit of a
  row deleted upstream is a hard conflict too. Nothing is discarded: every version is kept.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from common import protocol
from common.protocol import Change, FieldConflict, OpResult, PushOp
from server.db import (
    Batch,
    Blob,
    BlobOwner,
    ChangeLog,
    Conflict,
    HeldOp,
    OpResultRow,
    Principal,
    Record,
    RecordVersion,
    ReferenceFile,
    ServerMeta,
    WriteLog,
    allocate_change_seqs,
    next_change_seq,
    utcnow,
)
from server.security import Caller

log = logging.getLogger(__name__)

SEQUENCE_REUSED = "sequence_reused"

UPSTREAM_ORIGIN_PREFIX = "upstream:"


class OpRefused(Exception):
    """An op that is refused on its own (4xx-like); the others in its batch still apply."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def get_epoch(session: Session) -> str:
    row = session.get(ServerMeta, "server_epoch")
    if row is None:
        raise RuntimeError("server not initialised: run migrations first")
    return row.value


def ensure_initialised(session: Session) -> str:
    """Create the server epoch on first start; returns it."""
    row = session.get(ServerMeta, "server_epoch")
    if row is None:
        row = ServerMeta(key="server_epoch", value=str(uuid.uuid4()))
        session.add(row)
    return row.value


def new_epoch(session: Session) -> str:
    """After restoring the database from a backup: clients re-upload what the server lacks."""
    row = session.get(ServerMeta, "server_epoch")
    value = str(uuid.uuid4())
    if row is None:
        session.add(ServerMeta(key="server_epoch", value=value))
    else:
        row.value = value
    log_write(session, None, "new_epoch", {"server_epoch": value})
    return value


def log_write(session: Session, principal_id: str | None, action: str, detail: Any) -> None:
    session.add(
        WriteLog(at=utcnow(), principal_id=principal_id, action=action, detail_json=dumps(detail))
    )


def _append_change(
    session: Session,
    stream: str,
    kecamatan_code: str | None,
    entity: str,
    entity_id: str,
    rev: int,
    deleted: bool,
    data: dict[str, Any],
) -> int:
    seq = next_change_seq(session)
    session.add(
        ChangeLog(
            seq=seq,
            stream=stream,
            kecamatan_code=kecamatan_code,
            entity=entity,
            entity_id=entity_id,
            rev=rev,
            deleted=deleted,
            data_json=dumps(data),
            created_at=utcnow(),
        )
    )
    return seq


# ---------------------------------------------------------------------------------------------
# Push


def payload_hash(op: PushOp) -> str:
    """What makes a replay the same change. ``base_rev`` is left out: it is what the device
    knew when it (re)sent the op, and a pull between two attempts may have moved it on."""
    body = op.model_dump(exclude={"device_seq", "base_rev"})
    return hashlib.sha256(dumps(body).encode("utf-8")).hexdigest()


@dataclass
class PushOutcome:
    results: list[OpResult]
    last_seq: int | None = None


_IN_CHUNK = 500


@dataclass
class _StoredResult:
    principal_id: str
    payload_hash: str
    result_json: str


class _BatchWriter:
    """One push batch: what it read in bulk, and the rows it writes in bulk at the end.

    Queries per op are the cost of a push, so the batch loads the stored op results and the
    records it touches with one query each, keeps the new versions, change-log entries and op
    results in memory and inserts them with one statement per table when the batch ends. The
    change-log counter is locked only then, which keeps the section in which concurrent pushes
    on PostgreSQL wait for each other short.

    An op is refused (``OpRefused``) only before it writes anything, so a refused op leaves no
    trace but its stored result, exactly as a rolled-back savepoint would, without paying for a
    savepoint and a flush per op. Any other exception undoes the whole batch (the caller's
    transaction).
    """

    def __init__(self, session: Session, principal: Principal, kecamatan: str) -> None:
        self.session = session
        self.principal = principal
        self.kecamatan = kecamatan
        self.stored: dict[str, _StoredResult] = {}
        self.records: dict[tuple[str, str], Record | None] = {}
        self.fresh: set[tuple[str, str]] = set()  # inserted by this batch
        self.new_versions: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self.changes: list[dict[str, Any]] = []
        self.op_results: list[dict[str, Any]] = []

    # ---- bulk reads -----------------------------------------------------------------------

    def preload(self, ops: list[PushOp]) -> None:
        op_ids = [op.op_id for op in ops]
        for start in range(0, len(op_ids), _IN_CHUNK):
            rows = self.session.execute(
                select(
                    OpResultRow.op_id,
                    OpResultRow.principal_id,
                    OpResultRow.payload_hash,
                    OpResultRow.result_json,
                ).where(OpResultRow.op_id.in_(op_ids[start : start + _IN_CHUNK]))
            ).all()
            for op_id, principal_id, digest, result_json in rows:
                self.stored[op_id] = _StoredResult(principal_id, digest, result_json)
        self.load_records({(op.entity, op.id) for op in ops})

    def load_records(self, keys: set[tuple[str, str]]) -> None:
        wanted = sorted(k for k in keys if k not in self.records)
        ids = sorted({entity_id for _entity, entity_id in wanted})
        for key in wanted:
            self.records[key] = None
        for start in range(0, len(ids), _IN_CHUNK):
            found = (
                self.session.execute(
                    select(Record)
                    .where(Record.entity_id.in_(ids[start : start + _IN_CHUNK]))
                    .order_by(Record.entity, Record.entity_id)
                    .with_for_update()
                )
                .scalars()
                .all()
            )
            for record in found:
                key = (record.entity, record.entity_id)
                if key in self.records:
                    self.records[key] = record

    def has_result(self, op_id: str) -> bool:
        """Whether the op already has a stored result (a held op may have been sent again)."""
        if op_id in self.stored:
            return True
        return self.session.get(OpResultRow, op_id) is not None

    def record(self, entity: str, entity_id: str) -> Record | None:
        key = (entity, entity_id)
        if key not in self.records:
            self.load_records({key})
        return self.records[key]

    # ---- versions -------------------------------------------------------------------------

    def add_version(self, record: Record, origin: str, op_id: str | None) -> None:
        self.new_versions.setdefault((record.entity, record.entity_id), []).append(
            {
                "entity": record.entity,
                "entity_id": record.entity_id,
                "rev": record.rev,
                "origin": origin,
                "op_id": op_id,
                "data_json": record.data_json,
                "created_at": utcnow(),
            }
        )

    def versions_after(self, record: Record, base: int) -> list[tuple[int, str]]:
        """(rev, origin) of the record's versions newer than ``base``, oldest first."""
        key = (record.entity, record.entity_id)
        found: list[tuple[int, str]] = []
        if key not in self.fresh:
            found = [
                (int(rev), str(origin))
                for rev, origin in self.session.execute(
                    select(RecordVersion.rev, RecordVersion.origin)
                    .where(
                        RecordVersion.entity == record.entity,
                        RecordVersion.entity_id == record.entity_id,
                        RecordVersion.rev > base,
                    )
                    .order_by(RecordVersion.rev)
                ).all()
            ]
        found += [
            (v["rev"], v["origin"]) for v in self.new_versions.get(key, []) if v["rev"] > base
        ]
        return found

    def version_data(self, record: Record, rev: int) -> dict[str, Any]:
        for version in self.new_versions.get((record.entity, record.entity_id), []):
            if version["rev"] == rev:
                return dict(json.loads(version["data_json"]))
        if (record.entity, record.entity_id) in self.fresh:
            return {}
        row = self.session.get(RecordVersion, (record.entity, record.entity_id, rev))
        return dict(json.loads(row.data_json)) if row else {}

    # ---- writes ---------------------------------------------------------------------------

    def add_change(self, record: Record, data: dict[str, Any]) -> None:
        self.changes.append(
            {
                "stream": protocol.STREAM_OFFICE,
                "kecamatan_code": record.kecamatan_code,
                "entity": record.entity,
                "entity_id": record.entity_id,
                "rev": record.rev,
                "deleted": record.deleted,
                "data_json": dumps(data),
                "created_at": utcnow(),
            }
        )

    def store_result(self, op: PushOp, digest: str, result: OpResult) -> None:
        result_json = result.model_dump_json()
        self.stored[op.op_id] = _StoredResult(self.principal.id, digest, result_json)
        self.op_results.append(
            {
                "op_id": op.op_id,
                "principal_id": self.principal.id,
                "device_seq": op.device_seq,
                "payload_hash": digest,
                "result_json": result_json,
                "created_at": utcnow(),
            }
        )

    def write(self) -> None:
        """Everything kept in memory goes to the database; change-log numbers come last."""
        session = self.session
        session.flush()  # records (ORM objects: one executemany per kind of statement)
        versions = [v for rows in self.new_versions.values() for v in rows]
        if versions:
            session.execute(insert(RecordVersion), versions)
        if self.op_results:
            session.execute(insert(OpResultRow), self.op_results)
        if self.changes:
            first = allocate_change_seqs(session, len(self.changes))
            for offset, change in enumerate(self.changes):
                change["seq"] = first + offset
            session.execute(insert(ChangeLog), self.changes)
        self.new_versions.clear()
        self.op_results = []
        self.changes = []


def push_batch(
    session: Session,
    caller: Caller,
    batch_id: str,
    ops: list[PushOp],
    *,
    base_seq: int | None = None,
) -> PushOutcome:
    """Apply one batch in the caller's transaction. Raises only for unexpected errors.

    ``base_seq`` is where the device's numbering starts: until its first op arrives, later
    batches are held rather than applied over the gap.
    """
    kecamatan = caller.kecamatan_code
    if caller.role != "device" or kecamatan is None:
        raise PermissionError("only enrolled devices push office data")
    principal = session.get(Principal, caller.principal_id, with_for_update=True)
    if principal is None:
        raise PermissionError("unknown device")
    if principal.last_seq is None and base_seq is not None:
        principal.last_seq = base_seq
    writer = _BatchWriter(session, principal, kecamatan)
    results: list[OpResult] = []
    with session.no_autoflush:
        writer.preload(ops)
        reused = False
        for op in sorted(ops, key=lambda o: o.device_seq):
            result = _push_one(writer, op, after_reused=reused)
            reused = reused or result.code == SEQUENCE_REUSED
            results.append(result)
        _drain_held(writer)
        writer.write()
    if session.get(Batch, batch_id) is None:
        session.add(
            Batch(
                batch_id=batch_id,
                principal_id=principal.id,
                kecamatan_code=kecamatan,
                ops=len(ops),
                received_at=utcnow(),
            )
        )
    counts: dict[str, int] = {}
    for result in results:
        counts[result.status] = counts.get(result.status, 0) + 1
    log_write(session, principal.id, "push", {"batch_id": batch_id, "ops": len(ops), **counts})
    by_op = {r.op_id: r for r in results}
    return PushOutcome([by_op[o.op_id] for o in ops], principal.last_seq)


def _push_one(writer: _BatchWriter, op: PushOp, *, after_reused: bool = False) -> OpResult:
    """One op's outcome. ``after_reused``: an earlier op of this batch reused a number this
    device had already sent (its database was restored from a backup); the rest of the batch
    is refused the same way, unapplied and unstored, so the device renumbers them all together
    and they still apply in the order they were made."""
    session, principal = writer.session, writer.principal
    digest = payload_hash(op)
    stored = writer.stored.get(op.op_id)
    if stored is not None:
        if stored.payload_hash != digest or not _same_office(session, stored, principal):
            _consume_seq(writer, op)
            return OpResult(
                op_id=op.op_id,
                device_seq=op.device_seq,
                status="rejected",
                code="op_id_reused",
                message="op_id ini sudah dipakai untuk perubahan lain.",
            )
        _consume_seq(writer, op)
        previous = OpResult.model_validate_json(stored.result_json)
        return previous.model_copy(
            update={"status": "duplicate", "original_status": previous.status}
        )
    last = principal.last_seq
    if after_reused:
        return OpResult(
            op_id=op.op_id,
            device_seq=op.device_seq,
            status="rejected",
            code=SEQUENCE_REUSED,
            message="Dikirim lagi setelah perubahan sebelumnya diberi nomor urut baru.",
        )
    if last is not None and op.device_seq <= last:
        return OpResult(
            op_id=op.op_id,
            device_seq=op.device_seq,
            status="rejected",
            code=SEQUENCE_REUSED,
            message=f"Nomor urut {op.device_seq} sudah dipakai perangkat ini (terakhir {last}).",
        )
    if last is not None and op.device_seq > last + 1:
        if session.get(HeldOp, (principal.id, op.device_seq)) is None:
            session.add(
                HeldOp(
                    principal_id=principal.id,
                    device_seq=op.device_seq,
                    op_id=op.op_id,
                    payload_json=op.model_dump_json(),
                    received_at=utcnow(),
                )
            )
            session.flush()
        return OpResult(
            op_id=op.op_id,
            device_seq=op.device_seq,
            status="held",
            message=f"Menunggu perubahan sebelumnya (nomor {last + 1}).",
        )
    return _apply_and_store(writer, op, digest)


def _consume_seq(writer: _BatchWriter, op: PushOp) -> None:
    """An op answered from its op_id alone (a replay, or a reused op_id) still takes its place
    in the device's numbering: without that, every later op of the device would wait forever
    behind a number that is never applied."""
    session, principal = writer.session, writer.principal
    last = principal.last_seq
    if last is None or op.device_seq <= last:
        return
    if op.device_seq == last + 1:
        principal.last_seq = op.device_seq
        return
    # After a gap: kept as held, so that draining the gap moves past it (its op_id has a
    # stored result, so it is never applied twice).
    if session.get(HeldOp, (principal.id, op.device_seq)) is None:
        session.add(
            HeldOp(
                principal_id=principal.id,
                device_seq=op.device_seq,
                op_id=op.op_id,
                payload_json=op.model_dump_json(),
                received_at=utcnow(),
            )
        )
        session.flush()


def _same_office(session: Session, stored: _StoredResult, principal: Principal) -> bool:
    """A replay by this device, or by the same office enrolled again (after a revocation or a
    restored server the new device re-sends what the old one sent)."""
    if stored.principal_id == principal.id:
        return True
    earlier = session.get(Principal, stored.principal_id)
    return (
        earlier is not None
        and earlier.role == "device"
        and earlier.kecamatan_code == principal.kecamatan_code
    )


def _apply_and_store(writer: _BatchWriter, op: PushOp, digest: str) -> OpResult:
    try:
        result = _apply(writer, op)
    except OpRefused as refused:
        result = OpResult(
            op_id=op.op_id,
            device_seq=op.device_seq,
            status="rejected",
            code=refused.code,
            message=refused.message,
        )
    writer.store_result(op, digest, result)
    writer.principal.last_seq = op.device_seq
    return result


def _drain_held(writer: _BatchWriter) -> None:
    session, principal = writer.session, writer.principal
    waiting = session.execute(
        select(func.count()).select_from(HeldOp).where(HeldOp.principal_id == principal.id)
    ).scalar_one()
    if not waiting:
        return
    while principal.last_seq is not None:
        held = session.get(HeldOp, (principal.id, principal.last_seq + 1))
        if held is None:
            return
        op = PushOp.model_validate_json(held.payload_json)
        session.delete(held)
        session.flush()
        if not writer.has_result(op.op_id):
            writer.load_records({(op.entity, op.id)})
            _apply_and_store(writer, op, payload_hash(op))
        else:
            principal.last_seq = op.device_seq


def _check_value(value: Any) -> None:
    if isinstance(value, str) and len(value) > protocol.MAX_TEXT_LENGTH:
        raise OpRefused("value_too_long", "Isian terlalu panjang.")
    if isinstance(value, float) and not math.isfinite(value):
        raise OpRefused("invalid_number", "Angka tidak sah (NaN atau tak hingga).")
    if isinstance(value, str):
        try:
            protocol.plain_text(value)
        except ValueError as exc:
            raise OpRefused("invalid_text", "Teks berisi karakter yang tidak sah.") from exc
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > protocol.MAX_BIGINT:
        raise OpRefused("number_out_of_range", "Angka di luar batas yang dapat disimpan.")


def _check_references(writer: _BatchWriter, fields: dict[str, Any]) -> None:
    """Every reference an op makes must point into the device's own kecamatan: a proposal
    cannot name another kecamatan's desa, cycle or forum session."""
    kecamatan = writer.kecamatan
    desa = fields.get("desa_code")
    if isinstance(desa, str) and desa and not desa.startswith(kecamatan + "."):
        raise OpRefused("forbidden_reference", f"Desa {desa} bukan bagian kecamatan {kecamatan}.")
    for name, target in protocol.REFERENCE_FIELDS.items():
        value = fields.get(name)
        if not isinstance(value, str) or not value:
            continue
        referenced = writer.record(target, value)
        if referenced is not None and referenced.kecamatan_code != kecamatan:
            raise OpRefused(
                "forbidden_reference",
                f"Kolom '{name}' menunjuk data milik kecamatan lain.",
            )


def _apply(writer: _BatchWriter, op: PushOp) -> OpResult:
    """Validate the op (every refusal comes before the first write), then insert or merge."""
    kecamatan = writer.kecamatan
    if op.entity not in protocol.OFFICE_ENTITIES:
        raise OpRefused("unknown_entity", f"Jenis data '{op.entity}' tidak dikirim ke server ini.")
    fields = dict(op.changed_fields)
    for value in fields.values():
        _check_value(value)
    bound = protocol.KECAMATAN_FIELDS.get(op.entity)
    if bound and bound in fields and fields[bound] != kecamatan:
        raise OpRefused(
            "forbidden",
            f"Perangkat ini terdaftar untuk kecamatan {kecamatan}, bukan {fields[bound]}.",
        )
    record = writer.record(op.entity, op.id)
    if record is not None and record.kecamatan_code != kecamatan:
        raise OpRefused("forbidden", "Data ini milik kecamatan lain.")
    _check_references(writer, fields)
    owned = protocol.KABUPATEN_FIELDS.get(op.entity, frozenset())
    current: dict[str, Any] = json.loads(record.data_json) if record else {}
    for name in sorted(owned & fields.keys()):
        if fields[name] != current.get(name):
            raise OpRefused(
                "forbidden_field",
                f"Kolom '{name}' diisi oleh Bappeda/OPD, bukan oleh kecamatan.",
            )
        del fields[name]
    if record is None:
        if op.op != "insert":
            raise OpRefused(
                "unknown_record", "Server belum memiliki data ini; kirim ulang datanya."
            )
        return _insert(writer, op, fields)
    if op.entity in protocol.INSERT_ONLY_ENTITIES and set(fields) - {"deleted"}:
        if op.op == "insert" and all(current.get(k) == v for k, v in fields.items()):
            return OpResult(
                op_id=op.op_id, device_seq=op.device_seq, status="applied", rev=record.rev
            )
        raise OpRefused(
            "insert_only",
            "Baris ini tidak boleh diubah; buat baris baru dan hapus yang lama.",
        )
    return _merge(writer, record, current, op, fields)


def _insert(writer: _BatchWriter, op: PushOp, fields: dict[str, Any]) -> OpResult:
    deleted = bool(fields.get("deleted", False))
    data = dict(fields)
    record = Record(
        entity=op.entity,
        entity_id=op.id,
        kecamatan_code=writer.kecamatan,
        rev=1,
        data_json=dumps(data),
        deleted=deleted,
        updated_at=utcnow(),
    )
    writer.session.add(record)
    key = (op.entity, op.id)
    writer.records[key] = record
    writer.fresh.add(key)
    writer.add_version(record, writer.principal.id, op.op_id)
    writer.add_change(record, data)
    return OpResult(op_id=op.op_id, device_seq=op.device_seq, status="applied", rev=1)


def _version(session: Session, record: Record, origin: str, op_id: str | None) -> None:
    session.add(
        RecordVersion(
            entity=record.entity,
            entity_id=record.entity_id,
            rev=record.rev,
            origin=origin,
            op_id=op_id,
            data_json=record.data_json,
            created_at=utcnow(),
        )
    )


def _effective_base(writer: _BatchWriter, record: Record, base_rev: int | None) -> int:
    """The newest revision the device had seen: its stated base plus its own later writes.

    A device's ops are applied in order, so an op is always based on the device's own earlier
    writes even when it did not know their server revision yet.
    """
    base = base_rev or 0
    for rev, origin in writer.versions_after(record, base):
        if origin != writer.principal.id:
            break
        base = rev
    return base


def _changed_by_others(
    writer: _BatchWriter,
    record: Record,
    base: int,
    base_data: dict[str, Any],
    current: dict[str, Any],
) -> set[str]:
    """Fields that differ from the base because someone other than this device wrote them.

    The device's own writes after ``base`` are what its op builds on (ops apply in order), so
    they are not "theirs": otherwise two edits of one field in one batch would conflict with
    each other as soon as Bappeda wrote in between (found by tests/sync/test_simulation.py).
    """
    others: set[str] = set()
    previous = base_data
    for rev, origin in writer.versions_after(record, base):
        data = writer.version_data(record, rev)
        if origin != writer.principal.id:
            others |= {k for k in set(data) | set(previous) if data.get(k) != previous.get(k)}
        previous = data
    return {
        k
        for k in set(current) | set(base_data)
        if current.get(k) != base_data.get(k) and k in others
    }


def _merge(
    writer: _BatchWriter,
    record: Record,
    current: dict[str, Any],
    op: PushOp,
    fields: dict[str, Any],
) -> OpResult:
    session, principal = writer.session, writer.principal
    base = _effective_base(writer, record, op.base_rev)
    new_rev = record.rev + 1
    conflicts: list[Conflict] = []
    merged_fields: list[str] = []
    if base >= record.rev:
        applied = dict(fields)
    else:
        base_data = writer.version_data(record, base) if base else {}
        theirs = _changed_by_others(writer, record, base, base_data, current)
        applied = {}
        for name, value in fields.items():
            if name in theirs and current.get(name) != value:
                conflicts.append(
                    _conflict(
                        record,
                        principal,
                        op,
                        name,
                        "field",
                        current.get(name),
                        value,
                        base,
                        new_rev,
                    )
                )
            else:
                applied[name] = value
        deleted_upstream = bool(current.get("deleted")) and "deleted" in theirs
        if deleted_upstream and "deleted" not in fields and fields:
            conflicts.append(
                _conflict(record, principal, op, "deleted", "delete", True, False, base, new_rev)
            )
        merged_fields = sorted(theirs - set(fields))
        if merged_fields and not conflicts:
            conflicts.append(
                _conflict(
                    record,
                    principal,
                    op,
                    ",".join(merged_fields)[:60],
                    "soft",
                    None,
                    None,
                    base,
                    new_rev,
                )
            )
    if record.entity == "proposal" and current.get("upstream_status") in (
        protocol.UPSTREAM_LOCKING_STATUSES
    ):
        # Decided upstream: the office's change waits in the conflict log instead.
        for name in sorted(applied):
            if current.get(name) != applied[name]:
                conflicts.append(
                    _conflict(
                        record,
                        principal,
                        op,
                        name,
                        "locked",
                        current.get(name),
                        applied[name],
                        base,
                        new_rev,
                    )
                )
        applied = {}
    data = {**current, **applied}
    record.data_json = dumps(data)
    record.deleted = bool(data.get("deleted", False))
    record.rev = new_rev
    record.updated_at = utcnow()
    writer.add_version(record, principal.id, op.op_id)
    writer.add_change(record, data)
    hard = [c for c in conflicts if c.hard]
    if conflicts:
        session.add_all(conflicts)
        if hard:
            session.flush()  # the client needs the conflict ids
    if hard:
        return OpResult(
            op_id=op.op_id,
            device_seq=op.device_seq,
            status="conflict",
            rev=new_rev,
            conflicts=[
                FieldConflict(
                    conflict_id=c.id,
                    field=c.field,
                    kind=_FIELD_CONFLICT_KINDS.get(c.kind, "field"),
                    server_value=json.loads(c.server_value_json or "null"),
                    client_value=json.loads(c.client_value_json or "null"),
                )
                for c in hard
            ],
            merged_fields=merged_fields,
            merged_values={k: data.get(k) for k in merged_fields},
        )
    return OpResult(
        op_id=op.op_id,
        device_seq=op.device_seq,
        status="merged" if merged_fields else "applied",
        rev=new_rev,
        merged_fields=merged_fields,
        merged_values={k: data.get(k) for k in merged_fields},
    )


_FIELD_CONFLICT_KINDS: dict[str, Literal["field", "delete", "locked"]] = {
    "delete": "delete",
    "locked": "locked",
}


def _conflict(
    record: Record,
    principal: Principal,
    op: PushOp,
    field: str,
    kind: str,
    server_value: Any,
    client_value: Any,
    base: int,
    server_rev: int,
) -> Conflict:
    return Conflict(
        entity=record.entity,
        entity_id=record.entity_id,
        kecamatan_code=record.kecamatan_code,
        field=field,
        kind=kind,
        hard=kind != "soft",
        server_value_json=dumps(server_value),
        client_value_json=dumps(client_value),
        base_rev=base,
        server_rev=server_rev,
        op_id=op.op_id,
        principal_id=principal.id,
        created_at=utcnow(),
    )


def resolve_conflict(
    session: Session, caller: Caller, conflict_id: int, choice: str
) -> Conflict | None:
    row = session.get(Conflict, conflict_id)
    if row is None or (caller.role == "device" and row.kecamatan_code != caller.kecamatan_code):
        return None
    if row.resolved_at is None:
        row.resolved_at = utcnow()
        row.resolution = choice
        log_write(
            session, caller.principal_id, "resolve_conflict", {"id": conflict_id, "choice": choice}
        )
    return row


# ---------------------------------------------------------------------------------------------
# Changes


def changes(
    session: Session, caller: Caller, stream: str, since: int, limit: int, kecamatan: str | None
) -> tuple[list[Change], int, bool]:
    query = select(ChangeLog).where(ChangeLog.stream == stream, ChangeLog.seq > since)
    if stream != protocol.STREAM_REFERENCE:
        scope = caller.kecamatan_code if caller.role == "device" else kecamatan
        if scope is not None:
            query = query.where(ChangeLog.kecamatan_code == scope)
    rows = session.execute(query.order_by(ChangeLog.seq).limit(limit + 1)).scalars().all()
    has_more = len(rows) > limit
    rows = rows[:limit]
    items = [
        Change(
            seq=row.seq,
            entity=row.entity,
            id=row.entity_id,
            rev=row.rev,
            deleted=row.deleted,
            data=json.loads(row.data_json),
        )
        for row in rows
    ]
    next_cursor = rows[-1].seq if rows else since
    return items, next_cursor, has_more


# ---------------------------------------------------------------------------------------------
# Upstream feedback


class FeedbackRefused(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def set_status(
    session: Session,
    actor: Caller | None,
    proposal_id: str,
    status: str,
    reason: str | None,
    *,
    routed_agency: str | None = None,
) -> Record:
    """Record Bappeda's or an agency's decision on a proposal; it flows back as feedback.

    ``routed_agency``: the OPD the kabupaten routed the proposal to (a redirect in the portal);
    when given, that OPD answers for it instead of the one the kecamatan chose."""
    if status not in protocol.UPSTREAM_STATUSES:
        raise FeedbackRefused(
            422,
            "unknown_status",
            f"Status '{status}' tidak dikenal. Pilih: {', '.join(protocol.UPSTREAM_STATUSES)}.",
        )
    clean = (reason or "").strip() or None
    if status in protocol.UPSTREAM_NEEDS_REASON and clean is None:
        raise FeedbackRefused(422, "reason_required", "Alasan wajib diisi untuk status ini.")
    record = session.get(Record, ("proposal", proposal_id), with_for_update=True)
    if record is None:
        raise FeedbackRefused(404, "not_found", f"Usulan {proposal_id} belum diterima server.")
    data = json.loads(record.data_json)
    if (
        actor is not None
        and actor.role == "agency"
        and (routed_agency or data.get("agency_code")) != actor.agency_code
    ):
        raise FeedbackRefused(403, "forbidden", "Usulan ini tidak ditujukan ke OPD Anda.")
    data["upstream_status"] = status
    data["upstream_reason"] = clean
    record.data_json = dumps(data)
    record.rev += 1
    record.updated_at = utcnow()
    origin = actor.principal_id if actor else "admin"
    _version(
        session, record, UPSTREAM_ORIGIN_PREFIX + origin[: 36 - len(UPSTREAM_ORIGIN_PREFIX)], None
    )
    _append_change(
        session,
        protocol.STREAM_OFFICE,
        record.kecamatan_code,
        "proposal",
        proposal_id,
        record.rev,
        record.deleted,
        data,
    )
    _append_change(
        session,
        protocol.STREAM_FEEDBACK,
        record.kecamatan_code,
        "proposal",
        proposal_id,
        record.rev,
        record.deleted,
        {"upstream_status": status, "upstream_reason": clean},
    )
    log_write(
        session,
        actor.principal_id if actor else None,
        "set_status",
        {"proposal_id": proposal_id, "status": status, "reason": clean},
    )
    return record


# ---------------------------------------------------------------------------------------------
# Reference data


def publish_reference(session: Session, kind: str, name: str, content: bytes) -> tuple[str, bool]:
    digest = hashlib.sha256(content).hexdigest()
    existing = session.get(ReferenceFile, digest)
    if existing is not None and existing.kind == kind:
        return digest, False
    if existing is None:
        session.add(
            ReferenceFile(
                sha256=digest,
                kind=kind,
                name=name,
                size=len(content),
                content=content,
                published_at=utcnow(),
            )
        )
    _append_change(
        session,
        protocol.STREAM_REFERENCE,
        None,
        "reference_file",
        digest,
        1,
        False,
        {"kind": kind, "name": name, "sha256": digest, "size": len(content)},
    )
    log_write(session, None, "publish_reference", {"kind": kind, "name": name, "sha256": digest})
    return digest, True


# ---------------------------------------------------------------------------------------------
# Attachments


def blob_path(root: Path, sha: str) -> Path:
    return root / sha[:2] / sha


def partial_path(root: Path, sha: str, kecamatan: str | None = None) -> Path:
    """Where one kecamatan's upload in progress lives (one partial file per office)."""
    if kecamatan is None:
        return root / "partial" / sha
    return root / "partial" / kecamatan / sha


def owns_blob(session: Session, sha: str, kecamatan: str | None) -> bool:
    """Whether this kecamatan has proven it holds the file: it sent all of it and the hash
    matched. Nothing less (knowing the hash, sending one byte) makes a file readable."""
    if kecamatan is None:
        return False
    blob = session.get(Blob, sha)
    return (
        blob is not None and blob.complete and session.get(BlobOwner, (sha, kecamatan)) is not None
    )


def missing_blobs(session: Session, shas: list[str], kecamatan: str | None = None) -> list[str]:
    """The hashes this kecamatan still has to upload. A file another office uploaded counts as
    missing too: the answer must not tell whether it exists anywhere."""
    wanted = list(dict.fromkeys(shas))
    owned = set(
        session.execute(
            select(BlobOwner.sha256)
            .join(Blob, Blob.sha256 == BlobOwner.sha256)
            .where(
                BlobOwner.sha256.in_(wanted),
                BlobOwner.kecamatan_code == str(kecamatan),
                Blob.complete.is_(True),
            )
        )
        .scalars()
        .all()
    )
    return [s for s in wanted if s not in owned]


# ---------------------------------------------------------------------------------------------
# Statistics


def stats(session: Session) -> dict[str, Any]:
    per: dict[str, dict[str, int]] = {}

    def bucket(code: str) -> dict[str, int]:
        return per.setdefault(
            code, {"proposals": 0, "attachments": 0, "batches": 0, "conflicts": 0}
        )

    for code, count in session.execute(
        select(Record.kecamatan_code, func.count())
        .where(Record.entity == "proposal", Record.deleted.is_(False))
        .group_by(Record.kecamatan_code)
    ).all():
        bucket(code)["proposals"] = int(count)
    for code, count in session.execute(
        select(BlobOwner.kecamatan_code, func.count())
        .join(Blob, Blob.sha256 == BlobOwner.sha256)
        .where(Blob.complete.is_(True))
        .group_by(BlobOwner.kecamatan_code)
    ).all():
        bucket(code)["attachments"] = int(count)
    for code, count in session.execute(
        select(Batch.kecamatan_code, func.count()).group_by(Batch.kecamatan_code)
    ).all():
        bucket(code)["batches"] = int(count)
    for code, count in session.execute(
        select(Conflict.kecamatan_code, func.count())
        .where(Conflict.hard.is_(True))
        .group_by(Conflict.kecamatan_code)
    ).all():
        bucket(code)["conflicts"] = int(count)
    return {"kecamatan": dict(sorted(per.items()))}


def proposals_overview(session: Session) -> list[dict[str, Any]]:
    rows = session.execute(
        select(Record).where(Record.entity == "proposal").order_by(Record.kecamatan_code)
    ).scalars()
    out = []
    for row in rows:
        data = json.loads(row.data_json)
        out.append(
            {
                "kecamatan": row.kecamatan_code,
                "id": row.entity_id,
                "number": data.get("number"),
                "title": data.get("title"),
                "estimated_cost": data.get("estimated_cost"),
                "status": data.get("status"),
                "upstream_status": data.get("upstream_status"),
                "upstream_reason": data.get("upstream_reason"),
                "deleted": row.deleted,
            }
        )
    return out
