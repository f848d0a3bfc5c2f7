"""Routing, learning from confirmed routings, explanations, robustness."""

from __future__ import annotations

import dataclasses

from app.core.scorer import ConfirmedRouting, ProposalInput, ScorerReference
from tests.core.conftest_scorer import bundled_reference, bundled_scorer, fresh_scorer, proposal


def test_result_has_three_bidang_agency_five_sub_kegiatan() -> None:
    result = bundled_scorer().score(proposal("Semenisasi jalan RT 05 sepanjang 200 m"))
    assert result.bidang[0].code == "1.03"
    assert len(result.bidang) == 3 and len({b.code for b in result.bidang}) == 3
    assert result.agency is not None and "1.03" in {
        b
        for a in bundled_reference().agencies
        if a.code == result.agency.code
        for b in a.bidang_codes
    }
    assert len(result.sub_kegiatan) == 5
    assert all(s.code.startswith("1.03.") for s in result.sub_kegiatan[:1])
    assert all(s.code.count(".") == 5 for s in result.sub_kegiatan)
    assert len({s.name.lower() for s in result.sub_kegiatan}) == 5  # duplicates by name removed
    confidences = [b.confidence for b in result.bidang]
    assert confidences == sorted(confidences, reverse=True) and 0 < confidences[0] <= 1
    assert 0 <= result.score <= 100


def test_agency_chosen_by_name_among_agencies_of_the_bidang() -> None:
    scorer = bundled_scorer()
    fire = scorer.score(proposal("Pengadaan mobil pemadam kebakaran"))
    assert fire.agency is not None and fire.agency.abbreviation == "DAMKAR"
    disaster = scorer.score(proposal("Mitigasi bencana tanah longsor"))
    assert disaster.agency is not None and disaster.agency.abbreviation == "BPBD"
    estate = scorer.score(proposal("Bantuan bibit kelapa sawit untuk pekebun"))
    assert estate.agency is not None and estate.agency.abbreviation == "DISBUN"


def test_no_agency_when_no_kabupaten_agency_holds_the_bidang() -> None:
    result = bundled_scorer().score(proposal("Rehabilitasi hutan lindung dan reboisasi"))
    assert result.bidang[0].code == "3.28"
    assert result.agency is None
    assert any("tidak ada perangkat daerah" in s for s in result.explanation)


def test_explanation_names_words_plan_items_and_rules() -> None:
    result = bundled_scorer().score(proposal("Semenisasi jln gang RT 03", volume=100, satuan="m"))
    text = result.explanation_text()
    assert "«semenisasi» → jalan" in text  # the matched word and the concept
    assert "Bidang 1.03 Pekerjaan Umum dan Penataan Ruang" in text
    # the sub kegiatan pick: the kind of work and the object, at settlement scale (gang, RT)
    assert f"Sub kegiatan {result.sub_kegiatan[0].code}" in text
    assert "pekerjaan: pembangunan («semenisasi»)" in text
    assert "objek: " in text and "berskala lingkungan/permukiman" in text
    assert result.sub_kegiatan[0].code == "1.03.07.2.01.0001"
    other = bundled_scorer().score(proposal("Rehabilitasi jalan kabupaten ruas Loa Janan"))
    assert "nomenklatur «" in other.explanation_text() and "kata: " in other.explanation_text()
    assert "Kewenangan desa" in text and "Permendesa" in text  # the rule used
    assert "Skor" in text and "Kelengkapan" in text


def test_confirmed_routing_changes_the_next_similar_suggestion() -> None:
    scorer = fresh_scorer()
    text = "Pembangunan balai pertemuan warga"
    before = scorer.score(proposal(text))
    assert before.bidang[0].code != "2.13"
    scorer.add_confirmation(
        ConfirmedRouting(
            text=text,
            bidang_code="2.13",
            agency_code="2.13.01",
            sub_kegiatan_code=None,
            suggested_bidang_code=before.bidang[0].code,
            accepted=False,
        )
    )
    after = scorer.score(proposal("Pembangunan balai pertemuan warga dusun III"))
    assert after.bidang[0].code == "2.13"
    assert after.agency is not None and after.agency.code == "2.13.01"
    assert "rute terkonfirmasi" in after.explanation_text()
    unrelated = scorer.score(proposal("Pengadaan lampu jalan"))
    assert unrelated.bidang[0].code == "2.15"


def test_confirmed_routings_from_the_reference_are_used_at_build() -> None:
    routing = ConfirmedRouting(
        text="Pengadaan tenda pleton", bidang_code="1.05", sub_kegiatan_code=None
    )
    reference = dataclasses.replace(bundled_reference(), confirmed_routings=(routing,))
    result = fresh_scorer(reference).score(proposal("pengadaan tenda pleton untuk desa"))
    assert result.bidang[0].code == "1.05"


def test_confirmed_sub_kegiatan_is_preferred() -> None:
    scorer = fresh_scorer()
    target = "1.03.10.2.01.0009"
    scorer.add_confirmation(
        ConfirmedRouting(text="Perbaikan jalan rusak", bidang_code="1.03", sub_kegiatan_code=target)
    )
    assert scorer.score(proposal("Perbaikan jalan rusak berat")).sub_kegiatan[0].code == target


def test_empty_and_meaningless_text_get_a_note() -> None:
    scorer = bundled_scorer()
    for text in ("", "   ", "!!! 123 ..."):
        result = scorer.score(proposal(text))
        assert result.bidang == () and result.score == 0
        assert "Catatan" in result.explanation_text()
    unknown = scorer.score(proposal("qwrtzx vbnmkl"))
    assert unknown.bidang == () and "tidak ada kata yang dikenali" in unknown.explanation_text()


def test_very_long_text_is_truncated_with_a_note() -> None:
    text = "Pembangunan jalan desa " * 5000  # ~115 KB
    result = bundled_scorer().score(proposal(text))
    assert result.bidang[0].code == "1.03"
    assert any("sangat panjang" in n for n in result.notes)


def test_problem_field_adds_evidence() -> None:
    result = bundled_scorer().score(
        proposal("Pembangunan sarana", problem="air bersih sulit, warga mengambil air dari sungai")
    )
    assert result.bidang[0].code == "1.03"


def test_batch_equals_single() -> None:
    scorer = bundled_scorer()
    items = [proposal(t, id=str(i)) for i, t in enumerate(["Pemasangan PJU", "Rehab RTLH", ""])]
    batch = scorer.score_batch(items)
    assert batch == [scorer.score(p) for p in items]


def test_works_with_a_minimal_reference() -> None:
    ref = bundled_reference()
    minimal = ScorerReference(nomenclature=ref.nomenclature)
    result = fresh_scorer(minimal).score(ProposalInput(id="1", text="Pemasangan PJU"))
    assert result.bidang[0].code == "2.15" and result.agency is None
