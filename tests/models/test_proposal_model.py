"""A proposal is declared once (app/models/proposal.py) and building one validates it."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError
from sqlalchemy import Engine, text

from app.core.proposal_rules import FIELD_LABELS, ProposalInput, ProposalValues
from app.models import PlanningCycle, Proposal
from app.models.db import read_session, write_session
from app.models.proposal import CONTENT_FIELDS, ProposalContent, bounds, field_label, max_length


def _cycle(engine: Engine) -> PlanningCycle:
    with write_session(engine) as session:
        cycle = PlanningCycle(year=2028, kecamatan_code="64.02.06", name="Uji")
        session.add(cycle)
    return cycle


def test_building_a_proposal_checks_its_limits() -> None:
    with pytest.raises(ValidationError) as caught:
        Proposal(cycle_id="c", planning_year=2028, title="x" * 600, latitude=500, estimated_cost=-5)
    assert {e["loc"][0] for e in caught.value.errors()} == {"title", "latitude", "estimated_cost"}


@pytest.mark.parametrize(
    "bad",
    [
        {"longitude": 181.0},
        {"volume": -1.0},
        {"village_rank": 0},
        {"agreed_amount": -1},
        {"bidang_code": "1" * 11},
        {"problem_count": -1},
    ],
)
def test_every_declared_limit_is_enforced(bad: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        Proposal(cycle_id="c", planning_year=2028, title="Jalan", **bad)


def test_a_valid_proposal_builds_and_model_validate_still_works() -> None:
    proposal = Proposal(cycle_id="c", planning_year=2028, title="Jalan", number="USL-1")
    assert proposal.display_label == "USL-1 Jalan"
    again = Proposal.model_validate({"cycle_id": "c", "planning_year": 2028, "title": "Jalan"})
    assert again.status == "draft"
    with pytest.raises(ValidationError):
        Proposal.model_validate({"cycle_id": "c", "planning_year": 2028, "title": "x" * 501})


def test_rows_in_the_database_load_without_validation(engine: Engine) -> None:
    cycle = _cycle(engine)
    with write_session(engine) as session:
        proposal = Proposal(cycle_id=cycle.id, planning_year=2028, title="Jalan")
        session.add(proposal)
    with write_session(engine) as session:  # an old row written before the limits held
        session.execute(
            text("UPDATE proposal SET latitude = 500, title = :t WHERE id = :id"),
            {"t": "x" * 600, "id": proposal.id},
        )
    with read_session(engine) as session:
        loaded = session.get(Proposal, proposal.id)
        assert loaded is not None and loaded.latitude == 500 and len(loaded.title) == 600


def test_input_values_and_labels_derive_from_the_model() -> None:
    assert tuple(ProposalContent.model_fields) == CONTENT_FIELDS
    assert tuple(ProposalValues.model_fields) == CONTENT_FIELDS
    assert (*CONTENT_FIELDS, "coordinates") == ProposalInput.FIELDS
    assert set(FIELD_LABELS) == {*CONTENT_FIELDS, "coordinates"}
    assert FIELD_LABELS["title"] == field_label("title") == "Judul usulan"
    assert field_label("deleted", Proposal) == "Dihapus"
    assert max_length("title") == 500
    assert bounds("latitude") == (-90, 90)
    blank = ProposalInput()
    assert blank.source == "musrenbang_desa" and blank.land_ready is False and blank.title is None
    with pytest.raises(TypeError):
        ProposalInput(titel="Jalan")
    with pytest.raises(AttributeError):
        blank.titel = "Jalan"


def test_list_columns_are_headed_by_the_models_labels() -> None:
    from app.core.proposal_queries import list_columns
    from app.models.proposal import column_label, field_label

    labels = {column.key: column.label for column in list_columns()}
    assert labels["title"] == column_label("title") == "Usulan"  # the short label
    assert labels["volume"] == field_label("volume")  # no short label: the field's own
    assert labels["desa"] == column_label("desa_code")
