"""The import's bulk insert writes what the per-row path (one ORM object each, the flush hook)
writes: the same proposal rows, outbox entries in the same push order with the same content,
the same audit events on a chain that verifies. Rows are compared column by column, the
random ids replaced by what names a row (a proposal's number, an event's place in the chain).
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pydantic import ValidationError
from sqlalchemy import Engine, text

from app.core.audit import AuditBatch, verify_chain
from app.core.demo import create_demo
from app.core.proposal_io import commit_import, importer, preview_import
from app.core.proposal_io.importer import ImportOutcome
from app.core.proposal_queries import current_cycle
from app.core.proposal_rules import ProposalValues
from app.core.proposal_service import NumberSequence, new_proposal_rows, queue_proposal
from app.models import types as model_types
from app.models.db import create_db_engine, read_session, write_session
from app.models.outbox import APPLYING_REMOTE, BulkInsert
from app.models.proposal import Proposal
from tests.field_files import sipd_export

NOW = datetime(2026, 1, 5, 8, 30, 15, 123456, tzinfo=UTC)


class _FrozenClock(datetime):
    """``utcnow`` reads ``app.models.types.datetime``: one instant for both paths, so their
    times compare exactly (the default factories and the hook all go through it)."""

    @classmethod
    def now(cls, tz: tzinfo | None = None) -> datetime:  # type: ignore[override]
        return NOW if tz is not None else NOW.replace(tzinfo=None)


def _copy(engine: Engine, target: Path) -> Engine:
    """A second office holding the same rows and ids (SQLite's backup API, WAL included)."""
    source = engine.raw_connection()
    try:
        copy = sqlite3.connect(target)
        source.driver_connection.backup(copy)  # type: ignore[union-attr]
        copy.close()
    finally:
        source.close()
    return create_db_engine(target)


def _edited_export(path: Path) -> Path:
    """The first export again with 10 more rows, two of them moved up among the known ones,
    three problems reworded (updates), one title emptied (an error row, rejected in
    valid_only) and 5 rows of other kecamatan (skipped)."""
    sipd_export(path, own_kecamatan="Tenggarong", own_rows=50, other_rows=5)
    book = load_workbook(path)
    sheet = book.active
    assert sheet is not None
    for known, new in ((8, 52), (20, 53)):  # new proposals before and between the updates
        for column in range(1, sheet.max_column + 1):
            a, b = sheet.cell(row=known, column=column), sheet.cell(row=new, column=column)
            a.value, b.value = b.value, a.value
    for excel_row in (6, 13, 30):  # header on row 4
        sheet.cell(row=excel_row, column=6, value=f"Jalan longsor di titik {excel_row}")
    sheet.cell(row=50, column=5).value = None
    book.save(path)
    return path


def _snapshot(engine: Engine) -> dict[str, Any]:
    with engine.connect() as conn:
        proposals = conn.execute(text("SELECT * FROM proposal ORDER BY number")).mappings().all()
        events = conn.execute(text("SELECT * FROM audit_event ORDER BY seq")).mappings().all()
        entries = (
            conn.execute(text("SELECT * FROM outbox_entry ORDER BY device_seq")).mappings().all()
        )
    labels = {p["id"]: f"proposal {p['number']}" for p in proposals}
    labels |= {e["id"]: f"event {e['seq']}" for e in events}
    labels |= {
        e["entity_id"]: f"import at event {e['seq']}"
        for e in events
        if e["entity"] == "proposal_import"
    }
    hashes = {e["id"]: (e["prev_hash"], e["hash"]) for e in events}

    def name(value: Any) -> Any:
        return labels.get(value, value) if isinstance(value, str) else value

    outbox = []
    for entry in entries:
        fields = json.loads(entry["changed_fields"])
        if entry["entity"] == "audit_event":
            # The entry carries its event as stored; the hashes cover the random ids, so
            # they are checked against the event here and the chain is verified below.
            assert (fields.pop("prev_hash"), fields.pop("hash")) == hashes[entry["entity_id"]]
        row = {k: name(v) for k, v in entry.items() if k != "op_id"}
        row["changed_fields"] = {k: name(v) for k, v in fields.items()}
        outbox.append(row)
    op_ids = [e["op_id"] for e in entries]
    assert len(set(op_ids)) == len(op_ids) and all(len(op) == 36 for op in op_ids)
    with read_session(engine) as session:
        report = verify_chain(session)
    assert report.ok, report.problem
    return {
        "proposals": [{k: name(v) for k, v in p.items()} for p in proposals],
        "events": [
            {k: name(v) for k, v in e.items() if k not in ("prev_hash", "hash")} for e in events
        ],
        "outbox": outbox,
    }


def _outcome(outcome: ImportOutcome, engine: Engine) -> dict[str, Any]:
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT id, number FROM proposal")).all()
    numbers = {str(row[0]): str(row[1]) for row in rows}
    return {**vars(outcome), "proposal_ids": [numbers[i] for i in outcome.proposal_ids]}


def test_bulk_import_writes_the_rows_the_per_row_path_writes(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_demo(engine, empty=True)
    first = sipd_export(
        tmp_path / "first.xlsx", own_kecamatan="Tenggarong", own_rows=40, other_rows=0
    )
    assert commit_import(engine, preview_import(engine, first), "valid_only", actor="op").inserted
    other = _copy(engine, tmp_path / "other.sqlite3")
    preview = preview_import(engine, _edited_export(tmp_path / "second.xlsx"))
    assert preview.summary() == {"new": 9, "update": 3, "unchanged": 37, "skipped": 5, "error": 1}
    assert any(r.warnings for r in preview.valid_rows)  # problem_count above 0 in some rows

    with monkeypatch.context() as patch:
        patch.setattr(importer, "FLUSH_CHUNK", 4)  # inserts, updates and events across chunks
        patch.setattr(model_types, "datetime", _FrozenClock)
        patch.setattr(importer, "BULK_INSERT", False)
        per_row = commit_import(other, preview, "valid_only", actor="op")
        patch.setattr(importer, "BULK_INSERT", True)
        bulk = commit_import(engine, preview, "valid_only", actor="op")

    assert (bulk.inserted, bulk.updated, bulk.unchanged, bulk.rejected_rows) == (9, 3, 37, [50])
    assert _outcome(bulk, engine) == _outcome(per_row, other)
    expected, got = _snapshot(other), _snapshot(engine)
    assert got["proposals"] == expected["proposals"]
    assert got["events"] == expected["events"]
    assert got["outbox"] == expected["outbox"]
    stamp = NOW.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    ops = [(e["entity"], e["op"]) for e in got["outbox"] if e["created_at"] == stamp]
    assert len(ops) == 9 + 3 + 13  # each new and updated proposal, each event with the summary
    other.dispose()


def test_a_queued_proposal_is_checked_as_building_one_is_and_never_lost(engine: Engine) -> None:
    create_demo(engine, empty=True)
    with write_session(engine) as session:
        cycle = current_cycle(session)
        assert cycle is not None
        rows = new_proposal_rows(session)
        audit = AuditBatch(session)
        numbers = NumberSequence(session, cycle)
        values = ProposalValues.model_construct(title="x" * 600, desa_code=None)
        with pytest.raises(ValidationError):
            queue_proposal(rows, cycle, values, actor="op", count=0, audit=audit, numbers=numbers)
        assert rows.pending == 0 and audit.pending == 0
        session.info[APPLYING_REMOTE] = True
        with pytest.raises(RuntimeError):
            BulkInsert(session, Proposal)
        session.info[APPLYING_REMOTE] = False

    # A commit with queued rows left unwritten is refused and rolled back, not half done.
    before = _counts(engine)
    with pytest.raises(RuntimeError, match="not flushed"), write_session(engine) as session:
        cycle = current_cycle(session)
        assert cycle is not None
        rows = new_proposal_rows(session)
        audit = AuditBatch(session)
        good = ProposalValues.model_construct(title="Jalan desa", source="kecamatan")
        queue_proposal(
            rows,
            cycle,
            good,
            actor="op",
            count=0,
            audit=audit,
            numbers=NumberSequence(session, cycle),
        )
        audit.flush()
    assert _counts(engine) == before


def _counts(engine: Engine) -> list[int]:
    with engine.connect() as conn:
        return [
            int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())
            for table in ("proposal", "audit_event", "outbox_entry")
        ]
