"""Numbers the Indonesian way, both directions, in one place for the app and the server.

Display goes through Babel's ``id_ID`` locale: ``1.250.000``, ``12,5``, ``12,999``. Reading
goes through one parser, ``read_decimal``: what people type ("12,5", "1.250", "1.250.000,00")
and what programs write ("2.125" from an Excel number cell). ``common.money`` builds Rupiah on
both halves; every other place that shows or reads a number calls these functions.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal, InvalidOperation

from babel.numbers import format_decimal

LOCALE = "id_ID"
NUMBER_TEXT_MAX = 40  # a number typed or pasted is never longer than this

Raw = str | int | float | bool | None

# --- display ----------------------------------------------------------------------------------


def format_integer(value: int | float) -> str:
    """A whole number with dots between thousands: ``1250000`` → ``1.250.000``
    (a float is rounded first)."""
    return str(format_decimal(value, format="#,##0", locale=LOCALE))


def format_number(value: int | float | Decimal, *, decimals: int = 3, grouping: bool = True) -> str:
    """A quantity such as a volume: thousands dotted, decimal comma, up to ``decimals``
    places without trailing zeros: ``1250`` → ``1.250``, ``12.5`` → ``12,5``,
    ``12.999`` → ``12,999`` (never a bare ``12,``). ``grouping=False`` leaves out the
    thousands dots (a value put back into an edit field: ``1250``)."""
    whole = "#,##0" if grouping else "0"
    pattern = whole + "." + "#" * decimals if decimals > 0 else whole
    return str(format_decimal(value, format=pattern, locale=LOCALE))


def format_fixed(value: int | float, decimals: int) -> str:
    """Exactly ``decimals`` places: a score ``72,50``, a size ``1,5`` MB."""
    pattern = "#,##0." + "0" * decimals if decimals > 0 else "#,##0"
    return str(format_decimal(value, format=pattern, locale=LOCALE))


# --- reading ----------------------------------------------------------------------------------


class NumberFormatError(ValueError):
    pass


_MACHINE = re.compile(r"[-+]?\d+(\.\d+)?([eE][-+]?\d+)?")
_DOT_GROUPS = re.compile(r"-?[1-9]\d{0,2}(\.\d{3})+")
_COMMA_GROUPS = re.compile(r"-?\d{1,3}(,\d{3})+")


def short(text: str, limit: int = 30) -> str:
    """A value quoted in a message, cut to ``limit`` characters."""
    return text if len(text) <= limit else text[:limit] + "…"


def read_decimal(text: str, *, indonesian: bool = True, comma_thousands: bool = False) -> Decimal:
    """The one number parser: "12,5" and "1.250" (Indonesian), "12.5", "1,250.5" and
    "1.250.000,00" (the last separator is the decimal one when both appear), "1,250,000".

    With ``indonesian=False`` a plain "2.125" is read as written by a program (an Excel number
    cell: 2.125, not 2125); anything else is still read the Indonesian way. With
    ``comma_thousands`` a single comma before exactly three digits ("1,250") groups thousands
    (amounts that have no fractions); otherwise it is the decimal comma (1,25).
    Raises ``NumberFormatError`` with an Indonesian explanation.
    """
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "")
    if len(cleaned) > NUMBER_TEXT_MAX:
        raise NumberFormatError(f"terlalu panjang untuk sebuah angka ({len(cleaned)} huruf)")
    if not indonesian and _MACHINE.fullmatch(cleaned):
        digits = cleaned  # written by a program: no grouping
    elif "," in cleaned and "." in cleaned:
        if cleaned.rfind(",") > cleaned.rfind("."):
            digits = cleaned.replace(".", "").replace(",", ".")
        else:
            digits = cleaned.replace(",", "")
    elif "," in cleaned:
        if _COMMA_GROUPS.fullmatch(cleaned) and (comma_thousands or cleaned.count(",") > 1):
            digits = cleaned.replace(",", "")
        elif cleaned.count(",") == 1:
            digits = cleaned.replace(",", ".")
        else:
            digits = "x"
    elif _DOT_GROUPS.fullmatch(cleaned):
        digits = cleaned.replace(".", "")
    else:
        digits = cleaned
    try:
        number = Decimal(digits)
    except InvalidOperation:
        raise NumberFormatError(f"'{short(cleaned)}' bukan angka (contoh: 12,5)") from None
    if not number.is_finite():
        raise NumberFormatError("bukan angka")
    return number


def parse_decimal(value: Raw, *, indonesian: bool = True) -> float:
    """A number as typed or as a cell holds it (see ``read_decimal``)."""
    if isinstance(value, bool) or value is None:
        raise NumberFormatError("bukan angka")
    if isinstance(value, int | float):
        number = float(value)
    else:
        number = float(read_decimal(value, indonesian=indonesian))
    if not math.isfinite(number):
        raise NumberFormatError("bukan angka")
    return number


def parse_count(value: Raw) -> int:
    """A whole number of people or a rank: "1.250" and "1250" are both 1250."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    number = parse_decimal(value)
    if not number.is_integer():
        raise NumberFormatError(f"harus bilangan bulat, bukan {number:g}")
    return int(number)


_NOT_NUMBER = re.compile(r"[^0-9,.\-]")


def find_number(raw: object) -> float | None:
    """The number in a cell that may carry a currency or a unit ("Rp 1.500.000,00",
    "200 m"), or None: for reference tables, where an unreadable cell is just missing."""
    if raw is None or isinstance(raw, bool):
        return None
    if isinstance(raw, int | float):
        value = float(raw)
        return value if math.isfinite(value) else None
    text = _NOT_NUMBER.sub("", str(raw).strip())
    try:
        return float(read_decimal(text, comma_thousands=True))
    except NumberFormatError:
        return None
