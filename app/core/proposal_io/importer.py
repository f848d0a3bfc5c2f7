"""Importing proposals from a village's Excel/CSV file or a SIPD usulan export.

Two steps: ``preview_import`` reads the file and checks every row against the rules and the
database without writing (rows with their problems as sheet, row, column and what to fix, and
what would happen to each: new, update, unchanged, locked); ``commit_import`` then imports in
one write transaction, either everything or nothing (``all_or_nothing``) or only the rows
without errors (``valid_only``). The commit re-checks every row inside its transaction, so a
change made between preview and commit cannot slip a bad row in.

Re-importing a file does not duplicate: a row matches an existing proposal of the cycle by its
number and desa, or (without a number) by the same title in the same desa.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from openpyxl.utils import get_column_letter
from rapidfuzz import fuzz, process
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from app.core.audit import AuditBatch
from app.core.nomenclature_codes import is_placeholder, under_bidang
from app.core.progress import CancelCheck, Progress
from app.core.proposal_io.columns import (
    COLUMN_BY_KEY,
    COLUMNS,
    DESA_NAME,
    NUMBER,
    SIPD_ALIASES,
    SIPD_EXTRA_COLUMNS,
    SIPD_LABELS,
    detect_format,
    known_headers,
)
from app.core.proposal_queries import current_cycle
from app.core.proposal_rules import (
    FIELD_LABELS,
    ProposalInput,
    ProposalValues,
    RankRegistry,
    Severity,
    load_rule_context,
    validate_proposal,
)
from app.core.proposal_service import (
    NumberSequence,
    apply_values,
    insert_proposal,
    new_proposal_rows,
    queue_proposal,
)
from app.core.regions import Village, kecamatan_villages
from app.core.settings import get_settings, save_settings
from app.core.tabular import SourceRow, Table, read_tables
from app.core.workflow import FINAL
from app.errors import Cancelled, UserError
from app.models import Agency, NomenclatureEntry, PlanningCycle, Proposal, Region
from app.models.db import read_session, write_session
from app.models.proposal import CONTENT_FIELDS
from app.models.types import new_uuid
from common.i18n import _
from common.money import parse_rupiah
from common.numbers import NumberFormatError, parse_decimal, read_decimal

ImportMode = Literal["all_or_nothing", "valid_only"]
Action = Literal["new", "update", "unchanged", "locked", "skip"]
MAX_PROBLEMS_IN_MESSAGE = 20
_AGENCY_OF_BIDANG = re.compile(r"^\d\.\d{2}\.")  # agency codes open with their bidang
_SUB_CODE = re.compile(r"\b(\d{1,2}\.\d{2}\.\d{2}\.\d\.\d{2}\.\d{4})\b")
_BIDANG_CODE = re.compile(r"^\d{1,2}\.\d{2}$")


@dataclass(frozen=True)
class RowProblem:
    sheet: str
    row: int | None
    column: str | None
    message: str
    severity: Severity = "error"

    def __str__(self) -> str:
        where = [self.sheet]
        if self.row is not None:
            where.append(_("baris {row}").format(row=self.row))
        if self.column:
            where.append(_("kolom {column}").format(column=self.column))
        return f"{', '.join(where)}: {self.message}"


@dataclass
class RowInput:
    """One file row turned into form input, before the rules."""

    row: int
    data: ProposalInput
    number: str | None
    sipd_status: str | None = None  # the SIPD export's STATUS column, kept as SIPD's
    problems: list[RowProblem] = field(default_factory=list)
    # Where this row's value of a field came from, when the file has several candidates.
    field_columns: dict[str, str] = field(default_factory=dict)
    sheet: str = ""
    table: int = 0
    sipd_id: str | None = None
    pengusul: str | None = None
    agency_confidence: float | None = None
    skip_reason: str | None = None


@dataclass
class PreviewRow:
    row: int
    number: str | None
    values: ProposalValues
    problems: list[RowProblem]
    action: Action
    match_id: str | None = None
    sheet: str = ""
    sipd_id: str | None = None
    agency_confidence: float | None = None
    changes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not any(p.severity == "error" for p in self.problems)

    @property
    def warnings(self) -> list[RowProblem]:
        return [p for p in self.problems if p.severity == "warning"]


@dataclass
class ImportPreview:
    path: Path
    source_name: str
    sheet: str | None
    format: str  # "template" or "sipd"
    cycle_id: str
    sha256: str
    encoding: str | None
    headers: list[str]  # the file's normalised headers, in order
    columns: dict[str, str]  # canonical key → header found in the file
    ignored_columns: list[str]
    inputs: list[RowInput]
    rows: list[PreviewRow]
    file_problems: list[RowProblem]
    skipped: list[PreviewRow] = field(default_factory=list)
    tables: list[tuple[str, list[str]]] = field(default_factory=list)  # (sheet, headers)
    written_headers: dict[str, str] = field(default_factory=dict)  # normalised → as written
    mapping: dict[str, str] = field(default_factory=dict)  # by hand: file header → key
    totals_skipped: int = 0
    desa_names: dict[str, str] = field(default_factory=dict)  # code → name, for showing

    @property
    def skipped_other_region(self) -> int:
        return len(self.skipped)

    @property
    def error_rows(self) -> list[PreviewRow]:
        return [r for r in self.rows if not r.ok]

    @property
    def valid_rows(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.ok]

    @property
    def problems(self) -> list[RowProblem]:
        return self.file_problems + [p for r in self.rows for p in r.problems]

    @property
    def can_import(self) -> bool:
        return not self.file_problems and bool(self.valid_rows)

    def can_import_in(self, mode: str) -> bool:
        """All or nothing needs every row valid; valid-only needs one valid row."""
        if mode == "all_or_nothing":
            return self.can_import and not self.error_rows
        return self.can_import

    def summary(self) -> dict[str, int]:
        counts = {"new": 0, "update": 0, "unchanged": 0, "skipped": len(self.skipped), "error": 0}
        for row in self.rows:
            if not row.ok:
                counts["error"] += 1
            elif row.action in ("new", "update", "unchanged"):
                counts[row.action] += 1
            else:
                counts["skipped"] += 1
        return counts


@dataclass
class ImportOutcome:
    source_name: str
    mode: str
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    locked: int = 0
    rejected_rows: list[int] = field(default_factory=list)
    proposal_ids: list[str] = field(default_factory=list)

    @property
    def imported(self) -> int:
        return self.inserted + self.updated


class ImportRejected(UserError):
    """Nothing was imported; ``problems`` lists every row and column to fix."""

    def __init__(self, problems: list[RowProblem], rows_with_errors: int) -> None:
        errors = [p for p in problems if p.severity == "error"]
        shown = "\n  ".join(str(p) for p in errors[:MAX_PROBLEMS_IN_MESSAGE])
        more = len(errors) - MAX_PROBLEMS_IN_MESSAGE
        tail = _("\n  … dan {more} masalah lain.").format(more=more) if more > 0 else ""
        super().__init__(
            _(
                "Impor dibatalkan, tidak ada usulan yang disimpan: {rows_with_errors} baris "
                "bermasalah.\n  {shown}{tail}"
            ).format(rows_with_errors=rows_with_errors, shown=shown, tail=tail),
            hint=_(
                "Perbaiki baris-baris itu lalu impor lagi, atau pilih impor baris yang valid saja."
            ),
        )
        self.problems = problems


# --- reading the file -------------------------------------------------------------------------


class _Columns:
    """Which file column holds each canonical column, with its letter for messages."""

    def __init__(
        self,
        table: Table,
        aliases: dict[str, tuple[str, ...]],
        mapping: dict[str, str] | None = None,
    ) -> None:
        self.table = table
        self.source_of: dict[str, str] = {}
        present = table.headers
        for header, key in (mapping or {}).items():
            if header in present and key in aliases:
                self.source_of[key] = header
        for key, names in aliases.items():
            if key in self.source_of:
                continue
            for name in (key, *names):
                if name in present and name not in self.source_of.values():
                    self.source_of[key] = name
                    break
        used = set(self.source_of.values())
        self.ignored = [h for h in present if h and h not in used]

    def get(self, row: SourceRow, key: str) -> str:
        source = self.source_of.get(key)
        return row.values.get(source, "").strip() if source else ""

    def has(self, key: str) -> bool:
        return key in self.source_of

    def label(self, key: str | None) -> str | None:
        if key is None or key not in self.source_of:
            return None
        header = self.source_of[key]
        letter = get_column_letter(self.table.headers.index(header) + 1)
        column = COLUMN_BY_KEY.get(key)
        return f"{letter} ({column.header if column else header})"


class _AgencyResolver:
    def __init__(self, session: Session) -> None:
        self.codes: dict[str, str] = {}
        self.names: dict[str, str] = {}
        for agency in session.exec(select(Agency)).all():
            self.codes[agency.code.lower()] = agency.code
            self.names[_key(agency.name)] = agency.code
            if agency.abbreviation:
                self.names.setdefault(_key(agency.abbreviation), agency.code)
        self._choices = list(self.names)

    def resolve(self, text: str) -> str | None:
        return self.resolve_scored(text)[0]

    def resolve_scored(self, text: str) -> tuple[str | None, float | None]:
        """The agency code and how sure the match is (1.0 exact, fuzzy below)."""
        cache = self.__dict__.setdefault("_cache", {})
        if text not in cache:
            cache[text] = self._resolve_scored(text)
        found: tuple[str | None, float | None] = cache[text]
        return found

    def _resolve_scored(self, text: str) -> tuple[str | None, float | None]:
        if not text:
            return None, None
        if text.lower() in self.codes:
            return self.codes[text.lower()], 1.0
        key = _key(text)
        if key in self.names:
            return self.names[key], 1.0
        if self._choices:
            best = process.extractOne(key, self._choices, scorer=fuzz.token_sort_ratio)
            if best is not None and best[1] >= 85:
                return self.names[best[0]], round(best[1] / 100, 2)
            # One name containing the other ("Dinas Pekerjaan Umum" for "... dan Penataan
            # Ruang"), accepted only when a single agency fits.
            contained = process.extract(
                key, self._choices, scorer=fuzz.token_set_ratio, score_cutoff=95, limit=3
            )
            codes = {self.names[name] for name, _score, _i in contained}
            if len(codes) == 1 and len(key.split()) >= 2:
                return codes.pop(), 0.9
            if best is not None:
                return None, round(best[1] / 100, 2)
        return None, None


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text.lower()).split())


# Which column a rule's field is reported on, in order of preference.
_FIELD_COLUMNS: dict[str, tuple[str, ...]] = {
    c.field: (c.key,) for c in COLUMNS if c.field is not None
}
_FIELD_COLUMNS["desa_code"] = ("kode_desa", DESA_NAME)
_FIELD_COLUMNS["coordinates"] = ("koordinat_tautan_peta", "lintang")
_SIPD_FIELD_COLUMNS: dict[str, tuple[str, ...]] = {
    "title": ("usulan",),
    "problem": ("masalah",),
    "address": ("alamat",),
    "desa_code": ("kelurahan", "wilayah", "pengusul"),
    "volume": ("volume",),
    "satuan": ("satuan",),
    "estimated_cost": ("anggaran",),
    "agency_code": ("opd",),
    "sub_kegiatan_code": ("sub_kegiatan",),
    "bidang_code": ("sub_kegiatan",),
    **{c.field: (c.key,) for c in SIPD_EXTRA_COLUMNS if c.field is not None},
    "coordinates": ("lintang",),
}


def _column_for(
    columns: _Columns, fmt: str, field_name: str, origin: dict[str, str] | None = None
) -> str | None:
    table = _SIPD_FIELD_COLUMNS if fmt == "sipd" else _FIELD_COLUMNS
    preferred = (origin or {}).get(field_name)
    for key in (preferred, *table.get(field_name, ())):
        if key is None:
            continue
        if columns.has(key):
            return columns.label(key)
    return None


def _our_row(
    row: SourceRow,
    columns: _Columns,
    agencies: _AgencyResolver,
    sheet: str,
    subs: _SubResolver | None = None,
) -> RowInput:
    data = ProposalInput()
    problems: list[RowProblem] = []
    for column in COLUMNS:
        if column.field is None or column.export_only:
            continue
        setattr(data, column.field, columns.get(row, column.key) or None)
    origin = {"desa_code": "kode_desa", "coordinates": "koordinat_tautan_peta"}
    if not data.desa_code:
        data.desa_code = columns.get(row, DESA_NAME) or None
        origin["desa_code"] = DESA_NAME
    if not data.coordinates:
        origin["coordinates"] = "lintang"
    if data.source is None:
        data.source = "musrenbang_desa"
    if isinstance(data.estimated_cost, str):
        data.estimated_cost = amount_text(data.estimated_cost)
    _split_volume(data)
    if not data.dusun and re.match(r"^(dusun|dsn\.?|lingkungan)\b", sheet, re.IGNORECASE):
        data.dusun = sheet  # one sheet per dusun
    confidence = _resolve_routing(
        row, data, columns, agencies, sheet, problems, "opd", "sub_kegiatan", subs
    )
    return RowInput(
        row.number,
        data,
        columns.get(row, NUMBER) or None,
        None,
        problems,
        origin,
        sheet=sheet,
        agency_confidence=confidence,
    )


class _SubResolver:
    """Sub kegiatan by name: exact, then the only name that starts so (cut short), then fuzzy."""

    def __init__(self, session: Session) -> None:
        self.by_name: dict[str, str] = {}
        for code, name in session.exec(
            select(NomenclatureEntry.code, NomenclatureEntry.name).where(
                NomenclatureEntry.level == "sub_kegiatan"
            )
        ).all():
            self.by_name.setdefault(_key(name), code)
        self._names = sorted(self.by_name)
        self._cache: dict[str, tuple[str | None, float | None]] = {}

    def resolve(self, text: str) -> tuple[str | None, float | None]:
        if text not in self._cache:
            self._cache[text] = self._resolve(text)
        return self._cache[text]

    def _resolve(self, text: str) -> tuple[str | None, float | None]:
        key = _key(re.sub(r"\.{2,}|…", " ", text))
        if not key:
            return None, None
        if key in self.by_name:
            return self.by_name[key], 1.0
        if len(key) >= 12:
            first = bisect.bisect_left(self._names, key)
            starting = []
            for name in self._names[first:]:
                if not name.startswith(key):
                    break
                starting.append(name)
            codes = {self.by_name[n] for n in starting}
            if len(codes) == 1:
                return codes.pop(), 0.95
        if self._names:
            best = process.extractOne(key, self._names, scorer=fuzz.ratio, score_cutoff=88)
            if best is not None:
                return self.by_name[best[0]], round(best[1] / 100, 2)
        return None, None


def _bidang_for_support(data: ProposalInput) -> str:
    """The bidang a supporting-programme item is written under: the row's own, else the one its
    agency's code opens with (7.01.03 → 7.01); empty when neither is known."""
    if data.bidang_code:
        return str(data.bidang_code)
    agency = str(data.agency_code or "")
    return agency[:4] if _AGENCY_OF_BIDANG.match(agency) else ""


def _resolve_routing(
    row: SourceRow,
    data: ProposalInput,
    columns: _Columns,
    agencies: _AgencyResolver,
    sheet: str,
    problems: list[RowProblem],
    opd_key: str,
    sub_key: str,
    subs: _SubResolver | None = None,
) -> float | None:
    opd_text = columns.get(row, opd_key)
    data.agency_code = None
    confidence: float | None = None
    if opd_text:
        code, confidence = agencies.resolve_scored(opd_text)
        if code is None:
            problems.append(
                RowProblem(
                    sheet,
                    row.number,
                    columns.label(opd_key),
                    _(
                        "OPD '{opd_text}' tidak dikenali; usulan diimpor tanpa OPD, pilih OPD-nya "
                        "nanti di formulir"
                    ).format(opd_text=opd_text[:60]),
                    "warning",
                )
            )
        elif confidence is not None and confidence < 1.0:
            problems.append(
                RowProblem(
                    sheet,
                    row.number,
                    columns.label(opd_key),
                    _(
                        "OPD '{opd_text}' dicocokkan dengan {code} (keyakinan {confidence}%); "
                        "periksa OPD-nya"
                    ).format(opd_text=opd_text[:60], code=code, confidence=round(confidence * 100)),
                    "warning",
                )
            )
        data.agency_code = code
    sub_text = columns.get(row, sub_key)
    data.sub_kegiatan_code = None
    if sub_text:
        match = _SUB_CODE.search(sub_text)
        code = match.group(1) if match else None
        if code is None and subs is not None:
            code, sub_confidence = subs.resolve(sub_text)
            if code is not None and sub_confidence is not None and sub_confidence < 1.0:
                problems.append(
                    RowProblem(
                        sheet,
                        row.number,
                        columns.label(sub_key),
                        _(
                            "sub kegiatan '{sub_text}' dicocokkan dengan {code} (keyakinan "
                            "{sub_confidence}%)"
                        ).format(
                            sub_text=sub_text[:60],
                            code=code,
                            sub_confidence=round(sub_confidence * 100),
                        ),
                        "warning",
                    )
                )
        if code is None:
            problems.append(
                RowProblem(
                    sheet,
                    row.number,
                    columns.label(sub_key),
                    _(
                        "sub kegiatan '{sub_text}' tidak ditemukan di nomenklatur (kode contoh "
                        "1.03.10.2.01.0001); sub kegiatan dikosongkan"
                    ).format(sub_text=sub_text[:60]),
                    "warning",
                )
            )
        elif is_placeholder(code) and not _bidang_for_support(data):
            problems.append(
                RowProblem(
                    sheet,
                    row.number,
                    columns.label(sub_key),
                    _(
                        "sub kegiatan '{sub_text}' adalah butir program penunjang; isi OPD atau "
                        "bidang urusannya (mis. 7.01) agar kodenya dapat ditulis; sub kegiatan "
                        "dikosongkan"
                    ).format(sub_text=sub_text[:60]),
                    "warning",
                )
            )
        else:
            # a supporting-programme item is written under the row's bidang (X.XX → 7.01)
            code = under_bidang(code, _bidang_for_support(data))
            data.sub_kegiatan_code = code
            parts = code.split(".")
            if not data.bidang_code:
                data.bidang_code = ".".join(parts[:2])
            data.program_code = ".".join(parts[:3])
            data.kegiatan_code = ".".join(parts[:5])
    return confidence


_SCALE = {
    "rb": 1_000,
    "ribu": 1_000,
    "k": 1_000,
    "jt": 1_000_000,
    "juta": 1_000_000,
    "m": 1_000_000_000,
    "milyar": 1_000_000_000,
    "miliar": 1_000_000_000,
    "t": 1_000_000_000_000,
    "triliun": 1_000_000_000_000,
}
_AMOUNT = re.compile(
    r"^(?:rp\.?)?\s*([0-9][0-9.,]*)\s*(rb|ribu|k|jt|juta|m|milyar|miliar|t|triliun)?\.?\s*(?:,-)?$",
    re.IGNORECASE,
)


def amount_text(text: str | None) -> str | None:
    """Amounts as typed in villages ("Rp 1.500.000", "1,5 juta", "150jt", "Rp. 25.000.000,-")
    as whole Rupiah digits; anything else is returned as it was, for the rules to report."""
    if not text:
        return text
    match = _AMOUNT.match(text.strip().lower().replace(" ", " "))
    if match is None:
        return text
    number, unit = match.group(1), match.group(2)
    if unit is None:
        plain = re.sub(r"^rp\.?\s*", "", text.strip(), flags=re.IGNORECASE)
        return plain.removesuffix(",-").strip()
    scale = _SCALE[unit.lower()]
    try:
        # "1,5 juta" and "1.5 juta" are one and a half; "1.500 rb" is a thousand five hundred.
        amount = read_decimal(number.rstrip(".,"))
    except NumberFormatError:
        return text
    value = int(amount * scale)
    return str(value)


_VOLUME_UNIT = re.compile(r"^\s*([0-9]+(?:[.,][0-9]+)?)\s*([A-Za-z][A-Za-z0-9²³/ .]{0,20})\s*$")


def _split_volume(data: ProposalInput) -> None:
    """ "200 m" in the volume cell: volume 200, satuan m (when the satuan is empty)."""
    if isinstance(data.volume, str) and not data.satuan:
        match = _VOLUME_UNIT.match(data.volume)
        if match:
            data.volume = match.group(1)
            data.satuan = match.group(2).strip()


def _region_name(text: str) -> str:
    text = re.sub(
        r"^(kab\.?|kabupaten|kota|kec\.?|kecamatan|distrik|kel\.?|kelurahan|desa|ds\.?)\s+",
        "",
        text.strip(),
        flags=re.IGNORECASE,
    )
    return _key(text)


@dataclass
class _Office:
    kecamatan: str | None
    kabupaten: str | None


def _sipd_row(
    row: SourceRow,
    columns: _Columns,
    agencies: _AgencyResolver,
    sheet: str,
    office: _Office,
    subs: _SubResolver | None = None,
) -> RowInput:
    problems: list[RowProblem] = []
    data = ProposalInput(
        title=columns.get(row, "usulan") or None,
        problem=columns.get(row, "masalah") or None,
        address=columns.get(row, "alamat") or None,
        volume=columns.get(row, "volume") or None,
        satuan=columns.get(row, "satuan") or None,
        estimated_cost=amount_text(columns.get(row, "anggaran")) or None,
        source="musrenbang_desa",
    )
    # The app's own columns for what SIPD has no column for (its export in SIPD's layout).
    for column in SIPD_EXTRA_COLUMNS:
        if column.field is not None and columns.has(column.key):
            setattr(data, column.field, columns.get(row, column.key) or None)
    if data.source is None:
        data.source = "musrenbang_desa"
    _split_volume(data)
    origin = {"desa_code": "kelurahan"}
    if not data.estimated_cost:
        price = amount_text(columns.get(row, "harga_satuan"))
        if price and data.volume:
            try:
                volume = parse_decimal(data.volume, indonesian=False)
                data.estimated_cost = str(round(volume * parse_rupiah(price)))
                origin["estimated_cost"] = "harga_satuan"
            except NumberFormatError:
                pass
    skip: str | None = None
    kab_text = columns.get(row, "kabupaten")
    kec_text = columns.get(row, "kecamatan")
    desa = columns.get(row, "kelurahan")
    region_text = columns.get(row, "wilayah")
    if not desa and region_text:
        origin["desa_code"] = "wilayah"
        parts = [p.strip() for p in re.split(r"\s*[/|>,;]\s*|\s+-\s+", region_text) if p.strip()]
        desa = parts[-1] if parts else ""
        if len(parts) >= 2 and not kec_text:
            kec_text = parts[-2]
        if len(parts) >= 3 and not kab_text:
            kab_text = parts[-3]
    if office.kabupaten and kab_text and _region_name(kab_text) != _region_name(office.kabupaten):
        skip = _("kabupaten/kota lain ({kab_text})").format(kab_text=kab_text)
    elif office.kecamatan and kec_text and _region_name(kec_text) != _region_name(office.kecamatan):
        skip = _("kecamatan lain ({kec_text})").format(kec_text=kec_text)
    if not desa:
        desa = columns.get(row, "pengusul")
        origin["desa_code"] = "pengusul"
    desa = re.sub(r"^(kel\.?|kelurahan|desa|ds\.?)\s+", "", desa, flags=re.IGNORECASE)
    data.desa_code = desa or None
    confidence: float | None = None
    if skip is None:
        opd_key = "opd_akhir" if columns.get(row, "opd_akhir") else "opd"
        confidence = _resolve_routing(
            row, data, columns, agencies, sheet, problems, opd_key, "sub_kegiatan", subs
        )
    if not columns.has("kewenangan"):
        data.kewenangan = "kabupaten"  # SIPD usulan addressed to an OPD are kabupaten authority
    status = columns.get(row, "status") or None
    sipd_id = columns.get(row, "id") or None
    return RowInput(
        row.number,
        data,
        sipd_id,
        status,
        problems,
        origin,
        sheet=sheet,
        sipd_id=sipd_id,
        pengusul=columns.get(row, "pengusul") or None,
        agency_confidence=confidence,
        skip_reason=skip,
    )


# --- evaluation (shared by preview and commit) ----------------------------------------------


@dataclass
class _Existing:
    id: str
    status: str
    values: dict[str, object]
    sipd_status: str | None = None


def _existing(
    session: Session, cycle_id: str
) -> tuple[
    dict[tuple[str, str | None], _Existing],
    dict[tuple[str, str | None], _Existing],
    dict[str, _Existing],
]:
    by_sipd: dict[str, _Existing] = {}
    by_number: dict[tuple[str, str | None], _Existing] = {}
    by_title: dict[tuple[str, str | None], _Existing] = {}
    for proposal in session.exec(
        select(Proposal).where(Proposal.cycle_id == cycle_id, col(Proposal.deleted).is_(False))
    ).all():
        item = _Existing(
            proposal.id,
            proposal.status,
            {name: getattr(proposal, name) for name in CONTENT_FIELDS},
            proposal.sipd_status,
        )
        if proposal.sipd_id:
            by_sipd.setdefault(proposal.sipd_id, item)
        if proposal.number:
            by_number.setdefault((proposal.number, proposal.desa_code), item)
        by_title.setdefault((_key(proposal.title), proposal.desa_code), item)
    return by_number, by_title, by_sipd


def _evaluate(
    session: Session,
    cycle_id: str,
    inputs: list[RowInput],
    columns_list: list[_Columns],
    fmt: str,
    sheet_default: str,
    machine_numbers: bool,
    progress: Progress | None,
    cancelled: CancelCheck | None,
) -> list[PreviewRow]:
    ranks = RankRegistry(session, cycle_id)
    ctx = load_rule_context(session, cycle_id, rank_owner=ranks.owner)
    by_number, by_title, by_sipd = _existing(session, cycle_id)
    seen: dict[tuple[str, str | None], int] = {}
    rows: list[PreviewRow] = []
    total = len(inputs)
    for index, item in enumerate(inputs):
        if index % 25 == 0:
            if cancelled is not None and cancelled():
                raise Cancelled()
            if progress is not None:
                progress(index, total)
        columns = columns_list[item.table] if item.table < len(columns_list) else columns_list[0]
        sheet = item.sheet or sheet_default
        # Find the proposal this row stands for before the rules, so its own rank is no clash.
        probe = validate_proposal(item.data, ctx, machine_numbers=machine_numbers)
        desa = probe.values.desa_code
        match: _Existing | None = None
        if item.sipd_id and item.sipd_id in by_sipd:
            match = by_sipd[item.sipd_id]
        elif item.number:
            match = by_number.get((item.number, desa))
        elif probe.values.title:
            match = by_title.get((_key(probe.values.title), desa))
        # The proposal's own id only changes the rank check: it lets the row keep the rank
        # the proposal holds. Without a match, or without a rank error in the probe (no
        # rank clash to lift), the rules would give exactly the probe's result again.
        result = (
            validate_proposal(item.data, ctx, proposal_id=match.id, machine_numbers=machine_numbers)
            if match is not None and any(p.field == "village_rank" for p in probe.errors)
            else probe
        )
        problems = list(item.problems)
        for problem in result.problems:
            problems.append(
                RowProblem(
                    sheet,
                    item.row,
                    _column_for(columns, fmt, problem.field, item.field_columns)
                    or FIELD_LABELS.get(problem.field, problem.field),
                    problem.message,
                    problem.severity,
                )
            )
        key = (item.number or "#" + _key(result.values.title), desa)
        if key in seen:
            problems.append(
                RowProblem(
                    sheet,
                    item.row,
                    columns.label(NUMBER if fmt == "template" else "id")
                    if item.number
                    else _column_for(columns, fmt, "title"),
                    _(
                        "usulan yang sama dengan baris {seen} (nomor/judul dan desa sama); hapus "
                        "salah satunya"
                    ).format(seen=seen[key]),
                )
            )
        else:
            seen[key] = item.row
        action: Action = "new"
        changes: list[str] = []
        if match is not None:
            changes = _changes(match.values, result.values)
            if item.sipd_id and (item.sipd_status or None) != match.sipd_status:
                changes.append("sipd_status")
            if match.status in FINAL or match.status == "merged":
                action = "locked"
            elif not changes:
                action = "unchanged"
            else:
                action = "update"
        preview = PreviewRow(
            item.row,
            item.number,
            result.values,
            problems,
            action,
            match.id if match else None,
            sheet=sheet,
            sipd_id=item.sipd_id,
            agency_confidence=item.agency_confidence,
            changes=changes,
        )
        if preview.ok and result.values.desa_code and result.values.village_rank:
            ranks.claim(
                result.values.desa_code,
                result.values.village_rank,
                match.id if match else f"row-{item.row}",
            )
        rows.append(preview)
    if progress is not None:
        progress(total, total)
    return rows


def _changes(existing: dict[str, object], values: ProposalValues) -> list[str]:
    """The content fields a row would change on its proposal."""
    new = values.as_dict()
    changed: list[str] = []
    for name, old in existing.items():
        value = new[name]
        if isinstance(old, float) or isinstance(value, float):
            if old is None or value is None:
                if old != value:
                    changed.append(name)
            elif abs(float(old) - float(value)) > 1e-7:  # type: ignore[arg-type]
                changed.append(name)
        elif old != value:
            changed.append(name)
    return changed


def _aliases(fmt: str) -> dict[str, tuple[str, ...]]:
    if fmt == "sipd":
        # SIPD's own columns claim their headers first; then the app's columns it appends.
        return {**SIPD_ALIASES, **{c.key: c.aliases for c in SIPD_EXTRA_COLUMNS}}
    return {c.key: c.aliases for c in COLUMNS}


def mappable_fields(fmt: str) -> dict[str, str]:
    """Canonical key → label, for mapping an unrecognised column by hand."""
    if fmt == "sipd":
        labels = {key: SIPD_LABELS.get(key, key) for key in SIPD_ALIASES}
        return {**labels, **{c.key: c.header for c in SIPD_EXTRA_COLUMNS}}
    return {c.key: c.header for c in COLUMNS if not c.export_only}


def _required_missing(
    columns: _Columns, fmt: str, sheet: str, desa_from_title: bool = False
) -> list[RowProblem]:
    problems: list[RowProblem] = []
    title_key = "usulan" if fmt == "sipd" else "judul_usulan"
    if not columns.has(title_key):
        names = (
            _("Usulan") if fmt == "sipd" else _("Judul Usulan (atau Nama Usulan, Judul, Usulan)")
        )
        problems.append(
            RowProblem(
                sheet,
                1,
                None,
                _("kolom {names} tidak ada di baris judul; gunakan templat dari aplikasi").format(
                    names=names
                ),
            )
        )
    if (
        fmt == "template"
        and not desa_from_title
        and not (columns.has("kode_desa") or columns.has(DESA_NAME))
    ):
        problems.append(
            RowProblem(
                sheet, 1, None, _("kolom Desa/Kelurahan atau Kode Desa tidak ada di baris judul")
            )
        )
    if fmt == "sipd" and not (
        columns.has("kelurahan") or columns.has("wilayah") or columns.has("pengusul")
    ):
        problems.append(
            RowProblem(
                sheet,
                1,
                None,
                _("kolom Kab/Kec/Kel, Kelurahan atau Pengusul tidak ada di baris judul"),
            )
        )
    return problems


def _resolve_cycle(session: Session, cycle_id: str | None) -> PlanningCycle:
    cycle = session.get(PlanningCycle, cycle_id) if cycle_id else current_cycle(session)
    if cycle is None:
        raise UserError(
            _("Belum ada siklus perencanaan untuk menampung usulan."),
            hint=_("Selesaikan wizard awal (atau jalankan `musrenbang demo`) lalu impor lagi."),
        )
    return cycle


def _title_village(
    table: Table, villages: list[Village], kecamatan: str | None
) -> tuple[Village, int, str] | None:
    """The village a title row above the header names ("DAFTAR USULAN DESA ..."), when the
    title rows name exactly one village of the kecamatan; with its row and text."""
    padded = {v.code: f" {_key(v.name)} " for v in villages}
    kec = _key(kecamatan or "")
    named: dict[str, tuple[Village, int, str]] = {}
    for number, text in table.title_rows:
        key = f" {_key(text)} "
        if kec:  # "KECAMATAN TENGGARONG" names the kecamatan, not a village
            key = re.sub(rf" (?:kecamatan|kec) {re.escape(kec)} ", " ", key)
        found = [v for v in villages if padded[v.code] in key]
        # "Loa Ipuh" inside "Loa Ipuh Darat": the longer name is the one meant.
        found = [
            v
            for v in found
            if not any(o is not v and padded[v.code] in padded[o.code] for o in found)
        ]
        for village in found:
            named.setdefault(village.code, (village, number, text))
    return next(iter(named.values())) if len(named) == 1 else None


def preview_import(
    engine: Engine,
    path: Path,
    *,
    cycle_id: str | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    mapping: dict[str, str] | None = None,
) -> ImportPreview:
    """Read and check the whole file without writing anything.

    Every sheet with a recognised header is read (one sheet per dusun); rows of another
    kecamatan or kabupaten are skipped and counted; ``mapping`` maps file headers the app
    does not know (normalised) to a field by hand.
    """
    path = Path(path)
    tables = read_tables(path, known=known_headers())
    digest = _sha256(path)
    first = tables[0]
    fmt = detect_format(first.headers)
    if mapping is None:
        mapping = remembered_mapping(first.headers)
    mapping = dict(mapping)
    columns_list = [_Columns(t, _aliases(fmt), mapping) for t in tables]
    columns = columns_list[0]
    sheet = first.sheet or first.source_name
    machine = path.suffix.lower() in (".xlsx", ".xlsm")
    written: dict[str, str] = {}
    for table in tables:
        for key, text in zip(table.headers, table.raw_headers, strict=False):
            if key:
                written.setdefault(key, text)
    with read_session(engine) as session:
        cycle = _resolve_cycle(session, cycle_id)
        villages = kecamatan_villages(session, cycle.kecamatan_code)
        region = session.get(Region, cycle.kecamatan_code)
        # A village's own list often has no Desa column, only its name in the title row.
        title_desa = [
            _title_village(t, villages, region.name if region else None)
            if fmt == "template" and not (c.has("kode_desa") or c.has(DESA_NAME))
            else None
            for t, c in zip(tables, columns_list, strict=True)
        ]
        file_problems = _required_missing(columns, fmt, sheet, title_desa[0] is not None)
        if not any(t.rows for t in tables):
            file_problems.append(
                RowProblem(sheet, None, None, _("berkas tidak berisi baris usulan"))
            )
        inputs: list[RowInput] = []
        rows: list[PreviewRow] = []
        skipped: list[PreviewRow] = []
        if not file_problems:
            agencies = _AgencyResolver(session)
            subs = _SubResolver(session)
            kabupaten = (
                session.get(Region, region.parent_code) if region and region.parent_code else None
            )
            office = _Office(region.name if region else None, kabupaten.name if kabupaten else None)
            for index, (table, cols) in enumerate(zip(tables, columns_list, strict=True)):
                table_sheet = table.sheet or table.source_name
                cleaned: dict[int, list[str]] = {}
                for number, header in table.cleaned_cells:
                    cleaned.setdefault(number, []).append(header)
                for row in table.rows:
                    if fmt == "sipd":
                        item = _sipd_row(row, cols, agencies, table_sheet, office, subs)
                    else:
                        item = _our_row(row, cols, agencies, table_sheet, subs)
                    named = title_desa[index]
                    if named is not None and not item.data.desa_code:
                        village, title_row, title = named
                        item.data.desa_code = village.code
                        item.problems.append(
                            RowProblem(
                                table_sheet,
                                row.number,
                                None,
                                _(
                                    "desa {name} diambil dari baris judul (baris {title_row}: "
                                    "'{title}') karena tidak ada kolom Desa/Kelurahan; periksa "
                                    "desanya"
                                ).format(name=village.name, title_row=title_row, title=title[:80]),
                                "warning",
                            )
                        )
                    item.table = index
                    item.problems.extend(
                        RowProblem(
                            table_sheet,
                            row.number,
                            header,
                            _(
                                "karakter kendali (tak terlihat) dihapus dari sel ini; periksa isinya"
                            ),
                            "warning",
                        )
                        for header in cleaned.get(row.number, [])
                    )
                    if item.skip_reason:
                        skipped.append(
                            PreviewRow(
                                item.row,
                                item.number,
                                ProposalValues.model_construct(title=str(item.data.title or "")),
                                [],
                                "skip",
                                sheet=table_sheet,
                                sipd_id=item.sipd_id,
                                changes=[item.skip_reason],
                            )
                        )
                        continue
                    inputs.append(item)
            if skipped and not inputs:
                name = office.kecamatan or cycle.kecamatan_code
                file_problems.append(
                    RowProblem(
                        sheet,
                        None,
                        None,
                        _(
                            "tidak ada baris untuk Kecamatan {name}: {count} baris dari kecamatan atau "
                            "kabupaten lain dilewati; periksa apakah ini berkas kecamatan yang benar"
                        ).format(name=name, count=len(skipped)),
                    )
                )
            else:
                rows = _evaluate(
                    session,
                    cycle.id,
                    inputs,
                    columns_list,
                    fmt,
                    sheet,
                    machine,
                    progress,
                    cancelled,
                )
        desa_names = {v.code: v.name for v in villages}
        return ImportPreview(
            desa_names=desa_names,
            path=path,
            source_name=first.source_name,
            sheet=first.sheet,
            format=fmt,
            cycle_id=cycle.id,
            sha256=digest,
            encoding=first.encoding,
            headers=list(first.headers),
            columns=dict(columns.source_of),
            ignored_columns=sorted({h for c in columns_list for h in c.ignored}),
            inputs=inputs,
            rows=rows,
            file_problems=file_problems,
            skipped=skipped,
            tables=[(t.sheet or t.source_name, list(t.headers)) for t in tables],
            written_headers=written,
            mapping=mapping,
            totals_skipped=sum(len(t.skipped_rows) for t in tables),
        )


def header_signature(headers: list[str]) -> str:
    """Files with the same header (in any order) share their hand-made column mapping."""
    text = "|".join(sorted(h for h in headers if h))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def remembered_mapping(headers: list[str]) -> dict[str, str]:
    return dict(get_settings().import_column_maps.get(header_signature(headers), {}))


def remember_mapping(headers: list[str], mapping: dict[str, str]) -> None:
    """Keep the operator's mapping for the next file with the same header."""
    maps = dict(get_settings().import_column_maps)
    maps[header_signature(headers)] = dict(mapping)
    save_settings(import_column_maps=maps)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


# Rows written per flush in ``commit_import``: the whole import stays one transaction; the
# chunks only bound how many pending rows are held at a time.
FLUSH_CHUNK = 500

# New proposals go in as multi-row inserts with their outbox entries (``queue_proposal``)
# rather than one ORM object each through the flush hook (``insert_proposal``), which took
# most of a 5,000-row commit. False takes the per-row path: the tests compare the two.
BULK_INSERT = True


def commit_import(
    engine: Engine,
    preview: ImportPreview,
    mode: ImportMode = "all_or_nothing",
    *,
    actor: str | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ImportOutcome:
    """Import the previewed rows in one transaction (re-checked inside it).

    ``all_or_nothing`` raises ``ImportRejected`` and writes nothing when any row has an error;
    ``valid_only`` imports the rows without errors and reports the others. ``Cancelled``
    (from ``cancelled``) rolls everything back.
    """
    if mode not in ("all_or_nothing", "valid_only"):
        raise ValueError(f"unknown import mode {mode!r}")
    if preview.file_problems:
        raise ImportRejected(preview.file_problems, 0)
    outcome = ImportOutcome(preview.source_name, mode)
    fmt = preview.format
    tables = preview.tables or [(preview.sheet or preview.source_name, list(preview.headers))]
    columns_list = [
        _Columns(Table(preview.source_name, name, list(headers)), _aliases(fmt), preview.mapping)
        for name, headers in tables
    ]
    sheet = preview.sheet or preview.source_name
    machine = preview.path.suffix.lower() in (".xlsx", ".xlsm")
    with write_session(engine) as session:
        cycle = session.get(PlanningCycle, preview.cycle_id)
        if cycle is None:
            raise UserError(_("Siklus perencanaan impor ini sudah tidak ada."))
        rows = _evaluate(
            session, cycle.id, preview.inputs, columns_list, fmt, sheet, machine, None, cancelled
        )
        bad = [r for r in rows if not r.ok]
        if bad and mode == "all_or_nothing":
            raise ImportRejected([p for r in bad for p in r.problems], len(bad))
        outcome.rejected_rows = [r.row for r in bad]
        numbers = NumberSequence(session, cycle)
        audit = AuditBatch(session)
        new_rows = new_proposal_rows(session) if BULK_INSERT else None

        def flush() -> None:
            # The new proposals (and their outbox entries) first, then the session's updates
            # through the hook, then the audit events: the order the per-row path writes.
            if new_rows is not None:
                new_rows.flush()
            audit.flush()

        by_key = {(item.sheet, item.row): item for item in preview.inputs}
        reason = f"impor {preview.source_name}"
        good = [r for r in rows if r.ok]
        for index, row in enumerate(good):
            if index % 25 == 0:
                if cancelled is not None and cancelled():
                    raise Cancelled()
                if progress is not None:
                    progress(index, len(good))
            count = len(row.problems)
            item = by_key.get((row.sheet, row.row))
            status = item.sipd_status if item else None
            if row.action == "new":
                extra = (
                    {"sipd_id": item.sipd_id, "sipd_status": status, "pengusul": item.pengusul}
                    if item is not None and item.sipd_id
                    else None
                )
                if new_rows is not None:
                    proposal_id = queue_proposal(
                        new_rows,
                        cycle,
                        row.values,
                        actor=actor,
                        count=count,
                        audit=audit,
                        number=row.number,
                        numbers=numbers,
                        audit_action="import",
                        audit_reason=reason,
                        extra=extra,
                    )
                else:
                    proposal_id = insert_proposal(
                        session,
                        cycle,
                        row.values,
                        actor=actor,
                        count=count,
                        number=row.number,
                        numbers=numbers,
                        audit_action="import",
                        audit_reason=reason,
                        extra=extra,
                        audit=audit,
                    ).id
                outcome.inserted += 1
                outcome.proposal_ids.append(proposal_id)
            elif row.action == "update" and row.match_id:
                if new_rows is not None:
                    # Loading the proposal autoflushes; the per-row path's new proposals are
                    # written in that flush, before the updates so far: keep that push order.
                    new_rows.flush()
                existing = session.get(Proposal, row.match_id)
                if existing is None:
                    continue
                apply_values(
                    session,
                    existing,
                    row.values,
                    actor=actor,
                    count=count,
                    audit_action="import_update",
                    audit_reason=reason,
                    audit=audit,
                )
                if item is not None and item.sipd_id:
                    existing.sipd_id = item.sipd_id
                    existing.sipd_status = status
                    existing.pengusul = item.pengusul
                    session.add(existing)
                outcome.updated += 1
                outcome.proposal_ids.append(existing.id)
            elif row.action == "unchanged":
                outcome.unchanged += 1
            else:
                outcome.locked += 1
            if audit.pending >= FLUSH_CHUNK:
                flush()
        audit.record(
            actor=actor,
            entity="proposal_import",
            entity_id=new_uuid(),
            action="import",
            after={
                "file": preview.source_name,
                "sha256": preview.sha256,
                "format": preview.format,
                "mode": mode,
                "inserted": outcome.inserted,
                "updated": outcome.updated,
                "unchanged": outcome.unchanged,
                "locked": outcome.locked,
                "rejected_rows": outcome.rejected_rows,
            },
        )
        flush()
    if progress is not None:
        progress(len(rows), len(rows))
    return outcome
