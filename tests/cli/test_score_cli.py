"""``musrenbang score``: good and bad input files, with and without a database."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import Engine

from app.cli import run
from app.core.scorer.tableio import OUTPUT_COLUMNS
from app.models import RoutingConfirmation
from app.models.db import write_session

GOOD = (
    "id,text,desa,kecamatan,volume,satuan,biaya\n"
    "U1,Semenisasi jalan gang RT 05,Perian,Muara Muntai,200,m,150000000\n"
    "U2,Pemasangan PJU tenaga surya,,,10,titik,\n"
    "U3,,,,,,\n"
    "U4,Rehab RTLH warga miskin,Perian,,3,unit,90.000.000\n"
)


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames or ()) == OUTPUT_COLUMNS
        return list(reader)


def _score(tmp_path: Path, name: str, data: bytes | str, *extra: str) -> tuple[int, Path]:
    src = tmp_path / name
    if isinstance(data, str):
        src.write_text(data, encoding="utf-8")
    else:
        src.write_bytes(data)
    out = tmp_path / "hasil.csv"
    return run(["score", str(src), "-o", str(out), *extra]), out


def test_good_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out = _score(tmp_path, "usulan.csv", GOOD)
    assert status == 0
    rows = _read(out)
    assert [r["id"] for r in rows] == ["U1", "U2", "U3", "U4"]
    u1, u2, u3, u4 = rows
    assert (u1["bidang_1"], u1["opd_1"], u1["kewenangan"]) == (
        "1.03",
        "DINAS PEKERJAAN UMUM",
        "desa",
    )
    assert u1["sub_kegiatan_1"].startswith("1.03.") and u1["sub_kegiatan_5"]
    assert 0 <= int(u1["score"]) <= 100 and "semenisasi" in u1["explanation"]
    assert u2["bidang_1"] == "2.15"
    assert u3["bidang_1"] == "" and "kosong" in u3["explanation"]
    assert u4["bidang_1"] == "1.04"
    assert "3 usulan dinilai" in capsys.readouterr().out


def test_windows_1252_semicolon_csv(tmp_path: Path) -> None:
    data = "id;text\n1;Pembangunan jembatan ulin – desa Perian\n2;Rehab posyandu café\n"
    status, out = _score(tmp_path, "usulan.csv", data.encode("cp1252"))
    assert status == 0
    rows = _read(out)
    assert [r["bidang_1"] for r in rows] == ["1.03", "1.02"]


def test_xls_input(tmp_path: Path) -> None:
    """Old Excel files are read like the importer reads them (they were refused before)."""
    import xlwt

    book = xlwt.Workbook()
    sheet = book.add_sheet("Usulan")
    for r, row in enumerate([["id", "text"], ["1", "Pembuatan jalan usaha tani"]]):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    src = tmp_path / "usulan.xls"
    book.save(str(src))
    out = tmp_path / "hasil.csv"
    assert run(["score", str(src), "-o", str(out)]) == 0
    assert [r["bidang_1"] for r in _read(out)] == ["3.27"]  # as the same row in XLSX


def test_xlsx_input(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["ID", "Text", "Volume", "Satuan", "Biaya"])
    sheet.append([1, "Pembuatan jalan usaha tani", 1.5, "km", 600000000])
    sheet.append([2, "Pembangunan dermaga sungai", None, None, None])
    src = tmp_path / "usulan.xlsx"
    book.save(src)
    out = tmp_path / "hasil.csv"
    assert run(["score", str(src), "-o", str(out)]) == 0
    rows = _read(out)
    assert [r["id"] for r in rows] == ["1", "2"]
    assert [r["bidang_1"] for r in rows] == ["3.27", "2.15"]


def test_missing_text_column(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out = _score(tmp_path, "usulan.csv", "id,judul_x\n1,abc\n")
    assert status == 1 and not out.exists()
    err = capsys.readouterr().err
    assert "Kolom 'text' tidak ditemukan" in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("kosong.csv", b"", "kosong"),
        ("judul.csv", b"id,text\n", "tidak berisi baris"),
        # The messages of the app's one table reader (app.core.tabular), as for an import.
        ("acak.csv", bytes(range(256)) * 40, "bukan teks CSV"),
        ("rusak.xlsx", b"PK\x03\x04 not really a zip", "rusak atau tidak dapat dibuka"),
        ("rusak.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "rusak atau tidak"),
    ],
)
def test_bad_files_give_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, data: bytes, message: str
) -> None:
    status, _out = _score(tmp_path, name, data)
    err = capsys.readouterr().err
    assert status == 1 and message in err and "Traceback" not in err


def test_missing_input_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["score", str(tmp_path / "tidak-ada.csv"), "-o", str(tmp_path / "o.csv")]) == 1
    assert "tidak ditemukan" in capsys.readouterr().err


def test_output_folder_missing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "usulan.csv"
    src.write_text(GOOD, encoding="utf-8")
    assert run(["score", str(src), "-o", str(tmp_path / "x" / "o.csv")]) == 1
    assert "Folder keluaran tidak ada" in capsys.readouterr().err


def test_huge_text_and_bad_numbers_get_row_notes(tmp_path: Path) -> None:
    big = "Pembangunan jalan desa " * 4500  # ~100 KB in one cell
    data = f'id,text,volume,biaya\n1,"{big}",abc,-5\n2,"   ",,\n3,"\x07\x07",,\n'
    status, out = _score(tmp_path, "usulan.csv", data)
    assert status == 0
    rows = _read(out)
    assert rows[0]["bidang_1"] == "1.03"
    assert "dipotong" in rows[0]["explanation"] and "tidak terbaca" in rows[0]["explanation"]
    assert "negatif" in rows[0]["explanation"]
    assert rows[1]["bidang_1"] == "" and "kosong" in rows[1]["explanation"]
    assert rows[2]["bidang_1"] == "" and "Catatan" in rows[2]["explanation"]


def test_uses_confirmed_routings_from_the_database(engine: Engine, tmp_path: Path) -> None:
    with write_session(engine) as session:
        session.add(
            RoutingConfirmation(
                text="Pengadaan tenda pleton",
                bidang_code="1.05",
                agency_code="1.05.02",
                accepted=True,
            )
        )
    status, out = _score(tmp_path, "usulan.csv", "id,text\n1,pengadaan tenda pleton desa\n")
    assert status == 0
    row = _read(out)[0]
    assert (row["bidang_1"], row["opd_1"]) == ("1.05", "BADAN PENANGGULANGAN BENCANA DAERAH")
    status, out = _score(
        tmp_path, "usulan.csv", "id,text\n1,pengadaan tenda pleton desa\n", "--tanpa-basis-data"
    )
    assert status == 0 and _read(out)[0]["opd_1"] != "BADAN PENANGGULANGAN BENCANA DAERAH"


def test_extra_kamus_file(tmp_path: Path) -> None:
    kamus = tmp_path / "kamus.csv"
    kamus.write_text(
        "id_kamus,nama_usulan,jenis_usulan,pelaksana_opd\n1,Pembuatan Taman,FISIK,"
        "Dinas Lingkungan Hidup\n",
        encoding="utf-8",
    )
    status, out = _score(
        tmp_path, "usulan.csv", "id,text\n1,pembuatan taman desa\n", "--kamus", str(kamus)
    )
    assert status == 0
    row = _read(out)[0]
    assert "kamus" in row["explanation"].lower() and row["bidang_1"] in {"2.11", "1.04"}


@pytest.mark.slow
def test_subprocess_entry_point(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    src = tmp_path / "usulan.csv"
    src.write_text(GOOD, encoding="utf-8")
    out = tmp_path / "o.csv"
    env = {**os.environ}
    proc = subprocess.run(
        [sys.executable, "-m", "app", "score", str(src), "-o", str(out)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert len(_read(out)) == 4


def test_problem_column_adds_evidence_but_the_title_leads(tmp_path: Path) -> None:
    data = (
        "id,text,masalah\n"
        "P1,Pemasangan CCTV,Keamanan lingkungan: sering terjadi pencurian\n"
        "P2,Perbaikan,Jalan desa rusak berlubang dan becek\n"
    )
    status, out = _score(tmp_path, "usulan.csv", data, "--tanpa-basis-data")
    assert status == 0
    p1, p2 = _read(out)
    assert p1["bidang_1"] == "2.16"  # the problem cannot outvote the title's sector
    assert p2["bidang_1"] == "1.03"  # a bare title: the problem names the object


def test_sipd_kamus_file_as_extra_kamus(tmp_path: Path) -> None:
    kamus = tmp_path / "kamus_sipd.csv"
    kamus.write_text(
        "kode_sub_kegiatan;nama_sub_kegiatan;kamus_usulan;perangkat_daerah;satuan;perkiraan_harga_satuan\n"
        "1.05.03.2.02.04;Penyediaan Peralatan Perlindungan dan Kesiapsiagaan terhadap Bencana;"
        "Pengadaan tenda pleton untuk kegiatan warga;BADAN PENANGGULANGAN BENCANA DAERAH;unit;"
        "15.000.000\n",
        encoding="utf-8",
    )
    status, out = _score(
        tmp_path,
        "usulan.csv",
        "id,text\nK1,Pengadaan tenda pleton untuk kegiatan warga\n",
        "--tanpa-basis-data",
        "--kamus",
        str(kamus),
    )
    assert status == 0
    (row,) = _read(out)
    assert (row["bidang_1"], row["sub_kegiatan_1"]) == ("1.05", "1.05.03.2.02.0004")
    assert row["opd_1"] == "BADAN PENANGGULANGAN BENCANA DAERAH"
