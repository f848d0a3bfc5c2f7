"""The Excel twins: every table of a document as a sheet with the same columns, ``#,##0`` number
formats, the document's header lines and digest on top, and the column header frozen."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.core.reports.model import ReportInfo, TableData
from common.cellsafe import set_cell
from common.dates import format_date_id

MONEY_FORMAT = "#,##0"
COUNT_FORMAT = "#,##0"
FRACTION_FORMAT = "#,##0.00"
HEAD_FILL = PatternFill("solid", fgColor="E4E7EB")
GROUP_FILL = PatternFill("solid", fgColor="F1F3F5")
TOTAL_FILL = PatternFill("solid", fgColor="DDE2E7")
THIN = Side(style="thin", color="666666")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
_BAD_SHEET_CHARS = str.maketrans({c: "-" for c in "[]:*?/\\"})


def header_lines(info: ReportInfo, table: TableData) -> list[str]:
    held = format_date_id(info.held_on) if info.held_on else "tanggal belum diisi"
    seal = "Digest sesi" if info.sealed else "Digest sementara (sesi belum disegel)"
    return [
        f"Pemerintah {info.kabupaten} – Kecamatan {info.kecamatan}",
        table.title,
        f"{info.session_title}; {held}",
        f"{seal}: {info.digest}; kode verifikasi {info.code}",
    ]


def _sheet_name(name: str, used: set[str]) -> str:
    base = name.translate(_BAD_SHEET_CHARS)[:31] or "Tabel"
    candidate, n = base, 2
    while candidate in used:
        suffix = f" ({n})"
        candidate = base[: 31 - len(suffix)] + suffix
        n += 1
    used.add(candidate)
    return candidate


def write_table(sheet: Worksheet, info: ReportInfo, table: TableData) -> int:
    """Write one table; returns the row number of its column header."""
    lines = header_lines(info, table)
    for i, line in enumerate(lines, start=1):
        set_cell(sheet.cell(row=i, column=1), line).font = Font(bold=i <= 2)
    head = len(lines) + 2
    for j, column in enumerate(table.columns, start=1):
        cell = sheet.cell(row=head, column=j, value=column.header)
        cell.font = Font(bold=True)
        cell.fill = HEAD_FILL
        cell.border = BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        sheet.column_dimensions[get_column_letter(j)].width = max(6.0, column.width * 0.95)
    row_number = head
    for row in table.rows:
        row_number += 1
        if row.style in ("group", "note"):
            text = " ".join(str(v) for v in row.values if v not in (None, ""))
            cell = set_cell(sheet.cell(row=row_number, column=1), text)
            cell.font = Font(bold=row.style == "group", italic=row.style == "note")
            if row.style == "group":
                for j in range(1, len(table.columns) + 1):
                    sheet.cell(row=row_number, column=j).fill = GROUP_FILL
            continue
        bold = row.style in ("subtotal", "total")
        fill = TOTAL_FILL if row.style == "total" else GROUP_FILL if bold else None
        for j, (value, column) in enumerate(zip(row.values, table.columns, strict=True), start=1):
            cell = sheet.cell(row=row_number, column=j)
            if value is not None and value != "":
                set_cell(cell, value)  # text stays text: no formula from a proposal title
            if column.kind == "money":
                cell.number_format = MONEY_FORMAT
            elif column.kind == "int":
                cell.number_format = COUNT_FORMAT
            elif column.kind == "number":
                fractional = isinstance(value, float) and not value.is_integer()
                cell.number_format = FRACTION_FORMAT if fractional else COUNT_FORMAT
            else:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = BORDER
            if bold:
                cell.font = Font(bold=True)
            if fill is not None:
                cell.fill = fill
    sheet.freeze_panes = sheet.cell(row=head + 1, column=1)
    sheet.print_title_rows = f"{head}:{head}"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape" if len(table.columns) > 7 else "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.oddFooter.left.text = f"Kode verifikasi {info.code}"
    sheet.oddFooter.right.text = "Halaman &P dari &N"
    return head


def write_workbook(path: Path, info: ReportInfo, tables: list[TableData]) -> int:
    """Write the tables to ``path``; returns the number of sheets."""
    book = Workbook()
    default = book.active
    used: set[str] = set()
    for table in tables:
        sheet = book.create_sheet(_sheet_name(table.name, used))
        write_table(sheet, info, table)
    if default is not None:
        book.remove(default)
    book.properties.title = f"{info.document_title} – {info.session_title}"
    book.properties.subject = f"Digest sesi {info.digest}"
    book.properties.creator = "Musrenbang Kecamatan"
    book.save(str(path))
    return len(tables)
