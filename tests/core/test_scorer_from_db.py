"""Loading the scorer's reference from the database (SQLModel tables)."""

from __future__ import annotations

from sqlalchemy import Engine

from app.core.scorer import ProposalInput, Scorer
from app.core.scorer.from_db import load_reference_from_session
from app.models import KamusItem, PlanItem, RenstraItem, RoutingConfirmation
from app.models.db import read_session, write_session


def test_fresh_database_gives_bundled_reference(engine: Engine) -> None:
    with read_session(engine) as session:
        reference = load_reference_from_session(session)
    assert sum(1 for r in reference.nomenclature if r.level == "sub_kegiatan") > 2000
    assert any(a.bidang_codes == ("1.03",) for a in reference.agencies)
    assert reference.regions
    assert reference.confirmed_routings == ()


def test_plans_kamus_and_confirmed_routings_are_read(engine: Engine) -> None:
    with write_session(engine) as session:
        session.add(
            PlanItem(
                level="program_prioritas",
                code="PP1",
                name="Jalan mantap",
                nomenclature_code="1.03.10",
            )
        )
        session.add(
            RenstraItem(
                agency_code="1.03.01",
                level="sub_kegiatan",
                nomenclature_code="1.03.10.2.01.0005",
                name="Pembangunan Jalan",
            )
        )
        session.add(
            KamusItem(
                code="K1",
                name="Pembangunan balai pertemuan warga",
                agency_code="2.13.01",
                unit_price=250_000_000,
                satuan="unit",
            )
        )
        session.add(
            RoutingConfirmation(
                text="Pengadaan tenda pleton",
                bidang_code="1.05",
                agency_code="1.05.02",
                accepted=True,
            )
        )
        session.add(RoutingConfirmation(text="dihapus", bidang_code="1.01", deleted=True))
    with read_session(engine) as session:
        reference = load_reference_from_session(session)
    assert [p.code for p in reference.plan_items] == ["PP1"]
    assert reference.renstra_items[0].nomenclature_code == "1.03.10.2.01.0005"
    assert reference.kamus_items[0].unit_price == 250_000_000
    assert [r.text for r in reference.confirmed_routings] == ["Pengadaan tenda pleton"]

    scorer = Scorer(reference, persist_stems=False)
    tent = scorer.score(ProposalInput(id="1", text="pengadaan tenda pleton desa"))
    assert tent.bidang[0].code == "1.05" and tent.agency is not None
    assert tent.agency.code == "1.05.02"
    road = scorer.score(ProposalInput(id="2", text="Semenisasi jalan"))
    rpjmd = road.component("rpjmd")
    assert rpjmd is not None and rpjmd.value == 100.0
    renstra = road.component("renstra")
    assert renstra is not None and renstra.value == 100.0


def test_proposal_input_from_a_stored_proposal() -> None:
    from app.core.scorer.from_db import proposal_input
    from app.models import Proposal

    stored = Proposal(
        cycle_id="c",
        planning_year=2026,
        title="Semenisasi jalan",
        problem="becek",
        volume=100,
        satuan="m",
        estimated_cost=75_000_000,
        latitude=-0.4,
        longitude=117.0,
    )
    made = proposal_input(stored, desa_name="Perian", photo_count=2)
    assert (made.text, made.problem, made.desa, made.biaya) == (
        "Semenisasi jalan",
        "becek",
        "Perian",
        75_000_000.0,
    )
    assert made.has_location is True and made.photo_count == 2
