"""The append-only audit log: who changed what, when, before and after, as a hash chain.

Each event's hash covers its content and the previous event's hash, so editing or deleting any
event behind the application's back breaks the chain from that event on; ``verify_chain`` names
the first event that does not match. Events are written inside the caller's write transaction
(``BEGIN IMMEDIATE`` serialises writers, so the chain cannot fork) together with their outbox
entry, since audit events are office data that syncs up.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from app.models import AuditEvent, OutboxEntry
from app.models.outbox import to_jsonable

GENESIS = "0" * 64


def canonical_json(value: Any) -> str:
    """One text per value: sorted keys, no spaces, UTF-8 kept, dates as ISO strings."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=to_jsonable
    )


def _event_hash(event: AuditEvent) -> str:
    body = {
        "id": event.id,
        "at": _iso(event.at),
        "actor": event.actor,
        "entity": event.entity,
        "entity_id": event.entity_id,
        "action": event.action,
        "before": event.before_json,
        "after": event.after_json,
        "reason": event.reason,
        "prev_hash": event.prev_hash,
    }
    return hashlib.sha256(canonical_json(body).encode("utf-8")).hexdigest()


def _iso(moment: datetime) -> str:
    return moment.isoformat()


def last_hash(session: Session) -> str:
    latest = session.exec(
        select(AuditEvent.hash).order_by(col(AuditEvent.seq).desc()).limit(1)
    ).first()
    return latest or GENESIS


def record_event(
    session: Session,
    *,
    actor: str | None,
    entity: str,
    entity_id: str,
    action: str,
    before: Any = None,
    after: Any = None,
    reason: str | None = None,
) -> AuditEvent:
    """Append one event to the chain in the caller's transaction."""
    event = AuditEvent(
        actor=actor,
        entity=entity,
        entity_id=entity_id,
        action=action,
        before_json=None if before is None else canonical_json(before),
        after_json=None if after is None else canonical_json(after),
        reason=reason,
        prev_hash=last_hash(session),
    )
    event.hash = _event_hash(event)
    session.add(event)
    session.flush()
    session.add(
        OutboxEntry(
            entity="audit_event",
            entity_id=event.id,
            op="insert",
            rev=1,
            changed_fields=canonical_json(
                {
                    "seq": event.seq,
                    "at": _iso(event.at),
                    "actor": actor,
                    "entity": entity,
                    "entity_id": entity_id,
                    "action": action,
                    "before_json": event.before_json,
                    "after_json": event.after_json,
                    "reason": reason,
                    "prev_hash": event.prev_hash,
                    "hash": event.hash,
                }
            ),
        )
    )
    return event


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    events: int
    first_bad_seq: int | None = None
    first_bad_id: str | None = None
    problem: str | None = None


def verify_chain(session: Session) -> ChainReport:
    """Walk the whole chain; report the first event whose link or content does not match."""
    expected_prev = GENESIS
    count = 0
    for event in session.exec(select(AuditEvent).order_by(col(AuditEvent.seq))):
        count += 1
        if event.prev_hash != expected_prev:
            return ChainReport(
                False,
                count,
                event.seq,
                event.id,
                "rantai terputus: hash sebelumnya tidak cocok (ada peristiwa yang dihapus atau disisipkan)",
            )
        if event.hash != _event_hash(event):
            return ChainReport(
                False, count, event.seq, event.id, "isi peristiwa diubah setelah dicatat"
            )
        expected_prev = event.hash
    return ChainReport(True, count)
