"""Reading proposal tables (any table the app reads: CSV, XLSX, XLS, ODS, through
``app.core.tabular``) and writing score tables.

Bad input becomes a :class:`UserError` with an Indonesian message, or a per-row note; never a
traceback.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.core.scorer.inputs import ProposalInput
from app.core.scorer.result import ScoreResult
from app.core.tabular import read_first_sheet
from app.errors import UserError
from common.i18n import _
from common.numbers import find_number

OUTPUT_COLUMNS = (
    "id",
    "bidang_1",
    "bidang_2",
    "bidang_3",
    "opd_1",
    "sub_kegiatan_1",
    "sub_kegiatan_2",
    "sub_kegiatan_3",
    "sub_kegiatan_4",
    "sub_kegiatan_5",
    "kewenangan",
    "score",
    "explanation",
)
MAX_FIELD_CHARS = 10_000

# accepted header names (lower-case, spaces/underscores/dashes ignored) -> field
_ALIASES = {
    "id": "id",
    "no": "id",
    "nomor": "id",
    "kode": "id",
    "idusulan": "id",
    "text": "text",
    "teks": "text",
    "usulan": "text",
    "judul": "text",
    "judulusulan": "text",
    "namausulan": "text",
    "uraian": "text",
    "kegiatan": "text",
    "problem": "problem",
    "permasalahan": "problem",
    "masalah": "problem",
    "desa": "desa",
    "kelurahan": "desa",
    "desakelurahan": "desa",
    "lokasi": "desa",
    "kecamatan": "kecamatan",
    "volume": "volume",
    "vol": "volume",
    "satuan": "satuan",
    "biaya": "biaya",
    "anggaran": "biaya",
    "pagu": "biaya",
    "nilai": "biaya",
    "estimasibiaya": "biaya",
    "photos": "photo_count",
    "foto": "photo_count",
    "jumlahfoto": "photo_count",
}


@dataclass(frozen=True, slots=True)
class InputRow:
    proposal: ProposalInput
    notes: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not self.proposal.text.strip() and not self.proposal.problem.strip()


def _header_key(name: object) -> str:
    text = str(name or "").strip().lower().lstrip("\ufeff")
    return "".join(ch for ch in text if ch.isalnum())


_ENCODING_NAMES = {"utf-8": "UTF-8", "windows-1252": "Windows-1252"}


def read_grid(path: Path) -> tuple[list[list[str]], str]:
    """The first sheet of ``path`` as rows of text, and what was read ("CSV UTF-8", "XLSX")."""
    sheet, encoding = read_first_sheet(path)
    rows = sheet.rows if sheet is not None else []
    if encoding is not None:
        return rows, f"CSV {_ENCODING_NAMES.get(encoding, encoding.upper())}"
    return rows, path.suffix.lstrip(".").upper() or "XLSX"


def read_proposal_table(path: Path) -> tuple[list[InputRow], str]:
    """Rows of ``path`` as proposals, plus a short description of the format read."""
    rows, fmt = read_grid(path)
    return _to_inputs(rows, path.name), fmt


def _to_inputs(rows: Sequence[Sequence[str]], name: str) -> list[InputRow]:
    start = next((i for i, row in enumerate(rows) if any(str(c).strip() for c in row)), None)
    if start is None:
        raise UserError(
            _("Berkas {name} kosong.").format(name=name),
            hint=_("Baris pertama harus berisi nama kolom id,text."),
        )
    header = [_header_key(c) for c in rows[start]]
    columns: dict[str, int] = {}
    for index, key in enumerate(header):
        field = _ALIASES.get(key)
        if field and field not in columns:
            columns[field] = index
    if "text" not in columns:
        found = ", ".join(str(c).strip() for c in rows[start] if str(c).strip())[:200]
        raise UserError(
            _("Kolom 'text' tidak ditemukan di {name}.").format(name=name),
            hint=_(
                "Kolom yang ada: {found}. Wajib: text; opsional: id, desa, kecamatan, "
                "volume, satuan, biaya."
            ).format(found=found or "(tidak ada)"),
        )
    out: list[InputRow] = []
    for line_no, row in enumerate(rows[start + 1 :], start=start + 2):
        if not any(str(c).strip() for c in row):
            continue

        def cell(field: str, row: Sequence[str] = row) -> str:
            index = columns.get(field)
            return str(row[index]).strip() if index is not None and index < len(row) else ""

        notes: list[str] = []
        rid = cell("id") or f"baris-{line_no}"
        text = cell("text")
        if len(text) > MAX_FIELD_CHARS:
            notes.append(f"Catatan: teks {len(text)} karakter dipotong menjadi {MAX_FIELD_CHARS}.")
            text = text[:MAX_FIELD_CHARS]
        numbers: dict[str, float | None] = {}
        for field, label in (("volume", "volume"), ("biaya", "biaya"), ("photo_count", "foto")):
            raw = cell(field)
            value = find_number(raw) if raw else None
            if raw and value is None:
                notes.append(f"Catatan: {label} «{raw[:30]}» tidak terbaca sebagai angka.")
            if value is not None and value < 0:
                notes.append(f"Catatan: {label} negatif diabaikan.")
                value = None
            numbers[field] = value
        photos = numbers["photo_count"]
        proposal = ProposalInput(
            id=rid[:200],
            text=text,
            problem=cell("problem")[:MAX_FIELD_CHARS],
            desa=cell("desa")[:200],
            kecamatan=cell("kecamatan")[:200],
            volume=numbers["volume"],
            satuan=cell("satuan")[:50],
            biaya=numbers["biaya"],
            photo_count=int(photos) if photos is not None and photos < 1e6 else None,
        )
        out.append(InputRow(proposal, tuple(notes)))
    if not out:
        raise UserError(
            _("Berkas {name} tidak berisi baris usulan.").format(name=name),
            hint=_("Isi kolom text di bawah baris judul."),
        )
    return out


def output_row(row: InputRow, result: ScoreResult | None) -> list[str]:
    if result is None:
        notes = " ".join((*row.notes, "Catatan: teks usulan kosong; baris tidak dinilai."))
        return [row.proposal.id, "", "", "", "", "", "", "", "", "", "", "", notes]
    bidang = [b.code for b in result.bidang] + ["", "", ""]
    subs = [s.code for s in result.sub_kegiatan] + [""] * 5
    explanation = " ".join((*row.notes, result.explanation_text()))
    return [
        result.id,
        *bidang[:3],
        result.agency.name if result.agency else "",
        *subs[:5],
        result.kewenangan.level,
        str(result.score) if result.bidang else "",
        explanation,
    ]


def write_score_table(path: Path, rows: Iterable[list[str]]) -> None:
    if path.exists() and path.is_dir():
        raise UserError(
            _("{path} adalah folder; berikan nama berkas keluaran .csv.").format(path=path)
        )
    if not path.parent.exists():
        raise UserError(_("Folder keluaran tidak ada: {parent}.").format(parent=path.parent))
    try:
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(OUTPUT_COLUMNS)
            writer.writerows(rows)
    except OSError as exc:
        raise UserError(
            _("Berkas keluaran {path} tidak dapat ditulis: {strerror}.").format(
                path=path, strerror=exc.strerror
            )
        ) from exc
