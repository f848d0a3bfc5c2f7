"""Rupiah amounts: parsing what operators type or paste, and formatting the Indonesian way."""

from __future__ import annotations

import re

from babel.numbers import format_decimal

_DIGITS_DOT_GROUPS = re.compile(r"^\d{1,3}(\.\d{3})+$")
_DIGITS_COMMA_GROUPS = re.compile(r"^\d{1,3}(,\d{3})+$")


class MoneyFormatError(ValueError):
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
        if re.fullmatch(r".+,0{1,2}", cleaned):
            cleaned = cleaned.rsplit(",", 1)[0]
        if re.fullmatch(r"\d+\.0{1,2}", cleaned):
            cleaned = cleaned.rsplit(".", 1)[0]
        if _DIGITS_DOT_GROUPS.match(cleaned):
            cleaned = cleaned.replace(".", "")
        elif _DIGITS_COMMA_GROUPS.match(cleaned):
            cleaned = cleaned.replace(",", "")
        if not cleaned.isdigit():
            raise MoneyFormatError(f"'{text}' bukan nilai Rupiah (contoh: 1.250.000)")
        value = int(cleaned)
    if value < 0:
        raise MoneyFormatError("nilai Rupiah tidak boleh negatif")
    return value


def format_rupiah(amount: int, *, symbol: bool = True) -> str:
    """``1250000`` → ``Rp 1.250.000``."""
    digits = format_decimal(abs(amount), format="#,##0", locale="id_ID")
    sign = "-" if amount < 0 else ""
    return f"{sign}Rp {digits}" if symbol else f"{sign}{digits}"
