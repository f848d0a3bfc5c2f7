"""Numbers and dates in Indonesian words."""

from __future__ import annotations

from datetime import date

import pytest

from app.core.reports.words import date_figures, date_words, number_words, rupiah_words


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "nol"),
        (1, "satu"),
        (10, "sepuluh"),
        (11, "sebelas"),
        (12, "dua belas"),
        (19, "sembilan belas"),
        (20, "dua puluh"),
        (25, "dua puluh lima"),
        (100, "seratus"),
        (111, "seratus sebelas"),
        (250, "dua ratus lima puluh"),
        (1000, "seribu"),
        (1001, "seribu satu"),
        (1999, "seribu sembilan ratus sembilan puluh sembilan"),
        (2025, "dua ribu dua puluh lima"),
        (100_000, "seratus ribu"),
        (1_000_000, "satu juta"),
        (1_250_000, "satu juta dua ratus lima puluh ribu"),
        (7_166_000_000, "tujuh miliar seratus enam puluh enam juta"),
        (2_000_000_000_000, "dua triliun"),
        (-5, "minus lima"),
    ],
)
def test_number_words(n: int, words: str) -> None:
    assert number_words(n) == words


def test_dates_and_rupiah_in_words() -> None:
    assert date_words(date(2025, 2, 25)) == (
        "Selasa tanggal dua puluh lima bulan Februari tahun dua ribu dua puluh lima"
    )
    assert date_words(date(2027, 2, 11)) == (
        "Kamis tanggal sebelas bulan Februari tahun dua ribu dua puluh tujuh"
    )
    assert date_figures(date(2025, 2, 5)) == "05-02-2025"
    assert rupiah_words(1_250_000) == "satu juta dua ratus lima puluh ribu rupiah"


def test_refuses_what_it_cannot_write() -> None:
    with pytest.raises(ValueError):
        number_words(10**15)
    with pytest.raises(TypeError):
        number_words(True)
