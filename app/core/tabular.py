"""Reading the tables people bring: CSV (UTF-8 or Windows-1252, comma or semicolon) and XLSX.

Every problem becomes a ``UserError`` that names the file and says what to do; nothing here
lets a malformed file escape as a traceback.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app.core.errors import UserError

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_CELL_CHARS = 10_000
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted xlsx and old .xls


@dataclass(frozen=True)
class SourceRow:
    """One data row; ``number`` is the row number a person sees in Excel (header is row 1)."""

    number: int
    values: dict[str, str]


@dataclass
class Table:
    source_name: str
    sheet: str | None
    headers: list[str]
    rows: list[SourceRow] = field(default_factory=list)
    encoding: str | None = None


def normalise_header(name: str) -> str:
    text = re.sub(r"[^0-9a-z]+", "_", name.strip().lower())
    return text.strip("_")


def read_table(path: Path, *, sheet: str | None = None) -> Table:
    if not path.exists():
        raise UserError(f"Berkas {path} tidak ditemukan.", hint="Periksa nama dan foldernya.")
    if path.is_dir():
        raise UserError(f"{path} adalah folder, bukan berkas.")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise UserError(
            f"Berkas {path.name} terlalu besar ({size // (1024 * 1024)} MB).",
            hint=f"Batasnya {MAX_FILE_BYTES // (1024 * 1024)} MB; pecah berkas menjadi beberapa bagian.",
        )
    with path.open("rb") as handle:
        head = handle.read(8)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        if head.startswith(_OLE_MAGIC):
            raise UserError(
                f"Berkas {path.name} terkunci kata sandi atau berformat Excel lama (.xls).",
                hint="Buka di Excel, hapus kata sandinya, lalu simpan sebagai .xlsx.",
            )
        if not head.startswith(_ZIP_MAGIC):
            raise UserError(
                f"Berkas {path.name} bukan berkas Excel (.xlsx) yang sah.",
                hint="Mungkin berkas lain (PDF, gambar) yang diberi nama .xlsx; simpan ulang dari Excel.",
            )
        return _read_xlsx(path, sheet)
    if suffix in (".csv", ".txt"):
        return _read_csv(path)
    if suffix == ".xls":
        raise UserError(
            f"Format Excel lama (.xls) tidak didukung: {path.name}.",
            hint="Buka di Excel lalu simpan sebagai .xlsx.",
        )
    raise UserError(
        f"Jenis berkas {path.name} tidak dikenal.", hint="Gunakan berkas .xlsx atau .csv."
    )


def _decode(raw: bytes, name: str) -> tuple[str, str]:
    if b"\x00" in raw[:4096]:
        raise UserError(
            f"Berkas {name} berisi data biner, bukan teks CSV.",
            hint="Pastikan berkasnya disimpan sebagai CSV dari Excel.",
        )
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), "windows-1252"
    except UnicodeDecodeError as exc:
        raise UserError(
            f"Pengodean huruf berkas {name} tidak dikenali.",
            hint="Simpan ulang sebagai 'CSV UTF-8' dari Excel.",
        ) from exc


def _read_csv(path: Path) -> Table:
    text, encoding = _decode(path.read_bytes(), path.name)
    first_line = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first_line.count)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise UserError(f"Berkas CSV {path.name} tidak dapat dibaca: {exc}.") from exc
    table = _to_table(path.name, None, iter(rows))
    table.encoding = encoding
    return table


def _read_xlsx(path: Path, sheet: str | None) -> Table:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError) as exc:
        raise UserError(
            f"Berkas Excel {path.name} rusak atau tidak dapat dibuka ({exc}).",
            hint="Buka di Excel dan simpan ulang sebagai .xlsx.",
        ) from exc
    try:
        if sheet is not None:
            if sheet not in workbook.sheetnames:
                raise UserError(
                    f"Lembar '{sheet}' tidak ada di {path.name}.",
                    hint=f"Lembar yang ada: {', '.join(workbook.sheetnames)}.",
                )
            worksheet = workbook[sheet]
        else:
            worksheet = workbook.worksheets[0]
        values = (
            ["" if cell is None else _cell_text(cell) for cell in row]
            for row in worksheet.iter_rows(values_only=True)
        )
        return _to_table(path.name, worksheet.title, values)
    finally:
        workbook.close()


def _cell_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _to_table(name: str, sheet: str | None, rows: Iterator[list[str]]) -> Table:
    numbered = enumerate(rows, start=1)  # row numbers as Excel shows them
    header_row: list[str] | None = None
    for _number, raw in numbered:
        if any(str(cell).strip() for cell in raw):
            header_row = [str(cell) for cell in raw]
            break
    if header_row is None:
        raise UserError(f"Berkas {name} kosong.", hint="Isi baris judul kolom dan datanya.")
    headers = [normalise_header(cell) for cell in header_row]
    table = Table(name, sheet, headers)
    for number, raw in numbered:
        cells = [str(cell).strip() for cell in raw]
        if not any(cells):
            continue
        values = {h: (cells[i] if i < len(cells) else "") for i, h in enumerate(headers) if h}
        table.rows.append(SourceRow(number, values))
    return table
