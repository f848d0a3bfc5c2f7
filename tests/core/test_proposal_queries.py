"""Filter and sort of the proposal list in SQL, checked against Python over the same rows."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from app.core.proposal_queries import (
    SORT_COLUMNS,
    ProposalFilter,
    distinct_values,
    filtered_proposal_ids,
    proposal_ids,
    proposal_rows,
)
from app.models import PlanningCycle, Proposal
from app.models.db import read_session, write_session


@pytest.fixture
def listed(demo_engine: Engine) -> tuple[Engine, str, list[Proposal]]:
    with write_session(demo_engine) as session:
        proposals = list(session.exec(select(Proposal)).all())
        for n, p in enumerate(proposals):
            p.problem_count = n % 3
            p.agency_code = ("1.03.01", "1.02.01", None)[n % 3]
            p.status = ("draft", "verified", "in_forum", "draft")[n % 4]
        cycle = session.exec(select(PlanningCycle)).one()
    with read_session(demo_engine) as session:
        rows = list(session.exec(select(Proposal)).all())
    return demo_engine, cycle.id, rows


def test_without_filter_all_proposals_in_the_default_order(
    listed: tuple[Engine, str, list[Proposal]],
) -> None:
    engine, cycle_id, rows = listed
    with read_session(engine) as session:
        ids = filtered_proposal_ids(session, cycle_id)
        assert ids == proposal_ids(session, cycle_id)
    assert len(ids) == len(rows) == 150


@pytest.mark.parametrize(
    ("flt", "keep"),
    [
        (ProposalFilter(status="verified"), lambda p: p.status == "verified"),
        (
            ProposalFilter(status=("verified", "in_forum")),
            lambda p: p.status in ("verified", "in_forum"),
        ),
        (ProposalFilter(desa="64.02.06.1001"), lambda p: p.desa_code == "64.02.06.1001"),
        (
            ProposalFilter(agency="1.03.01", kewenangan="kabupaten"),
            lambda p: p.agency_code == "1.03.01" and p.kewenangan == "kabupaten",
        ),
        (ProposalFilter(has_problems=True), lambda p: p.problem_count > 0),
        (ProposalFilter(has_problems=False), lambda p: p.problem_count == 0),
        (
            ProposalFilter(text="semenisasi"),
            lambda p: "semenisasi" in f"{p.title} {p.problem} {p.address}".lower(),
        ),
        (
            ProposalFilter(text="drain", status="draft"),
            lambda p: (
                p.status == "draft" and "drain" in f"{p.title} {p.problem} {p.address}".lower()
            ),
        ),
    ],
)
def test_filters_match_python(
    listed: tuple[Engine, str, list[Proposal]],
    flt: ProposalFilter,
    keep: Callable[[Proposal], bool],
) -> None:
    engine, cycle_id, rows = listed
    expected = {p.id for p in rows if keep(p)}
    assert expected  # the filter is not trivially empty
    with read_session(engine) as session:
        assert set(filtered_proposal_ids(session, cycle_id, flt)) == expected


@pytest.mark.parametrize("key", sorted(set(SORT_COLUMNS) - {"desa", "number", "title"}))
@pytest.mark.parametrize("descending", [False, True])
def test_sorting_by_each_column(
    listed: tuple[Engine, str, list[Proposal]], key: str, descending: bool
) -> None:
    engine, cycle_id, rows = listed
    attr = {"agency": "agency_code", "bidang": "bidang_code"}.get(key, key)
    with read_session(engine) as session:
        ids = filtered_proposal_ids(session, cycle_id, None, key, descending)
    by_id = {p.id: p for p in rows}
    values = [getattr(by_id[i], attr) for i in ids]
    present = [v for v in values if v is not None]
    assert values[: len(present)] == present  # empty values last, both directions
    assert present == sorted(present, reverse=descending)


def test_sort_by_desa_name_title_and_number(listed: tuple[Engine, str, list[Proposal]]) -> None:
    engine, cycle_id, _rows = listed
    with read_session(engine) as session:
        by_desa = proposal_rows(session, filtered_proposal_ids(session, cycle_id, None, "desa"))
        by_title = proposal_rows(
            session, filtered_proposal_ids(session, cycle_id, None, "title", True)
        )
        by_number = proposal_rows(session, filtered_proposal_ids(session, cycle_id, None, "number"))
    assert [r.desa for r in by_desa] == sorted(
        (r.desa for r in by_desa), key=lambda d: (d or "").lower()
    )
    assert [r.title.lower() for r in by_title] == sorted(
        (r.title.lower() for r in by_title), reverse=True
    )
    assert [r.number for r in by_number] == sorted(r.number or "" for r in by_number)
    assert by_desa[0].problem_count in (0, 1, 2) and by_desa[0].desa_code


def test_search_ranks_and_deleted_rows_disappear(
    listed: tuple[Engine, str, list[Proposal]],
) -> None:
    engine, cycle_id, _rows = listed
    with read_session(engine) as session:
        hits = filtered_proposal_ids(session, cycle_id, ProposalFilter(text="sumur bor"))
    assert hits
    with write_session(engine) as session:
        proposal = session.get(Proposal, hits[0])
        assert proposal is not None
        proposal.deleted = True
    with read_session(engine) as session:
        assert hits[0] not in filtered_proposal_ids(
            session, cycle_id, ProposalFilter(text="sumur bor")
        )
        assert filtered_proposal_ids(session, cycle_id, ProposalFilter(text="   ")) == proposal_ids(
            session, cycle_id
        )
        assert distinct_values(session, cycle_id, "status") == ["draft", "in_forum", "verified"]
    with pytest.raises(ValueError):
        filtered_proposal_ids(session, cycle_id, None, "title; DROP TABLE proposal")
