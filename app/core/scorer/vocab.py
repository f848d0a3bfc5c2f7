"""Domain vocabulary loaded from ``resources/scorer/*.json`` (never hard-coded here)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.paths import resource

SCORER_RESOURCE_FILES = (
    "abbreviations.json",
    "stopwords.json",
    "stem_overrides.json",
    "thesaurus.json",
    "kewenangan.json",
    "unit_costs.json",
    "routing.json",
)


@dataclass(frozen=True, slots=True)
class Concept:
    id: str
    label: str
    bidang: tuple[tuple[str, float], ...]
    terms: tuple[str, ...]
    expand: tuple[str, ...] = ()
    prefer: tuple[str, ...] = ()
    agency_words: tuple[str, ...] = ()
    village_scale: bool = False
    kewenangan: str | None = None
    generic: bool = (
        False  # an instrument (planning, buildings, capital): the sector named with it wins
    )


@dataclass(frozen=True, slots=True)
class KewenanganRule:
    id: str
    level: str
    terms: tuple[str, ...]
    reason: str


@dataclass(frozen=True, slots=True)
class KewenanganConfig:
    default_level: str
    default_reason: str
    village_budget_limit: float
    rules: tuple[KewenanganRule, ...]
    strong_village_terms: tuple[str, ...]
    weak_village_terms: tuple[str, ...]
    village_reason: str
    kelurahan_reason: str


@dataclass(frozen=True, slots=True)
class RoutingConfig:
    weights: dict[str, float]
    component_weights: dict[str, float]
    administrative_words: tuple[str, ...]
    agency_generic_words: tuple[str, ...]
    request_words: tuple[str, ...]
    # kind of work -> (verbs of a proposal, first words of sub kegiatan names)
    work_kinds: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=dict)
    settlement_markers: tuple[str, ...] = ()
    settlement_prefer: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # an object named in a sub kegiatan name -> words of a proposal that name it
    object_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # a building word ("rumah") followed by what the building is for names a facility
    # ("rumah jamur", "rumah kompos"), not housing, unless the next word names its dwellers
    facility_heads: tuple[str, ...] = ()
    facility_dwellers: tuple[str, ...] = ()
    # verbs that wrap the work ("bantuan bedah rumah"): a work verb after them decides the kind
    wrapper_verbs: tuple[str, ...] = ()
    # an agency's own office needs (building, vehicles, furniture, staff): the supporting
    # programme; unless a village-government word follows ("kantor desa"); with no sector
    # named, the kecamatan's own (office_bidang)
    office_words: tuple[str, ...] = ()
    office_not_after: tuple[str, ...] = ()
    office_bidang: str = ""
    office_next_bidang: tuple[str, ...] = ()
    # "Pelatihan <a skill no concept knows>" is vocational training (training_concept) unless a
    # sector other than its beneficiaries is named
    training_words: tuple[str, ...] = ()
    training_concept: str = ""
    training_beneficiary_concepts: tuple[str, ...] = ()
    training_staff_words: tuple[str, ...] = ()
    # where the work is ("di Desa Tani Makmur", "Kec. Loa Janan"): the name after a place marker
    # is not evidence, and a government-level marker used as a place is not an office request
    place_markers: tuple[str, ...] = ()
    place_markers_after_preposition: tuple[str, ...] = ()
    place_region_markers: tuple[str, ...] = ()
    place_prepositions: tuple[str, ...] = ()
    place_name_max_words: int = 3
    place_name_stops: tuple[str, ...] = ()
    place_marker_attributes: tuple[str, ...] = ()
    place_level_pairs: tuple[str, ...] = ()
    place_street_markers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    place_scope_words: tuple[str, ...] = ()
    place_name_openers: tuple[str, ...] = ()
    place_labels: tuple[str, ...] = ()
    place_label_max_words: int = 4
    field_labels: tuple[str, ...] = ()
    # what offices add besides the work (funding source, stage, people served): not evidence
    note_phrases: tuple[str, ...] = ()
    note_phrases_unmarked: tuple[str, ...] = ()
    note_numbered: tuple[str, ...] = ()
    note_intros: tuple[str, ...] = ()
    note_people_units: tuple[str, ...] = ()
    note_people_intros: tuple[str, ...] = ()
    note_object_verbs: tuple[str, ...] = ()
    note_region_words: tuple[str, ...] = ()
    # for an office need, the kind of work as the supporting programme names it (building an
    # office asset is procuring it) and the asset group a named thing belongs to
    office_kind_as: dict[str, str] = field(default_factory=dict)
    office_object_words: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Vocabulary:
    abbreviations: dict[str, str]
    stopwords: frozenset[str]
    stem_overrides: dict[str, str]
    concepts: tuple[Concept, ...]
    kewenangan: KewenanganConfig
    unit_costs: dict[str, dict[str, tuple[float, float]]]
    routing: RoutingConfig


def _words(raw: dict[str, Any], key: str) -> tuple[str, ...]:
    return tuple(str(w) for w in raw.get(key, ()))


def _load(folder: Path, name: str) -> Any:
    with (folder / name).open(encoding="utf-8") as handle:
        return json.load(handle)


def scorer_resource_dir() -> Path:
    return resource("scorer")


def load_vocabulary(folder: Path | None = None) -> Vocabulary:
    folder = folder or scorer_resource_dir()
    abbreviations = {
        str(k).lower(): str(v)
        for k, v in _load(folder, "abbreviations.json").items()
        if not str(k).startswith("_")
    }
    stopwords = frozenset(str(w).lower() for w in _load(folder, "stopwords.json")["words"])
    overrides = {str(k): str(v) for k, v in _load(folder, "stem_overrides.json")["words"].items()}
    concepts = []
    for raw in _load(folder, "thesaurus.json")["concepts"]:
        concepts.append(
            Concept(
                id=str(raw["id"]),
                label=str(raw.get("label", raw["id"])),
                bidang=tuple((str(k), float(v)) for k, v in raw["bidang"].items()),
                terms=tuple(str(t) for t in raw["terms"]),
                expand=tuple(str(t) for t in raw.get("expand", ())),
                prefer=tuple(str(t) for t in raw.get("prefer", ())),
                agency_words=tuple(str(t) for t in raw.get("agency", ())),
                village_scale=bool(raw.get("village_scale", False)),
                kewenangan=raw.get("kewenangan"),
                generic=bool(raw.get("generic", False)),
            )
        )
    kw = _load(folder, "kewenangan.json")
    rules = tuple(
        KewenanganRule(
            id=str(r["id"]),
            level=str(r["level"]),
            terms=tuple(str(t) for t in r["terms"]),
            reason=str(r["reason"]),
        )
        for r in kw["rules"]
    )
    village = kw["village_qualifiers"]
    kewenangan = KewenanganConfig(
        default_level=str(kw["default_level"]),
        default_reason=str(kw["default_reason"]),
        village_budget_limit=float(kw["village_budget_limit"]),
        rules=rules,
        strong_village_terms=tuple(str(t) for t in village["strong"]),
        weak_village_terms=tuple(str(t) for t in village["weak"]),
        village_reason=str(village["reason"]),
        kelurahan_reason=str(kw["kelurahan_reason"]),
    )
    unit_costs: dict[str, dict[str, tuple[float, float]]] = {}
    for concept_id, by_unit in _load(folder, "unit_costs.json")["ranges"].items():
        unit_costs[str(concept_id)] = {
            str(unit): (float(bounds[0]), float(bounds[1])) for unit, bounds in by_unit.items()
        }
    routing_raw = _load(folder, "routing.json")
    routing = RoutingConfig(
        weights={str(k): float(v) for k, v in routing_raw["weights"].items()},
        component_weights={str(k): float(v) for k, v in routing_raw["components"].items()},
        administrative_words=tuple(str(w) for w in routing_raw["administrative_words"]),
        agency_generic_words=tuple(str(w) for w in routing_raw["agency_generic_words"]),
        request_words=tuple(str(w) for w in routing_raw["request_words"]),
        work_kinds={
            str(kind): (
                tuple(str(w) for w in spec.get("verbs", ())),
                tuple(str(w) for w in spec.get("sub_words", ())),
            )
            for kind, spec in routing_raw.get("work_kinds", {}).items()
        },
        settlement_markers=_words(routing_raw, "settlement_markers"),
        object_words={
            str(k): tuple(str(w) for w in v) for k, v in routing_raw.get("object_words", {}).items()
        },
        settlement_prefer={
            str(k): tuple(str(c) for c in v)
            for k, v in routing_raw.get("settlement_prefer", {}).items()
        },
        facility_heads=_words(routing_raw, "facility_heads"),
        facility_dwellers=_words(routing_raw, "facility_dwellers"),
        wrapper_verbs=_words(routing_raw, "wrapper_verbs"),
        office_words=_words(routing_raw, "office_words"),
        office_not_after=_words(routing_raw, "office_not_after"),
        office_bidang=str(routing_raw.get("office_bidang", "")),
        office_next_bidang=_words(routing_raw, "office_next_bidang"),
        training_words=_words(routing_raw, "training_words"),
        training_concept=str(routing_raw.get("training_concept", "")),
        training_beneficiary_concepts=_words(routing_raw, "training_beneficiary_concepts"),
        training_staff_words=_words(routing_raw, "training_staff_words"),
        place_markers=_words(routing_raw, "place_markers"),
        place_markers_after_preposition=_words(routing_raw, "place_markers_after_preposition"),
        place_region_markers=_words(routing_raw, "place_region_markers"),
        place_prepositions=_words(routing_raw, "place_prepositions"),
        place_name_max_words=int(routing_raw.get("place_name_max_words", 3)),
        place_name_stops=_words(routing_raw, "place_name_stops"),
        place_marker_attributes=_words(routing_raw, "place_marker_attributes"),
        place_level_pairs=_words(routing_raw, "place_level_pairs"),
        place_street_markers={
            str(k): tuple(str(w) for w in v)
            for k, v in routing_raw.get("place_street_markers", {}).items()
        },
        place_scope_words=_words(routing_raw, "place_scope_words"),
        place_name_openers=_words(routing_raw, "place_name_openers"),
        place_labels=_words(routing_raw, "place_labels"),
        place_label_max_words=int(routing_raw.get("place_label_max_words", 4)),
        field_labels=_words(routing_raw, "field_labels"),
        note_phrases=_words(routing_raw, "note_phrases"),
        note_phrases_unmarked=_words(routing_raw, "note_phrases_unmarked"),
        note_numbered=_words(routing_raw, "note_numbered"),
        note_intros=_words(routing_raw, "note_intros"),
        note_people_units=_words(routing_raw, "note_people_units"),
        note_people_intros=_words(routing_raw, "note_people_intros"),
        note_object_verbs=_words(routing_raw, "note_object_verbs"),
        note_region_words=_words(routing_raw, "note_region_words"),
        office_kind_as={str(k): str(v) for k, v in routing_raw.get("office_kind_as", {}).items()},
        office_object_words={
            str(k): tuple(str(w) for w in v)
            for k, v in routing_raw.get("office_object_words", {}).items()
        },
    )
    return Vocabulary(
        abbreviations=abbreviations,
        stopwords=stopwords,
        stem_overrides=overrides,
        concepts=tuple(concepts),
        kewenangan=kewenangan,
        unit_costs=unit_costs,
        routing=routing,
    )
