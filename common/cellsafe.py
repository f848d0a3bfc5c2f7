"""Cells that stay text: no formula injection in exported XLSX/CSV, no characters Excel refuses.

A value beginning with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is a formula start
for Excel and LibreOffice (``=HYPERLINK(...)``, DDE ``=cmd|...``). In XLSX such a value is
written as a string cell with Excel's quote prefix, so it shows and re-imports exactly as typed.
CSV has no cell types, so the value gets a leading apostrophe (the convention spreadsheet programs
read as "this is text"); :func:`restore_csv_text` takes it off again on import, so a round trip
gives back the original text. Control characters other than tab and line breaks, which XLSX
cannot hold, are removed.
"""

from __future__ import annotations

import re
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def strip_control(text: str) -> str:
    """``text`` without the control characters XLSX cannot store (tab and newlines stay)."""
    return _ILLEGAL.sub("", text)


def has_control(text: str) -> bool:
    return _ILLEGAL.search(text) is not None


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def csv_text(value: str) -> str:
    """A text value for a CSV cell that no spreadsheet runs as a formula (reversible)."""
    text = strip_control(value)
    if is_formula_like(text) or (text.startswith("'") and _needs_restore(text[1:])):
        return "'" + text
    return text


def _needs_restore(rest: str) -> bool:
    return is_formula_like(rest) or rest.startswith("'")


def restore_csv_text(text: str) -> str:
    """The inverse of :func:`csv_text` on a cell read back from CSV."""
    if text.startswith("'") and _needs_restore(text[1:]):
        return text[1:]
    return text


def set_cell(cell: Any, value: Any) -> Any:
    """Put ``value`` into an openpyxl cell; text always stays text (never a formula)."""
    if isinstance(value, str):
        text = strip_control(value)
        cell.value = text
        if text.startswith("="):
            cell.data_type = "s"  # openpyxl would store it as a formula otherwise
        if is_formula_like(text):
            cell.quotePrefix = True
        return cell
    cell.value = value
    return cell
