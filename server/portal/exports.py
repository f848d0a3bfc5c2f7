"""XLSX exports of agreed proposals (per OPD, per kecamatan, kabupaten-wide)."""

from __future__ import annotations

import io
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font

from common.cellsafe import set_cell
from server.portal.decisions import status_label
from server.portal.models import PortalProposal
from server.portal.reference import Names

HEADERS = (
    "No",
    "Kecamatan",
    "Nomor usulan",
    "Usulan",
    "Desa/Kelurahan",
    "Prioritas kecamatan",
    "OPD",
    "Bidang urusan",
    "Sub kegiatan",
    "Volume",
    "Satuan",
    "Perkiraan biaya (Rp)",
    "Pagu disepakati (Rp)",
    "Status kabupaten",
    "Alasan / keterangan",
)
MONEY = '"Rp" #,##0'


def _put(sheet: Any, row: int, values: list[object]) -> None:
    """One row through ``set_cell``: an office's title like ``=HYPERLINK(...)`` stays text and a
    control character the device API let through cannot break the file."""
    for column, value in enumerate(values, start=1):
        set_cell(sheet.cell(row=row, column=column), value)


def workbook(title: str, rows: list[PortalProposal], names: Names) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Usulan"
    _put(sheet, 1, [title])
    sheet["A1"].font = Font(bold=True, size=13)
    _put(sheet, 2, list(HEADERS))
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for number, row in enumerate(rows, start=1):
        _put(
            sheet,
            number + 2,
            [
                number,
                names.kecamatan(row.kecamatan_code),
                row.number or "",
                row.title,
                names.regions.get(row.desa_code or "", row.desa_code or ""),
                row.priority,
                names.agency(row.agency_now),
                row.bidang_code or "",
                row.sub_kegiatan_code or "",
                row.volume,
                row.satuan or "",
                row.estimated_cost,
                row.agreed_amount,
                status_label(row.upstream_status),
                row.upstream_reason or "",
            ],
        )
        sheet.cell(row=number + 2, column=12).number_format = MONEY
        sheet.cell(row=number + 2, column=13).number_format = MONEY
    for column, width in zip(
        "ABCDEFGHIJKLMNO", (5, 18, 14, 50, 20, 10, 34, 10, 20, 8, 10, 18, 18, 26, 40), strict=True
    ):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A3"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
