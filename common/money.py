"""Rupiah amounts: parsing what operators type or paste, and formatting the Indonesian way
(both on ``common.numbers``)."""

from __future__ import annotations

import re

from common.numbers import NumberFormatError, format_integer, read_decimal

_RUPIAH_TEXT = re.compile(r"[\d.,]+")


class MoneyFormatError(NumberFormatError):
    pass


def parse_rupiah(text: str | int | float) -> int:
    """Parse "Rp 1.250.000", "1.250.000,00", "1250000" or a number into whole Rupiah.

    Negative amounts and fractions of a Rupiah are refused: a pagu or a cost is never either.
    """
    if isinstance(text, bool):
        raise MoneyFormatError("bukan angka")
    if isinstance(text, int):
        value = text
    elif isinstance(text, float):
        if text != text or text in (float("inf"), float("-inf")):
            raise MoneyFormatError("bukan angka")
        if text != int(text):
            raise MoneyFormatError("nilai Rupiah tidak boleh berisi pecahan")
        value = int(text)
    else:
        cleaned = text.strip().replace("\u00a0", " ")
        cleaned = re.sub(r"^(rp\.?)\s*", "", cleaned, flags=re.IGNORECASE).replace(" ", "")
        if cleaned.startswith("-"):
            raise MoneyFormatError("nilai Rupiah tidak boleh negatif")
        refused = MoneyFormatError(f"'{text}' bukan nilai Rupiah (contoh: 1.250.000)")
        if not _RUPIAH_TEXT.fullmatch(cleaned):
            raise refused
        try:
            # A Rupiah has no fractions, so "1,250" groups thousands.
            number = read_decimal(cleaned, comma_thousands=True)
        except NumberFormatError:
            raise refused from None
        if number != number.to_integral_value():
            raise refused
        value = int(number)
    if value < 0:
        raise MoneyFormatError("nilai Rupiah tidak boleh negatif")
    return value


def format_rupiah(amount: int, *, symbol: bool = True) -> str:
    """``1250000`` → ``Rp 1.250.000``."""
    digits = format_integer(abs(amount))
    sign = "-" if amount < 0 else ""
    return f"{sign}Rp {digits}" if symbol else f"{sign}{digits}"
