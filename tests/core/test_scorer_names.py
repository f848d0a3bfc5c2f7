"""A title that is a nomenclature name gets that item (planners copy names from SIPD)."""

from __future__ import annotations

import pytest

from app.core.scorer import ConfirmedRouting
from tests.core.conftest_scorer import bundled_scorer, fresh_scorer, proposal


def test_every_sub_kegiatan_name_as_a_title_gets_that_item() -> None:
    """Before this rule the scorer put the named item first for 75% of the names (83% among
    its five), below a plain BM25 over the names: shared words ("kabupaten/kota", "ASN",
    "pendidikan") pulled them to other sectors."""
    scorer = bundled_scorer()
    codes_by_name: dict[str, set[str]] = {}
    for code, name in zip(scorer.sub_codes, scorer.sub_names, strict=True):
        codes_by_name.setdefault(" ".join(name.lower().split()), set()).add(code)
    names = sorted(codes_by_name)
    results = scorer.score_batch(proposal(name, id=str(n)) for n, name in enumerate(names))
    first = five = 0
    missed: list[str] = []
    for name, result in zip(names, results, strict=True):
        ranked = [s.code for s in result.sub_kegiatan]
        accepted = codes_by_name[name]
        first += bool(ranked) and ranked[0] in accepted
        if accepted.isdisjoint(ranked[:5]):
            missed.append(name)
        else:
            five += 1
    assert len(names) > 2000
    assert first / len(names) >= 0.98
    assert five / len(names) >= 0.99, missed[:10]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # worded like an office need, but a civil-service agency item by name
        ("Pengelolaan Mutasi ASN", "5.03.02.2.02.0001"),
        ("Fasilitasi Sertifikasi Fungsional ASN", "5.03.02.2.03.0010"),
        # "kabupaten/kota" had pulled these to the slum programme
        ("Pengelolaan Dana Bagi Hasil Kabupaten/Kota", "5.02.02.2.04.0010"),
        ("Pembinaan Penatausahaan Keuangan Pemerintah Kabupaten/Kota", "5.02.02.2.02.0011"),
        # place names the reference does not know do not hide the name
        ("Pengembangan Konten Digital untuk Pendidikan Kampung Mekarjaya", "1.01.02.2.01.0036"),
    ],
)
def test_a_title_that_is_a_sub_kegiatan_name_gets_that_sub_kegiatan(
    title: str, expected: str
) -> None:
    result = bundled_scorer().score(proposal(title))
    assert result.sub_kegiatan[0].code == expected, [s.code for s in result.sub_kegiatan]
    assert result.bidang[0].code == expected[:4]
    assert "judul usulan sama dengan nama di nomenklatur" in result.explanation_text()


def test_a_title_that_is_a_kegiatan_name_stays_inside_that_kegiatan() -> None:
    result = bundled_scorer().score(
        proposal("Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN")
    )
    assert result.bidang[0].code == "5.03"
    assert result.sub_kegiatan[0].code.startswith("5.03.02.2.01.")


def test_the_offices_own_routing_of_the_same_wording_outranks_the_name() -> None:
    scorer = fresh_scorer()
    title = "Pengelolaan Mutasi ASN"
    scorer.add_confirmation(
        ConfirmedRouting(text=title, bidang_code="7.01", sub_kegiatan_code="7.01.01.2.05.0009")
    )
    result = scorer.score(proposal(title))
    assert result.bidang[0].code == "7.01"
    assert result.sub_kegiatan[0].code == "7.01.01.2.05.0009"
    assert "judul usulan sama" not in result.explanation_text()


def test_kotaku_is_the_slum_programme_and_kota_alone_is_not() -> None:
    scorer = bundled_scorer()
    # the stemmer read "kotaku" as "kota" + "-ku", so every "kota" named the slum programme
    assert "kumuh" in scorer.normaliser.analyse("kotaku").stems
    assert scorer.score(proposal("Program KOTAKU penanganan permukiman")).bidang[0].code == "1.04"
    for title in ("Pembangunan taman kota", "Penetapan rencana induk jaringan LLAJ kabupaten/kota"):
        explanation = scorer.score(proposal(title)).explanation_text()
        assert "permukiman kumuh" not in explanation, explanation
