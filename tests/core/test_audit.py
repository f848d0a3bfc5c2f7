from __future__ import annotations

from sqlalchemy import Engine
from sqlmodel import select

from app.core.audit import GENESIS, record_event, verify_chain
from app.models import AuditEvent, OutboxEntry
from app.models.db import read_session, write_session


def _three_events(engine: Engine) -> list[str]:
    ids = []
    with write_session(engine) as session:
        for n in range(3):
            event = record_event(
                session,
                actor="operator",
                entity="proposal",
                entity_id=f"p{n}",
                action="status",
                before={"status": "draft"},
                after={"status": "verified"},
                reason=None,
            )
            ids.append(event.id)
    return ids


def test_chain_links_and_verifies(engine: Engine) -> None:
    ids = _three_events(engine)
    with read_session(engine) as session:
        events = session.exec(select(AuditEvent).order_by(AuditEvent.seq)).all()  # type: ignore[arg-type]
        report = verify_chain(session)
        outbox = session.exec(select(OutboxEntry).where(OutboxEntry.entity == "audit_event")).all()
    assert [e.id for e in events] == ids
    assert events[0].prev_hash == GENESIS
    assert events[1].prev_hash == events[0].hash and events[2].prev_hash == events[1].hash
    assert report.ok and report.events == 3
    assert {o.entity_id for o in outbox} == set(ids)  # audit events sync up


def test_editing_an_event_behind_the_apps_back_is_named(engine: Engine) -> None:
    ids = _three_events(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql(
            'UPDATE audit_event SET after_json = \'{"status":"agreed"}\' WHERE id = ?', (ids[1],)
        )
    with read_session(engine) as session:
        report = verify_chain(session)
    assert not report.ok and report.first_bad_id == ids[1] and "diubah" in (report.problem or "")


def test_deleting_an_event_breaks_the_chain_at_the_next(engine: Engine) -> None:
    ids = _three_events(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM audit_event WHERE id = ?", (ids[1],))
    with read_session(engine) as session:
        report = verify_chain(session)
    assert not report.ok and report.first_bad_id == ids[2] and "terputus" in (report.problem or "")
