from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from common.dates import format_date_id
from common.money import MoneyFormatError, format_rupiah, parse_rupiah


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Rp 1.250.000", 1_250_000),
        ("1.250.000,00", 1_250_000),
        ("1250000", 1_250_000),
        ("Rp1.000", 1000),
        ("1,250,000", 1_250_000),
        (1_250_000, 1_250_000),
        (1250000.0, 1_250_000),
        ("0", 0),
    ],
)
def test_parse_rupiah(text: str | int | float, value: int) -> None:
    assert parse_rupiah(text) == value


@pytest.mark.parametrize("text", ["-5.000", "12,5", "abc", "", "1.2.3", 1.5, float("nan")])
def test_parse_rupiah_refuses(text: str | float) -> None:
    with pytest.raises(MoneyFormatError):
        parse_rupiah(text)


def test_format_rupiah() -> None:
    assert format_rupiah(1_250_000) == "Rp 1.250.000"
    assert format_rupiah(0) == "Rp 0"


@given(st.integers(min_value=0, max_value=10**15))
def test_format_then_parse_round_trips(amount: int) -> None:
    assert parse_rupiah(format_rupiah(amount)) == amount


def test_indonesian_date() -> None:
    assert format_date_id(date(2025, 2, 25)) == "Selasa, 25 Februari 2025"
