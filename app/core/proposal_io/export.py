"""The village template and the export of proposals, both in the import format.

An exported file re-imports without loss: the same columns, the cost as whole Rupiah, the
volume and coordinates as numbers (XLSX) or with a decimal comma (CSV for Indonesian Excel:
UTF-8 with BOM, ``;`` separator).
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import Engine
from sqlmodel import col, select

from app.core.progress import CancelCheck, Progress
from app.core.proposal_io.columns import (
    COLUMNS,
    DESA_NAME,
    NUMBER,
    SIPD_EXTRA_COLUMNS,
    STATUS,
    Column,
)
from app.core.proposal_queries import current_cycle
from app.core.proposal_rules import KEWENANGAN_LABELS, SOURCE_LABELS, satuan_list
from app.core.regions import kecamatan_villages
from app.core.workflow import STATUS_LABELS
from app.errors import Cancelled, EnvironmentProblem, UserError
from app.models import PlanningCycle, Proposal, Region
from app.models.db import read_session
from app.models.proposal import CONTENT_FIELDS
from common.cellsafe import csv_text, set_cell
from common.i18n import _

DATA_SHEET = "Usulan"
HELP_SHEET = "Petunjuk"
LIST_SHEET = "Daftar"
TEMPLATE_ROWS = 1000
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_REQUIRED_FILL = PatternFill("solid", fgColor="FCE4D6")
_REQUIRED = {"judul_usulan", "desa_kelurahan"}


def _import_columns() -> list[Column]:
    return [c for c in COLUMNS if not c.export_only]


def _atomic_save(path: Path, write: Callable[[Path], None]) -> None:
    """Write to a temporary file beside ``path`` and rename it into place."""
    path = Path(path)
    if path.parent and not path.parent.exists():
        raise UserError(
            _("Folder {parent} tidak ada.").format(parent=path.parent),
            hint=_("Pilih folder yang ada."),
        )
    fd, tmp_name = tempfile.mkstemp(prefix=".tmp-", suffix=path.suffix, dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        os.replace(tmp, path)
    except PermissionError as exc:
        raise EnvironmentProblem(
            _("Berkas {name} tidak dapat ditulis.").format(name=path.name),
            hint=_("Mungkin sedang terbuka di Excel; tutup dulu lalu coba lagi."),
        ) from exc
    except OSError as exc:
        raise EnvironmentProblem(
            _("Berkas {name} tidak dapat ditulis ({strerror}).").format(
                name=path.name, strerror=exc.strerror
            ),
            hint=_("Periksa ruang disk dan izin folder."),
        ) from exc
    finally:
        tmp.unlink(missing_ok=True)


def _header_row(sheet: Worksheet, columns: Sequence[Column], *, comments: bool) -> None:
    for index, column in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=index, value=column.header)
        cell.font = Font(bold=True)
        cell.fill = _REQUIRED_FILL if column.key in _REQUIRED else _HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        if comments and column.hint:
            cell.comment = Comment(column.hint, "Musrenbang Kecamatan")
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.freeze_panes = "A2"


def write_template(engine: Engine, path: Path, *, cycle_id: str | None = None) -> Path:
    """The village template: data sheet with drop-down lists, instructions, and the lists."""
    with read_session(engine) as session:
        cycle = session.get(PlanningCycle, cycle_id) if cycle_id else current_cycle(session)
        if cycle is None:
            raise UserError(
                _("Belum ada siklus perencanaan."),
                hint=_("Selesaikan wizard awal terlebih dahulu."),
            )
        kecamatan = session.get(Region, cycle.kecamatan_code)
        villages = sorted(v.name for v in kecamatan_villages(session, cycle.kecamatan_code))
        year = cycle.year
    kec_name = kecamatan.name if kecamatan else cycle.kecamatan_code
    columns = _import_columns()

    def write(target: Path) -> None:
        book = Workbook()
        data = book.active
        assert data is not None
        data.title = DATA_SHEET
        _header_row(data, columns, comments=True)
        lists = book.create_sheet(LIST_SHEET)
        choices = {
            "desa_kelurahan": villages,
            "satuan": [s.code for s in satuan_list()],
            "kewenangan": list(KEWENANGAN_LABELS),
            "sumber": list(SOURCE_LABELS.values()),
            "lahan_siap": ["ya", "tidak"],
            "sertifikat_lahan": ["ya", "tidak"],
        }
        for list_index, (key, values) in enumerate(choices.items(), start=1):
            letter = get_column_letter(list_index)
            lists.cell(row=1, column=list_index, value=key)
            for row_index, value in enumerate(values, start=2):
                set_cell(lists.cell(row=row_index, column=list_index), value)
            target_index = next(i for i, c in enumerate(columns, start=1) if c.key == key)
            target_letter = get_column_letter(target_index)
            free_entry = key == "satuan"
            validation = DataValidation(
                type="list",
                formula1=f"={LIST_SHEET}!${letter}$2:${letter}${len(values) + 1}",
                allow_blank=True,
                showErrorMessage=not free_entry,
                errorTitle="Isian tidak ada di daftar",
                error="Pilih dari daftar.",
                promptTitle=columns[target_index - 1].header,
                prompt=columns[target_index - 1].hint[:250],
                showInputMessage=bool(columns[target_index - 1].hint),
            )
            validation.add(f"{target_letter}2:{target_letter}{TEMPLATE_ROWS + 1}")
            data.add_data_validation(validation)
        for column_index, column in enumerate(columns, start=1):
            if column.number_format:
                letter = get_column_letter(column_index)
                for row_index in range(2, TEMPLATE_ROWS + 2):
                    data[f"{letter}{row_index}"].number_format = column.number_format
        lists.sheet_state = "hidden"
        _instructions(book.create_sheet(HELP_SHEET, 1), columns, kec_name, year)
        book.save(target)

    _atomic_save(path, write)
    return path


def _instructions(sheet: Worksheet, columns: Sequence[Column], kecamatan: str, year: int) -> None:
    lines = [
        (f"Templat usulan desa/kelurahan — Musrenbang Kecamatan {kecamatan} {year}", True),
        ("", False),
        ("Cara mengisi", True),
        (
            "1. Isi satu usulan per baris di lembar 'Usulan', mulai baris 2. Jangan ubah baris judul.",
            False,
        ),
        ("2. Kolom berwarna jingga wajib diisi: Judul Usulan dan Desa/Kelurahan.", False),
        (
            "3. Desa/Kelurahan, Satuan, Kewenangan, Sumber, Lahan Siap dan Sertifikat Lahan punya daftar pilihan (klik sel, lalu panah kecil di kanannya). Satuan lain boleh ditulis sendiri.",
            False,
        ),
        (
            "4. Perkiraan biaya dalam Rupiah tanpa desimal (contoh 250000000). Volume harus lebih dari 0 dan disertai satuan.",
            False,
        ),
        (
            "5. Peringkat Desa: 1 untuk prioritas tertinggi; satu peringkat hanya untuk satu usulan dalam desa yang sama.",
            False,
        ),
        (
            "6. Penerima manfaat perempuan, miskin dan disabilitas masing-masing tidak boleh lebih dari jumlah penerima manfaat.",
            False,
        ),
        (
            "7. Lokasi: isi Lintang dan Bujur (contoh -0.4167 dan 116.9833), atau tempel koordinat/tautan Google Maps di kolom Koordinat/Tautan Peta.",
            False,
        ),
        (
            "8. Kosongkan kolom Nomor untuk usulan baru. Bila berkas yang sama dikirim lagi, usulan dengan nomor atau judul dan desa yang sama diperbarui, tidak digandakan.",
            False,
        ),
        (
            "9. Simpan sebagai .xlsx (atau CSV) dan serahkan ke kantor kecamatan. Jangan beri kata sandi pada berkas.",
            False,
        ),
        ("", False),
        ("Contoh satu baris", True),
        (
            "Judul: Semenisasi jalan lingkungan Gang Usaha Bersama RT 15 · Desa: (pilih) · Volume: 450 · Satuan: m · Perkiraan Biaya: 582800000 · Penerima Manfaat: 731 · Peringkat Desa: 1 · Kewenangan: kabupaten",
            False,
        ),
        ("", False),
        ("Keterangan kolom", True),
    ]
    row = 1
    for text, bold in lines:
        cell = sheet.cell(row=row, column=1, value=text)
        cell.font = Font(bold=bold, size=13 if row == 1 else 11)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        row += 1
    for column in columns:
        sheet.cell(row=row, column=1, value=column.header).font = Font(bold=True)
        sheet.cell(row=row, column=2, value=column.hint or "-").alignment = Alignment(
            wrap_text=True, vertical="top"
        )
        row += 1
    sheet.column_dimensions["A"].width = 110
    sheet.column_dimensions["B"].width = 70


# --- export ------------------------------------------------------------------------------------


def _export_columns() -> list[Column]:
    return list(COLUMNS)


def _row_values(proposal: Proposal, desa_name: str | None) -> dict[str, Any]:
    """A proposal as one row of the export, by column key: each column's field as stored
    (its source and yes/no fields in words), the village name and the status beside."""
    values: dict[str, Any] = {
        NUMBER: proposal.number,
        DESA_NAME: desa_name,
        STATUS: STATUS_LABELS.get(proposal.status, proposal.status),
    }
    for column in COLUMNS:
        if column.field not in CONTENT_FIELDS:  # a pasted pair is exported as lintang/bujur
            values.setdefault(column.key, None)
            continue
        value = getattr(proposal, column.field)
        if column.field == "source":
            value = SOURCE_LABELS.get(value, value)
        elif isinstance(value, bool):
            value = "ya" if value else "tidak"
        values[column.key] = value
    return values


def _load(
    engine: Engine, ids: Sequence[str], progress: Progress | None, cancelled: CancelCheck | None
) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    total = len(ids)
    with read_session(engine) as session:
        for start in range(0, total, 500):
            if cancelled is not None and cancelled():
                raise Cancelled()
            if progress is not None:
                progress(start, total)
            chunk = list(ids[start : start + 500])
            found = {
                p.id: (p, name)
                for p, name in session.exec(
                    select(Proposal, Region.name)
                    .join(Region, col(Region.code) == col(Proposal.desa_code), isouter=True)
                    .where(col(Proposal.id).in_(chunk))
                ).all()
            }
            rows.extend(_row_values(*found[i]) for i in chunk if i in found)
    return rows


def export_proposals(
    engine: Engine,
    ids: Sequence[str],
    path: Path,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> int:
    """Export the proposals ``ids`` (in that order) to ``.xlsx`` or ``.csv`` by the suffix."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise UserError(
            _("Jenis berkas '{suffix}' tidak didukung untuk ekspor.").format(
                suffix=path.suffix or path.name
            ),
            hint=_("Gunakan nama berkas berakhiran .xlsx atau .csv."),
        )
    rows = _load(engine, ids, progress, cancelled)
    columns = _export_columns()
    if suffix == ".csv":
        _atomic_save(path, lambda target: _write_csv(target, columns, rows))
    else:
        _atomic_save(path, lambda target: _write_xlsx(target, columns, rows, cancelled))
    if progress is not None:
        progress(len(ids), len(ids))
    return len(rows)


def _csv_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if isinstance(value, float):
        text = repr(value) if not value.is_integer() else str(int(value))
        return text.replace(".", ",")
    if isinstance(value, str):
        return csv_text(value)
    return str(value)


def _write_csv(target: Path, columns: Sequence[Column], rows: list[dict[str, Any]]) -> None:
    with target.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", quoting=csv.QUOTE_MINIMAL)
        writer.writerow([c.header for c in columns])
        for row in rows:
            writer.writerow([_csv_text(row[c.key]) for c in columns])


def _write_xlsx(
    target: Path,
    columns: Sequence[Column],
    rows: list[dict[str, Any]],
    cancelled: CancelCheck | None,
) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = DATA_SHEET
    _header_row(sheet, columns, comments=False)
    widths = [len(c.header) for c in columns]
    for row_index, row in enumerate(rows, start=2):
        if row_index % 1000 == 0 and cancelled is not None and cancelled():
            raise Cancelled()
        for column_index, column in enumerate(columns, start=1):
            value = row[column.key]
            cell = set_cell(sheet.cell(row=row_index, column=column_index), value)
            if column.number_format and value is not None:
                cell.number_format = column.number_format
            if value is not None:
                widths[column_index - 1] = max(widths[column_index - 1], len(str(value)))
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(max(width + 2, 6), 60)
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(len(rows) + 1, 1)}"
    book.save(target)


# --- the rows a village must fix ------------------------------------------------------------

FIX_HEADER = "Yang perlu diperbaiki"


def write_rejected_rows(preview: Any, path: Path) -> int:
    """The rows of ``preview`` that failed, in the village template, with what to fix.

    The village corrects the file and sends it back; the extra column is ignored on import.
    Returns the number of rows written.
    """
    bad = preview.error_rows
    inputs = {(item.sheet, item.row): item for item in preview.inputs}
    columns = _import_columns()
    field_of = {c.field: c.key for c in columns if c.field}

    def write(target: Path) -> None:
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = DATA_SHEET
        _header_row(sheet, columns, comments=True)
        fix_index = len(columns) + 1
        fix = sheet.cell(row=1, column=fix_index, value=FIX_HEADER)
        fix.font = Font(bold=True)
        fix.fill = _REQUIRED_FILL
        sheet.column_dimensions[get_column_letter(fix_index)].width = 60
        for row_index, row in enumerate(bad, start=2):
            item = inputs.get((row.sheet, row.row))
            data = item.data if item is not None else None
            values: dict[str, Any] = {}
            if data is not None:
                for name, key in field_of.items():
                    raw = getattr(data, name, None)
                    values[key] = None if raw is None else str(raw)
                values["nomor"] = item.number if item is not None else None
                values["desa_kelurahan"] = data.desa_code
                values["kode_desa"] = None
            for column_index, column in enumerate(columns, start=1):
                set_cell(sheet.cell(row=row_index, column=column_index), values.get(column.key))
            problems = sorted(row.problems, key=lambda p: p.severity != "error")
            text = "\n".join(
                f"{'Salah' if p.severity == 'error' else 'Periksa'}: "
                f"{p.column + ': ' if p.column else ''}{p.message}"
                for p in problems
            )
            origin = f"(berkas asal: {row.sheet}, baris {row.row})"
            cell = set_cell(sheet.cell(row=row_index, column=fix_index), f"{text}\n{origin}")
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        book.save(target)

    _atomic_save(Path(path), write)
    return len(bad)


# --- SIPD's column layout ------------------------------------------------------------------

SIPD_EXPORT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("NO", "no"),
    ("ID USULAN", "sipd_id"),
    ("PENGUSUL", "pengusul"),
    ("USULAN", "title"),
    ("MASALAH", "problem"),
    ("ALAMAT LOKASI", "address"),
    ("KABUPATEN/KOTA", "kabupaten"),
    ("KECAMATAN", "kecamatan"),
    ("KELURAHAN", "desa"),
    ("PERANGKAT DAERAH TUJUAN AKHIR", "agency"),
    ("STATUS", "sipd_status"),
    ("Volume", "volume"),
    ("Satuan", "satuan"),
    ("Nilai Usulan", "estimated_cost"),
    ("SUB KEGIATAN", "sub_kegiatan_code"),
)


def export_sipd(engine: Engine, ids: Sequence[str], path: Path) -> int:
    """The proposals in SIPD's usulan column layout (.xlsx or .csv), for a manual upload to
    SIPD/E-Perencanaan where no sync exists: SIPD's columns first and in SIPD's order, then
    the app's columns for the content SIPD has no column for (dusun, beneficiaries, rank,
    coordinates, ...), so re-importing the file keeps all of its content."""
    from app.models import Agency

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise UserError(
            _("Jenis berkas '{suffix}' tidak didukung untuk ekspor.").format(
                suffix=path.suffix or path.name
            ),
            hint=_("Gunakan nama berkas berakhiran .xlsx atau .csv."),
        )
    lines: list[list[Any]] = []
    with read_session(engine) as session:
        agencies = {a.code: a.name for a in session.exec(select(Agency)).all()}
        regions: dict[str, Region] = {}

        def region(code: str | None) -> Region | None:
            if code is None:
                return None
            if code not in regions:
                found = session.get(Region, code)
                if found is None:
                    return None
                regions[code] = found
            return regions[code]

        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            found = {
                p.id: p
                for p in session.exec(select(Proposal).where(col(Proposal.id).in_(chunk))).all()
            }
            for pid in chunk:
                p = found.get(pid)
                if p is None:
                    continue
                desa = region(p.desa_code)
                kec = region(desa.parent_code if desa else None)
                kab = region(kec.parent_code if kec else None)
                values = {
                    "no": len(lines) + 1,
                    "sipd_id": p.sipd_id or p.number,
                    "pengusul": p.pengusul or (f"Desa {desa.name}" if desa else None),
                    "title": p.title,
                    "problem": p.problem,
                    "address": p.address,
                    "kabupaten": kab.name if kab else None,
                    "kecamatan": kec.name if kec else None,
                    "desa": desa.name if desa else p.desa_code,
                    "agency": agencies.get(p.agency_code or "", p.agency_code),
                    "sipd_status": p.sipd_status or STATUS_LABELS.get(p.status, p.status),
                    "volume": p.volume,
                    "satuan": p.satuan,
                    "estimated_cost": p.estimated_cost,
                    "sub_kegiatan_code": p.sub_kegiatan_code,
                }
                ours = _row_values(p, desa.name if desa else None)
                lines.append(
                    [values[key] for _header, key in SIPD_EXPORT_COLUMNS]
                    + [ours[c.key] for c in SIPD_EXTRA_COLUMNS]
                )
    headers = [h for h, _key in SIPD_EXPORT_COLUMNS] + [c.header for c in SIPD_EXTRA_COLUMNS]
    formats = [None] * len(SIPD_EXPORT_COLUMNS) + [c.number_format for c in SIPD_EXTRA_COLUMNS]

    def write_xlsx(target: Path) -> None:
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = "Usulan SIPD"
        for j, header in enumerate(headers, start=1):
            sheet.cell(row=1, column=j, value=header).font = Font(bold=True)
        for i, line in enumerate(lines, start=2):
            for j, value in enumerate(line, start=1):
                cell = set_cell(sheet.cell(row=i, column=j), value)
                if formats[j - 1] and value is not None:
                    cell.number_format = formats[j - 1]
        book.save(target)

    def write_csv(target: Path) -> None:
        with target.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow(headers)
            for line in lines:
                writer.writerow([_csv_text(v) for v in line])

    _atomic_save(path, write_csv if suffix == ".csv" else write_xlsx)
    return len(lines)
