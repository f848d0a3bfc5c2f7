"""Each score component: completeness, cost plausibility, RPJMD, Renstra, kamus, kewenangan."""

from __future__ import annotations

import dataclasses

import pytest

from app.core.scorer import (
    ConfirmedRouting,
    CostRecord,
    KamusRow,
    PlanItemRow,
    ProposalInput,
    RenstraRow,
)
from app.core.scorer.components import (
    PriceReference,
    canonical_satuan,
    completeness,
    cost_component,
    plausibility,
    rupiah_text,
)
from common.money import format_rupiah
from common.numbers import find_number
from tests.core.conftest_scorer import bundled_reference, bundled_scorer, fresh_scorer, proposal


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1.500.000", 1_500_000.0),
        ("Rp 1.500.000,00", 1_500_000.0),
        ("2,5", 2.5),
        ("1500000", 1_500_000.0),
        ("12.5", 12.5),
        (250, 250.0),
        ("abc", None),
        ("", None),
        (None, None),
        (float("nan"), None),
    ],
)
def test_find_number(raw: object, expected: float | None) -> None:
    assert find_number(raw) == expected


def test_satuan_and_rupiah() -> None:
    assert canonical_satuan("Km") == ("m", 1000.0)
    assert canonical_satuan("meter persegi") == ("m2", 1.0)
    assert canonical_satuan("titik") == ("unit", 1.0)
    assert canonical_satuan("") == ("", 1.0)


def test_rupiah_text_is_the_money_formatter_on_rounded_amounts() -> None:
    assert rupiah_text(1_500_000) == format_rupiah(1_500_000) == "Rp 1.500.000"
    assert rupiah_text(1_499_999.6) == format_rupiah(1_500_000)
    assert rupiah_text(0.4) == "Rp 0"


def test_completeness_counts_known_parts_only() -> None:
    full = ProposalInput(
        id="1", text="x", desa="Perian", volume=10, satuan="m", biaya=1e6, photo_count=2
    )
    assert completeness(full, content_words=3, weight=20).value == 100.0
    bare = ProposalInput(id="2", text="x")
    comp = completeness(bare, content_words=3, weight=20)
    assert comp.value == pytest.approx(100 * 10 / 85, abs=0.1)
    assert "volume" in comp.note and "foto" in comp.note  # missing / unknown are named
    no_photo = dataclasses.replace(full, photo_count=0)
    assert completeness(no_photo, content_words=3, weight=20).value == 85.0


def test_plausibility_curve() -> None:
    ref = PriceReference(100.0, 200.0, "uji")
    assert plausibility(150, ref) == 100.0
    assert plausibility(400, ref) == 50.0
    assert plausibility(25, ref) == 0.0
    assert plausibility(0, ref) == 0.0


def test_cost_component_needs_volume_cost_and_reference() -> None:
    p = ProposalInput(id="1", text="x", volume=100, satuan="m", biaya=50_000_000)
    assert cost_component(dataclasses.replace(p, biaya=None), None, weight=10).value is None
    assert cost_component(dataclasses.replace(p, volume=0), None, weight=10).value is None
    assert cost_component(p, None, weight=10).value is None
    comp = cost_component(p, PriceReference(300_000, 1_000_000, "uji"), weight=10)
    assert comp.value == 100.0 and "Rp 500.000/m" in comp.note


def test_builtin_unit_cost_range_is_used_without_kamus_or_history() -> None:
    scorer = bundled_scorer()
    fair = scorer.score(proposal("Semenisasi jalan", volume=200, satuan="m", biaya=150_000_000))
    assert fair.component("biaya") is not None and fair.component("biaya").value == 100.0  # type: ignore[union-attr]
    crazy = scorer.score(
        proposal("Semenisasi jalan", volume=200, satuan="m", biaya=150_000_000_000)
    )
    assert crazy.component("biaya").value == 0.0  # type: ignore[union-attr]
    assert "di atas kisaran" in crazy.component("biaya").note  # type: ignore[union-attr]


def test_cost_history_median_is_the_reference() -> None:
    code = bundled_scorer().score(proposal("Semenisasi jalan")).sub_kegiatan[0].code
    history = tuple(CostRecord(code, "m", c) for c in (900_000, 1_000_000, 1_100_000))
    scorer = fresh_scorer(dataclasses.replace(bundled_reference(), cost_history=history))
    result = scorer.score(proposal("Semenisasi jalan", volume=100, satuan="m", biaya=100_000_000))
    comp = result.component("biaya")
    assert comp is not None and comp.value == 100.0 and "riwayat" in comp.note


def test_unloaded_components_are_not_judged_and_weights_renormalise() -> None:
    result = bundled_scorer().score(proposal("Semenisasi jalan"))
    for key in ("rpjmd", "renstra", "kamus", "biaya"):
        comp = result.component(key)
        assert comp is not None and comp.value is None
    judged = [c for c in result.components if c.value is not None]
    expected = sum(c.weight * (c.value or 0) for c in judged) / sum(c.weight for c in judged)
    assert result.score == round(expected)
    assert any("Tidak dinilai" in sentence for sentence in result.explanation)


def test_rpjmd_component_links_program_prioritas_to_the_sub_kegiatan() -> None:
    code = bundled_scorer().score(proposal("Semenisasi jalan")).sub_kegiatan[0].code
    program = ".".join(code.split(".")[:3])
    plans = (
        PlanItemRow(
            "S1", "sasaran", "Meningkatnya kemantapan jalan kabupaten", indikator="jalan mantap"
        ),
        PlanItemRow(
            "PP1", "program_prioritas", "Program penyelenggaraan jalan", nomenclature_code=program
        ),
        PlanItemRow("PP2", "program_prioritas", "Program kesehatan", nomenclature_code="1.02.02"),
    )
    scorer = fresh_scorer(dataclasses.replace(bundled_reference(), plan_items=plans))
    comp = scorer.score(proposal("Semenisasi jalan")).component("rpjmd")
    assert comp is not None and comp.value == 100.0 and "PP1" in comp.note
    health = scorer.score(proposal("Pengadaan kursi roda")).component("rpjmd")
    assert health is not None and (health.value or 0) < 100.0


def test_renstra_component_checks_the_agency_plan() -> None:
    result = bundled_scorer().score(proposal("Semenisasi jalan"))
    assert result.agency is not None
    sub = result.sub_kegiatan[0].code
    renstra = (RenstraRow(result.agency.code, "sub_kegiatan", sub, "Pembangunan Jalan"),)
    scorer = fresh_scorer(dataclasses.replace(bundled_reference(), renstra_items=renstra))
    comp = scorer.score(proposal("Semenisasi jalan")).component("renstra")
    assert comp is not None and comp.value == 100.0
    other = scorer.score(proposal("Pembangunan posyandu")).component("renstra")
    assert other is not None and other.value is None  # that OPD's Renstra is not loaded


def test_kamus_component_and_price() -> None:
    kamus = (
        KamusRow("K1", "Pembangunan saluran drainase lingkungan", satuan="m", unit_price=1_000_000),
        KamusRow("K2", "Pengadaan tempat sampah", agency_name="Dinas Lingkungan Hidup"),
    )
    scorer = fresh_scorer(dataclasses.replace(bundled_reference(), kamus_items=kamus))
    result = scorer.score(
        proposal("Pembangunan saluran drainase", volume=100, satuan="m", biaya=400_000_000)
    )
    comp = result.component("kamus")
    assert comp is not None and (comp.value or 0) >= 60 and "drainase" in comp.note
    cost = result.component("biaya")
    assert cost is not None and cost.value is not None and cost.value < 100 and "kamus" in cost.note
    unmatched = scorer.score(proposal("Pelatihan menari")).component("kamus")
    assert unmatched is not None and unmatched.value == 0.0


@pytest.mark.parametrize(
    ("fields", "level", "rule"),
    [
        ({"text": "Peningkatan jalan nasional"}, "pusat", "jalan_nasional"),
        ({"text": "Pengaspalan jalan provinsi"}, "provinsi", "jalan_provinsi"),
        ({"text": "Pembangunan ruang kelas SMA"}, "provinsi", "pendidikan_menengah"),
        ({"text": "Rehab madrasah ibtidaiyah"}, "pusat", "agama"),
        ({"text": "Pemasangan listrik masuk desa"}, "provinsi", "ketenagalistrikan"),
        ({"text": "Pengaspalan jalan poros kecamatan"}, "kabupaten", "jalan_kabupaten"),
        ({"text": "Semenisasi jalan gang RT 03"}, "desa", "skala_desa"),
        ({"text": "Semenisasi jalan di desa Perian", "biaya": 80_000_000.0}, "desa", "skala_desa"),
        ({"text": "Semenisasi jalan desa"}, "desa", "skala_desa"),
        ({"text": "Semenisasi jalan di desa Perian"}, "kabupaten", "default"),
        (
            {"text": "Semenisasi jalan gang RT 03", "biaya": 2_000_000_000.0},
            "kabupaten",
            "melebihi_apbdes",
        ),
        ({"text": "Pembangunan balai desa"}, "desa", "desa_lokal"),
        ({"text": "Pembangunan puskesmas"}, "kabupaten", "default"),
    ],
)
def test_kewenangan_rules(fields: dict[str, object], level: str, rule: str) -> None:
    text = str(fields.pop("text"))
    result = bundled_scorer().score(proposal(text, **fields))
    assert (result.kewenangan.level, result.kewenangan.rule) == (level, rule)
    assert result.kewenangan.evidence.startswith(f"Kewenangan {level}")


def test_kelurahan_has_no_village_budget() -> None:
    kelurahan = next(r for r in bundled_reference().regions if r.level == "kelurahan")
    result = bundled_scorer().score(proposal("Semenisasi jalan gang RT 03", desa=kelurahan.name))
    assert result.kewenangan.level == "kabupaten" and "kelurahan" in result.kewenangan.evidence


def test_rejected_suggestion_is_penalised() -> None:
    scorer = fresh_scorer()
    before = scorer.score(proposal("Pembangunan pos kamling"))
    wrong = before.bidang[0].code
    scorer.add_confirmation(
        ConfirmedRouting(
            text="Pembangunan pos kamling",
            bidang_code="7.01",
            suggested_bidang_code=wrong,
            accepted=False,
        )
    )
    after = scorer.score(proposal("Pembangunan pos kamling dusun II"))
    assert after.bidang[0].code == "7.01"
