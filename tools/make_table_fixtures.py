"""Write the small .xls and .ods files under tests/fixtures/tables/ (run once; they are checked in).

    uv run python tools/make_table_fixtures.py

.xls through xlwt (old Excel 97-2003 format), .ods through odfpy (LibreOffice), both dev-only
dependencies; the app reads both through python-calamine.
"""

from __future__ import annotations

from pathlib import Path

import xlwt
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableCell, TableRow
from odf.text import P

OUT = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "tables"
TITLE = "EVALUASI USULAN MUSRENBANG KABUPATEN KUTAI KARTANEGARA TAHUN 2024"
HEADER = [
    "NO",
    "ID USULAN",
    "PENGUSUL",
    "USULAN",
    "MASALAH",
    "KECAMATAN",
    "KELURAHAN",
    "PERANGKAT DAERAH\nTUJUAN AKHIR",
    "STATUS",
    "Volume",
    "Satuan",
    "Nilai Usulan",
]
# Villages of the demo office's kecamatan (resources/reference/wilayah_kukar.csv), and one
# row of another kecamatan that an import there skips.
ROWS = [
    [
        1,
        "USL-1",
        "Desa Bendang Raya",
        "Semenisasi jalan RT 3",
        "Becek",
        "TENGGARONG",
        "BENDANG RAYA",
        "DINAS PEKERJAAN UMUM",
        "Diterima",
        200,
        "m",
        "Rp 250.000.000",
    ],
    [
        2,
        "USL-2",
        "Desa Jahab",
        "Semenisasi jalan usaha tani",
        "Licin",
        "TENGGARONG",
        "JAHAB",
        "DINAS PEKERJAAN UMUM",
        "Diterima",
        150,
        "m",
        180000000,
    ],
    [
        3,
        "USL-3",
        "Desa Loa Kulu Kota",
        "Semenisasi gang mawar",
        "Banjir",
        "LOA KULU",
        "LOA KULU KOTA",
        "DINAS PEKERJAAN UMUM",
        "Ditolak",
        80,
        "m",
        "95 juta",
    ],
]


def write_xls(path: Path) -> None:
    book = xlwt.Workbook()
    sheet = book.add_sheet("Evaluasi")
    sheet.write_merge(0, 0, 0, len(HEADER) - 1, TITLE)
    for c, text in enumerate(HEADER):
        sheet.write(2, c, text)
    for r, row in enumerate(ROWS, start=3):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    book.save(str(path))


def _cell(value: object, span: int = 1) -> TableCell:
    if isinstance(value, int):
        cell = TableCell(valuetype="float", value=value)
    else:
        cell = TableCell(valuetype="string")
    if span > 1:
        cell.setAttribute("numbercolumnsspanned", str(span))
    if value != "":
        cell.addElement(P(text=str(value)))
    return cell


def write_ods(path: Path, title: str, header: list[str], rows: list[list[object]]) -> None:
    doc = OpenDocumentSpreadsheet()
    table = Table(name="Usulan")
    first = TableRow()
    first.addElement(_cell(title, len(header)))
    table.addElement(first)
    table.addElement(TableRow())
    for line in [header, *rows]:
        row = TableRow()
        for value in line:
            row.addElement(_cell(value))
        table.addElement(row)
    doc.spreadsheet.addElement(table)
    doc.save(str(path))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    write_xls(OUT / "sipd_kabupaten.xls")
    write_ods(OUT / "sipd_kabupaten.ods", TITLE, HEADER, ROWS)
    write_ods(
        OUT / "desa_dusun.ods",
        # A real village list: no Desa column, the village named only in the merged title.
        "DAFTAR USULAN DESA RAPAK LAMBUR KECAMATAN TENGGARONG",
        ["No", "Nama Usulan", "Volume", "Perkiraan Biaya", "Lokasi"],
        [
            [1, "Pembangunan drainase RT 1", "200 m", "Rp 1.500.000", "RT 1"],
            [2, "Pembangunan drainase RT 2", "150 m", "1,5 juta", "RT 2"],
            [3, "Pembangunan drainase RT 3", "100 m", "150jt", "RT 3"],
            ["", "JUMLAH", "", "Rp 153.000.000", ""],
        ],
    )


if __name__ == "__main__":
    main()
