"""The supporting programme's codes (program penunjang urusan pemerintahan daerah).

The nomenclature lists the supporting programme once, under the placeholder ``X.XX.01``: office
buildings, vehicles, furniture, staff training, stationery. A region's plan uses it under the
bidang of the agency that spends it (SIPD writes ``1.02.01.2.07.0002`` for a health office's
operational vehicle, ``7.01.01.2.09.0009`` for the rehabilitation of a kecamatan office), so a
code of that shape is a real sub kegiatan whenever its ``X.XX`` form is in the nomenclature.
Kept free of database and Qt imports: the scorer, the proposal rules and the importers use it.
"""

from __future__ import annotations

import re
from functools import lru_cache

PLACEHOLDER_BIDANG = "X.XX"
SUPPORT_PROGRAM_SEGMENT = "01"
SUPPORT_PREFIX = f"{PLACEHOLDER_BIDANG}.{SUPPORT_PROGRAM_SEGMENT}."  # its kegiatan and items

# bidang, then the supporting programme's segment, then (optionally) kegiatan and sub kegiatan
_INSTANTIATED = re.compile(r"^(\d\.\d{2})\.01((?:\.\d\.\d{2})(?:\.\d{4})?)?$")


def placeholder_form(code: str) -> str | None:
    """``X.XX.01.2.07.0002`` for ``1.02.01.2.07.0002`` (and for a program or kegiatan code of
    that shape); None when ``code`` is not in a bidang's supporting programme."""
    match = _INSTANTIATED.match(code.strip())
    if match is None:
        return None
    return f"{PLACEHOLDER_BIDANG}.{SUPPORT_PROGRAM_SEGMENT}{match.group(2) or ''}"


def is_placeholder(code: str) -> bool:
    return code.strip().upper().startswith(PLACEHOLDER_BIDANG + ".")


def under_bidang(code: str, bidang: str) -> str:
    """The placeholder ``code`` written under ``bidang`` (``X.XX.01.2.07.0002``, ``7.01`` →
    ``7.01.01.2.07.0002``); other codes are returned unchanged."""
    if not is_placeholder(code):
        return code
    return bidang + code.strip()[len(PLACEHOLDER_BIDANG) :]


def known_code(code: str, known: frozenset[str]) -> bool:
    """Whether ``code`` is in ``known`` as written or as a bidang's supporting programme item
    (of a bidang the nomenclature has)."""
    if code in known:
        return True
    placeholder = placeholder_form(code)
    return (
        placeholder is not None
        and placeholder in known
        and code.strip()[:4] in _bidang_of_codes(known)
    )


@lru_cache(maxsize=4)
def _bidang_of_codes(known: frozenset[str]) -> frozenset[str]:
    """The bidang the codes lie in, once per set (a frozenset keeps its hash: one look-up)."""
    return frozenset(k[:4] for k in known if not is_placeholder(k))


def name_of(code: str, names: dict[str, str]) -> str | None:
    """The nomenclature name of ``code``, a supporting programme item taking its placeholder's."""
    name = names.get(code)
    if name is not None:
        return name
    placeholder = placeholder_form(code)
    return names.get(placeholder) if placeholder is not None else None
