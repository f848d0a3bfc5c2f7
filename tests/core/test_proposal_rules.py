"""Field validation of one proposal: every rule, and nothing crashes on strange input."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from app.core.proposal_rules import (
    CoordinateFormatError,
    ProposalInput,
    RuleContext,
    bounding_boxes,
    load_rule_context,
    lookup_satuan,
    parse_coordinates,
    satuan_list,
    validate_proposal,
)
from app.models import PlanningCycle, Proposal
from app.models.db import read_session
from common.numbers import parse_decimal

KUKAR = bounding_boxes()["64.02"]
VILLAGES = {"64.02.06.1001": "Jahab", "64.02.06.2002": "Bendang Raya"}


def ctx(owner: dict[tuple[str, int], str] | None = None) -> RuleContext:
    ranks = owner or {}
    return RuleContext(
        kecamatan_code="64.02.06",
        villages=VILLAGES,
        bbox=KUKAR,
        agencies=frozenset({"1.03.01"}),
        sub_kegiatan=frozenset({"1.03.10.2.01.0001"}),
        rank_owner=lambda desa, rank: ranks.get((desa, rank)),
    )


def good(**changes: object) -> ProposalInput:
    data = ProposalInput(
        title="Semenisasi jalan lingkungan RT 15",
        problem="Jalan becek saat hujan",
        desa_code="64.02.06.1001",
        address="RT 15 Jahab",
        coordinates="-0.4467, 117.0423",
        volume="450",
        satuan="m",
        estimated_cost="Rp 582.800.000",
        beneficiaries="731",
        beneficiaries_women="354",
        beneficiaries_poor="143",
        beneficiaries_disabled="4",
        village_rank="1",
        kewenangan="kabupaten",
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def fields_of(data: ProposalInput, severity: str = "error", **kw: object) -> set[str]:
    result = validate_proposal(data, ctx(**kw))  # type: ignore[arg-type]
    return {p.field for p in result.problems if p.severity == severity}


def test_a_complete_proposal_is_clean_and_typed() -> None:
    result = validate_proposal(good(), ctx())
    assert result.problems == []
    v = result.values
    assert (v.estimated_cost, v.volume, v.satuan, v.village_rank) == (582_800_000, 450.0, "m", 1)
    assert (v.latitude, v.longitude) == (-0.4467, 117.0423)
    assert v.desa_code == "64.02.06.1001" and v.kewenangan == "kabupaten"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": ""}, "title"),
        ({"title": "x" * 501}, "title"),
        ({"problem": "x" * 5001}, "problem"),
        ({"volume": "0"}, "volume"),
        ({"volume": "-3"}, "volume"),
        ({"volume": "abc"}, "volume"),
        ({"satuan": None}, "satuan"),
        ({"volume": None}, "volume"),
        ({"estimated_cost": "-5"}, "estimated_cost"),
        ({"estimated_cost": "1.5 juta"}, "estimated_cost"),
        ({"desa_code": "64.02.07.2001"}, "desa_code"),
        ({"desa_code": None}, "desa_code"),
        ({"coordinates": "bukan koordinat"}, "coordinates"),
        ({"beneficiaries_women": "800"}, "beneficiaries_women"),
        ({"beneficiaries_poor": "732"}, "beneficiaries_poor"),
        ({"beneficiaries_disabled": "1000"}, "beneficiaries_disabled"),
        ({"village_rank": "0"}, "village_rank"),
        ({"kewenangan": "kecamatan"}, "kewenangan"),
        ({"source": "entah"}, "source"),
        ({"land_ready": "mungkin"}, "land_ready"),
    ],
)
def test_each_error_names_its_field(changes: dict[str, object], field: str) -> None:
    result = validate_proposal(good(**changes), ctx())
    assert field in {p.field for p in result.errors}, result.problems
    assert not result.ok
    assert all(len(p.message) > 10 for p in result.errors)  # says what to fix, not just "bad"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"satuan": "ember"}, "satuan"),
        ({"estimated_cost": "60.000.000.000"}, "estimated_cost"),  # over Rp 50 miliar
        ({"estimated_cost": "450000"}, "estimated_cost"),  # Rp 1.000 per metre of road
        ({"volume": "1", "satuan": "m", "estimated_cost": "900.000.000"}, "estimated_cost"),
        ({"coordinates": "-0.4467, 110.0"}, "coordinates"),  # outside Kukar
        ({"kewenangan": "desa"}, "kewenangan"),
        ({"coordinates": None}, "coordinates"),
        ({"agency_code": "9.99.99"}, "agency_code"),
        ({"sub_kegiatan_code": "1.03.10.2.01.9999"}, "sub_kegiatan_code"),
    ],
)
def test_warnings_are_kept_but_do_not_block(changes: dict[str, object], field: str) -> None:
    result = validate_proposal(good(**changes), ctx())
    assert result.ok, result.errors
    assert field in {p.field for p in result.warnings}


def test_swapped_coordinates_inside_the_kabupaten_are_explained() -> None:
    result = validate_proposal(
        good(coordinates=None, latitude="117.0423", longitude="-0.4467"), ctx()
    )
    assert any("tertukar" in p.message for p in result.problems)
    result = validate_proposal(good(coordinates="-1.45, 116.5"), ctx())
    assert any("tanda lintang" in p.message for p in result.warnings)


def test_village_rank_is_unique_per_village_but_not_against_itself() -> None:
    taken = {("64.02.06.1001", 1): "other-id"}
    result = validate_proposal(good(), ctx(taken))
    assert [p.field for p in result.errors] == ["village_rank"]
    assert "sudah dipakai" in result.errors[0].message
    assert validate_proposal(good(), ctx(taken), proposal_id="other-id").ok
    assert validate_proposal(good(desa_code="64.02.06.2002"), ctx(taken)).ok


def test_desa_by_name_is_resolved_to_its_code() -> None:
    result = validate_proposal(good(desa_code="Desa Bendang Raya"), ctx())
    assert result.ok and result.values.desa_code == "64.02.06.2002"


def test_kecamatan_proposals_need_no_desa() -> None:
    assert validate_proposal(good(desa_code=None, source="kecamatan"), ctx()).ok


@pytest.mark.parametrize(
    "field",
    [
        "title",
        "problem",
        "address",
        "dusun",
        "volume",
        "estimated_cost",
        "coordinates",
        "beneficiaries",
        "village_rank",
        "satuan",
        "kewenangan",
        "agency_code",
        "desa_code",
    ],
)
def test_a_100_kb_paste_is_a_clear_error_not_a_crash(field: str) -> None:
    huge = "9" * 100_000 if field not in ("title", "problem") else "kata " * 20_000
    result = validate_proposal(good(**{field: huge}), ctx())
    errors = [p for p in result.errors if p.field == field]
    assert errors, result.problems
    assert "panjang" in errors[0].message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("-0.4167, 116.9833", (-0.4167, 116.9833)),
        ("-0,4167; 116,9833", (-0.4167, 116.9833)),
        ("0°25'S 116°59'E", (-0.41667, 116.98333)),
        ("0°25' LS 116°59' BT", (-0.41667, 116.98333)),
        ("S 0°25' E 116°59'", (-0.41667, 116.98333)),
        ("https://www.google.com/maps/@-0.4167,116.9833,15z", (-0.4167, 116.9833)),
        ("https://maps.google.com/?q=-0.4167,116.9833", (-0.4167, 116.9833)),
        ("https://maps.google.com/maps?ll=-0.4167,116.9833&z=14", (-0.4167, 116.9833)),
        ("https://www.openstreetmap.org/#map=15/-0.4167/116.9833", (-0.4167, 116.9833)),
        (
            "https://www.openstreetmap.org/?mlat=-0.4167&mlon=116.9833#map=12/-0.3/116.5",
            (-0.4167, 116.9833),
        ),
        ("geo:-0.4167,116.9833", (-0.4167, 116.9833)),
    ],
)
def test_coordinates_as_people_paste_them(text: str, expected: tuple[float, float]) -> None:
    lat, lon = parse_coordinates(text)
    assert lat == pytest.approx(expected[0], abs=1e-4)
    assert lon == pytest.approx(expected[1], abs=1e-4)


@pytest.mark.parametrize(
    "text", ["", "abc", "https://example.com/tempat", "95, 116", "0°25' 116°59'"]
)
def test_unreadable_coordinates_explain_what_to_paste(text: str) -> None:
    with pytest.raises(CoordinateFormatError) as caught:
        parse_coordinates(text)
    assert str(caught.value)


@pytest.mark.parametrize(
    ("text", "machine", "expected"),
    [
        ("12,5", False, 12.5),
        ("1.250", False, 1250.0),
        ("1.250,5", False, 1250.5),
        ("2.125", True, 2.125),
        ("12,5", True, 12.5),
        ("450", True, 450.0),
    ],
)
def test_numbers_the_indonesian_way(text: str, machine: bool, expected: float) -> None:
    assert parse_decimal(text, indonesian=not machine) == expected


def test_satuan_list_and_aliases() -> None:
    codes = [s.code for s in satuan_list()]
    for unit in (
        "m",
        "m²",
        "m³",
        "km",
        "unit",
        "titik",
        "paket",
        "orang",
        "ruang",
        "SR",
        "KK",
        "ha",
        "buah",
        "lokasi",
        "kegiatan",
        "bulan",
    ):
        assert unit in codes
    assert lookup_satuan("M2") is not None and lookup_satuan("M2").code == "m²"  # type: ignore[union-attr]
    assert lookup_satuan("meter kubik").code == "m³"  # type: ignore[union-attr]
    assert lookup_satuan("ember") is None


def test_kukar_box_holds_the_demo_villages_and_context_comes_from_the_database(
    demo_engine: Engine,
) -> None:
    with read_session(demo_engine) as session:
        cycle = session.exec(select(PlanningCycle)).one()
        context = load_rule_context(session, cycle.id)
        proposal = session.exec(select(Proposal).where(Proposal.village_rank == 1)).first()
        assert proposal is not None
        assert context.bbox is not None and context.bbox.approximate
        assert len(context.villages) == 14
        clash = validate_proposal(good(desa_code=proposal.desa_code, village_rank="1"), context)
        same = validate_proposal(
            ProposalInput.from_proposal(proposal), context, proposal_id=proposal.id
        )
    assert "village_rank" in {p.field for p in clash.errors}
    assert same.ok


def test_a_supporting_programme_code_of_a_known_bidang_is_accepted() -> None:
    """7.01.01.2.09.0009 is the nomenclature's X.XX.01.2.09.0009 written under 7.01."""
    known = dataclasses.replace(
        ctx(), sub_kegiatan=frozenset({"1.03.10.2.01.0001", "X.XX.01.2.09.0009"})
    )
    office = validate_proposal(good(sub_kegiatan_code="1.03.01.2.09.0009"), known)
    assert "sub_kegiatan_code" not in {p.field for p in office.warnings}
    unknown = validate_proposal(good(sub_kegiatan_code="9.99.01.2.09.0009"), known)
    assert "sub_kegiatan_code" in {p.field for p in unknown.warnings}


def test_the_bundled_nomenclature_accepts_a_kecamatan_office_need(demo_engine: Engine) -> None:
    """What the scorer suggests for "Rehab kantor camat" passes the checks of a real office."""
    with read_session(demo_engine) as session:
        cycle = session.exec(select(PlanningCycle)).one()
        context = load_rule_context(session, cycle.id)
    suggested = good(sub_kegiatan_code="7.01.01.2.09.0009", bidang_code="7.01")
    checked = validate_proposal(suggested, context)
    assert not {"sub_kegiatan_code", "bidang_code"} & {p.field for p in checked.warnings}
    wrong = validate_proposal(good(sub_kegiatan_code="7.01.01.2.09.0099"), context)
    assert "sub_kegiatan_code" in {p.field for p in wrong.warnings}
