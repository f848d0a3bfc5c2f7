"""The demo office: a real kecamatan of Kukar with its villages, a planning cycle, an RPJMD
excerpt built from public notes, and proposals written for the demo (all marked as demo data).

The bundled proposals are written for Tenggarong's villages; for another kecamatan they are
spread over that kecamatan's own villages.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine, func
from sqlmodel import Session, col, select

from app import paths
from app.core.database import load_bundled_reference
from app.core.office import Office, get_office, set_office
from app.core.reference_import import import_reference
from app.core.regions import Village, kecamatan_villages
from app.errors import UserError
from app.models import PaguAgency, PlanItem, PlanningCycle, Proposal, Region
from app.models.db import read_session, write_session
from common.i18n import _

DEFAULT_KECAMATAN = "64.02.06"
SOURCE_KECAMATAN = "64.02.06"
DEMO_PAGU_TOTAL = 7_500_000_000
# Share of the demo ceiling per agency: illustrative, the kabupaten sets the real split.
DEMO_PAGU_SPLIT = {
    "1.03.01": 0.40,
    "1.04.01": 0.12,
    "1.02.01": 0.08,
    "1.01.01": 0.10,
    "2.15.01": 0.08,
    "3.27.01": 0.08,
    "2.11.01": 0.04,
    "2.13.01": 0.04,
}


@dataclass(frozen=True)
class DemoResult:
    kecamatan_name: str
    cycle_year: int
    proposals: int
    already_present: bool


def planning_year(today: date | None = None) -> int:
    """The RKPD year the next Musrenbang Kecamatan plans for.

    Forums are held in January–February of year Y for the RKPD of Y+1; from July on, the next
    forum is the coming January's.
    """
    today = today or date.today()
    forum_year = today.year + 1 if today.month >= 7 else today.year
    return forum_year + 1


def create_demo(
    engine: Engine, *, kecamatan_code: str = DEFAULT_KECAMATAN, empty: bool = False
) -> DemoResult:
    load_bundled_reference(engine)
    with read_session(engine) as session:
        kecamatan = session.get(Region, kecamatan_code)
        if kecamatan is None or kecamatan.level != "kecamatan":
            raise UserError(
                _("Kecamatan '{kecamatan_code}' tidak ada di data wilayah.").format(
                    kecamatan_code=kecamatan_code
                ),
                hint=_(
                    "Lihat kode kecamatan dengan `musrenbang ref stats` atau di berkas wilayah "
                    "(contoh: 64.02.06)."
                ),
            )
        has_rpjmd = session.exec(select(func.count()).select_from(PlanItem)).one() > 0
        kecamatan_name = kecamatan.name
        office = get_office(session)
    if office and office.kecamatan_code != kecamatan_code:
        raise UserError(
            _("Basis data ini milik kecamatan {kecamatan_code}.").format(
                kecamatan_code=office.kecamatan_code
            ),
            hint=_("Gunakan folder data lain (MUSRENBANG_HOME) untuk demo kecamatan lain."),
        )
    if not has_rpjmd:
        import_reference(engine, "rpjmd", paths.resource("demo", "rpjmd_kukar_demo.csv"))
    year = planning_year()
    with write_session(engine) as session:
        cycle = session.exec(
            select(PlanningCycle).where(
                PlanningCycle.kecamatan_code == kecamatan_code, PlanningCycle.year == year
            )
        ).first()
        if cycle is not None:
            count = session.exec(
                select(func.count()).select_from(Proposal).where(Proposal.cycle_id == cycle.id)
            ).one()
            return DemoResult(kecamatan_name, year, int(count), already_present=True)
        set_office(session, Office(kecamatan_code[:5], kecamatan_code, is_demo=True))
        cycle = PlanningCycle(
            year=year,
            kecamatan_code=kecamatan_code,
            name=f"Musrenbang Kecamatan {kecamatan_name} {year} (DEMO)",
            pagu_total=DEMO_PAGU_TOTAL,
            is_demo=True,
        )
        session.add(cycle)
        session.flush()
        for agency_code, share in DEMO_PAGU_SPLIT.items():
            session.add(
                PaguAgency(
                    cycle_id=cycle.id, agency_code=agency_code, amount=int(DEMO_PAGU_TOTAL * share)
                )
            )
        count = 0 if empty else _add_demo_proposals(session, cycle, kecamatan_code)
    return DemoResult(kecamatan_name, year, count, already_present=False)


def _villages(session: Session, kecamatan_code: str) -> list[Village]:
    return kecamatan_villages(session, kecamatan_code)


def _add_demo_proposals(session: Session, cycle: PlanningCycle, kecamatan_code: str) -> int:
    targets = _villages(session, kecamatan_code)
    if not targets:
        raise UserError(
            _("Kecamatan {kecamatan_code} tidak memiliki desa/kelurahan di data wilayah.").format(
                kecamatan_code=kecamatan_code
            )
        )
    source_names = {v.code: v.name for v in _villages(session, SOURCE_KECAMATAN)}
    mapping: dict[str, Village] = {}
    ranks: dict[str, int] = {}
    path = paths.resource("demo", "usulan_demo_tenggarong.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        source_code = row["kode_desa"]
        village = mapping.setdefault(source_code, targets[len(mapping) % len(targets)])
        ranks[village.code] = ranks.get(village.code, 0) + 1
        address = row["alamat"].replace(source_names.get(source_code, row["desa"]), village.name)
        session.add(
            Proposal(
                cycle_id=cycle.id,
                number=row["nomor"],
                source=row["sumber"],
                planning_year=cycle.year,
                desa_code=village.code,
                dusun=row["dusun"] or None,
                rt=row["rt"] or None,
                title=row["judul"],
                problem=row["permasalahan"],
                address=address,
                latitude=float(row["lintang"]) if row["lintang"] else None,
                longitude=float(row["bujur"]) if row["bujur"] else None,
                volume=float(row["volume"]),
                satuan=row["satuan"],
                estimated_cost=int(row["perkiraan_biaya"]),
                beneficiaries=int(row["penerima_manfaat"]),
                beneficiaries_women=int(row["penerima_perempuan"]),
                beneficiaries_poor=int(row["penerima_miskin"]),
                beneficiaries_disabled=int(row["penerima_disabilitas"]),
                village_rank=ranks[village.code],
                kewenangan=row["kewenangan"],
                land_ready=row["lahan_siap"] == "ya",
                land_certificate=row["sertifikat_lahan"] == "ya",
                is_demo=True,
            )
        )
    return len(rows)


@dataclass(frozen=True)
class FirstStartDemo:
    demo: DemoResult
    routed: int
    forum_session_id: str


def create_first_start_demo(engine: Engine) -> FirstStartDemo:
    """What the first start shows: the demo office with every proposal routed by the scorer
    (agency, sub kegiatan, kewenangan; kelurahan proposals never "desa"), the pagu per agency,
    and an open forum session with its attendance list, so every page has something real."""
    from app.core.forum.demo_forum import create_open_demo_forum
    from app.core.routing import apply_routes, suggest_routes
    from app.core.scorer import Scorer
    from app.core.scorer.from_db import load_reference_from_session

    demo = create_demo(engine)
    routed = 0
    with read_session(engine) as session:
        cycle = session.exec(select(PlanningCycle).where(col(PlanningCycle.is_demo))).first()
        pending = (
            [
                p.id
                for p in session.exec(
                    select(Proposal).where(
                        Proposal.cycle_id == cycle.id, col(Proposal.agency_code).is_(None)
                    )
                ).all()
            ]
            if cycle is not None
            else []
        )
        if pending:
            scorer = Scorer(load_reference_from_session(session), persist_stems=False)
            suggestions = suggest_routes(session, pending, scorer)
        else:
            suggestions = []
    if suggestions:
        with write_session(engine) as session:
            outcome = apply_routes(
                session, suggestions, actor="demo", include_low=True, teach=False
            )
            routed = outcome.routed
            if cycle is not None:
                _pagu_for_routed_agencies(session, cycle.id)
    forum_id = create_open_demo_forum(engine)
    return FirstStartDemo(demo, routed, forum_id)


def _pagu_for_routed_agencies(session: Session, cycle_id: str) -> None:
    """The part of the demo ceiling not split among the main agencies goes to the other
    agencies the proposals were routed to, in proportion to what is asked of them (rounded
    down to Rp 10 juta), so no agency in the forum shows a ceiling of Rp 0."""
    have = {
        row.agency_code
        for row in session.exec(select(PaguAgency).where(PaguAgency.cycle_id == cycle_id)).all()
    }
    asked: dict[str, int] = {}
    for proposal in session.exec(select(Proposal).where(Proposal.cycle_id == cycle_id)).all():
        code = proposal.agency_code
        if code and code not in have and proposal.kewenangan == "kabupaten":
            asked[code] = asked.get(code, 0) + (proposal.estimated_cost or 0)
    left = DEMO_PAGU_TOTAL - int(DEMO_PAGU_TOTAL * sum(DEMO_PAGU_SPLIT.values()))
    total = sum(asked.values())
    for code, amount in sorted(asked.items()):
        share = min(amount, left * amount // total) // 10_000_000 * 10_000_000 if total else 0
        if share > 0:
            session.add(PaguAgency(cycle_id=cycle_id, agency_code=code, amount=share))
