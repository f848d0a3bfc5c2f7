"""What the office sees about sync: for ``musrenbang sync status`` and the sync page."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine
from sqlmodel import col, select

from app.core.diagnostics import redact, redact_url
from app.core.office import get_office
from app.models import OutboxEntry, Proposal
from app.models.db import read_session
from app.sync.client import outbox_counts
from app.sync.settings import load_config, load_state
from common import protocol
from common.i18n import N_, _

ENTITY_LABELS = {
    "proposal": N_("Usulan"),
    "proposal_attachment": N_("Lampiran usulan"),
    "planning_cycle": N_("Siklus perencanaan"),
    "pagu_agency": N_("Pagu OPD"),
    "forum_session": N_("Sesi forum"),
    "attendance": N_("Daftar hadir"),
    "decision": N_("Keputusan forum"),
    "delegate": N_("Delegasi"),
    "audit_event": N_("Catatan audit"),
    "routing_confirmation": N_("Konfirmasi rute OPD"),
    "forum_criterion": N_("Bobot kriteria forum"),
    "forum_rating": N_("Penilaian forum"),
    "forum_order_override": N_("Perubahan urutan forum"),
}


def sync_status(engine: Engine) -> dict[str, Any]:
    with read_session(engine) as session:
        config = load_config(session)
        state = load_state(session)
        office = get_office(session)
        counts = outbox_counts(session)
    return {
        "enrolled": config is not None,
        "kecamatan": config.kecamatan_code
        if config
        else (office.kecamatan_code if office else None),
        "server": redact_url(config.server_url) if config else None,
        "device_id": config.device_id if config else None,
        "pending": counts["pending"],
        "sent": counts["sent"],
        "rejected": counts["rejected"],
        "conflicts": counts["conflicts"],
        "last_sync": state.last_sync_at,
        "last_attempt": state.last_attempt_at,
        "last_result": state.last_result,
        "last_error": redact(state.last_error) if state.last_error else None,
        "paused": state.paused_reason is not None,
        "paused_reason": redact(state.paused_reason) if state.paused_reason else None,
        "server_epoch": state.server_epoch,
        "issues": list(state.issues),
    }


@dataclass(frozen=True)
class ItemError:
    device_seq: int
    entity: str
    entity_label: str
    entity_id: str
    description: str
    op: str
    state: str
    error: str


def item_errors(engine: Engine, limit: int = 500) -> list[ItemError]:
    """Outbox entries the server refused or is holding, with what to tell the office."""
    with read_session(engine) as session:
        rows = session.exec(
            select(OutboxEntry)
            .where(col(OutboxEntry.last_error).is_not(None))
            .where(col(OutboxEntry.state).in_(("rejected", "pending")))
            .order_by(col(OutboxEntry.device_seq))
            .limit(limit)
        ).all()
        items = []
        for row in rows:
            description = row.entity_id
            if row.entity == "proposal":
                proposal = session.get(Proposal, row.entity_id)
                if proposal is not None:
                    description = proposal.display_label
            items.append(
                ItemError(
                    device_seq=int(row.device_seq or 0),
                    entity=row.entity,
                    entity_label=_(ENTITY_LABELS.get(row.entity, row.entity)),
                    entity_id=row.entity_id,
                    description=description,
                    op=row.op,
                    state=row.state,
                    error=row.last_error or "",
                )
            )
    return items


@dataclass(frozen=True)
class FeedbackItem:
    proposal_id: str
    number: str
    title: str
    status: str
    status_label: str
    reason: str


def upstream_feedback(engine: Engine) -> list[FeedbackItem]:
    with read_session(engine) as session:
        rows = session.exec(
            select(Proposal)
            .where(col(Proposal.upstream_status).is_not(None), col(Proposal.deleted).is_(False))
            .order_by(col(Proposal.number), col(Proposal.title))
        ).all()
        return [
            FeedbackItem(
                proposal_id=p.id,
                number=p.number or "",
                title=p.title,
                status=p.upstream_status or "",
                status_label=_(
                    protocol.UPSTREAM_STATUSES.get(p.upstream_status or "", p.upstream_status or "")
                ),
                reason=p.upstream_reason or "",
            )
            for p in rows
        ]


def pending_summary(engine: Engine) -> dict[str, int]:
    """Pending outbox entries per kind of data."""
    from sqlalchemy import func

    with read_session(engine) as session:
        rows = session.exec(
            select(OutboxEntry.entity, func.count())
            .where(OutboxEntry.state == "pending")
            .group_by(OutboxEntry.entity)
        ).all()
    return {str(entity): int(n) for entity, n in rows}


def as_json(engine: Engine) -> str:
    return json.dumps(sync_status(engine), ensure_ascii=False, indent=2)


def diagnosis_lines(engine: Engine | None) -> list[str]:
    """The sync section of ``app.core.diagnostics.collect_diagnostics``; never raises."""
    if engine is None:
        return ["Sinkronisasi: (basis data tidak dibuka)"]
    try:
        status = sync_status(engine)
    except Exception as exc:  # diagnostics must come out even when sync's tables are broken
        return [f"Sinkronisasi: tidak terbaca ({type(exc).__name__}: {exc})"]
    return [
        f"Terdaftar ke server: {'ya' if status['enrolled'] else 'belum'}",
        f"Server: {redact_url(str(status['server'] or '-'))}",
        f"Kecamatan: {status['kecamatan'] or '-'}",
        "Antrean keluar: "
        f"menunggu {status['pending']}, terkirim {status['sent']}, "
        f"ditolak {status['rejected']}, konflik terbuka {status['conflicts']}",
        f"Sinkron terakhir: {status['last_sync'] or '-'}",
        f"Percobaan terakhir: {status['last_attempt'] or '-'} ({status['last_result'] or '-'})",
        f"Galat terakhir: {redact(str(status['last_error'] or '-'))}",
        f"Dijeda: {redact(str(status['paused_reason'] or 'tidak'))}",
    ]
