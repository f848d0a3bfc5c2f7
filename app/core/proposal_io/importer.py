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

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from openpyxl.utils import get_column_letter
from rapidfuzz import fuzz, process
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from app.core.audit import record_event
from app.core.errors import Cancelled, UserError
from app.core.proposal_io.columns import (
    COLUMN_BY_KEY,
    COLUMNS,
    DESA_NAME,
    NUMBER,
    SIPD_ALIASES,
    detect_format,
)
from app.core.proposal_queries import current_cycle
from app.core.proposal_rules import (
    CONTENT_FIELDS,
    FIELD_LABELS,
    ProposalInput,
    ProposalValues,
    RankRegistry,
    Severity,
    load_rule_context,
    validate_proposal,
)
from app.core.proposal_service import NumberSequence, apply_values, insert_proposal
from app.core.tabular import SourceRow, Table, read_table
from app.core.workflow import FINAL
from app.models import Agency, PlanningCycle, Proposal, Region
from app.models.db import read_session, write_session
from app.models.types import new_uuid

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
ImportMode = Literal["all_or_nothing", "valid_only"]
Action = Literal["new", "update", "unchanged", "locked"]
MAX_PROBLEMS_IN_MESSAGE = 20
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
            where.append(f"baris {self.row}")
        if self.column:
            where.append(f"kolom {self.column}")
        return f"{', '.join(where)}: {self.message}"


@dataclass
class RowInput:
    """One file row turned into form input, before the rules."""

    row: int
    data: ProposalInput
    number: str | None
    upstream_status: str | None = None
    problems: list[RowProblem] = field(default_factory=list)
    # Where this row's value of a field came from, when the file has several candidates.
    field_columns: dict[str, str] = field(default_factory=dict)


@dataclass
class PreviewRow:
    row: int
    number: str | None
    values: ProposalValues
    problems: list[RowProblem]
    action: Action
    match_id: str | None = None

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
        tail = f"\n  … dan {more} masalah lain." if more > 0 else ""
        super().__init__(
            f"Impor dibatalkan, tidak ada usulan yang disimpan: {rows_with_errors} baris "
            f"bermasalah.\n  {shown}{tail}",
            hint="Perbaiki baris-baris itu lalu impor lagi, atau pilih impor baris yang valid saja.",
        )
        self.problems = problems


# --- reading the file -------------------------------------------------------------------------


class _Columns:
    """Which file column holds each canonical column, with its letter for messages."""

    def __init__(self, table: Table, aliases: dict[str, tuple[str, ...]]) -> None:
        self.table = table
        self.source_of: dict[str, str] = {}
        present = table.headers
        for key, names in aliases.items():
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
        if not text:
            return None
        if text.lower() in self.codes:
            return self.codes[text.lower()]
        key = _key(text)
        if key in self.names:
            return self.names[key]
        if self._choices:
            best = process.extractOne(key, self._choices, scorer=fuzz.token_sort_ratio)
            if best is not None and best[1] >= 90:
                return self.names[best[0]]
            # One name containing the other ("Dinas Pekerjaan Umum" for "... dan Penataan
            # Ruang"), accepted only when a single agency fits.
            contained = process.extract(
                key, self._choices, scorer=fuzz.token_set_ratio, score_cutoff=95, limit=3
            )
            codes = {self.names[name] for name, _score, _i in contained}
            if len(codes) == 1 and len(key.split()) >= 2:
                return codes.pop()
        return None


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


def _our_row(row: SourceRow, columns: _Columns, agencies: _AgencyResolver, sheet: str) -> RowInput:
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
    _resolve_routing(row, data, columns, agencies, sheet, problems, "opd", "sub_kegiatan")
    return RowInput(row.number, data, columns.get(row, NUMBER) or None, None, problems, origin)


def _resolve_routing(
    row: SourceRow,
    data: ProposalInput,
    columns: _Columns,
    agencies: _AgencyResolver,
    sheet: str,
    problems: list[RowProblem],
    opd_key: str,
    sub_key: str,
) -> None:
    opd_text = columns.get(row, opd_key)
    data.agency_code = None
    if opd_text:
        code = agencies.resolve(opd_text)
        if code is None:
            problems.append(
                RowProblem(
                    sheet,
                    row.number,
                    columns.label(opd_key),
                    f"OPD '{opd_text[:60]}' tidak dikenali; usulan diimpor tanpa OPD, "
                    "pilih OPD-nya nanti di formulir",
                    "warning",
                )
            )
        data.agency_code = code
    sub_text = columns.get(row, sub_key)
    data.sub_kegiatan_code = None
    if sub_text:
        match = _SUB_CODE.search(sub_text)
        if match is None:
            problems.append(
                RowProblem(
                    sheet,
                    row.number,
                    columns.label(sub_key),
                    f"'{sub_text[:60]}' tidak memuat kode sub kegiatan (contoh 1.03.10.2.01.0001); "
                    "sub kegiatan dikosongkan",
                    "warning",
                )
            )
        else:
            code = match.group(1)
            data.sub_kegiatan_code = code
            parts = code.split(".")
            if not data.bidang_code:
                data.bidang_code = ".".join(parts[:2])
            data.program_code = ".".join(parts[:3])
            data.kegiatan_code = ".".join(parts[:5])


def _sipd_row(
    row: SourceRow,
    columns: _Columns,
    agencies: _AgencyResolver,
    sheet: str,
    kecamatan_name: str | None,
) -> RowInput:
    problems: list[RowProblem] = []
    data = ProposalInput(
        title=columns.get(row, "usulan") or None,
        problem=columns.get(row, "masalah") or None,
        address=columns.get(row, "alamat") or None,
        volume=columns.get(row, "volume") or None,
        satuan=columns.get(row, "satuan") or None,
        estimated_cost=columns.get(row, "anggaran") or None,
        source="musrenbang_desa",
    )
    desa = columns.get(row, "kelurahan")
    origin = {"desa_code": "kelurahan"}
    region_text = columns.get(row, "wilayah")
    if not desa and region_text:
        origin["desa_code"] = "wilayah"
        parts = [p.strip() for p in re.split(r"\s*[/|>,;]\s*|\s+-\s+", region_text) if p.strip()]
        desa = parts[-1] if parts else ""
        if kecamatan_name and len(parts) >= 2:
            kec = _key(re.sub(r"^(kec\.?|kecamatan)\s*", "", parts[-2], flags=re.IGNORECASE))
            if kec and kec != _key(kecamatan_name):
                problems.append(
                    RowProblem(
                        sheet,
                        row.number,
                        columns.label("wilayah"),
                        f"usulan dari kecamatan '{parts[-2]}', bukan Kecamatan {kecamatan_name}; "
                        "hapus baris ini atau impor di kecamatan asalnya",
                    )
                )
    if not desa:
        desa = columns.get(row, "pengusul")
        origin["desa_code"] = "pengusul"
    desa = re.sub(r"^(kel\.?|kelurahan|desa|ds\.?)\s+", "", desa, flags=re.IGNORECASE)
    data.desa_code = desa or None
    _resolve_routing(row, data, columns, agencies, sheet, problems, "opd", "sub_kegiatan")
    data.kewenangan = "kabupaten"  # SIPD usulan addressed to an OPD are kabupaten authority
    status = columns.get(row, "status") or None
    return RowInput(row.number, data, columns.get(row, "id") or None, status, problems, origin)


# --- evaluation (shared by preview and commit) ----------------------------------------------


@dataclass
class _Existing:
    id: str
    status: str
    values: dict[str, object]


def _existing(
    session: Session, cycle_id: str
) -> tuple[dict[tuple[str, str | None], _Existing], dict[tuple[str, str | None], _Existing]]:
    by_number: dict[tuple[str, str | None], _Existing] = {}
    by_title: dict[tuple[str, str | None], _Existing] = {}
    for proposal in session.exec(
        select(Proposal).where(Proposal.cycle_id == cycle_id, col(Proposal.deleted).is_(False))
    ).all():
        item = _Existing(
            proposal.id,
            proposal.status,
            {name: getattr(proposal, name) for name in CONTENT_FIELDS},
        )
        if proposal.number:
            by_number.setdefault((proposal.number, proposal.desa_code), item)
        by_title.setdefault((_key(proposal.title), proposal.desa_code), item)
    return by_number, by_title


def _evaluate(
    session: Session,
    cycle_id: str,
    inputs: list[RowInput],
    columns: _Columns,
    fmt: str,
    sheet: str,
    machine_numbers: bool,
    progress: Progress | None,
    cancelled: CancelCheck | None,
) -> list[PreviewRow]:
    ranks = RankRegistry(session, cycle_id)
    ctx = load_rule_context(session, cycle_id, rank_owner=ranks.owner)
    by_number, by_title = _existing(session, cycle_id)
    seen: dict[tuple[str, str | None], int] = {}
    rows: list[PreviewRow] = []
    total = len(inputs)
    for index, item in enumerate(inputs):
        if index % 25 == 0:
            if cancelled is not None and cancelled():
                raise Cancelled()
            if progress is not None:
                progress(index, total)
        # Find the proposal this row stands for before the rules, so its own rank is no clash.
        probe = validate_proposal(item.data, ctx, machine_numbers=machine_numbers)
        desa = probe.values.desa_code
        match: _Existing | None = None
        if item.number:
            match = by_number.get((item.number, desa))
        elif probe.values.title:
            match = by_title.get((_key(probe.values.title), desa))
        result = validate_proposal(
            item.data,
            ctx,
            proposal_id=match.id if match else None,
            machine_numbers=machine_numbers,
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
                    f"usulan yang sama dengan baris {seen[key]} (nomor/judul dan desa sama); "
                    "hapus salah satunya",
                )
            )
        else:
            seen[key] = item.row
        action: Action = "new"
        if match is not None:
            if match.status in FINAL or match.status == "merged":
                action = "locked"
            elif _same(match.values, result.values):
                action = "unchanged"
            else:
                action = "update"
        preview = PreviewRow(
            item.row, item.number, result.values, problems, action, match.id if match else None
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


def _same(existing: dict[str, object], values: ProposalValues) -> bool:
    new = values.as_dict()
    for name, old in existing.items():
        value = new[name]
        if isinstance(old, float) or isinstance(value, float):
            if old is None or value is None:
                if old != value:
                    return False
            elif abs(float(old) - float(value)) > 1e-7:  # type: ignore[arg-type]
                return False
        elif old != value:
            return False
    return True


def _sipd_columns(table: Table) -> _Columns:
    return _Columns(table, SIPD_ALIASES)


def _our_columns(table: Table) -> _Columns:
    return _Columns(table, {c.key: c.aliases for c in COLUMNS})


def _required_missing(columns: _Columns, fmt: str, sheet: str) -> list[RowProblem]:
    problems: list[RowProblem] = []
    title_key = "usulan" if fmt == "sipd" else "judul_usulan"
    if not columns.has(title_key):
        names = "Usulan" if fmt == "sipd" else "Judul Usulan (atau Nama Usulan, Judul, Usulan)"
        problems.append(
            RowProblem(
                sheet,
                1,
                None,
                f"kolom {names} tidak ada di baris judul; gunakan templat dari aplikasi",
            )
        )
    if fmt == "template" and not (columns.has("kode_desa") or columns.has(DESA_NAME)):
        problems.append(
            RowProblem(
                sheet, 1, None, "kolom Desa/Kelurahan atau Kode Desa tidak ada di baris judul"
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
                "kolom Kab/Kec/Kel, Kelurahan atau Pengusul tidak ada di baris judul",
            )
        )
    return problems


def _resolve_cycle(session: Session, cycle_id: str | None) -> PlanningCycle:
    cycle = session.get(PlanningCycle, cycle_id) if cycle_id else current_cycle(session)
    if cycle is None:
        raise UserError(
            "Belum ada siklus perencanaan untuk menampung usulan.",
            hint="Selesaikan wizard awal (atau jalankan `musrenbang demo`) lalu impor lagi.",
        )
    return cycle


def preview_import(
    engine: Engine,
    path: Path,
    *,
    cycle_id: str | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ImportPreview:
    """Read and check the whole file without writing anything."""
    table = read_table(Path(path))
    digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    fmt = detect_format(table.headers)
    columns = _sipd_columns(table) if fmt == "sipd" else _our_columns(table)
    sheet = table.sheet or table.source_name
    machine = Path(path).suffix.lower() in (".xlsx", ".xlsm")
    with read_session(engine) as session:
        cycle = _resolve_cycle(session, cycle_id)
        file_problems = _required_missing(columns, fmt, sheet)
        if not table.rows:
            file_problems.append(RowProblem(sheet, None, None, "berkas tidak berisi baris usulan"))
        inputs: list[RowInput] = []
        rows: list[PreviewRow] = []
        if not file_problems:
            agencies = _AgencyResolver(session)
            region = session.get(Region, cycle.kecamatan_code)
            cleaned: dict[int, list[str]] = {}
            for number, header in table.cleaned_cells:
                cleaned.setdefault(number, []).append(header)
            for row in table.rows:
                extra = [
                    RowProblem(
                        sheet,
                        row.number,
                        header,
                        "karakter kendali (tak terlihat) dihapus dari sel ini; periksa isinya",
                        "warning",
                    )
                    for header in cleaned.get(row.number, [])
                ]
                if fmt == "sipd":
                    inputs.append(
                        _sipd_row(row, columns, agencies, sheet, region.name if region else None)
                    )
                else:
                    inputs.append(_our_row(row, columns, agencies, sheet))
                inputs[-1].problems.extend(extra)
            rows = _evaluate(
                session, cycle.id, inputs, columns, fmt, sheet, machine, progress, cancelled
            )
        return ImportPreview(
            path=Path(path),
            source_name=table.source_name,
            sheet=table.sheet,
            format=fmt,
            cycle_id=cycle.id,
            sha256=digest,
            encoding=table.encoding,
            headers=list(table.headers),
            columns=dict(columns.source_of),
            ignored_columns=columns.ignored,
            inputs=inputs,
            rows=rows,
            file_problems=file_problems,
        )


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
    table = Table(preview.source_name, preview.sheet, list(preview.headers))
    fmt = preview.format
    columns = _Columns(
        table, SIPD_ALIASES if fmt == "sipd" else {c.key: c.aliases for c in COLUMNS}
    )
    sheet = preview.sheet or preview.source_name
    machine = preview.path.suffix.lower() in (".xlsx", ".xlsm")
    with write_session(engine) as session:
        cycle = session.get(PlanningCycle, preview.cycle_id)
        if cycle is None:
            raise UserError("Siklus perencanaan impor ini sudah tidak ada.")
        rows = _evaluate(
            session, cycle.id, preview.inputs, columns, fmt, sheet, machine, None, cancelled
        )
        bad = [r for r in rows if not r.ok]
        if bad and mode == "all_or_nothing":
            raise ImportRejected([p for r in bad for p in r.problems], len(bad))
        outcome.rejected_rows = [r.row for r in bad]
        numbers = NumberSequence(session, cycle)
        upstream = {item.row: item.upstream_status for item in preview.inputs}
        reason = f"impor {preview.source_name}"
        good = [r for r in rows if r.ok]
        for index, row in enumerate(good):
            if index % 25 == 0:
                if cancelled is not None and cancelled():
                    raise Cancelled()
                if progress is not None:
                    progress(index, len(good))
            count = len(row.problems)
            if row.action == "new":
                proposal = insert_proposal(
                    session,
                    cycle,
                    row.values,
                    actor=actor,
                    count=count,
                    number=row.number,
                    numbers=numbers,
                    audit_action="import",
                    audit_reason=reason,
                    upstream_status=(upstream.get(row.row) or None),
                )
                outcome.inserted += 1
                outcome.proposal_ids.append(proposal.id)
            elif row.action == "update" and row.match_id:
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
                )
                if upstream.get(row.row):
                    existing.upstream_status = upstream[row.row]
                outcome.updated += 1
                outcome.proposal_ids.append(existing.id)
            elif row.action == "unchanged":
                outcome.unchanged += 1
            else:
                outcome.locked += 1
        record_event(
            session,
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
    if progress is not None:
        progress(len(rows), len(rows))
    return outcome
