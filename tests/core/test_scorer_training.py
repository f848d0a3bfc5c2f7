"""Skills training of a skill the thesaurus does not list is vocational training (issue #16)."""

from __future__ import annotations

import pytest

from tests.core.conftest_scorer import bundled_scorer, proposal


@pytest.mark.parametrize(
    "title",
    [
        "Pelatihan Terapis Spa",
        "Pelatihan Teknologi Mekanik",
        "Pelatihan Fotografi untuk pemuda",  # the beneficiary names no sector
        "Kursus Pembuatan Roti bagi ibu-ibu PKK",
        "Pelatihan Teknik Pendingin bagi warga miskin",
    ],
)
def test_training_in_a_skill_no_concept_knows_is_vocational(title: str) -> None:
    result = bundled_scorer().score(proposal(title))
    assert result.bidang[0].code == "2.07"
    assert result.sub_kegiatan[0].code.startswith("2.07.03."), result.sub_kegiatan[0]


def test_office_administration_as_a_skill_is_not_an_office_need() -> None:
    result = bundled_scorer().score(proposal("Pelatihan Administrasi Perkantoran"))
    assert result.bidang[0].code == "2.07"
    assert result.sub_kegiatan[0].code == "2.07.03.2.01.0001"
    assert "program penunjang" not in result.explanation_text()


@pytest.mark.parametrize(
    ("title", "bidang"),
    [
        ("Pelatihan bagi kader posyandu", "1.02"),  # only its beneficiary names the subject
        ("Pelatihan Hidroponik", "3.27"),  # a sector named
        ("Pelatihan Kepemimpinan Pemuda", "2.19"),  # youth work itself, not a beneficiary
        ("Pelatihan Aparatur", "7.01"),  # the agency's own staff: supporting programme
        ("Pelatihan teknis bagi aparatur", "7.01"),
        ("Pelatihan Peningkatan Kemampuan Anggota Sat. Pol. PP", "1.05"),
    ],
)
def test_training_that_names_a_sector_or_staff_keeps_it(title: str, bidang: str) -> None:
    assert bundled_scorer().score(proposal(title)).bidang[0].code == bidang
