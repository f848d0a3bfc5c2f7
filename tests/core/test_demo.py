from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from app.core.demo import create_demo, planning_year
from app.core.office import get_office
from app.errors import UserError
from app.models import OutboxEntry, PaguAgency, PlanItem, PlanningCycle, Proposal, Region
from app.models.db import read_session


def test_demo_creates_a_realistic_office(engine: Engine) -> None:
    result = create_demo(engine)
    assert (result.kecamatan_name, result.proposals, result.already_present) == (
        "Tenggarong",
        150,
        False,
    )
    with read_session(engine) as session:
        cycle = session.exec(select(PlanningCycle)).one()
        proposals = session.exec(select(Proposal)).all()
        villages = {
            r.code
            for r in session.exec(select(Region).where(Region.parent_code == "64.02.06")).all()
        }
        outbox = session.exec(select(OutboxEntry)).all()
        pagu = session.exec(select(PaguAgency)).all()
        office = get_office(session)
        rpjmd = session.exec(select(PlanItem)).all()
    assert cycle.is_demo and cycle.pagu_total > 0
    assert sum(p.amount for p in pagu) <= cycle.pagu_total
    assert all(p.is_demo for p in proposals)
    assert {p.desa_code for p in proposals} == villages  # every village of Tenggarong sent some
    ranks = {(p.desa_code, p.village_rank) for p in proposals}
    assert len(ranks) == len(proposals)  # rank unique per village
    assert all(p.estimated_cost and p.estimated_cost > 0 for p in proposals)
    assert len(outbox) == 1 + len(pagu) + len(proposals)  # every row written has its outbox entry
    assert office is not None and office.kecamatan_code == "64.02.06" and office.is_demo
    assert len(rpjmd) == 36 and all(item.is_demo for item in rpjmd)


def test_demo_is_idempotent_and_empty_variant(engine: Engine) -> None:
    create_demo(engine, kecamatan_code="64.02.12", empty=True)
    again = create_demo(engine, kecamatan_code="64.02.12")
    assert again.already_present and again.proposals == 0
    with pytest.raises(UserError, match="milik kecamatan"):
        create_demo(engine, kecamatan_code="64.02.06")


def test_demo_for_another_kecamatan_uses_its_villages(engine: Engine) -> None:
    create_demo(engine, kecamatan_code="64.02.12")  # Tabang
    with read_session(engine) as session:
        codes = {p.desa_code for p in session.exec(select(Proposal)).all()}
    assert codes and all(code and code.startswith("64.02.12.") for code in codes)


def test_unknown_kecamatan(engine: Engine) -> None:
    with pytest.raises(UserError, match="tidak ada di data wilayah"):
        create_demo(engine, kecamatan_code="64.02.99")


@pytest.mark.parametrize(
    ("today", "year"),
    [
        (date(2026, 11, 28), 2028),
        (date(2027, 1, 20), 2028),
        (date(2027, 3, 1), 2028),
        (date(2027, 8, 1), 2029),
    ],
)
def test_planning_year(today: date, year: int) -> None:
    assert planning_year(today) == year


def test_first_start_demo_shows_the_whole_product(engine: Engine) -> None:
    """Issue #17: routed proposals, a ceiling for every agency in the forum, and an open
    session with its attendance (before, none of the 150 proposals had an agency)."""
    from app.core.demo import create_first_start_demo
    from app.core.forum.attendance import list_attendance
    from app.core.forum.decisions import latest_decisions
    from app.models import ForumSession

    result = create_first_start_demo(engine)
    assert result.routed == result.demo.proposals == 150
    with read_session(engine) as session:
        proposals = session.exec(select(Proposal)).all()
        levels = {r.code: r.level for r in session.exec(select(Region)).all()}
        ceilings = {row.agency_code for row in session.exec(select(PaguAgency)).all()}
        forum = session.get(ForumSession, result.forum_session_id)
        attendance = list_attendance(session, result.forum_session_id)
        decided = latest_decisions(session, result.forum_session_id)
    assert all(p.agency_code and p.sub_kegiatan_code for p in proposals)
    assert not [
        p
        for p in proposals
        if levels.get(p.desa_code or "") == "kelurahan" and p.kewenangan == "desa"
    ]
    kabupaten = {p.agency_code for p in proposals if p.kewenangan == "kabupaten"}
    assert kabupaten <= ceilings
    assert forum is not None and forum.status == "open" and len(attendance) > 20
    assert decided == {} and {p.status for p in proposals} == {"in_forum"}
    # Run again: nothing is added twice.
    again = create_first_start_demo(engine)
    assert again.forum_session_id == result.forum_session_id and again.routed == 0


def test_first_start_demo_fills_the_td4_plan_columns(engine: Engine) -> None:
    """Issue #17: the T-D.4 of the first-start demo had blank columns (2)-(5a) (prioritas and
    sasaran daerah, program, kegiatan, sub kegiatan) because nothing was routed."""
    from app.core.demo import create_first_start_demo
    from app.core.forum.decisions import DecisionInput, decide
    from app.core.reports.model import CollectOptions
    from app.core.reports.td4 import collect
    from app.models import Proposal
    from app.models.db import write_session

    result = create_first_start_demo(engine)
    with write_session(engine) as session:
        chosen = session.exec(
            select(Proposal).where(Proposal.status == "in_forum").order_by(Proposal.number)
        ).all()[:12]
        assert len(chosen) == 12
        for rank, proposal in enumerate(chosen, start=1):
            decide(
                session,
                result.forum_session_id,
                DecisionInput(
                    proposal.id, "agreed", priority=rank, agreed_amount=proposal.estimated_cost
                ),
                actor="uji",
            )
    with read_session(engine) as session:
        content = collect(session, result.forum_session_id, CollectOptions())
    rows = [row for row in content.table.rows if row.style not in ("total", "subtotal", "note")]
    rows = [row for row in rows if isinstance(row.values[0], int)]
    assert len(rows) == 12
    for row in rows:
        plan = row.values[1:6]  # (2) prioritas daerah .. (5a) kode sub kegiatan
        assert all(str(value or "").strip() for value in plan), row.values
