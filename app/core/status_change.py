"""Changing the status of proposals (one or several at once) through the workflow.

``change_status`` moves all of the selection or none; ``change_status_where_allowed`` moves
the ones that may go and names the rest. A deleted proposal never changes status: it is
restored first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlmodel import col, select

from app.core.workflow import ALLOWED, STATUS_LABELS, Transition, transition
from app.errors import UserError
from app.models import Proposal
from app.models.db import read_session, write_session
from common.i18n import _


def common_targets(engine: Engine, proposal_ids: Sequence[str]) -> list[str]:
    """Statuses every selected proposal may move to, in workflow order."""
    with read_session(engine) as session:
        statuses = set(
            session.exec(
                select(Proposal.status).where(col(Proposal.id).in_(list(proposal_ids)))
            ).all()
        )
    if not statuses:
        return []
    allowed = set.intersection(*(set(ALLOWED.get(s, ())) for s in statuses))
    return [status for status in STATUS_LABELS if status in allowed]


def change_status(
    engine: Engine,
    proposal_ids: Sequence[str],
    to_status: str,
    *,
    actor: str | None,
    reason: str | None = None,
    merged_into_id: str | None = None,
) -> list[Transition]:
    """Move every selected proposal to ``to_status`` in one transaction, or none of them (the
    workflow enforces and audits each move)."""
    with write_session(engine) as session:
        proposals = session.exec(
            select(Proposal).where(col(Proposal.id).in_(list(proposal_ids)))
        ).all()
        if len(proposals) != len(set(proposal_ids)):
            raise UserError(
                _("Sebagian usulan yang dipilih sudah tidak ada."),
                hint=_("Muat ulang daftar lalu coba lagi."),
            )
        deleted = [p.number or p.title for p in proposals if p.deleted]
        if deleted:
            raise UserError(
                f"Usulan {', '.join(deleted)} sudah dihapus; statusnya tidak dapat diubah.",
                hint="Pulihkan dulu bila ingin mengubah statusnya.",
            )
        return [
            transition(
                session, p, to_status, actor=actor, reason=reason, merged_into_id=merged_into_id
            )
            for p in proposals
        ]


@dataclass(frozen=True)
class TargetChoice:
    status: str
    movable: int  # how many of the selection may move to it
    total: int


@dataclass(frozen=True)
class MixedChange:
    moved: list[Transition]
    kept: list[tuple[str, str]]  # (number or title, current status label) left as they were


def target_choices(engine: Engine, proposal_ids: Sequence[str]) -> list[TargetChoice]:
    """For a selection with mixed statuses: every status at least one selected proposal may
    move to, with how many can (an intersection offered nothing and said nothing)."""
    with read_session(engine) as session:
        statuses = list(
            session.exec(
                select(Proposal.status).where(col(Proposal.id).in_(list(proposal_ids)))
            ).all()
        )
    counts = {
        target: sum(1 for s in statuses if target in ALLOWED.get(s, ())) for target in STATUS_LABELS
    }
    return [TargetChoice(status, n, len(statuses)) for status, n in counts.items() if n > 0]


def change_status_where_allowed(
    engine: Engine, proposal_ids: Sequence[str], to_status: str, *, actor: str, reason: str | None
) -> MixedChange:
    """Move the selected proposals that may go to ``to_status`` (in one transaction) and name
    the ones that may not, which stay as they were."""
    with write_session(engine) as session:
        proposals = session.exec(
            select(Proposal).where(col(Proposal.id).in_(list(proposal_ids)))
        ).all()
        movable = [p for p in proposals if not p.deleted and to_status in ALLOWED.get(p.status, ())]
        if not movable:
            raise UserError(
                _("Tidak ada usulan terpilih yang dapat diubah menjadi {status}.").format(
                    status=_(STATUS_LABELS[to_status])
                ),
                hint=_("Pilih status lain, atau pilih usulan yang statusnya sama."),
            )
        kept = [
            (p.number or p.title, "Dihapus" if p.deleted else STATUS_LABELS.get(p.status, p.status))
            for p in proposals
            if p not in movable
        ]
        moved = [transition(session, p, to_status, actor=actor, reason=reason) for p in movable]
        return MixedChange(moved, kept)
