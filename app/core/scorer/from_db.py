"""Build a :class:`ScorerReference` from the client database (SQLModel session)."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from app.core.scorer.engine import Scorer
from app.core.scorer.inputs import (
    AgencyRow,
    ConfirmedRouting,
    CostRecord,
    KamusRow,
    NomenclatureRow,
    PlanItemRow,
    ProposalInput,
    RegionRow,
    RenstraRow,
    ScorerReference,
    load_bundled_reference,
)
from app.models import (
    Agency,
    AgencyBidang,
    KamusItem,
    NomenclatureEntry,
    PlanItem,
    Proposal,
    Region,
    RenstraItem,
    RoutingConfirmation,
)
from app.models.db import read_session


def build_scorer(engine: Engine, *, persist_stems: bool = True) -> Scorer:
    """A scorer over the database's reference data (read in one session)."""
    with read_session(engine) as session:
        reference = load_reference_from_session(session)
    return Scorer(reference, persist_stems=persist_stems)


def load_reference_from_session(
    session: Session, *, fallback: ScorerReference | None = None
) -> ScorerReference:
    """The database's nomenclature, agencies, plans, kamus, confirmed routings and cost history.

    Parts the database does not hold yet (a fresh database has no nomenclature or agencies
    until they are imported) come from ``fallback`` (default: the bundled reference data).
    """
    nomenclature = tuple(
        NomenclatureRow(
            code=row.code,
            level=row.level,
            name=row.name,
            parent_code=row.parent_code,
            kinerja=row.kinerja or "",
            indikator=row.indikator or "",
        )
        for row in session.exec(select(NomenclatureEntry)).all()
    )
    bidang_of: dict[str, list[str]] = {}
    for link in session.exec(select(AgencyBidang)).all():
        bidang_of.setdefault(link.agency_code, []).append(link.bidang_code)
    agencies = tuple(
        AgencyRow(
            code=row.code,
            name=row.name,
            abbreviation=row.abbreviation or "",
            bidang_codes=tuple(sorted(bidang_of.get(row.code, []))),
        )
        for row in session.exec(select(Agency).order_by(col(Agency.code))).all()
    )
    plan_items = tuple(
        PlanItemRow(
            code=row.code,
            level=row.level,
            name=row.name,
            parent_code=row.parent_code,
            indikator=row.indikator or "",
            nomenclature_code=row.nomenclature_code,
        )
        for row in session.exec(select(PlanItem).where(col(PlanItem.plan_kind) == "rpjmd")).all()
    )
    renstra = tuple(
        RenstraRow(
            agency_code=row.agency_code,
            level=row.level,
            nomenclature_code=row.nomenclature_code,
            name=row.name,
            indikator=row.indikator or "",
            year=row.year,
        )
        for row in session.exec(select(RenstraItem)).all()
    )
    kamus = tuple(
        KamusRow(
            code=row.code,
            name=row.name,
            jenis=row.jenis or "",
            agency_name=row.agency_name or "",
            agency_code=row.agency_code,
            sub_kegiatan_code=row.sub_kegiatan_code,
            satuan=row.satuan or "",
            unit_price=float(row.unit_price) if row.unit_price else None,
        )
        for row in session.exec(select(KamusItem)).all()
    )
    routings = tuple(
        ConfirmedRouting(
            text=row.text,
            bidang_code=row.bidang_code,
            agency_code=row.agency_code,
            sub_kegiatan_code=row.sub_kegiatan_code,
            suggested_bidang_code=row.suggested_bidang_code,
            accepted=row.accepted,
            proposal_id=row.proposal_id,
        )
        for row in session.exec(
            select(RoutingConfirmation)
            .where(col(RoutingConfirmation.deleted).is_(False))
            .order_by(col(RoutingConfirmation.created_at))
        ).all()
    )
    costs: list[CostRecord] = []
    for proposal in session.exec(
        select(Proposal).where(
            col(Proposal.deleted).is_(False),
            col(Proposal.sub_kegiatan_code).is_not(None),
            col(Proposal.estimated_cost).is_not(None),
            col(Proposal.volume).is_not(None),
        )
    ).all():
        if proposal.sub_kegiatan_code and proposal.volume and proposal.estimated_cost:
            costs.append(
                CostRecord(
                    sub_kegiatan_code=proposal.sub_kegiatan_code,
                    satuan=proposal.satuan or "",
                    unit_cost=proposal.estimated_cost / proposal.volume,
                )
            )
    regions = tuple(
        RegionRow(code=row.code, level=row.level, name=row.name)
        for row in session.exec(select(Region)).all()
    )
    if not nomenclature or not agencies or not regions:
        fallback = fallback or load_bundled_reference()
    return ScorerReference(
        nomenclature=nomenclature or (fallback.nomenclature if fallback else ()),
        agencies=agencies or (fallback.agencies if fallback else ()),
        plan_items=plan_items,
        renstra_items=renstra,
        kamus_items=kamus,
        confirmed_routings=routings,
        cost_history=tuple(costs),
        regions=regions or (fallback.regions if fallback else ()),
    )


def proposal_input(
    proposal: Proposal,
    *,
    desa_name: str = "",
    kecamatan_name: str = "",
    photo_count: int | None = None,
) -> ProposalInput:
    """The scorer's view of a stored proposal (names of its desa/kecamatan and photo count are
    looked up by the caller, which usually has them at hand)."""
    return ProposalInput(
        id=proposal.id,
        text=proposal.title,
        problem=proposal.problem or "",
        desa=desa_name,
        kecamatan=kecamatan_name,
        volume=proposal.volume,
        satuan=proposal.satuan or "",
        biaya=float(proposal.estimated_cost) if proposal.estimated_cost is not None else None,
        has_location=(proposal.latitude is not None and proposal.longitude is not None)
        or bool(proposal.address),
        photo_count=photo_count,
    )
