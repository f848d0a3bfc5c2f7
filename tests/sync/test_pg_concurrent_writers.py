"""SYNC.md scenario 8: two concurrent writers on PostgreSQL; a change committed late is still
delivered.

Writer A takes a change-log number and keeps its transaction open; writer B starts while A is
still open. Had B been able to take the next number and commit first, a reader pulling in
between would move its cursor past A's number and never see A's change. The counter row lock
makes B wait for A's COMMIT instead, so the reader's cursor can never pass an uncommitted change.
The test detects B waiting on that lock in ``pg_stat_activity`` (no sleeps); with a broken
allocator B finishes first and the test fails on the missing change instead of hanging.
"""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import Engine, text

from common.protocol import PushOp
from server.security import Caller
from tests.sync.conftest import PG_ENV, _plain_pg

WAIT = 30.0


@dataclass
class Office:
    device: Caller
    kecamatan: str


@pytest.fixture
def pg_engine() -> Iterator[Engine]:
    base = os.environ.get(PG_ENV, "").strip()
    if not base:
        pytest.skip(f"{PG_ENV} is not set: scenario 8 needs a real PostgreSQL")
    import psycopg

    from server import logic
    from server.db import create_server_engine, migrate, write_session

    name = f"musrenbang_writers_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(_plain_pg(base), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    engine = create_server_engine(base.rsplit("/", 1)[0] + "/" + name)
    try:
        migrate(engine)
        with write_session(engine) as session:
            logic.ensure_initialised(session)
        yield engine
    finally:
        engine.dispose()
        with psycopg.connect(_plain_pg(base), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _office(engine: Engine, kecamatan: str) -> Office:
    from server import security
    from server.db import write_session

    with write_session(engine) as session:
        code = security.create_enrolment_code(session, kecamatan, hours=1)
    with write_session(engine) as session:
        enrolled = security.enrol_device(session, code, "uji")
        assert enrolled is not None
        principal = enrolled[0]
    return Office(Caller(principal.id, "device", kecamatan, None), kecamatan)


def _insert(seq: int, title: str) -> PushOp:
    return PushOp.model_validate(
        {
            "op_id": str(uuid.uuid4()),
            "device_seq": seq,
            "entity": "proposal",
            "id": str(uuid.uuid4()),
            "op": "insert",
            "changed_fields": {"title": title, "status": "draft"},
        }
    )


def _pull_all(engine: Engine, since: int) -> tuple[list[tuple[int, str]], int]:
    from server import logic
    from server.db import read_session

    reader = Caller("bappeda-reader", "bappeda", None, None)
    with read_session(engine) as session:
        items, cursor, _more = logic.changes(session, reader, "office", since, 1000, None)
    return [(c.seq, c.id) for c in items], cursor


def _waiting_on_lock(engine: Engine) -> bool:
    with engine.connect() as conn:
        return bool(
            conn.execute(
                text(
                    "SELECT count(*) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND wait_event_type = 'Lock'"
                )
            ).scalar_one()
        )


def _push(engine: Engine, office: Office, op: PushOp) -> None:
    from server import logic
    from server.db import write_session

    with write_session(engine) as session:
        logic.push_batch(session, office.device, str(uuid.uuid4()), [op])


@pytest.mark.parametrize("first_writer", ["push", "feedback"])
def test_change_committed_late_is_still_delivered(pg_engine: Engine, first_writer: str) -> None:
    from server import logic
    from server.db import write_session

    office_a = _office(pg_engine, "64.02.01")
    office_b = _office(pg_engine, "64.02.02")
    seeded = _insert(1, "Usulan yang nanti diberi status")
    _push(pg_engine, office_a, seeded)
    _seen, cursor = _pull_all(pg_engine, 0)

    a_allocated = threading.Event()
    release_a = threading.Event()
    b_done = threading.Event()
    errors: list[BaseException] = []
    a_op = _insert(2, "Ditulis A, dikomit belakangan")
    b_op = _insert(1, "Ditulis B, dimulai belakangan")

    def writer_a() -> None:
        try:
            with write_session(pg_engine) as session:
                if first_writer == "push":
                    logic.push_batch(session, office_a.device, str(uuid.uuid4()), [a_op])
                else:
                    logic.set_status(session, None, seeded.id, "received", None)
                a_allocated.set()
                assert release_a.wait(WAIT), "never released"
        except BaseException as exc:
            errors.append(exc)
            a_allocated.set()

    def writer_b() -> None:
        try:
            _push(pg_engine, office_b, b_op)
        except BaseException as exc:
            errors.append(exc)
        finally:
            b_done.set()

    thread_a = threading.Thread(target=writer_a)
    thread_a.start()
    assert a_allocated.wait(WAIT)
    thread_b = threading.Thread(target=writer_b)
    thread_b.start()
    # Until B either finishes (a broken allocator) or queues behind A's lock (the design).
    blocked = False
    for _ in range(int(WAIT / 0.02)):
        if b_done.wait(0.02):
            break
        if _waiting_on_lock(pg_engine):
            blocked = True
            break
    assert blocked or b_done.is_set(), "writer B neither finished nor waited on a lock"

    middle, middle_cursor = _pull_all(pg_engine, cursor)
    release_a.set()
    thread_a.join(WAIT)
    thread_b.join(WAIT)
    assert not errors, errors
    later, _ = _pull_all(pg_engine, middle_cursor)

    delivered = [entity_id for _seq, entity_id in middle + later]
    a_id = a_op.id if first_writer == "push" else seeded.id
    assert a_id in delivered, "the change committed late was skipped by the reader"
    assert b_op.id in delivered
    assert blocked and middle == [], "B's change became visible before A's earlier number"
    seqs = [seq for seq, _ in middle + later]
    assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)
