"""The proposal workflow, enforced here and nowhere else.

draft → verified (verifikasi kecamatan) → in_forum → agreed / not_agreed / moved_to_village /
postponed / merged. Rejections and moves need a reason; every change of status is written to
the audit chain with who, when, before and after.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from app.core.audit import record_event
from app.errors import UserError
from app.models import Proposal
from common.i18n import N_, _

STATUS_LABELS = {
    "draft": N_("Draf"),
    "verified": N_("Terverifikasi"),
    "in_forum": N_("Dibahas di forum"),
    "agreed": N_("Disepakati"),
    "not_agreed": N_("Tidak disepakati"),
    "moved_to_village": N_("Dialihkan ke APBDes"),
    "postponed": N_("Ditunda"),
    "merged": N_("Digabung"),
}

ALLOWED: dict[str, frozenset[str]] = {
    "draft": frozenset({"verified", "moved_to_village", "merged"}),
    "verified": frozenset({"draft", "in_forum", "moved_to_village", "merged"}),
    "in_forum": frozenset(
        {"verified", "agreed", "not_agreed", "moved_to_village", "postponed", "merged"}
    ),
    # Decided proposals can return to deliberation (e.g. when an admin reopens a session).
    "agreed": frozenset({"in_forum"}),
    "not_agreed": frozenset({"in_forum"}),
    "moved_to_village": frozenset({"in_forum", "verified"}),
    "postponed": frozenset({"in_forum"}),
    "merged": frozenset(),
}
NEEDS_REASON = frozenset({"not_agreed", "moved_to_village", "postponed", "merged"})
FINAL = frozenset({"agreed", "not_agreed", "moved_to_village", "postponed", "merged"})


class WorkflowError(UserError):
    """A transition the workflow does not allow, or one missing its reason."""


@dataclass(frozen=True)
class Transition:
    proposal_id: str
    before: str
    after: str


def allowed_targets(status: str) -> frozenset[str]:
    return ALLOWED.get(status, frozenset())


def transition(
    session: Session,
    proposal: Proposal,
    to_status: str,
    *,
    actor: str | None,
    reason: str | None = None,
    merged_into_id: str | None = None,
) -> Transition:
    """Move a proposal to ``to_status`` inside the caller's write transaction."""
    before = proposal.status
    if to_status not in STATUS_LABELS:
        raise WorkflowError(_("Status '{to_status}' tidak dikenal.").format(to_status=to_status))
    if to_status not in allowed_targets(before):
        raise WorkflowError(
            _(
                "Usulan {number!r} berstatus {status} dan tidak dapat diubah menjadi {status2}."
            ).format(
                number=proposal.number or proposal.title,
                status=_(STATUS_LABELS.get(before, before)),
                status2=_(STATUS_LABELS[to_status]),
            ),
            hint=_hint(before),
        )
    clean_reason = (reason or "").strip() or None
    if to_status in NEEDS_REASON and clean_reason is None:
        raise WorkflowError(
            _("Alasan wajib diisi untuk status {status}.").format(
                status=_(STATUS_LABELS[to_status])
            ),
            hint=_("Tuliskan alasannya agar desa pengusul mendapat penjelasan."),
        )
    if to_status == "merged":
        if not merged_into_id or merged_into_id == proposal.id:
            raise WorkflowError(_("Pilih usulan lain sebagai tujuan penggabungan."))
        proposal.merged_into_id = merged_into_id
    proposal.status = to_status
    proposal.status_reason = clean_reason
    session.add(proposal)
    record_event(
        session,
        actor=actor,
        entity="proposal",
        entity_id=proposal.id,
        action="status",
        before={"status": before},
        after={"status": to_status, "merged_into_id": proposal.merged_into_id},
        reason=clean_reason,
    )
    return Transition(proposal.id, before, to_status)


def _hint(status: str) -> str:
    targets = sorted(allowed_targets(status))
    if not targets:
        return _("Status ini final.")
    return _("Status yang mungkin: {statuses}.").format(
        statuses=", ".join(_(STATUS_LABELS[t]) for t in targets)
    )
