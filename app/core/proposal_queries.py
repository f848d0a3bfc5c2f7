"""Read-side queries for proposal lists: ids first, rows fetched in pages when shown."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func
from sqlalchemy import text as text_sql
from sqlmodel import Session, col, select

from app.models import OutboxEntry, PlanningCycle, Proposal, Region


@dataclass(frozen=True)
class ProposalRow:
    id: str
    number: str | None
    desa: str | None
    title: str
    volume: float | None
    satuan: str | None
    estimated_cost: int | None
    status: str
    kewenangan: str | None


def current_cycle(session: Session) -> PlanningCycle | None:
    """The newest open planning cycle of this office."""
    return session.exec(
        select(PlanningCycle)
        .where(col(PlanningCycle.deleted).is_(False))
        .order_by(col(PlanningCycle.year).desc())
    ).first()


def proposal_ids(session: Session, cycle_id: str) -> list[str]:
    rows = session.exec(
        select(Proposal.id)
        .where(Proposal.cycle_id == cycle_id, col(Proposal.deleted).is_(False))
        .order_by(col(Proposal.desa_code), col(Proposal.village_rank), col(Proposal.number))
    ).all()
    return list(rows)


def proposal_rows(session: Session, ids: Sequence[str]) -> list[ProposalRow]:
    query = (
        select(Proposal, Region.name)
        .join(Region, col(Region.code) == col(Proposal.desa_code), isouter=True)
        .where(col(Proposal.id).in_(list(ids)))
    )
    found = {
        p.id: ProposalRow(
            p.id,
            p.number,
            desa,
            p.title,
            p.volume,
            p.satuan,
            p.estimated_cost,
            p.status,
            p.kewenangan,
        )
        for p, desa in session.exec(query).all()
    }
    return [found[i] for i in ids if i in found]


def pending_outbox_count(session: Session) -> int:
    return int(
        session.exec(
            select(func.count()).select_from(OutboxEntry).where(OutboxEntry.state == "pending")
        ).one()
    )


def search_proposal_ids(session: Session, cycle_id: str, text: str) -> list[str]:
    """Proposals of the cycle whose title, problem or address contain every word (prefixes)."""
    words = [w for w in "".join(c if c.isalnum() else " " for c in text).split() if w]
    if not words:
        return proposal_ids(session, cycle_id)
    match = " ".join(f'"{w}"*' for w in words)
    rows = session.execute(
        text_sql(
            "SELECT p.id FROM proposal_fts f JOIN proposal p ON p.id = f.proposal_id "
            "WHERE proposal_fts MATCH :match AND p.cycle_id = :cycle AND p.deleted = 0 "
            "ORDER BY f.rank"
        ),
        {"match": match, "cycle": cycle_id},
    ).all()
    return [str(row[0]) for row in rows]
