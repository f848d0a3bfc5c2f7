"""Numbers and dates in Indonesian words, as a berita acara writes them.

``number_words(2025)`` → ``"dua ribu dua puluh lima"``;
``date_words(date(2025, 2, 25))`` → ``"Selasa tanggal dua puluh lima bulan Februari tahun dua ribu
dua puluh lima"``; ``rupiah_words(1_250_000)`` → ``"satu juta dua ratus lima puluh ribu rupiah"``.
"""

from __future__ import annotations

from datetime import date

from babel.dates import format_date

_UNITS = (
    "nol",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
    "sepuluh",
    "sebelas",
)
_SCALES = (
    (10**12, "triliun"),
    (10**9, "miliar"),
    (10**6, "juta"),
)
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
MAX_NUMBER = 10**15 - 1


def _below_thousand(n: int) -> list[str]:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds == 1:
        words.append("seratus")
    elif hundreds > 1:
        words += [_UNITS[hundreds], "ratus"]
    if rest == 0:
        return words
    if rest < 12:
        words.append(_UNITS[rest])
    elif rest < 20:
        words += [_UNITS[rest - 10], "belas"]
    else:
        tens, ones = divmod(rest, 10)
        words += [_UNITS[tens], "puluh"]
        if ones:
            words.append(_UNITS[ones])
    return words


def number_words(n: int) -> str:
    """A whole number from 0 to 999 triliun in Indonesian words (lower case)."""
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError("number_words takes an int")
    if n < 0:
        return "minus " + number_words(-n)
    if n > MAX_NUMBER:
        raise ValueError(f"{n} is too large to write in words")
    if n == 0:
        return _UNITS[0]
    words: list[str] = []
    rest = n
    for scale, name in _SCALES:
        count, rest = divmod(rest, scale)
        if count:
            words += [*_below_thousand(count), name]
    thousands, rest = divmod(rest, 1000)
    if thousands == 1:
        words.append("seribu")
    elif thousands > 1:
        words += [*_below_thousand(thousands), "ribu"]
    words += _below_thousand(rest)
    return " ".join(words)


def rupiah_words(amount: int) -> str:
    """``1250000`` → ``"satu juta dua ratus lima puluh ribu rupiah"``."""
    return f"{number_words(amount)} rupiah"


def day_name(value: date) -> str:
    return DAYS[value.weekday()]


def month_name(value: date) -> str:
    return MONTHS[value.month - 1]


def date_words(value: date) -> str:
    """ "Selasa tanggal dua puluh lima bulan Februari tahun dua ribu dua puluh lima"."""
    return (
        f"{day_name(value)} tanggal {number_words(value.day)} bulan {month_name(value)} "
        f"tahun {number_words(value.year)}"
    )


def date_figures(value: date) -> str:
    """ "25-02-2025": the figures a berita acara writes after the words."""
    return value.strftime("%d-%m-%Y")


def letter_date(value: date) -> str:
    """ "11 Februari 2027": the date of a place-and-date line above signatures (no weekday)."""
    return format_date(value, format="d MMMM y", locale="id_ID")
