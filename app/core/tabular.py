"""The one table reader of the app: XLSX, XLS, ODS (python-calamine) and CSV.

It reads the files offices actually receive: title rows and blank rows above the header (found
by matching the first rows against the column names the caller knows), header cells with line
breaks and double spaces, the same header twice, merged cells (read as their top-left value),
two-row headers, a column-number row under the header, one sheet per dusun. CSV encoding
(UTF-8, UTF-16 with or without BOM, Windows-1252) and delimiter are detected; Excel's escapes of a
line break or tab that a converted CSV kept as text ("_x000D_") are decoded.

Reading is bounded: file size, decompressed size of every part of a zipped workbook (checked
while streaming, before the workbook is parsed), rows, cells and characters per cell; a DTD or
entity declaration (billion laughs, external entities) and a damaged stream are refused. Every
problem becomes a ``UserError`` that names the file and says what to do.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
import zlib
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import UserError
from common.cellsafe import restore_csv_text
from common.i18n import _
from common.numbers import format_integer

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_PART_BYTES = 200 * 1024 * 1024  # decompressed size of one part of an xlsx/ods
MAX_TOTAL_BYTES = 400 * 1024 * 1024  # decompressed size of all parts together
MAX_ROWS = 100_000
MAX_CELLS = 3_000_000
HARD_CELL_CHARS = 1_000_000  # longer cells stop the reading at once
HEADER_SCAN_ROWS = 30
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and password-protected xlsx
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
_TEXT_SUFFIXES = (".csv", ".txt", ".tsv")
_TOTAL_WORDS = re.compile(r"^(jumlah|total|sub ?total|grand total)\b", re.IGNORECASE)
# Excel's escapes of a line break or tab inside a cell ("Pembangunan_x000D_\njalan"): a workbook
# read without decoding them (openpyxl, hence pandas) and saved as CSV keeps them as text.
# "_x005F" escapes the underscore of a literal "_x000D_".
_OOXML_ESCAPE = re.compile(r"_x005[Ff](_x[0-9A-Fa-f]{4}_)|_x000([9AaDd])_")
_OOXML_CHARS = {"9": "\t", "a": "\n", "d": "\r"}


@dataclass(frozen=True)
class SourceRow:
    """One data row; ``number`` is the row number a person sees in Excel."""

    number: int
    values: dict[str, str]


@dataclass
class Table:
    source_name: str
    sheet: str | None
    headers: list[str]
    rows: list[SourceRow] = field(default_factory=list)
    encoding: str | None = None
    header_row: int = 1
    # Header cells as written in the file (line breaks and spaces tidied), by position.
    raw_headers: list[str] = field(default_factory=list)
    # (row, header) of cells from which control characters were removed.
    cleaned_cells: list[tuple[int, str]] = field(default_factory=list)
    # Rows left out as totals ("JUMLAH ...") or column-number rows ("1 2 3 ...").
    skipped_rows: list[int] = field(default_factory=list)
    # (row, text) of the title rows above the header: a village list often names its desa
    # only there ("DAFTAR USULAN DESA ..."), in a merged cell.
    title_rows: list[tuple[int, str]] = field(default_factory=list)


@dataclass
class RawSheet:
    """A sheet as a grid of texts, merged ranges already filled with their top-left value."""

    name: str | None
    rows: list[list[str]]
    cleaned: set[tuple[int, int]] = field(default_factory=set)  # (row index, column index)


def normalise_header(name: str) -> str:
    text = re.sub(r"[^0-9a-z]+", "_", str(name).strip().lower())
    return text.strip("_")


def tidy_header(name: str) -> str:
    """A header as a person reads it: line breaks and runs of spaces become one space."""
    return " ".join(str(name).split())


# --- the file as raw sheets ----------------------------------------------------------------


def _check_path(path: Path) -> int:
    if not path.exists():
        raise UserError(
            _("Berkas {path} tidak ditemukan.").format(path=path),
            hint=_("Periksa nama dan foldernya."),
        )
    if path.is_dir():
        raise UserError(_("{path} adalah folder, bukan berkas.").format(path=path))
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise UserError(
            _("Berkas {name} terlalu besar ({size} MB).").format(
                name=path.name, size=size // (1024 * 1024)
            ),
            hint=_("Batasnya {file_bytes} MB; pecah berkas menjadi beberapa bagian.").format(
                file_bytes=MAX_FILE_BYTES // (1024 * 1024)
            ),
        )
    return size


def read_sheets(
    path: Path, *, sheet: str | None = None, all_sheets: bool = False
) -> list[RawSheet]:
    """The sheets of ``path`` as grids of text (the first sheet unless told otherwise)."""
    path = Path(path)
    _check_path(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise UserError(
            _("Berkas {name} tidak dapat dibaca ({strerror}).").format(
                name=path.name, strerror=exc.strerror
            )
        ) from exc
    suffix = path.suffix.lower()
    if suffix in _TEXT_SUFFIXES and not head.startswith((_ZIP_MAGIC, _OLE_MAGIC)):
        return [_read_csv_sheet(path)]
    if suffix in _SPREADSHEET_SUFFIXES or head.startswith((_ZIP_MAGIC, _OLE_MAGIC)):
        if head.startswith(_ZIP_MAGIC):
            _scan_zip(path)
        elif head.startswith(_OLE_MAGIC):
            pass  # .xls, or an encrypted xlsx (calamine tells them apart below)
        else:
            raise UserError(
                _("Berkas {name} bukan berkas Excel/LibreOffice yang sah.").format(name=path.name),
                hint=_(
                    "Mungkin berkas lain (PDF, gambar) yang diberi nama {suffix}; simpan ulang "
                    "dari Excel sebagai .xlsx."
                ).format(suffix=suffix or "tabel"),
            )
        return _read_workbook(path, sheet, all_sheets)
    raise UserError(
        _("Jenis berkas {name} tidak dikenal.").format(name=path.name),
        hint=_("Gunakan berkas .xlsx, .xls, .ods atau .csv."),
    )


def read_first_sheet(path: Path) -> tuple[RawSheet | None, str | None]:
    """The first sheet of ``path`` as a grid (None: a workbook without sheets) and, for a CSV,
    the encoding found (None for a workbook). CSV by the file name, as ``read_tables`` does."""
    path = Path(path)
    if path.suffix.lower() in _TEXT_SUFFIXES:
        return read_csv_rows(path)
    sheets = read_sheets(path)
    return (sheets[0] if sheets else None), None


def _scan_zip(path: Path) -> None:
    """Stream every XML part once: bounded size, rows and cells; no DTD; stream intact."""
    name = path.name
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _corrupt(name) from exc
    total = 0
    rows = cells = 0
    with archive:
        for info in archive.infolist():
            if info.is_dir():
                continue
            if info.flag_bits & 0x1:
                raise UserError(
                    _("Berkas {name} terkunci kata sandi.").format(name=name),
                    hint=_("Buka di Excel, hapus kata sandinya, lalu simpan ulang."),
                )
            is_xml = info.filename.endswith((".xml", ".rels")) or info.filename == "mimetype"
            counting = is_xml and (
                "worksheets/" in info.filename or info.filename.endswith("content.xml")
            )
            part = 0
            tail = b""
            try:
                with archive.open(info) as stream:
                    while True:
                        chunk = stream.read(1024 * 1024)
                        if not chunk:
                            break
                        part += len(chunk)
                        total += len(chunk)
                        if part > MAX_PART_BYTES or total > MAX_TOTAL_BYTES:
                            raise UserError(
                                _(
                                    "Berkas {name} terlalu besar setelah dibuka (lebih dari {part_bytes} MB isi)."
                                ).format(name=name, part_bytes=MAX_PART_BYTES // (1024 * 1024)),
                                hint=_(
                                    "Mungkin ada sel yang sangat besar atau berkas rusak; pecah berkasnya atau "
                                    "simpan ulang hanya data usulannya."
                                ),
                            )
                        if not is_xml:
                            continue
                        window = tail + chunk
                        if _DTD.search(window):
                            raise UserError(
                                _(
                                    "Berkas {name} memuat deklarasi DTD/entitas XML yang tidak diizinkan."
                                ).format(name=name),
                                hint=_(
                                    "Berkas ini tidak dibuat oleh Excel/LibreOffice biasa; buka dan simpan ulang "
                                    "dari Excel sebagai .xlsx."
                                ),
                            )
                        if counting:
                            # bytes.count is fast; a tag split across two chunks is missed,
                            # which does not matter for a limit
                            rows += chunk.count(b"<row") + chunk.count(b"<table:table-row")
                            cells += (
                                chunk.count(b"<c ")
                                + chunk.count(b"<c>")
                                + chunk.count(b"<table:table-cell")
                            )
                            if rows > MAX_ROWS + HEADER_SCAN_ROWS:
                                raise _too_many_rows(name)
                            if cells > MAX_CELLS:
                                raise UserError(
                                    _("Berkas {name} berisi lebih dari {cells} sel.").format(
                                        name=name, cells=format_integer(MAX_CELLS)
                                    ),
                                    hint=_(
                                        "Hapus kolom dan lembar yang tidak dipakai, atau pecah berkasnya."
                                    ),
                                )
                        tail = window[-32:]
            except UserError:
                raise
            except (
                zipfile.BadZipFile,
                zlib.error,
                OSError,
                EOFError,
                ValueError,
                NotImplementedError,
            ) as exc:
                raise _corrupt(name) from exc


def _too_many_rows(name: str) -> UserError:
    return UserError(
        _("Berkas {name} berisi lebih dari {rows} baris.").format(
            name=name, rows=format_integer(MAX_ROWS)
        ),
        hint=_("Pecah berkas menjadi beberapa bagian, misalnya satu berkas per desa."),
    )


def _corrupt(name: str) -> UserError:
    return UserError(
        _("Berkas {name} rusak atau tidak dapat dibuka.").format(name=name),
        hint=_("Buka di Excel/LibreOffice dan simpan ulang sebagai .xlsx, lalu impor lagi."),
    )


def _read_workbook(path: Path, sheet: str | None, all_sheets: bool) -> list[RawSheet]:
    import python_calamine as calamine

    name = path.name
    try:
        book = calamine.CalamineWorkbook.from_path(str(path))
    except calamine.PasswordError as exc:
        raise UserError(
            _("Berkas {name} terkunci kata sandi.").format(name=name),
            hint=_("Buka di Excel, hapus kata sandinya, lalu simpan ulang."),
        ) from exc
    except Exception as exc:  # calamine raises several kinds for damaged files
        if path.read_bytes()[:8] == _OLE_MAGIC and path.suffix.lower() != ".xls":
            raise UserError(
                _("Berkas {name} terkunci kata sandi atau rusak.").format(name=name),
                hint=_("Buka di Excel, hapus kata sandinya, lalu simpan sebagai .xlsx."),
            ) from exc
        raise _corrupt(name) from exc
    try:
        names = list(book.sheet_names)
        if sheet is not None:
            if sheet not in names:
                raise UserError(
                    _("Lembar '{sheet}' tidak ada di {name}.").format(sheet=sheet, name=name),
                    hint=_("Lembar yang ada: {names}.").format(names=", ".join(names)),
                )
            wanted = [sheet]
        elif all_sheets:
            visible = {
                m.name
                for m in book.sheets_metadata
                if str(m.visible).lower().endswith("visible")
                and "hidden" not in str(m.visible).lower()
            }
            wanted = [n for n in names if n in visible] or names
        else:
            wanted = names[:1]
        result: list[RawSheet] = []
        for sheet_name in wanted:
            try:
                sheet_obj = book.get_sheet_by_name(sheet_name)
                grid = sheet_obj.to_python(
                    skip_empty_area=False, nrows=MAX_ROWS + HEADER_SCAN_ROWS + 1
                )
                merged = sheet_obj.merged_cell_ranges or []
            except UserError:
                raise
            except Exception as exc:
                raise _corrupt(name) from exc
            if len(grid) > MAX_ROWS + HEADER_SCAN_ROWS:
                raise _too_many_rows(name)
            result.append(_to_raw(sheet_name, grid, merged, name))
        return result
    finally:
        book.close()


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _clean(text: str, where: tuple[int, int], cleaned: set[tuple[int, int]]) -> str:
    if _CONTROL.search(text):
        cleaned.add(where)
        return _CONTROL.sub("", text)
    return text


def _to_raw(
    sheet_name: str | None,
    grid: Iterable[Iterable[object]],
    merged: Iterable[tuple[tuple[int, int], tuple[int, int]]],
    file_name: str,
) -> RawSheet:
    cleaned: set[tuple[int, int]] = set()
    rows: list[list[str]] = []
    for r, raw in enumerate(grid):
        row: list[str] = []
        for c, value in enumerate(raw):
            text = cell_text(value)
            if len(text) > HARD_CELL_CHARS:
                raise _cell_too_long(file_name, sheet_name, r + 1, c)
            row.append(_clean(text, (r, c), cleaned) if text else "")
        rows.append(row)
    for (r0, c0), (r1, c1) in merged:
        if r0 >= len(rows):
            continue
        top = rows[r0][c0] if c0 < len(rows[r0]) else ""
        for r in range(r0, min(r1, len(rows) - 1) + 1):
            for c in range(c0, c1 + 1):
                if c < len(rows[r]) and not rows[r][c]:
                    rows[r][c] = top
    return RawSheet(sheet_name, rows, cleaned)


def _cell_too_long(file_name: str, sheet: str | None, row: int, column: int) -> UserError:
    where = _("lembar {sheet}, ").format(sheet=sheet) if sheet else ""
    return UserError(
        _(
            "Berkas {file_name}: {where}baris {row}, kolom {column} berisi sel yang terlalu "
            "panjang (lebih dari {chars} huruf)."
        ).format(
            file_name=file_name,
            where=where,
            row=row,
            column=column_letter(column),
            chars=format_integer(HARD_CELL_CHARS),
        ),
        hint=_("Persingkat isi sel itu (uraian panjang cukup beberapa paragraf), lalu impor lagi."),
    )


def column_letter(index: int) -> str:
    """0-based column index → Excel letter (0 → A)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


# --- CSV -------------------------------------------------------------------------------------


def decode_text(raw: bytes, name: str) -> tuple[str, str]:
    """Text of a CSV file and the encoding found (BOMs, UTF-16 without BOM, UTF-8, cp1252)."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return _decode_as(raw[3:], "utf-8", name), "utf-8"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode_as(raw, "utf-16", name), "utf-16"
    head = raw[:4096]
    if len(head) >= 4:
        even, odd = head[0::2].count(0), head[1::2].count(0)
        half = len(head) // 2
        if odd > half * 0.3 and even == 0:
            return _decode_as(raw, "utf-16-le", name), "utf-16-le"
        if even > half * 0.3 and odd == 0:
            return _decode_as(raw, "utf-16-be", name), "utf-16-be"
    if b"\x00" in head:
        raise UserError(
            _("Berkas {name} berisi data biner, bukan teks CSV.").format(name=name),
            hint=_(
                "Pastikan berkasnya disimpan sebagai CSV (UTF-8) dari Excel, atau impor "
                "berkas Excel-nya langsung."
            ),
        )
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace"), "windows-1252"


def _decode_as(raw: bytes, encoding: str, name: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise UserError(
            _("Pengodean huruf berkas {name} tidak dikenali.").format(name=name),
            hint=_("Simpan ulang sebagai 'CSV UTF-8' dari Excel."),
        ) from exc


def sniff_delimiter(text: str) -> str:
    lines = [line for line in text[:65536].splitlines() if line.strip()][:20]
    if not lines:
        return ","
    best, best_score = ",", -1.0
    for candidate in (",", ";", "\t", "|"):
        counts = [line.count(candidate) for line in lines]
        if not any(counts):
            continue
        common = max(set(counts), key=counts.count)
        score = common * counts.count(common) / len(counts) if common else 0.0
        if score > best_score:
            best, best_score = candidate, score
    return best


def _read_csv_sheet(path: Path) -> RawSheet:
    raw_sheet, _encoding = read_csv_rows(path)
    return raw_sheet


def read_csv_rows(path: Path) -> tuple[RawSheet, str]:
    path = Path(path)
    _check_path(path)
    text, encoding = decode_text(path.read_bytes(), path.name)
    return parse_csv_text(text, path.name), encoding


def parse_csv_text(text: str, name: str) -> RawSheet:
    """CSV text as a grid (delimiter detected), bounded in rows and cell size."""
    if text.startswith("\ufeff"):
        text = text[1:]
    delimiter = sniff_delimiter(text)
    old_limit = csv.field_size_limit()
    csv.field_size_limit(HARD_CELL_CHARS + 16)
    cleaned: set[tuple[int, int]] = set()
    rows: list[list[str]] = []
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        for r, row in enumerate(reader):
            if r >= MAX_ROWS + HEADER_SCAN_ROWS:
                raise _too_many_rows(name)
            out: list[str] = []
            for c, value in enumerate(row):
                if len(value) > HARD_CELL_CHARS:
                    raise _cell_too_long(name, None, r + 1, c)
                if "_x00" in value:
                    value = _OOXML_ESCAPE.sub(_ooxml_char, value)
                out.append(restore_csv_text(_clean(value, (r, c), cleaned)))
            rows.append(out)
    except csv.Error as exc:
        if "field larger" in str(exc):
            raise UserError(
                _(
                    "Berkas {name} berisi sel yang terlalu panjang (lebih dari {chars} huruf)."
                ).format(name=name, chars=format_integer(HARD_CELL_CHARS)),
                hint=_("Persingkat isi sel itu, atau periksa tanda kutip yang tidak ditutup."),
            ) from exc
        raise UserError(
            _("Berkas CSV {name} tidak dapat dibaca: {exc}.").format(name=name, exc=exc),
            hint=_("Periksa tanda kutip pada berkas, atau simpan ulang dari Excel."),
        ) from exc
    finally:
        csv.field_size_limit(old_limit)
    return RawSheet(None, rows, cleaned)


def _ooxml_char(match: re.Match[str]) -> str:
    literal = match.group(1)
    return literal if literal is not None else _OOXML_CHARS[match.group(2).lower()]


# --- the header --------------------------------------------------------------------------


def _is_number_row(cells: list[str]) -> bool:
    """A row of column numbers under the header: 1 2 3 … (or (1) (2) (3) …)."""
    values = [c.strip("() ") for c in cells if c.strip()]
    if len(values) < 3 or not all(v.isdigit() for v in values):
        return False
    numbers = [int(v) for v in values]
    return numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def find_header(rows: list[list[str]], known: Collection[str] | None) -> tuple[int, list[str], int]:
    """(index of the header row, its headers as written, rows it spans: 1 or 2).

    Without ``known`` names the first non-empty row is the header. With them, the row among
    the first rows that holds the most known names; a second row that names the parts of a
    merged cell above ("Penerima Manfaat" over "L" and "P") joins the header.
    """
    first = next((i for i, row in enumerate(rows) if any(c.strip() for c in row)), None)
    if first is None:
        return -1, [], 0
    if not known:
        return first, [tidy_header(c) for c in rows[first]], 1
    best, best_score = first, 0
    for index in range(first, min(len(rows), first + HEADER_SCAN_ROWS)):
        keys = {normalise_header(c) for c in rows[index] if c.strip()}
        score = len(keys & set(known))
        if score > best_score:
            best, best_score = index, score
    header = [tidy_header(c) for c in rows[best]]
    span = 1
    if best + 1 < len(rows):
        below = rows[best + 1]
        below_keys = [normalise_header(c) for c in below]
        merged_over = [
            i
            for i, key in enumerate(below_keys)
            if key
            and i < len(header)
            and header[i]
            and (
                (i > 0 and i - 1 < len(header) and header[i - 1] == header[i])
                or (i + 1 < len(header) and header[i + 1] == header[i])
            )
        ]
        if merged_over and not _is_number_row(below):
            span = 2
            for i in merged_over:
                header[i] = f"{header[i]} {tidy_header(below[i])}"
            for i, key in enumerate(below_keys):
                if key and (i >= len(header) or not header[i]):
                    while len(header) <= i:
                        header.append("")
                    header[i] = tidy_header(below[i])
    return best, header, span


def to_table(
    raw: RawSheet,
    source_name: str,
    *,
    known: Collection[str] | None = None,
    encoding: str | None = None,
    skip_summary_rows: bool = True,
) -> Table:
    index, written, span = find_header(raw.rows, known)
    if index < 0:
        raise UserError(
            _("Berkas {source_name} kosong.").format(source_name=source_name),
            hint=_("Isi baris judul kolom dan datanya."),
        )
    headers: list[str] = []
    seen: dict[str, int] = {}
    for text in written:
        key = normalise_header(text)
        if key:
            seen[key] = seen.get(key, 0) + 1
            if seen[key] > 1:
                key = f"{key}_{seen[key]}"
        headers.append(key)
    table = Table(
        source_name,
        raw.name,
        headers,
        encoding=encoding,
        header_row=index + 1,
        raw_headers=written,
    )
    for r in range(index):
        # A merged title repeats its text over the whole range: each text once.
        texts = list(dict.fromkeys(c.strip() for c in raw.rows[r] if c.strip()))
        if texts:
            table.title_rows.append((r + 1, " ".join(texts)))
    for r in range(index + span, len(raw.rows)):
        cells = [c.strip() for c in raw.rows[r]]
        if not any(cells):
            continue
        number = r + 1
        if skip_summary_rows and (_is_number_row(cells) or _is_totals_row(cells)):
            table.skipped_rows.append(number)
            continue
        values = {h: (cells[i] if i < len(cells) else "") for i, h in enumerate(headers) if h}
        table.rows.append(SourceRow(number, values))
        for rr, cc in raw.cleaned:
            if rr == r and cc < len(headers) and headers[cc]:
                table.cleaned_cells.append((number, headers[cc]))
    return table


def _is_totals_row(cells: list[str]) -> bool:
    texts = [c for c in cells if c and not re.fullmatch(r"[\d.,\sRp()-]+", c)]
    distinct = set(texts)
    return len(distinct) == 1 and bool(_TOTAL_WORDS.match(texts[0]))


def read_table(
    path: Path,
    *,
    sheet: str | None = None,
    known: Collection[str] | None = None,
    skip_summary_rows: bool = True,
) -> Table:
    """The first sheet (or ``sheet``) of ``path`` as a table."""
    return read_tables(
        path, sheet=sheet, known=known, all_sheets=False, skip_summary_rows=skip_summary_rows
    )[0]


def read_tables(
    path: Path,
    *,
    sheet: str | None = None,
    known: Collection[str] | None = None,
    all_sheets: bool = True,
    min_known: int = 2,
    skip_summary_rows: bool = True,
) -> list[Table]:
    """Every sheet of ``path`` whose header holds ``min_known`` known names (at least one)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in _TEXT_SUFFIXES:
        raw_csv, encoding = read_csv_rows(path)
        return [
            to_table(
                raw_csv,
                path.name,
                known=known,
                encoding=encoding,
                skip_summary_rows=skip_summary_rows,
            )
        ]
    sheets = read_sheets(path, sheet=sheet, all_sheets=all_sheets)
    tables: list[Table] = []
    for raw in sheets:
        if not any(any(c.strip() for c in row) for row in raw.rows):
            continue
        table = to_table(raw, path.name, known=known, skip_summary_rows=skip_summary_rows)
        if known and len(sheets) > 1 and len(set(table.headers) & set(known)) < min_known:
            continue
        tables.append(table)
    if not tables:
        if sheets and len(sheets) == 1:
            raise UserError(
                _("Berkas {name} kosong.").format(name=path.name),
                hint=_("Isi baris judul kolom dan datanya."),
            )
        return [to_table(sheets[0], path.name, known=known)] if sheets else []
    return tables
