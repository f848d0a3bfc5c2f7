"""Near-identical proposals within a cycle, repeats of earlier cycles, and merging."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from app.core.demo import create_demo
from app.core.duplicates import (
    duplicate_ids,
    find_duplicates,
    find_repeats,
    merge_proposals,
    normalise_title,
)
from app.core.workflow import WorkflowError
from app.errors import UserError
from app.models import AuditEvent, PlanningCycle, Proposal
from app.models.db import read_session, write_session

JAHAB = "64.02.06.1001"
LOA_IPUH = "64.02.06.1002"


@pytest.fixture
def office(engine: Engine) -> tuple[Engine, PlanningCycle]:
    create_demo(engine, empty=True)
    with read_session(engine) as session:
        return engine, session.exec(select(PlanningCycle)).one()


def _add(
    engine: Engine,
    cycle: PlanningCycle,
    title: str,
    desa: str = JAHAB,
    rt: str | None = None,
    number: str | None = None,
) -> str:
    with write_session(engine) as session:
        proposal = Proposal(
            cycle_id=cycle.id,
            planning_year=cycle.year,
            title=title,
            desa_code=desa,
            rt=rt,
            number=number,
        )
        session.add(proposal)
        session.flush()
        return proposal.id


def test_normalised_titles() -> None:
    assert (
        normalise_title("Semenisasi Jln. Lingk. Gg. Mawar")
        == "semenisasi jalan lingkungan gang mawar"
    )
    assert normalise_title("Pembuatan drainase di Desa Jahab") == "pembangunan drainase jahab"


def test_near_identical_pairs_in_the_same_village_only(
    office: tuple[Engine, PlanningCycle],
) -> None:
    engine, cycle = office
    a = _add(engine, cycle, "Semenisasi jalan lingkungan Gang Mawar RT 15", rt="15", number="A")
    b = _add(engine, cycle, "Semenisasi Jln. Lingkungan Gg Mawar RT 15", rt="15", number="B")
    _add(engine, cycle, "Semenisasi jalan lingkungan Gang Mawar RT 16", rt="16")  # other RT
    _add(
        engine, cycle, "Semenisasi jalan lingkungan Gang Mawar RT 15", desa=LOA_IPUH
    )  # other village
    _add(engine, cycle, "Pengadaan sumur bor RT 2")
    pairs = find_duplicates(engine, cycle.id)
    assert [(p.first_id, p.second_id) for p in pairs] in ([(a, b)], [(b, a)])
    assert (
        pairs[0].score >= 88 and "desa sama" in pairs[0].reason and "RT 15 sama" in pairs[0].reason
    )
    assert duplicate_ids(pairs) == {a, b}
    assert find_duplicates(engine, cycle.id, desa_code=LOA_IPUH) == []


def test_repeats_of_earlier_cycles_report_years(office: tuple[Engine, PlanningCycle]) -> None:
    engine, cycle = office
    with write_session(engine) as session:
        old = PlanningCycle(year=cycle.year - 3, kecamatan_code=cycle.kecamatan_code, name="lama")
        older = PlanningCycle(
            year=cycle.year - 5, kecamatan_code=cycle.kecamatan_code, name="lebih lama"
        )
        session.add_all([old, older])
    first = _add(engine, older, "Pembangunan dermaga perahu Desa Jahab", number="L-1")
    _ = first
    last = _add(engine, old, "Pembangunan dermaga perahu", number="L-2")
    now = _add(engine, cycle, "Pembuatan Dermaga Perahu Jahab")
    _add(engine, cycle, "Pembangunan dermaga perahu", desa=LOA_IPUH)  # no history there
    repeats = find_repeats(engine, cycle.id)
    assert len(repeats) == 1
    match = repeats[0]
    assert (match.proposal_id, match.earlier_id, match.years_ago, match.times) == (now, last, 3, 2)
    assert "setelah 3 tahun" in match.reason


def test_merge_through_the_workflow(office: tuple[Engine, PlanningCycle]) -> None:
    engine, cycle = office
    keep = _add(engine, cycle, "Drainase RT 3")
    dup1 = _add(engine, cycle, "Drainase RT 3 ")
    dup2 = _add(engine, cycle, "Drainase RT.3")
    with pytest.raises(WorkflowError, match="Alasan"):
        merge_proposals(engine, keep, [dup1], "op", "  ")
    assert merge_proposals(engine, keep, [dup1, dup2, keep], "op", "usulan ganda") == [dup1, dup2]
    with read_session(engine) as session:
        merged = [session.get(Proposal, i) for i in (dup1, dup2)]
        events = session.exec(select(AuditEvent).where(AuditEvent.entity_id == keep)).all()
    assert all(p is not None and p.status == "merged" and p.merged_into_id == keep for p in merged)
    assert [e.action for e in events] == ["merge"]
    assert find_duplicates(engine, cycle.id) == []  # merged ones are no longer reported
    with pytest.raises(UserError):
        merge_proposals(engine, dup1, [keep], "op", "salah arah")  # dup1 is merged already
