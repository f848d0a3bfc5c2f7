"""SQLite settings, explicit transactions, and the outbox written with every change."""

from __future__ import annotations

import json
from datetime import UTC

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from app.models import OutboxEntry, PlanningCycle, Proposal
from app.models.db import read_session, write_session
from app.models.outbox import HardDeleteRefused


def _cycle(engine: Engine) -> PlanningCycle:
    with write_session(engine) as session:
        cycle = PlanningCycle(year=2028, kecamatan_code="64.02.06", name="Uji")
        session.add(cycle)
    return cycle


def test_connection_pragmas(engine: Engine) -> None:
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert (conn.exec_driver_sql("PRAGMA busy_timeout").scalar() or 0) >= 5000


def test_insert_update_delete_each_write_an_outbox_entry(engine: Engine) -> None:
    cycle = _cycle(engine)
    with write_session(engine) as session:
        proposal = Proposal(cycle_id=cycle.id, planning_year=2028, title="Semenisasi jalan RT 03")
        session.add(proposal)
    with write_session(engine) as session:
        row = session.get(Proposal, proposal.id)
        assert row is not None
        row.estimated_cost = 125_000_000
    with write_session(engine) as session:
        row = session.get(Proposal, proposal.id)
        assert row is not None
        row.deleted = True
    with read_session(engine) as session:
        entries = session.exec(
            select(OutboxEntry)
            .where(OutboxEntry.entity_id == proposal.id)
            .order_by(OutboxEntry.device_seq)  # type: ignore[arg-type]
        ).all()
        stored = session.get(Proposal, proposal.id)
    assert [(e.op, e.rev, e.base_rev) for e in entries] == [
        ("insert", 1, None),
        ("update", 2, 1),
        ("delete", 3, 2),
    ]
    assert json.loads(entries[0].changed_fields)["title"] == "Semenisasi jalan RT 03"
    assert json.loads(entries[1].changed_fields) == {"estimated_cost": 125_000_000}
    assert stored is not None and stored.rev == 3 and stored.deleted
    assert stored.updated_at.tzinfo is not None and stored.updated_at.utcoffset() == UTC.utcoffset(
        None
    )
    assert len({e.op_id for e in entries}) == 3


def test_rolled_back_change_leaves_no_outbox_entry(engine: Engine) -> None:
    cycle = _cycle(engine)
    before = _outbox_count(engine)
    with pytest.raises(RuntimeError), write_session(engine) as session:
        session.add(Proposal(cycle_id=cycle.id, planning_year=2028, title="Batal"))
        session.flush()
        raise RuntimeError("stop")
    assert _outbox_count(engine) == before
    with read_session(engine) as session:
        assert session.exec(select(Proposal).where(Proposal.title == "Batal")).first() is None


def test_unchanged_flush_writes_nothing(engine: Engine) -> None:
    cycle = _cycle(engine)
    before = _outbox_count(engine)
    with write_session(engine) as session:
        row = session.get(PlanningCycle, cycle.id)
        assert row is not None
        row.name = row.name  # same value: not a change
    assert _outbox_count(engine) == before


def test_hard_delete_of_synced_row_is_refused(engine: Engine) -> None:
    cycle = _cycle(engine)
    with pytest.raises(HardDeleteRefused), write_session(engine) as session:
        row = session.get(PlanningCycle, cycle.id)
        session.delete(row)
    with read_session(engine) as session:
        assert session.get(PlanningCycle, cycle.id) is not None


def test_foreign_keys_are_enforced_at_commit(engine: Engine) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), write_session(engine) as session:
        session.add(PlanningCycle(year=2028, kecamatan_code="99.99.99", name="Tidak ada"))


def test_negative_cost_is_refused_by_validation() -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        Proposal.model_validate(
            {"cycle_id": "x", "planning_year": 2028, "title": "x", "estimated_cost": -5}
        )


def test_write_session_takes_the_write_lock_up_front(engine: Engine) -> None:
    """A second writer waits at BEGIN IMMEDIATE instead of failing half way; with a zero
    busy timeout it fails at once, before doing any work."""
    import sqlite3

    from app.paths import database_path

    with write_session(engine) as session:
        session.exec(select(PlanningCycle)).all()
        other = sqlite3.connect(database_path(), timeout=0, isolation_level=None)
        try:
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        finally:
            other.close()


def _outbox_count(engine: Engine) -> int:
    with read_session(engine) as session:
        return len(session.exec(select(OutboxEntry.device_seq)).all())
