"""What the scorer returns for one proposal."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RankedCode:
    code: str
    name: str
    confidence: float  # 0..1


@dataclass(frozen=True, slots=True)
class AgencyChoice:
    code: str
    name: str
    abbreviation: str
    confidence: float


@dataclass(frozen=True, slots=True)
class Kewenangan:
    level: str  # desa, kabupaten, provinsi, pusat
    rule: str  # rule id, e.g. "jalan_nasional", "village_scale", "default"
    evidence: str  # Indonesian sentence


@dataclass(frozen=True, slots=True)
class Component:
    key: str  # rpjmd, renstra, kamus, nomenklatur, kelengkapan, biaya
    label: str
    value: float | None  # 0..100, None when it cannot be judged (data not loaded)
    weight: float
    note: str
    reference: str = ""  # the plan item / kamus item / price used, when any


@dataclass(frozen=True, slots=True)
class ScoreResult:
    id: str
    bidang: tuple[RankedCode, ...]
    agency: AgencyChoice | None
    sub_kegiatan: tuple[RankedCode, ...]
    kewenangan: Kewenangan
    score: int
    components: tuple[Component, ...]
    explanation: tuple[str, ...]
    notes: tuple[str, ...] = ()

    def explanation_text(self) -> str:
        return " ".join((*self.notes, *self.explanation))

    def component(self, key: str) -> Component | None:
        for comp in self.components:
            if comp.key == key:
                return comp
        return None
