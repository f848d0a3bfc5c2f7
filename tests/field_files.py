"""Files in the shapes offices receive (issue #14), built by the tests and the benchmark.

SIPD exports: title rows and a blank row above the header, header cells with line breaks and
double spaces, the same header twice, dates as text, sub kegiatan by name (sometimes cut
short), the rows of every kecamatan of the kabupaten. Village spreadsheets: merged title,
two-row header, amounts as text, "200 m", separator rows, a JUMLAH row, one sheet per dusun.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook

from app import paths

SIPD_HEADER = [
    "NO",
    "ID USULAN",
    "TANGGAL\nUSUL",
    "PENGUSUL",
    "USULAN",
    "MASALAH",
    "ALAMAT  LOKASI",
    "KABUPATEN/KOTA",
    "KECAMATAN",
    "KELURAHAN",
    "PERANGKAT DAERAH\nTUJUAN AWAL",
    "PERANGKAT DAERAH\nTUJUAN AKHIR",
    "STATUS",
    "Volume",
    "Satuan",
    "Harga Satuan",
    "Nilai Usulan",
    "Nilai Akomodir",
    "SUB KEGIATAN",
    "Keterangan",
    "REKOMENDASI\nBAPPEDA",
    "Keterangan",
]


@dataclass(frozen=True)
class Reference:
    agencies: list[str]  # names as in the Kukar list
    sub_kegiatan: list[tuple[str, str]]  # (code, name)
    regions: dict[str, list[str]]  # kecamatan name → desa names


def reference() -> Reference:
    with paths.resource("reference", "opd_kukar_default.csv").open(encoding="utf-8") as handle:
        agencies = [r["nama"] for r in csv.DictReader(handle)]
    with paths.resource("reference", "nomenklatur.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    names = [(r["kode"], r["nama"]) for r in rows if r["level"] == "sub_kegiatan"]
    counts: dict[str, int] = {}
    for _code, name in names:
        counts[name.lower()] = counts.get(name.lower(), 0) + 1
    subs = [(c, n) for c, n in names if counts[n.lower()] == 1 and len(n) > 40][:200]
    with paths.resource("reference", "wilayah_kukar.csv").open(encoding="utf-8") as handle:
        wilayah = list(csv.DictReader(handle))
    kec = {r["kode"]: r["nama"] for r in wilayah if r["level"] == "kecamatan"}
    regions: dict[str, list[str]] = {name: [] for name in kec.values()}
    for r in wilayah:
        if r["level"] in ("desa", "kelurahan") and r["parent_kode"] in kec:
            regions[kec[r["parent_kode"]]].append(r["nama"])
    return Reference(agencies, subs, regions)


def sipd_export(
    path: Path,
    *,
    own_kecamatan: str,
    own_rows: int,
    other_rows: int,
    cut_short: bool = True,
    id_prefix: str = "USL",
) -> Path:
    """A kabupaten-wide SIPD evaluation export as .xlsx (or .csv by the suffix)."""
    ref = reference()
    others = [k for k in ref.regions if k != own_kecamatan and ref.regions[k]]
    lines: list[list[object]] = []
    for i in range(own_rows + other_rows):
        kec = own_kecamatan if i % (own_rows + other_rows) < own_rows else others[i % len(others)]
        desa_list = ref.regions[kec]
        desa = desa_list[i % len(desa_list)]
        _code, sub = ref.sub_kegiatan[i % len(ref.sub_kegiatan)]
        if cut_short and i % 3 == 0:
            sub = sub[: len(sub) - 8] + "..."
        volume = 100 + i % 400
        price = 1_250_000
        lines.append(
            [
                i + 1,
                f"{id_prefix}-{2024000 + i}",
                f"{(i % 28) + 1:02d}-01-2024",
                f"Desa {desa}",
                f"Semenisasi jalan lingkungan RT {i % 30 + 1} dusun {i % 7 + 1} nomor {i}",
                "Jalan tanah becek dan licin saat hujan",
                f"RT {i % 30 + 1} {desa}",
                "KUTAI KARTANEGARA",
                kec.upper(),
                desa.upper(),
                ref.agencies[i % len(ref.agencies)],
                ref.agencies[(i + 1) % len(ref.agencies)] if i % 5 else "",
                "Diterima" if i % 4 else "Ditolak",
                volume,
                "m",
                f"Rp {price:,}".replace(",", "."),
                f"Rp {volume * price:,}".replace(",", ".") if i % 6 else "",
                "",
                sub,
                "",
                "Sesuai RPJMD",
                "catatan",
            ]
        )
    if path.suffix.lower() == ".csv":
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow(["EVALUASI USULAN MUSRENBANG KABUPATEN KUTAI KARTANEGARA TAHUN 2024"])
            writer.writerow([])
            writer.writerow(SIPD_HEADER)
            writer.writerows(lines)
        return path
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Evaluasi"
    sheet.append(["EVALUASI USULAN MUSRENBANG KABUPATEN KUTAI KARTANEGARA TAHUN 2024"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(SIPD_HEADER))
    sheet.append(["Dicetak dari SIPD-RI, 18-01-2024"])
    sheet.append([])
    sheet.append(SIPD_HEADER)
    for line in lines:
        sheet.append(line)
    book.save(path)
    return path


def village_workbook(path: Path, villages: list[str], dusun_sheets: int = 2) -> Path:
    """A village's own spreadsheet: merged title, two-row header, one sheet per dusun."""
    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    amounts = ["Rp 1.500.000", "1,5 juta", "150jt", "Rp. 25.000.000,-"]
    for d in range(dusun_sheets):
        sheet = book.create_sheet(f"Dusun {d + 1}")
        sheet.append([f"DAFTAR USULAN DESA {villages[0].upper()} — DUSUN {d + 1}"])
        sheet.merge_cells("A1:H1")
        sheet.append([])
        sheet.append(
            [
                "No",
                "Desa",
                "Nama Usulan",
                "Volume",
                "Perkiraan Biaya",
                "Penerima Manfaat",
                "",
                "Lokasi",
            ]
        )
        sheet.merge_cells("F3:G3")
        sheet.append(["", "", "", "", "", "Laki-laki", "Perempuan", ""])
        for col in ("A", "B", "C", "D", "E", "H"):
            sheet.merge_cells(f"{col}3:{col}4")
        for i in range(4):
            if i == 2:
                sheet.append([])  # separator row
            sheet.append(
                [
                    i + 1,
                    villages[0],
                    f"Pembangunan drainase dusun {d + 1} ruas {i + 1}",
                    "200 m",
                    amounts[i],
                    40 + i,
                    35 + i,
                    f"RT {i + 1}",
                ]
            )
        sheet.append(["", "JUMLAH", "", "", "Rp 176.500.000", 166, 146, ""])
    book.save(path)
    return path


# A small SIPD export written by hand: OPD names and sub kegiatan names as people type them,
# and rows of another kecamatan and of another kabupaten.
_SIPD_HEADER = (
    "ID USULAN;PENGUSUL;USULAN;MASALAH;KABUPATEN/KOTA;KECAMATAN;KELURAHAN;"
    "PERANGKAT DAERAH TUJUAN AKHIR;Volume;Satuan;Nilai Usulan;SUB KEGIATAN"
)
TYPO_AGENCY = "Dinas Perumhan dan Kawasan Pemukiman"  # Perumahan, Permukiman
SHORT_AGENCY = "Dinas Kominfo"  # Dinas Komunikasi dan Informatika (DISKOMINFO)
# "Pelatihan Penyusunan Kurikulum Muatan Lokal Pendidikan Dasar", mistyped and cut short.
CUT_TYPO_SUB = "Pelatihan Penyusunan Kurikulm Muatan Lokal Pendidikan Da..."


def typed_sipd_export(path: Path) -> Path:
    """Six rows in Tenggarong's SIPD layout: three of its own (OPD mistyped, OPD shortened,
    sub kegiatan mistyped and cut short), one of Loa Kulu, two of Kutai Timur."""
    lines = [
        _SIPD_HEADER,
        "USL-1;Desa Jahab;Rumah dinas guru;Rusak;KUTAI KARTANEGARA;TENGGARONG;JAHAB;"
        f"{TYPO_AGENCY};1;unit;350000000;{CUT_TYPO_SUB}",
        "USL-2;Desa Jahab;Menara internet;Sinyal lemah;KUTAI KARTANEGARA;TENGGARONG;JAHAB;"
        f"{SHORT_AGENCY};1;unit;150000000;",
        "USL-3;Desa Panji;Bantuan sosial;Miskin;KUTAI KARTANEGARA;TENGGARONG;PANJI;"
        "DINAS SOSIAL;1;paket;50000000;",
        "USL-4;Desa Loa Kulu Kota;Jalan desa;Becek;KUTAI KARTANEGARA;LOA KULU;LOA KULU KOTA;"
        "DINAS PEKERJAAN UMUM;100;m;90000000;",
        # Kutai Timur has no Tenggarong, but a file may carry any name: the kabupaten decides.
        "USL-5;Desa Jahab;Jalan lain;Becek;KUTAI TIMUR;TENGGARONG;JAHAB;"
        "DINAS PEKERJAAN UMUM;100;m;90000000;",
        "USL-6;Desa Sangatta;Drainase;Banjir;KABUPATEN KUTAI TIMUR;SANGATTA UTARA;SANGATTA;"
        "DINAS PEKERJAAN UMUM;100;m;90000000;",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
