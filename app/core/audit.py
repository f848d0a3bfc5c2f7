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

from sqlalchemy import insert
from sqlmodel import Session, col, select

from app.models import AuditEvent, OutboxEntry
from app.models.outbox import outbox_row, to_jsonable
from app.models.types import new_uuid, utcnow

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


def _hash_of(event: dict[str, Any]) -> str:
    """``_event_hash`` of an event still held as a dict (an ``AuditBatch`` row)."""
    body = {
        "id": event["id"],
        "at": _iso(event["at"]),
        "actor": event["actor"],
        "entity": event["entity"],
        "entity_id": event["entity_id"],
        "action": event["action"],
        "before": event["before_json"],
        "after": event["after_json"],
        "reason": event["reason"],
        "prev_hash": event["prev_hash"],
    }
    return hashlib.sha256(canonical_json(body).encode("utf-8")).hexdigest()


def _iso(moment: datetime) -> str:
    return moment.isoformat()


def last_hash(session: Session) -> str:
    latest = session.exec(
        select(AuditEvent.hash).order_by(col(AuditEvent.seq).desc()).limit(1)
    ).first()
    return latest or GENESIS


def _new_event(
    *,
    actor: str | None,
    entity: str,
    entity_id: str,
    action: str,
    before: Any,
    after: Any,
    reason: str | None,
    prev_hash: str,
) -> AuditEvent:
    event = AuditEvent(
        actor=actor,
        entity=entity,
        entity_id=entity_id,
        action=action,
        before_json=None if before is None else canonical_json(before),
        after_json=None if after is None else canonical_json(after),
        reason=reason,
        prev_hash=prev_hash,
    )
    event.hash = _event_hash(event)
    return event


def _outbox_entry(event: AuditEvent) -> OutboxEntry:
    """The event's outbox entry; needs ``event.seq``, so the event must be flushed first."""
    return OutboxEntry(
        entity="audit_event",
        entity_id=event.id,
        op="insert",
        rev=1,
        changed_fields=canonical_json(
            {
                "seq": event.seq,
                "at": _iso(event.at),
                "actor": event.actor,
                "entity": event.entity,
                "entity_id": event.entity_id,
                "action": event.action,
                "before_json": event.before_json,
                "after_json": event.after_json,
                "reason": event.reason,
                "prev_hash": event.prev_hash,
                "hash": event.hash,
            }
        ),
    )


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
    event = _new_event(
        actor=actor,
        entity=entity,
        entity_id=entity_id,
        action=action,
        before=before,
        after=after,
        reason=reason,
        prev_hash=last_hash(session),
    )
    session.add(event)
    session.flush()
    session.add(_outbox_entry(event))
    return event


class AuditBatch:
    """Appends many events in one transaction (an import): the chain's last hash is read once
    and then kept in memory, and events reach the database in chunks rather than one flush
    each. Every event still gets its outbox entry in the same transaction: ``flush`` writes
    the session's pending rows, then the events (which gives them their ``seq``), then their
    outbox entries, each as one multi-row insert.

    While a batch is open, write every event of the session through it (not ``record_event``),
    and call ``flush`` before the transaction commits.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self._prev = last_hash(session)
        self._pending: list[dict[str, Any]] = []

    def record(
        self,
        *,
        actor: str | None,
        entity: str,
        entity_id: str,
        action: str,
        before: Any = None,
        after: Any = None,
        reason: str | None = None,
    ) -> str:
        """Queue one event; returns its id."""
        event: dict[str, Any] = {
            "id": new_uuid(),
            "at": utcnow(),
            "actor": actor,
            "entity": entity,
            "entity_id": entity_id,
            "action": action,
            "before_json": None if before is None else canonical_json(before),
            "after_json": None if after is None else canonical_json(after),
            "reason": reason,
            "prev_hash": self._prev,
        }
        event["hash"] = _hash_of(event)
        self._prev = event["hash"]
        self._pending.append(event)
        return str(event["id"])

    @property
    def pending(self) -> int:
        return len(self._pending)

    def flush(self) -> None:
        """Write the pending events and their outbox entries (still uncommitted)."""
        if not self._pending:
            return
        session = self.session
        session.flush()
        events, self._pending = self._pending, []
        session.execute(insert(AuditEvent), events)
        seqs = dict(
            session.exec(
                select(AuditEvent.id, AuditEvent.seq).where(
                    col(AuditEvent.id).in_([e["id"] for e in events])
                )
            ).all()
        )
        now = utcnow()
        entries = [
            outbox_row(
                entity="audit_event",
                entity_id=e["id"],
                op="insert",
                rev=1,
                base_rev=None,
                changed_fields=canonical_json(
                    {
                        **{k: v for k, v in e.items() if k != "id"},
                        "at": _iso(e["at"]),
                        "seq": seqs[e["id"]],
                    }
                ),
                created_at=now,
            )
            for e in events
        ]
        session.execute(insert(OutboxEntry), entries)


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
