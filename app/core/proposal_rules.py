"""Validation of one proposal's fields, with messages that explain themselves.

``validate_proposal`` takes what a person typed or a file held (``ProposalInput``: text or
numbers, as given) and returns the typed values plus a list of ``FieldProblem``. An ``error``
blocks saving (the value cannot be stored as typed); a ``warning`` is saved with the proposal
and counted in ``problem_count`` so the list can show and filter proposals that need a look.

Everything the rules need from the database is gathered once in a ``RuleContext``
(``load_rule_context``), so a form can validate on every keystroke and an import of thousands
of rows reads the reference tables once. Nothing here raises on bad input, however long or
strange: a 100 KB paste becomes a clear error on its field.
"""

from __future__ import annotations

import csv
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, ClassVar, Literal
from urllib.parse import parse_qs, unquote, urlparse

from sqlmodel import Session, col, select

from app import paths
from app.core.nomenclature_codes import known_code
from app.core.regions import kecamatan_villages
from app.models import Agency, NomenclatureEntry, PlanningCycle, Proposal
from app.models.proposal import (
    CONTENT_FIELDS,
    KEWENANGAN_LEVELS,
    PROPOSAL_SOURCES,
    ProposalContent,
    bounds,
    field_label,
    max_length,
)
from common.i18n import N_, _
from common.money import MoneyFormatError, format_rupiah, parse_rupiah
from common.numbers import (
    NUMBER_TEXT_MAX,
    NumberFormatError,
    Raw,
    format_integer,
    parse_count,
    parse_decimal,
)
from common.numbers import short as _short

Severity = Literal["error", "warning"]

COORDINATE_TEXT_MAX = 2000  # a map link with its tracking parameters
COST_WARNING = 50_000_000_000  # Rp 50 miliar
BBOX_TOLERANCE = 0.01  # degrees (about 1 km) around the kabupaten's box

SOURCE_LABELS = {
    "musrenbang_desa": N_("Musrenbang Desa/Kelurahan"),
    "kecamatan": N_("Usulan kecamatan"),
    "pokir_dprd": N_("Pokir DPRD"),
}
KEWENANGAN_LABELS = {
    "desa": N_("Desa"),
    "kabupaten": N_("Kabupaten"),
    "provinsi": N_("Provinsi"),
    "pusat": N_("Pusat"),
}
# The form's and the import's labels: the model's, plus the pasted pair that fills both
# latitude and longitude.
FIELD_LABELS = {
    **{name: field_label(name) for name in CONTENT_FIELDS},
    "coordinates": N_("Koordinat"),
}


@dataclass(frozen=True)
class FieldProblem:
    field: str
    message: str
    severity: Severity = "error"

    def __str__(self) -> str:
        return f"{_(FIELD_LABELS.get(self.field, self.field))}: {self.message}"


_INPUT_DEFAULTS: dict[str, Raw] = {
    **{
        name: None if info.is_required() else info.get_default()
        for name, info in ProposalContent.model_fields.items()
    },
    "coordinates": None,
}


class ProposalInput:
    """A proposal as typed or read from a file: every field of ``ProposalContent`` (the
    model's defaults), each as given, text or number, plus ``coordinates``, a pasted pair or
    a map link that wins over ``latitude``/``longitude`` when filled."""

    __slots__ = ("_values",)
    FIELDS: ClassVar[tuple[str, ...]] = tuple(_INPUT_DEFAULTS)
    _values: dict[str, Raw]

    def __init__(self, **values: Raw) -> None:
        unknown = values.keys() - _INPUT_DEFAULTS.keys()
        if unknown:
            raise TypeError(f"ProposalInput has no field {', '.join(sorted(unknown))}")
        object.__setattr__(self, "_values", {**_INPUT_DEFAULTS, **values})

    def __getattr__(self, name: str) -> Raw:
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name: str, value: Raw) -> None:
        if name not in _INPUT_DEFAULTS:
            raise AttributeError(f"ProposalInput has no field {name}")
        self._values[name] = value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ProposalInput) and self._values == other._values

    def __repr__(self) -> str:
        return f"ProposalInput({', '.join(f'{k}={v!r}' for k, v in self._values.items())})"

    def as_dict(self) -> dict[str, Raw]:
        return dict(self._values)

    @classmethod
    def from_proposal(cls, proposal: Proposal) -> ProposalInput:
        return cls(**{name: getattr(proposal, name) for name in CONTENT_FIELDS})

    @classmethod
    def from_mapping(cls, data: dict[str, Any]) -> ProposalInput:
        """From a form's JSON (unknown keys are ignored)."""
        return cls(**{k: v for k, v in data.items() if k in _INPUT_DEFAULTS})


class ProposalValues(ProposalContent):
    """The typed content of a proposal, as stored on ``Proposal``."""

    def as_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in CONTENT_FIELDS}


_BLANK = ProposalValues.model_construct(title="")


def blank_values() -> ProposalValues:
    """Values to fill field by field (nothing validated yet: the rules do that). A copy of one
    blank: ``model_construct`` looks up every field's default each time, a tenth of an import's
    validation; the defaults are immutable, so a shallow copy is the same blank."""
    return _BLANK.model_copy()


@dataclass
class ValidationResult:
    values: ProposalValues
    problems: list[FieldProblem] = field(default_factory=list)

    @property
    def errors(self) -> list[FieldProblem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[FieldProblem]:
        return [p for p in self.problems if p.severity == "warning"]

    @property
    def ok(self) -> bool:
        return not self.errors

    def for_field(self, name: str) -> list[FieldProblem]:
        return [p for p in self.problems if p.field == name]


# --- reference data from resources/ -----------------------------------------------------------


@dataclass(frozen=True)
class SatuanInfo:
    code: str
    name: str
    price_min: int | None
    price_max: int | None


@dataclass(frozen=True)
class BoundingBox:
    code: str
    name: str
    lat_min: float
    lat_max: float
    lon_min: float
    lon_max: float
    approximate: bool

    def contains(self, lat: float, lon: float, tolerance: float = BBOX_TOLERANCE) -> bool:
        return (
            self.lat_min - tolerance <= lat <= self.lat_max + tolerance
            and self.lon_min - tolerance <= lon <= self.lon_max + tolerance
        )


def _satuan_key(text: str) -> str:
    return text.strip().lower().replace("^", "").replace(" ", "").rstrip(".")


@lru_cache(maxsize=1)
def satuan_list() -> tuple[SatuanInfo, ...]:
    """The bundled units (``resources/reference/satuan.csv``), in file order."""
    path = paths.resource("reference", "satuan.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        return tuple(
            SatuanInfo(
                row["satuan"],
                row["nama"],
                int(row["harga_satuan_min"]) if row["harga_satuan_min"] else None,
                int(row["harga_satuan_maks"]) if row["harga_satuan_maks"] else None,
            )
            for row in csv.DictReader(handle)
        )


@lru_cache(maxsize=1)
def _satuan_index() -> dict[str, SatuanInfo]:
    path = paths.resource("reference", "satuan.csv")
    by_code = {s.code: s for s in satuan_list()}
    index: dict[str, SatuanInfo] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            info = by_code[row["satuan"]]
            for name in [row["satuan"], row["nama"], *row["alias"].split(";")]:
                if name.strip():
                    index.setdefault(_satuan_key(name), info)
    return index


def lookup_satuan(text: str) -> SatuanInfo | None:
    """The bundled unit a typed one stands for ("m2", "meter persegi" → m²), or None."""
    return _satuan_index().get(_satuan_key(text))


@lru_cache(maxsize=1)
def bounding_boxes() -> dict[str, BoundingBox]:
    path = paths.resource("reference", "wilayah_bbox.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        return {
            row["kode"]: BoundingBox(
                row["kode"],
                row["nama"],
                float(row["lintang_min"]),
                float(row["lintang_maks"]),
                float(row["bujur_min"]),
                float(row["bujur_maks"]),
                row["perkiraan"].strip().lower() == "ya",
            )
            for row in csv.DictReader(handle)
        }


# --- the context the rules check against -----------------------------------------------------

RankOwner = Callable[[str, int], str | None]


@dataclass
class RuleContext:
    """What the rules check against. ``villages`` maps code → name for the office's kecamatan;
    ``agencies``/``sub_kegiatan`` are None when not loaded (no check then); ``rank_owner``
    answers which proposal already holds a village's rank in the cycle."""

    kecamatan_code: str | None
    villages: dict[str, str]
    bbox: BoundingBox | None = None
    agencies: frozenset[str] | None = None
    sub_kegiatan: frozenset[str] | None = None
    rank_owner: RankOwner | None = None
    _village_names: dict[str, str] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._village_names = {_name_key(name): code for code, name in self.villages.items()}

    def village_by_name(self, name: str) -> str | None:
        key = _name_key(name)
        for prefix in ("desa ", "kelurahan ", "kel ", "ds "):
            if key.startswith(prefix) and key[len(prefix) :] in self._village_names:
                return self._village_names[key[len(prefix) :]]
        return self._village_names.get(key)


def _name_key(name: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", name.lower()).split())


def rank_owner_query(session: Session, cycle_id: str) -> RankOwner:
    """A rank lookup that asks the database each time (for a form)."""

    def owner(desa_code: str, rank: int) -> str | None:
        return session.exec(
            select(Proposal.id).where(
                Proposal.cycle_id == cycle_id,
                Proposal.desa_code == desa_code,
                Proposal.village_rank == rank,
                col(Proposal.deleted).is_(False),
                Proposal.status != "merged",
            )
        ).first()

    return owner


class RankRegistry:
    """Ranks of a whole cycle held in memory, for imports: rows claim ranks as they go."""

    def __init__(self, session: Session, cycle_id: str) -> None:
        self._owners: dict[tuple[str, int], str] = {}
        rows = session.exec(
            select(Proposal.id, Proposal.desa_code, Proposal.village_rank).where(
                Proposal.cycle_id == cycle_id,
                col(Proposal.deleted).is_(False),
                Proposal.status != "merged",
                col(Proposal.village_rank).is_not(None),
            )
        ).all()
        for pid, desa, rank in rows:
            if desa is not None and rank is not None:
                self._owners.setdefault((desa, rank), pid)

    def owner(self, desa_code: str, rank: int) -> str | None:
        return self._owners.get((desa_code, rank))

    def release(self, proposal_id: str) -> None:
        """Forget what ``proposal_id`` held (it is being re-imported with new values)."""
        self._owners = {k: v for k, v in self._owners.items() if v != proposal_id}

    def claim(self, desa_code: str, rank: int, owner: str) -> None:
        self._owners.setdefault((desa_code, rank), owner)


def load_rule_context(
    session: Session, cycle_id: str, *, rank_owner: RankOwner | None = None
) -> RuleContext:
    """The context for the cycle's office: its villages, the kabupaten's box, agencies and
    sub kegiatan codes; ranks are looked up in the database unless ``rank_owner`` is given."""
    cycle = session.get(PlanningCycle, cycle_id)
    kecamatan = cycle.kecamatan_code if cycle else None
    villages: dict[str, str] = {}
    if kecamatan:
        villages = {v.code: v.name for v in kecamatan_villages(session, kecamatan)}
    bbox = bounding_boxes().get(kecamatan.rsplit(".", 1)[0]) if kecamatan else None
    agencies = frozenset(session.exec(select(Agency.code)).all())
    subs = frozenset(
        session.exec(
            select(NomenclatureEntry.code).where(NomenclatureEntry.level == "sub_kegiatan")
        ).all()
    )
    return RuleContext(
        kecamatan_code=kecamatan,
        villages=villages,
        bbox=bbox,
        agencies=agencies or None,
        sub_kegiatan=subs or None,
        rank_owner=rank_owner or rank_owner_query(session, cycle_id),
    )


# --- parsers ----------------------------------------------------------------------------------


class CoordinateFormatError(ValueError):
    pass


_DMS = re.compile(
    r"""(?P<deg>\d{1,3}(?:[.,]\d+)?)\s*(?:°|º|deg|\s)\s*
        (?:(?P<min>\d{1,2}(?:[.,]\d+)?)\s*(?:'|′|’|m|\s)\s*)?
        (?:(?P<sec>\d{1,2}(?:[.,]\d+)?)\s*(?:"|″|”|''|s)?\s*)?
        (?P<hemi>LU|LS|BT|BB|N|S|E|W|U)\b""",
    re.IGNORECASE | re.VERBOSE,
)
_HEMI_PREFIX = re.compile(
    r"(?<![^\s,;])(?P<hemi>LU|LS|BT|BB|N|S|E|W)\s*(?P<rest>\d{1,3}(?:[.,]\d+)?\s*°[^A-Za-z]*)",
    re.IGNORECASE,
)
_NUM = r"[-+]?\d{1,3}(?:[.,]\d+)?"
_PAIR = re.compile(rf"^\s*\(?\s*({_NUM})\s*[,;/\s]\s*({_NUM})\s*\)?\s*$")
_PAIR_DOT = re.compile(r"^\s*\(?\s*([-+]?\d{1,3}(?:\.\d+)?)\s*[,;\s]\s*([-+]?\d{1,3}(?:\.\d+)?)")


def _to_float(text: str) -> float:
    return parse_decimal(text, indonesian=False)


def _check_range(lat: float, lon: float) -> tuple[float, float]:
    """The pair when both are inside the model's ranges for latitude and longitude."""
    if not (math.isfinite(lat) and math.isfinite(lon)):
        raise CoordinateFormatError(_("koordinat bukan angka"))
    lat_low, lat_high = _LAT_RANGE
    lon_low, lon_high = _LON_RANGE
    if not lat_low <= lat <= lat_high:
        if lat_low <= lon <= lat_high and lon_low <= lat <= lon_high:
            raise CoordinateFormatError(
                _(
                    "lintang {lat} di luar {low:g}…{high:g}; lintang dan bujur tampaknya "
                    "tertukar (tulis lintang dulu, contoh: -0.4167, 116.9833)"
                ).format(lat=lat, low=lat_low, high=lat_high)
            )
        raise CoordinateFormatError(
            _("lintang {lat} di luar rentang {low:g}…{high:g}").format(
                lat=lat, low=lat_low, high=lat_high
            )
        )
    if not lon_low <= lon <= lon_high:
        raise CoordinateFormatError(
            _("bujur {lon} di luar rentang {low:g}…{high:g}").format(
                lon=lon, low=lon_low, high=lon_high
            )
        )
    return lat, lon


def _closed_range(name: str) -> tuple[float, float]:
    low, high = bounds(name)
    if low is None or high is None:
        raise KeyError(f"{name} has no closed range")
    return low, high


_LAT_RANGE = _closed_range("latitude")
_LON_RANGE = _closed_range("longitude")


def _from_link(text: str) -> tuple[float, float] | None:
    if "://" not in text and not text.lower().startswith(("geo:", "www.", "maps.", "goo.gl")):
        return None
    if text.lower().startswith("geo:"):
        match = _PAIR_DOT.match(text[4:])
        if match:
            return _to_float(match.group(1)), _to_float(match.group(2))
        return None
    url = urlparse(text if "://" in text else "https://" + text)
    decoded = unquote(text)
    # Google Maps place data: !3d<lat>!4d<lon> is the place itself (the @ is the view centre).
    place = re.search(r"!3d([-+]?\d+(?:\.\d+)?)!4d([-+]?\d+(?:\.\d+)?)", decoded)
    if place:
        return float(place.group(1)), float(place.group(2))
    query = parse_qs(url.query)
    if "mlat" in query and "mlon" in query:
        return float(query["mlat"][0]), float(query["mlon"][0])
    for key in ("q", "query", "ll", "daddr", "center", "destination", "sll"):
        if key in query:
            match = _PAIR_DOT.match(query[key][0].replace("loc:", ""))
            if match:
                return float(match.group(1)), float(match.group(2))
    osm = re.search(r"map=\d+(?:\.\d+)?/([-+]?\d+(?:\.\d+)?)/([-+]?\d+(?:\.\d+)?)", decoded)
    if osm:
        return float(osm.group(1)), float(osm.group(2))
    at = re.search(r"@([-+]?\d+(?:\.\d+)?),([-+]?\d+(?:\.\d+)?)", decoded)
    if at:
        return float(at.group(1)), float(at.group(2))
    path_pair = re.search(r"/([-+]?\d{1,2}\.\d+),\s*([-+]?\d{1,3}\.\d+)", decoded)
    if path_pair:
        return float(path_pair.group(1)), float(path_pair.group(2))
    raise CoordinateFormatError(
        _(
            "tautan peta tidak berisi koordinat; di Google Maps klik kanan titiknya lalu "
            "salin angka koordinatnya, atau bagikan tautan yang memuat '@lintang,bujur'"
        )
    )


def _dms_value(match: re.Match[str]) -> tuple[float, str]:
    value = _to_float(match.group("deg"))
    if match.group("min"):
        value += _to_float(match.group("min")) / 60
    if match.group("sec"):
        value += _to_float(match.group("sec")) / 3600
    hemi = match.group("hemi").upper()
    if hemi in ("S", "LS", "W", "BB"):
        value = -value
    axis = "lat" if hemi in ("N", "S", "LU", "LS", "U") else "lon"
    return value, axis


def parse_coordinates(text: str) -> tuple[float, float]:
    """Latitude and longitude from what people paste.

    Accepts "-0.4167, 116.9833", "-0,4167; 116,9833", "0°25'S 116°59'E", "0°25' LS 116°59' BT",
    Google Maps links (``@lat,lon``, ``?q=lat,lon``, ``ll=``, ``!3d…!4d…``), OpenStreetMap
    links (``#map=z/lat/lon``, ``?mlat=…&mlon=…``) and ``geo:`` URIs. Raises
    ``CoordinateFormatError`` with an Indonesian explanation otherwise.
    """
    cleaned = text.strip()
    if not cleaned:
        raise CoordinateFormatError(_("koordinat kosong"))
    if len(cleaned) > COORDINATE_TEXT_MAX:
        raise CoordinateFormatError(
            _("teks terlalu panjang ({count} huruf) untuk sebuah koordinat").format(
                count=len(cleaned)
            )
        )
    try:
        linked = _from_link(cleaned)
    except ValueError as exc:
        raise CoordinateFormatError(str(exc)) from None
    if linked is not None:
        return _check_range(*linked)
    prefixed = _HEMI_PREFIX.sub(lambda m: f"{m.group('rest')}{m.group('hemi')} ", cleaned)
    for candidate in (cleaned, prefixed):
        dms = list(_DMS.finditer(candidate))
        if len(dms) != 2:
            continue
        values = {axis: value for value, axis in map(_dms_value, dms)}
        if set(values) == {"lat", "lon"}:
            return _check_range(values["lat"], values["lon"])
    if "°" in cleaned:
        raise CoordinateFormatError(
            _(
                "koordinat derajat perlu satu lintang (LU/LS atau N/S) dan satu bujur (BT/BB "
                "atau E/W), contoh: 0°25'S 116°59'E"
            )
        )
    pair = _PAIR.match(cleaned)
    if pair is None and cleaned.count(",") == 3:  # "-0,4167, 116,9833"
        parts = [p.strip() for p in cleaned.split(",")]
        pair = _PAIR.match(f"{parts[0]}.{parts[1]} {parts[2]}.{parts[3]}")
    if pair is not None:
        first, second = pair.group(1), pair.group(2)
        if "," in first and "." not in first and ";" not in cleaned and cleaned.count(",") == 1:
            pair = None  # "0,4167 116" style is ambiguous; fall through to the message
        else:
            return _check_range(_to_float(first), _to_float(second))
    raise CoordinateFormatError(
        _(
            "format koordinat tidak dikenali; contoh: -0.4167, 116.9833 atau 0°25'S "
            "116°59'E, atau tempel tautan Google Maps/OpenStreetMap"
        )
    )


_TRUE = {"ya", "y", "yes", "true", "1", "ada", "sudah", "benar", "v", "x", "√", "✓"}
_FALSE = {"tidak", "t", "no", "false", "0", "belum", "tidak ada", "-", ""}


def parse_flag(value: Raw) -> bool:
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value != 0
    key = value.strip().lower()
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise ValueError(_("'{short}' bukan ya/tidak").format(short=_short(value)))


# --- the rules --------------------------------------------------------------------------------


class _Checker:
    def __init__(self) -> None:
        self.problems: list[FieldProblem] = []

    def error(self, name: str, message: str) -> None:
        self.problems.append(FieldProblem(name, message, "error"))

    def warn(self, name: str, message: str) -> None:
        self.problems.append(FieldProblem(name, message, "warning"))

    def text(
        self, data: ProposalInput, name: str, limit: int | None = None, *, required: bool = False
    ) -> str | None:
        """The trimmed text of a field, at most ``limit`` (the model's max_length) long."""
        limit = max_length(name) if limit is None else limit
        raw = getattr(data, name)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            if required:
                self.error(name, "wajib diisi")
            return None
        text = raw.strip() if isinstance(raw, str) else _number_text(raw)
        if len(text) > limit:
            self.error(
                name,
                f"terlalu panjang: {format_integer(len(text))} huruf, "
                f"maksimum {format_integer(limit)}; ringkas isinya"
                + (" atau pindahkan rincian ke lampiran" if limit >= max_length("problem") else ""),
            )
            return None
        return text

    def number(
        self, data: ProposalInput, name: str, *, indonesian: bool, count: bool = False
    ) -> float | int | None:
        raw = getattr(data, name)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return None
        try:
            if count:
                return parse_count(raw)
            return parse_decimal(raw, indonesian=indonesian)
        except NumberFormatError as exc:
            self.error(name, str(exc))
            return None


def _number_text(value: int | float | bool) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def validate_proposal(
    data: ProposalInput,
    ctx: RuleContext,
    *,
    proposal_id: str | None = None,
    machine_numbers: bool = False,
) -> ValidationResult:
    """Check every field; ``machine_numbers`` when numbers come from Excel cells, not typing."""
    check = _Checker()
    v = blank_values()
    indonesian = not machine_numbers

    v.title = check.text(data, "title", required=True) or ""
    if v.title and len(v.title) < 5:
        check.warn("title", _("terlalu singkat; tulis apa yang diusulkan dan di mana"))
    v.problem = check.text(data, "problem")
    if v.problem is None and "problem" not in {p.field for p in check.problems}:
        check.warn("problem", _("belum diisi; jelaskan masalah yang ingin diatasi usulan ini"))
    v.address = check.text(data, "address")
    v.dusun = check.text(data, "dusun")
    v.rt = check.text(data, "rt")
    v.rw = check.text(data, "rw")

    _check_source(check, data, v)
    _check_desa(check, data, v, ctx)
    _check_coordinates(check, data, v, ctx)
    _check_volume_and_cost(check, data, v, indonesian)
    _check_beneficiaries(check, data, v)
    _check_rank(check, data, v, ctx, proposal_id)
    _check_kewenangan(check, data, v)
    _check_routing(check, data, v, ctx)
    for name in ("land_ready", "land_certificate"):
        try:
            setattr(v, name, parse_flag(getattr(data, name)))
        except ValueError as exc:
            check.error(name, f"{exc}; isi 'ya' atau 'tidak'")
    if v.land_certificate and not v.land_ready:
        check.warn("land_ready", _("sertifikat lahan ada tetapi lahan belum ditandai siap"))
    return ValidationResult(v, check.problems)


def _check_source(check: _Checker, data: ProposalInput, v: ProposalValues) -> None:
    raw = check.text(data, "source", 40)
    if raw is None:
        v.source = "musrenbang_desa"
        return
    key = raw.lower().replace("/", " ").replace("-", " ")
    key = "_".join(key.split())
    aliases = {
        "musrenbang_desa_kelurahan": "musrenbang_desa",
        "musrenbang_kelurahan": "musrenbang_desa",
        "desa": "musrenbang_desa",
        "kelurahan": "musrenbang_desa",
        "usulan_kecamatan": "kecamatan",
        "pokir": "pokir_dprd",
        "pokok_pikiran_dprd": "pokir_dprd",
    }
    key = aliases.get(key, key)
    if key not in PROPOSAL_SOURCES:
        check.error(
            "source",
            _("'{short}' tidak dikenal; pilih {choices}").format(
                short=_short(raw), choices=", ".join(_(label) for label in SOURCE_LABELS.values())
            ),
        )
        return
    v.source = key


def _check_desa(check: _Checker, data: ProposalInput, v: ProposalValues, ctx: RuleContext) -> None:
    raw = check.text(data, "desa_code", 200)
    if raw is None:
        if v.source == "musrenbang_desa" and not any(
            p.field == "desa_code" for p in check.problems
        ):
            check.error("desa_code", "wajib diisi untuk usulan dari Musrenbang Desa/Kelurahan")
        return
    if raw in ctx.villages:
        v.desa_code = raw
        return
    by_name = ctx.village_by_name(raw)
    if by_name is not None:
        v.desa_code = by_name
        return
    where = (
        _("Kecamatan {kecamatan_code}").format(kecamatan_code=ctx.kecamatan_code)
        if ctx.kecamatan_code
        else _("kecamatan ini")
    )
    check.error(
        "desa_code",
        f"'{_short(raw)}' bukan desa/kelurahan di {where}; pilih dari daftar desa kecamatan ini",
    )


def _check_coordinates(
    check: _Checker, data: ProposalInput, v: ProposalValues, ctx: RuleContext
) -> None:
    pasted = data.coordinates
    lat: float | None = None
    lon: float | None = None
    name = "coordinates"
    if isinstance(pasted, str) and pasted.strip():
        try:
            lat, lon = parse_coordinates(pasted)
        except CoordinateFormatError as exc:
            check.error(name, str(exc))
            return
    else:
        raw_lat, raw_lon = data.latitude, data.longitude
        has_lat = raw_lat is not None and str(raw_lat).strip() != ""
        has_lon = raw_lon is not None and str(raw_lon).strip() != ""
        if not has_lat and not has_lon:
            check.warn(name, _("belum diisi; tempel koordinat atau tautan peta lokasinya"))
            return
        if has_lat != has_lon:
            missing = "longitude" if has_lat else "latitude"
            check.error(missing, "lintang dan bujur harus diisi keduanya")
            return
        try:
            lat = _coordinate_number(raw_lat)
            lon = _coordinate_number(raw_lon)
            lat, lon = _check_range(lat, lon)
        except (CoordinateFormatError, NumberFormatError) as exc:
            check.error(name, str(exc))
            return
    v.latitude, v.longitude = round(lat, 7), round(lon, 7)
    box = ctx.bbox
    if box is not None and not box.contains(lat, lon):
        note = _(" (batas wilayah perkiraan)") if box.approximate else ""
        if box.contains(lon, lat):
            message = _("lintang dan bujur tampaknya tertukar; tulis lintang dulu, lalu bujur")
        elif box.contains(-lat, lon):
            message = _("tanda lintang tampaknya terbalik (LU/LS); periksa tanda minusnya")
        else:
            message = _(
                "titik {lat:.5f}, {lon:.5f} berada di luar {name}{note}; periksa "
                "koordinatnya di peta"
            ).format(lat=lat, lon=lon, name=box.name, note=note)
        check.warn(name, message)


def _coordinate_number(raw: Raw) -> float:
    if isinstance(raw, bool) or raw is None:
        raise NumberFormatError(_("koordinat bukan angka"))
    if isinstance(raw, int | float):
        return float(raw)
    text = raw.strip()
    if len(text) > NUMBER_TEXT_MAX:
        raise NumberFormatError(_("terlalu panjang untuk sebuah koordinat"))
    try:
        return parse_decimal(text, indonesian=False)  # a coordinate's dot is its decimal point
    except NumberFormatError:
        raise NumberFormatError(
            _("'{short}' bukan angka koordinat").format(short=_short(text))
        ) from None


def _check_volume_and_cost(
    check: _Checker, data: ProposalInput, v: ProposalValues, indonesian: bool
) -> None:
    volume = check.number(data, "volume", indonesian=indonesian)
    satuan_text = check.text(data, "satuan")
    info: SatuanInfo | None = None
    if satuan_text is not None:
        info = lookup_satuan(satuan_text)
        if info is not None:
            v.satuan = info.code
        else:
            v.satuan = satuan_text
            check.warn(
                "satuan",
                _(
                    "'{short}' tidak ada di daftar satuan; boleh dipakai, tetapi periksa "
                    "ejaannya (contoh: m, m², unit, titik, paket)"
                ).format(short=_short(satuan_text)),
            )
    if volume is not None:
        if volume <= 0:
            check.error("volume", "harus lebih dari 0")
        else:
            v.volume = float(volume)
            if satuan_text is None:
                check.error("satuan", "wajib diisi bila volume diisi (contoh: m, unit, titik)")
    elif satuan_text is not None and not any(p.field == "volume" for p in check.problems):
        check.error("volume", f"wajib diisi bila satuan diisi (berapa {satuan_text}?)")
    elif not any(p.field in ("volume", "satuan") for p in check.problems):
        check.warn("volume", _("volume dan satuan belum diisi; keduanya diperlukan di tabel T-D.4"))

    raw_cost = data.estimated_cost
    if raw_cost is None or (isinstance(raw_cost, str) and not raw_cost.strip()):
        check.warn("estimated_cost", _("belum diisi; perkiraan biaya diperlukan untuk pagu"))
        return
    if isinstance(raw_cost, str) and len(raw_cost.strip()) > NUMBER_TEXT_MAX:
        check.error("estimated_cost", "terlalu panjang untuk sebuah nilai Rupiah")
        return
    try:
        if isinstance(raw_cost, bool):
            raise MoneyFormatError(_("bukan angka"))
        cost = parse_rupiah(raw_cost)
    except MoneyFormatError as exc:
        check.error("estimated_cost", f"{exc}; tulis tanpa desimal, contoh Rp 1.250.000")
        return
    v.estimated_cost = cost
    if cost == 0:
        check.warn("estimated_cost", _("bernilai Rp 0; isi perkiraan biayanya"))
    if cost > COST_WARNING:
        check.warn(
            "estimated_cost",
            _("{cost} melebihi {limit}; periksa jumlah nol-nya").format(
                cost=format_rupiah(cost), limit=format_rupiah(COST_WARNING)
            ),
        )
    if v.volume and cost and info is not None:
        unit_price = cost / v.volume
        if info.price_min is not None and unit_price < info.price_min:
            check.warn(
                "estimated_cost",
                _(
                    "harga per {unit} hanya {price}, tidak wajar; periksa biaya, volume "
                    "dan satuannya"
                ).format(unit=info.code, price=format_rupiah(round(unit_price))),
            )
        elif info.price_max is not None and unit_price > info.price_max:
            check.warn(
                "estimated_cost",
                _(
                    "harga per {unit} {price}, tidak wajar; periksa biaya, volume dan satuannya"
                ).format(unit=info.code, price=format_rupiah(round(unit_price))),
            )


def _check_beneficiaries(check: _Checker, data: ProposalInput, v: ProposalValues) -> None:
    names = (
        ("beneficiaries", "Jumlah"),
        ("beneficiaries_women", "Perempuan"),
        ("beneficiaries_poor", _("Warga miskin")),
        ("beneficiaries_disabled", _("Penyandang disabilitas")),
    )
    values: dict[str, int | None] = {}
    for name, _label in names:
        number = check.number(data, name, indonesian=True, count=True)
        if number is not None and number < 0:
            check.error(name, "tidak boleh negatif")
            number = None
        if number is not None and number > 10_000_000:
            check.error(name, f"{format_integer(number)} orang tidak masuk akal untuk satu usulan")
            number = None
        values[name] = int(number) if number is not None else None
        setattr(v, name, values[name])
    total = values["beneficiaries"]
    for name, label in names[1:]:
        part = values[name]
        if part is None:
            continue
        if total is None:
            check.warn(
                "beneficiaries",
                _("{label} diisi tetapi jumlah penerima manfaat belum").format(label=label),
            )
        elif part > total:
            check.error(name, f"{label} ({part}) melebihi jumlah penerima manfaat ({total})")


def _check_rank(
    check: _Checker,
    data: ProposalInput,
    v: ProposalValues,
    ctx: RuleContext,
    proposal_id: str | None,
) -> None:
    rank = check.number(data, "village_rank", indonesian=True, count=True)
    if rank is None:
        if v.source == "musrenbang_desa" and not any(
            p.field == "village_rank" for p in check.problems
        ):
            check.warn("village_rank", _("belum diisi; isi urutan prioritas dari Musrenbang Desa"))
        return
    if rank < 1 or rank > 100_000:
        check.error("village_rank", "harus 1 atau lebih (1 = prioritas tertinggi)")
        return
    v.village_rank = int(rank)
    if v.desa_code and ctx.rank_owner is not None:
        owner = ctx.rank_owner(v.desa_code, int(rank))
        if owner is not None and owner != proposal_id:
            name = ctx.villages.get(v.desa_code, v.desa_code)
            check.error(
                "village_rank",
                f"peringkat {rank} sudah dipakai usulan lain dari {name} di siklus ini; "
                "setiap usulan desa harus punya peringkat sendiri",
            )


def _check_kewenangan(check: _Checker, data: ProposalInput, v: ProposalValues) -> None:
    raw = check.text(data, "kewenangan", 40)
    if raw is None:
        check.warn("kewenangan", _("belum diisi; pilih desa, kabupaten, provinsi atau pusat"))
        return
    key = raw.lower().replace("kewenangan", "").strip()
    key = {"kab": "kabupaten", "kab.": "kabupaten", "prov": "provinsi", "nasional": "pusat"}.get(
        key, key
    )
    if key not in KEWENANGAN_LEVELS:
        check.error(
            "kewenangan",
            f"'{_short(raw)}' tidak dikenal; pilih desa, kabupaten, provinsi atau pusat",
        )
        return
    v.kewenangan = key
    if key == "desa":
        check.warn(
            "kewenangan",
            _("kewenangan desa didanai APBDes; pertimbangkan status 'Dialihkan ke APBDes'"),
        )


_CODE = re.compile(r"^[0-9A-Za-z][0-9A-Za-z.\-]*$")


def _check_routing(
    check: _Checker, data: ProposalInput, v: ProposalValues, ctx: RuleContext
) -> None:
    for name in (
        "agency_code",
        "bidang_code",
        "program_code",
        "kegiatan_code",
        "sub_kegiatan_code",
        "rpjmd_code",
    ):
        value = check.text(data, name)
        if value is None:
            continue
        if not _CODE.match(value):
            check.error(name, f"'{_short(value)}' bukan kode (contoh: 1.03.10.2.01.0001)")
            continue
        setattr(v, name, value)
    if v.agency_code and ctx.agencies is not None and v.agency_code not in ctx.agencies:
        check.warn(
            "agency_code",
            _("OPD '{agency_code}' tidak ada di daftar OPD").format(agency_code=v.agency_code),
        )
    sub = v.sub_kegiatan_code
    if sub and ctx.sub_kegiatan is not None and not known_code(sub, ctx.sub_kegiatan):
        check.warn(
            "sub_kegiatan_code",
            _("kode '{sub}' tidak ada di nomenklatur sub kegiatan yang dimuat").format(sub=sub),
        )
    if sub and v.bidang_code and not sub.startswith(v.bidang_code + "."):
        check.warn(
            "bidang_code",
            _("sub kegiatan {sub} bukan bagian dari bidang urusan {bidang_code}").format(
                sub=sub, bidang_code=v.bidang_code
            ),
        )
    if v.kewenangan == "kabupaten" and not v.agency_code and sub:
        check.warn("agency_code", _("belum diisi; pilih OPD penanggung jawab"))


def problem_count(result: ValidationResult) -> int:
    """What is stored in ``proposal.problem_count``: every problem found at save."""
    return len(result.problems)
