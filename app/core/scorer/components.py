"""Score components that do not need the routing index: completeness and cost plausibility."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from app.core.scorer.inputs import ProposalInput
from app.core.scorer.result import Component
from common import money

_SATUAN_ALIASES: dict[str, tuple[str, float]] = {
    "m": ("m", 1.0),
    "meter": ("m", 1.0),
    "mtr": ("m", 1.0),
    "m1": ("m", 1.0),
    "ml": ("m", 1.0),
    "m'": ("m", 1.0),
    "meter lari": ("m", 1.0),
    "km": ("m", 1000.0),
    "kilometer": ("m", 1000.0),
    "m2": ("m2", 1.0),
    "m²": ("m2", 1.0),
    "meter persegi": ("m2", 1.0),
    "mpersegi": ("m2", 1.0),
    "m3": ("m3", 1.0),
    "m³": ("m3", 1.0),
    "meter kubik": ("m3", 1.0),
    "kubik": ("m3", 1.0),
    "unit": ("unit", 1.0),
    "buah": ("unit", 1.0),
    "bh": ("unit", 1.0),
    "titik": ("unit", 1.0),
    "ttk": ("unit", 1.0),
    "lokasi": ("unit", 1.0),
    "set": ("unit", 1.0),
    "paket": ("paket", 1.0),
    "pkt": ("paket", 1.0),
    "kk": ("kk", 1.0),
    "rumah": ("unit", 1.0),
    "orang": ("orang", 1.0),
    "org": ("orang", 1.0),
    "jiwa": ("orang", 1.0),
    "ha": ("ha", 1.0),
    "hektar": ("ha", 1.0),
    "hektare": ("ha", 1.0),
    "ls": ("ls", 1.0),
    "kegiatan": ("kegiatan", 1.0),
    "kali": ("kegiatan", 1.0),
}


@lru_cache(maxsize=1024)  # called twice per proposal; a cycle uses a handful of units
def canonical_satuan(satuan: str) -> tuple[str, float]:
    """``("m", 1000.0)`` for ``"km"``: the base unit and how many base units one satuan is."""
    key = " ".join(satuan.lower().replace(".", " ").split())
    if not key:
        return "", 1.0
    if key in _SATUAN_ALIASES:
        return _SATUAN_ALIASES[key]
    compact = key.replace(" ", "")
    if compact in _SATUAN_ALIASES:
        return _SATUAN_ALIASES[compact]
    return compact, 1.0


@lru_cache(maxsize=4096)
def _format_whole_rupiah(amount: int) -> str:
    return money.format_rupiah(amount)


def rupiah_text(value: float) -> str:
    """The project's one formatter, ``common.money.format_rupiah``, on the rounded amount;
    memoised because the explanations of a batch repeat the same price bounds."""
    return _format_whole_rupiah(round(value))


def positive(value: float | None) -> float | None:
    """``value`` when it is a finite number above zero, else ``None``."""
    if value is None or not math.isfinite(value) or value <= 0:
        return None
    return value


# --- completeness ------------------------------------------------------------------------------

_COMPLETENESS_PARTS = (
    ("uraian", "uraian", 10.0),
    ("volume", "volume", 20.0),
    ("satuan", "satuan", 15.0),
    ("biaya", "biaya", 20.0),
    ("lokasi", "lokasi", 20.0),
    ("foto", "foto", 15.0),
)


def completeness(proposal: ProposalInput, *, content_words: int, weight: float) -> Component:
    return _completeness(
        content_words >= 2,
        positive(proposal.volume) is not None,
        bool(proposal.satuan.strip()),
        positive(proposal.biaya) is not None,
        bool(proposal.desa.strip()) or bool(proposal.has_location),
        None if proposal.photo_count is None else proposal.photo_count > 0,
        weight,
    )


@lru_cache(maxsize=512)  # a handful of distinct states: one (immutable) component each
def _completeness(
    uraian: bool,
    volume: bool,
    satuan: bool,
    biaya: bool,
    lokasi: bool,
    foto: bool | None,
    weight: float,
) -> Component:
    present: dict[str, bool | None] = {
        "uraian": uraian,
        "volume": volume,
        "satuan": satuan,
        "biaya": biaya,
        "lokasi": lokasi,
        "foto": foto,
    }
    earned = total = 0.0
    missing: list[str] = []
    unknown: list[str] = []
    for key, label, points in _COMPLETENESS_PARTS:
        state = present[key]
        if state is None:
            unknown.append(label)
            continue
        total += points
        if state:
            earned += points
        else:
            missing.append(label)
    value = 100.0 * earned / total if total else 0.0
    parts = []
    if missing:
        parts.append("belum ada: " + ", ".join(missing))
    else:
        parts.append("lengkap")
    if unknown:
        parts.append("tidak diketahui: " + ", ".join(unknown))
    return Component("kelengkapan", "Kelengkapan", round(value, 1), weight, "; ".join(parts))


# --- cost plausibility -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PriceReference:
    low: float
    high: float
    source: str  # Indonesian: "kamus usulan «...»", "riwayat siklus (n=5)", "kisaran umum jalan"


def plausibility(unit_cost: float, ref: PriceReference) -> float:
    """100 inside the range; falls by 50 points per doubling outside it."""
    if unit_cost <= 0 or not math.isfinite(unit_cost):
        return 0.0
    if ref.low <= unit_cost <= ref.high:
        return 100.0
    factor = ref.low / unit_cost if unit_cost < ref.low else unit_cost / ref.high
    return max(0.0, 100.0 - 50.0 * math.log2(factor))


def cost_component(
    proposal: ProposalInput, ref: PriceReference | None, *, weight: float
) -> Component:
    label = "Kewajaran biaya"
    biaya, volume = positive(proposal.biaya), positive(proposal.volume)
    if biaya is None:
        return Component("biaya", label, None, weight, "biaya belum diisi")
    if volume is None:
        return Component("biaya", label, None, weight, "volume belum diisi")
    unit, factor = canonical_satuan(proposal.satuan)
    unit_cost = biaya / (volume * factor)
    if not math.isfinite(unit_cost) or unit_cost > 1e15 or unit_cost < 1e-3:
        return Component("biaya", label, 0.0, weight, "biaya satuan tidak masuk akal")
    if ref is None:
        return Component(
            "biaya",
            label,
            None,
            weight,
            f"biaya satuan {rupiah_text(unit_cost)}/{unit or 'satuan'}; tidak ada pembanding harga",
        )
    value = plausibility(unit_cost, ref)
    span = f"{rupiah_text(ref.low)}–{rupiah_text(ref.high)}/{unit}"
    if value >= 100.0:
        verdict = "wajar"
    elif unit_cost > ref.high:
        verdict = "di atas kisaran"
    else:
        verdict = "di bawah kisaran"
    note = f"biaya satuan {rupiah_text(unit_cost)}/{unit} {verdict} {span} ({ref.source})"
    return Component("biaya", label, round(value, 1), weight, note, ref.source)
