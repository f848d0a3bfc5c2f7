"""Changing the status of several proposals at once, all or nothing."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Engine
from sqlmodel import col, select

from app.core.errors import UserError
from app.core.workflow import ALLOWED, STATUS_LABELS, Transition, transition
from app.models import Proposal
from app.models.db import read_session, write_session


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
    engine: Engine, proposal_ids: Sequence[str], to_status: str, *, actor: str, reason: str | None
) -> list[Transition]:
    with write_session(engine) as session:
        proposals = session.exec(
            select(Proposal).where(col(Proposal.id).in_(list(proposal_ids)))
        ).all()
        if len(proposals) != len(set(proposal_ids)):
            raise UserError(
                "Sebagian usulan yang dipilih sudah tidak ada.",
                hint="Muat ulang daftar lalu coba lagi.",
            )
        return [transition(session, p, to_status, actor=actor, reason=reason) for p in proposals]
