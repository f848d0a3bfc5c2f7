"""One module shows and reads Indonesian numbers (common/numbers.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.proposal_io.importer import amount_text
from common.money import MoneyFormatError, parse_rupiah
from common.numbers import (
    NumberFormatError,
    find_number,
    format_fixed,
    format_integer,
    format_number,
    parse_count,
    read_decimal,
)


@pytest.mark.parametrize(
    ("value", "shown"),
    [(0, "0"), (999, "999"), (1250, "1.250"), (1_250_000, "1.250.000"), (-5000, "-5.000")],
)
def test_integers_have_dotted_thousands(value: int, shown: str) -> None:
    assert format_integer(value) == shown


def test_quantities_and_fixed_places() -> None:
    assert format_number(12.999) == "12,999"
    assert format_number(1234567.5) == "1.234.567,5"
    assert format_number(1250.0, decimals=6, grouping=False) == "1250"
    assert format_fixed(72.5, 2) == "72,50"
    assert format_fixed(1536 / 1024, 1) == "1,5"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("12,5", Decimal("12.5")),
        ("1.250", Decimal(1250)),
        ("1.250.000,00", Decimal(1250000)),
        ("1,250.5", Decimal("1250.5")),
        ("1,250,000", Decimal(1250000)),
        (" 1 250 ", Decimal(1250)),
        ("-0,5", Decimal("-0.5")),
    ],
)
def test_one_parser_reads_what_people_type(text: str, number: Decimal) -> None:
    assert read_decimal(text) == number


def test_machine_numbers_and_comma_thousands() -> None:
    assert read_decimal("2.125", indonesian=False) == Decimal("2.125")
    assert read_decimal("2.125") == Decimal(2125)
    assert read_decimal("1,250") == Decimal("1.25")
    assert read_decimal("1,250", comma_thousands=True) == Decimal(1250)


@pytest.mark.parametrize("text", ["", "abc", "1,2,3", "nan", "inf", "1" * 41])
def test_unreadable_numbers_are_refused(text: str) -> None:
    with pytest.raises(NumberFormatError):
        read_decimal(text)


def test_rupiah_and_counts_share_the_parser() -> None:
    assert parse_rupiah("1,250") == 1250  # a Rupiah has no fractions
    assert parse_rupiah("Rp 1.250.000,00") == 1_250_000
    for bad in ("1e5", "+5", "1.250,50"):
        with pytest.raises(MoneyFormatError):
            parse_rupiah(bad)
    assert isinstance(MoneyFormatError("x"), NumberFormatError)
    assert parse_count("1.250") == 1250
    with pytest.raises(NumberFormatError):
        parse_count("12,5")


def test_find_number_in_a_cell_with_units() -> None:
    assert find_number("200 m") == 200.0
    assert find_number("Rp 1.500.000,00") == 1_500_000.0
    assert find_number("1,250") == 1250.0
    assert find_number("-") is None


@pytest.mark.parametrize(
    ("typed", "digits"),
    [
        ("1,5 juta", "1500000"),
        ("1.5 juta", "1500000"),
        ("150jt", "150000000"),
        ("1.500 rb", "1500000"),
        ("2 M", "2000000000"),
        ("Rp. 25.000.000,-", "25.000.000"),
        ("Rp 1.500.000", "1.500.000"),
        ("sekitar sejuta", "sekitar sejuta"),
    ],
)
def test_amounts_as_typed_in_villages(typed: str, digits: str) -> None:
    assert amount_text(typed) == digits


@given(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False).map(lambda v: round(v, 3)))
def test_a_shown_quantity_reads_back(value: float) -> None:
    assert float(read_decimal(format_number(value))) == pytest.approx(value, abs=1e-9)
