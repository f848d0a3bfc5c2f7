"""The portal's XLSX exports keep an office's text as text (issue #15, items 4 and 11, on the
kabupaten side): a title that looks like a formula is not a live formula, and a control
character that reached the server does not break the file."""

from __future__ import annotations

import io

from openpyxl import load_workbook

from server.portal.exports import workbook
from server.portal.models import PortalProposal
from server.portal.reference import Names

HYPERLINK = '=HYPERLINK("http://contoh.invalid/curi","Klik di sini")'


def _proposal(title: str, reason: str | None = None) -> PortalProposal:
    return PortalProposal(
        id="7d1c0d8e-4f5a-4a7e-9a0e-0c8b1f2e3d4c",
        kecamatan_code="64.02.03",
        title=title,
        upstream_status="deferred",
        upstream_reason=reason,
        estimated_cost=1_250_000,
    )


def test_formula_starts_stay_text_and_control_characters_go() -> None:
    rows = [
        _proposal(HYPERLINK),
        _proposal("Jalan\x0b usaha tani\x1b RT 05", reason="@SUM(A1:A9)"),
        _proposal("-10 persen dari pagu", reason="+62 812 000"),
    ]
    names = Names(regions={}, agencies={}, agency_short={}, bidang={})
    sheet = load_workbook(io.BytesIO(workbook("=Judul", rows, names))).active
    assert sheet is not None
    title = sheet.cell(row=1, column=1)
    assert title.value == "=Judul" and title.data_type == "s"
    cells = [sheet.cell(row=row, column=column) for row in (3, 4, 5) for column in (4, 15)]
    assert [c.value for c in cells] == [
        HYPERLINK,
        None,  # no reason given: an empty cell
        "Jalan usaha tani RT 05",
        "@SUM(A1:A9)",
        "-10 persen dari pagu",
        "+62 812 000",
    ]
    for cell in cells:
        if isinstance(cell.value, str) and cell.value[:1] in "=+-@":
            assert cell.data_type == "s" and cell.quotePrefix, cell.coordinate
    assert sheet.cell(row=3, column=12).value == 1_250_000
