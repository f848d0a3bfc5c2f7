"""Forum decisions: agreed (with priority and indicative amount), not agreed, moved to the
village budget, postponed, merged.

Decisions are insert-only rows: a changed decision is a new row and the latest per proposal
counts. Each one moves the proposal through ``app.core.workflow.transition`` and is written to
the audit chain as a ``decision/decide`` event carrying the row's canonical content, which is
what ``verify`` later compares the row against.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlmodel import Session, col, select

from app.core.audit import record_event
from app.core.forum.sessions import require_open
from app.core.workflow import FINAL, transition
from app.errors import UserError
from app.models import Decision, ForumSession, Proposal
from app.models.forum import DECISION_OUTCOMES
from app.models.types import utcnow
from common.i18n import N_, _

OUTCOME_LABELS = {
    "agreed": N_("Disepakati"),
    "not_agreed": N_("Tidak disepakati"),
    "moved_to_village": N_("Dialihkan ke APBDes"),
    "postponed": N_("Ditunda ke siklus berikut"),
    "merged": N_("Digabung"),
}
FORUM_STATUSES = (
    "verified",
    "in_forum",
    "agreed",
    "not_agreed",
    "moved_to_village",
    "postponed",
    "merged",
)
NEEDS_REASON = frozenset({"not_agreed", "moved_to_village", "postponed", "merged"})


@dataclass(frozen=True)
class DecisionInput:
    proposal_id: str
    outcome: str
    priority: int | None = None
    agreed_amount: int | None = None
    reason: str | None = None
    merged_into_id: str | None = None


def decision_payload(decision: Decision) -> dict[str, Any]:
    """The content of a decision that the audit event and the session digest cover."""
    return {
        "id": decision.id,
        "session_id": decision.session_id,
        "proposal_id": decision.proposal_id,
        "outcome": decision.outcome,
        "priority": decision.priority,
        "agreed_amount": decision.agreed_amount,
        "reason": decision.reason,
        "merged_into_id": decision.merged_into_id,
        "decided_by": decision.decided_by,
        "created_at": decision.created_at.isoformat(),
        "deleted": decision.deleted,
    }


def forum_proposals(session: Session, cycle_id: str) -> list[Proposal]:
    """Proposals the forum deliberates on: verified or further along, not deleted."""
    return list(
        session.exec(
            select(Proposal)
            .where(
                Proposal.cycle_id == cycle_id,
                col(Proposal.deleted).is_(False),
                col(Proposal.status).in_(FORUM_STATUSES),
            )
            .order_by(col(Proposal.number), col(Proposal.id))
        ).all()
    )


def count_drafts(session: Session, cycle_id: str) -> int:
    return len(
        session.exec(
            select(Proposal.id).where(
                Proposal.cycle_id == cycle_id,
                col(Proposal.deleted).is_(False),
                Proposal.status == "draft",
            )
        ).all()
    )


def session_decisions(session: Session, forum_session_id: str) -> list[Decision]:
    """Every decision row of the session, oldest first (tombstones included)."""
    return list(
        session.exec(
            select(Decision)
            .where(Decision.session_id == forum_session_id)
            .order_by(col(Decision.created_at), col(Decision.id))
        ).all()
    )


def latest_decisions(session: Session, forum_session_id: str) -> dict[str, Decision]:
    latest: dict[str, Decision] = {}
    for decision in session_decisions(session, forum_session_id):
        if not decision.deleted:
            latest[decision.proposal_id] = decision
    return latest


def bring_into_forum(
    session: Session,
    forum_session_id: str,
    *,
    actor: str | None,
    proposal_ids: Iterable[str] | None = None,
) -> int:
    """Move verified proposals of the session's cycle to ``in_forum``; returns how many moved."""
    forum = require_open(session, forum_session_id)
    wanted = set(proposal_ids) if proposal_ids is not None else None
    moved = 0
    for proposal in forum_proposals(session, forum.cycle_id):
        if proposal.status != "verified":
            continue
        if wanted is not None and proposal.id not in wanted:
            continue
        transition(session, proposal, "in_forum", actor=actor)
        moved += 1
    return moved


def _check(
    session: Session, forum: ForumSession, proposal: Proposal, data: DecisionInput
) -> DecisionInput:
    label = proposal.number or proposal.title
    if data.outcome not in DECISION_OUTCOMES:
        raise UserError(_("Keputusan '{outcome}' tidak dikenal.").format(outcome=data.outcome))
    if proposal.cycle_id != forum.cycle_id or proposal.deleted:
        raise UserError(_("Usulan {label} bukan bagian dari siklus sesi ini.").format(label=label))
    if proposal.status == "draft":
        raise UserError(
            _("Usulan {label} masih draf.").format(label=label),
            hint=_("Verifikasi dulu di meja usulan sebelum dibahas di forum."),
        )
    if proposal.status == "merged":
        raise UserError(
            _("Usulan {label} sudah digabung ke usulan lain; keputusannya final.").format(
                label=label
            )
        )
    reason = (data.reason or "").strip() or None
    if data.outcome in NEEDS_REASON and reason is None:
        raise UserError(
            _("Alasan wajib diisi untuk keputusan {outcome}.").format(
                outcome=_(OUTCOME_LABELS[data.outcome])
            ),
            hint=_("Tuliskan alasannya agar desa pengusul mendapat penjelasan."),
        )
    if data.outcome != "agreed":
        if data.outcome == "merged":
            _check_merge_target(session, forum, proposal, data.merged_into_id)
        return DecisionInput(
            proposal.id,
            data.outcome,
            None,
            None,
            reason,
            data.merged_into_id if data.outcome == "merged" else None,
        )
    if data.priority is None or data.priority < 1:
        raise UserError(
            _("Nomor prioritas untuk usulan {label} wajib diisi (1, 2, 3, …).").format(label=label),
            hint=_("Gunakan urutan peringkat forum sebagai nomor prioritas."),
        )
    amount = data.agreed_amount if data.agreed_amount is not None else proposal.estimated_cost
    if amount is None or amount <= 0:
        raise UserError(
            _("Nilai indikatif usulan {label} belum ada.").format(label=label),
            hint=_("Isi nilai indikatif yang disepakati (Rupiah)."),
        )
    for other_id, other in latest_decisions(session, forum.id).items():
        if other_id == proposal.id or other.outcome != "agreed" or other.priority != data.priority:
            continue
        other_proposal = session.get(Proposal, other_id)
        if other_proposal is not None and other_proposal.agency_code == proposal.agency_code:
            raise UserError(
                _("Nomor prioritas {priority} untuk OPD ini sudah dipakai usulan {number}.").format(
                    priority=data.priority, number=other_proposal.number or other_proposal.title
                ),
                hint=_("Pilih nomor lain atau ubah dulu keputusan usulan itu."),
            )
    return DecisionInput(proposal.id, "agreed", data.priority, amount, reason, None)


def _check_merge_target(
    session: Session, forum: ForumSession, proposal: Proposal, target_id: str | None
) -> None:
    if not target_id or target_id == proposal.id:
        raise UserError(_("Pilih usulan lain sebagai tujuan penggabungan."))
    target = session.get(Proposal, target_id)
    if target is None or target.deleted or target.cycle_id != forum.cycle_id:
        raise UserError(_("Usulan tujuan penggabungan tidak ada di siklus ini."))
    if target.status == "merged":
        raise UserError(
            _("Usulan tujuan sudah digabung ke usulan lain."),
            hint=_("Gabungkan ke usulan yang menampungnya."),
        )


def _next_moment(session: Session, forum_session_id: str) -> datetime:
    """Strictly after every earlier decision of the session, so 'latest' is never ambiguous
    (even if the clock stepped back)."""
    last = session.exec(
        select(Decision.created_at)
        .where(Decision.session_id == forum_session_id)
        .order_by(col(Decision.created_at).desc())
        .limit(1)
    ).first()
    now = utcnow()
    if last is not None and now <= last:
        return last + timedelta(microseconds=1)
    return now


def decide(
    session: Session, forum_session_id: str, data: DecisionInput, *, actor: str | None
) -> Decision:
    """Record one decision in the caller's write transaction."""
    forum = require_open(session, forum_session_id)
    proposal = session.get(Proposal, data.proposal_id)
    if proposal is None:
        raise UserError(_("Usulan tidak ditemukan."))
    clean = _check(session, forum, proposal, data)
    if proposal.status == "verified":
        transition(session, proposal, "in_forum", actor=actor)
    elif proposal.status in FINAL and proposal.status != clean.outcome:
        transition(session, proposal, "in_forum", actor=actor, reason="Keputusan forum diubah.")
    if proposal.status != clean.outcome:
        transition(
            session,
            proposal,
            clean.outcome,
            actor=actor,
            reason=clean.reason,
            merged_into_id=clean.merged_into_id,
        )
    else:
        proposal.status_reason = clean.reason
    proposal.agreed_amount = clean.agreed_amount
    session.add(proposal)
    decision = Decision(
        session_id=forum.id,
        proposal_id=proposal.id,
        outcome=clean.outcome,
        priority=clean.priority,
        agreed_amount=clean.agreed_amount,
        reason=clean.reason,
        merged_into_id=clean.merged_into_id,
        decided_by=actor,
        created_at=_next_moment(session, forum.id),
    )
    session.add(decision)
    session.flush()
    record_event(
        session,
        actor=actor,
        entity="decision",
        entity_id=decision.id,
        action="decide",
        after=decision_payload(decision),
        reason=clean.reason,
    )
    return decision
