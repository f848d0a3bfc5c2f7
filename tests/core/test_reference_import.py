"""Reference importers: good files import, every broken file fails cleanly and changes nothing."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import Engine
from sqlmodel import select

from app import paths
from app.core.reference_import import ReferenceImportFailed, import_reference
from app.core.reference_stats import reference_stats
from app.errors import UserError
from app.models import (
    AgencyBidang,
    KamusItem,
    PaguAgency,
    PlanItem,
    PlanningCycle,
    ReferenceImport,
    RenstraItem,
)
from app.models.db import read_session

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"


def _dump(engine: Engine) -> str:
    """A digest of every row of every table: equal digests mean nothing changed."""
    digest = hashlib.sha256()
    with engine.connect() as conn:
        for line in conn.connection.driver_connection.iterdump():  # type: ignore[union-attr]
            digest.update(line.encode())
    return digest.hexdigest()


def _write_csv(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_bundled_reference_counts(engine: Engine) -> None:
    stats = reference_stats(engine)
    assert stats["nomenclature"] == {
        "urusan": 9,
        "bidang": 45,
        "program": 189,
        "kegiatan": 456,
        "sub_kegiatan": 2470,
    }
    assert stats["regions"] == {"kabupaten": 1, "kecamatan": 20, "desa": 193, "kelurahan": 44}
    assert stats["agencies"] == 54
    with read_session(engine) as session:
        kinds = [r.kind for r in session.exec(select(ReferenceImport)).all()]
        dpu = session.exec(select(AgencyBidang).where(AgencyBidang.agency_code == "1.03.01")).all()
    assert kinds == ["nomenclature", "regions", "agencies"]
    assert [b.bidang_code for b in dpu] == ["1.03"]


@pytest.mark.skipif(not SHARED.exists(), reason="shared/data not beside the checkout")
def test_shared_template_and_kamus_import(engine: Engine) -> None:
    agencies = import_reference(engine, "agencies", SHARED / "opd_template_kab_bogor.csv")
    assert agencies.rows == 33
    kamus = import_reference(engine, "kamus", SHARED / "kamus" / "kamus_usulan_surabaya.csv")
    assert kamus.rows == 62
    with read_session(engine) as session:
        assert len(session.exec(select(KamusItem)).all()) == 62


def test_rpjmd_renstra_pagu_good_files(engine: Engine, tmp_path: Path) -> None:
    rpjmd = import_reference(engine, "rpjmd", paths.resource("demo", "rpjmd_kukar_demo.csv"))
    assert rpjmd.rows == 36
    renstra = _write_csv(
        tmp_path / "renstra.csv",
        "kode_opd;kode_nomenklatur;indikator;satuan;target;tahun;pagu_indikatif\n"
        "1.03.01;1.03.10;Panjang jalan mantap;km;12;2028;Rp 12.500.000.000\n"
        "1.03.01;1.03.10.2.01;;;;2028;\n",
    )
    result = import_reference(engine, "renstra", renstra)
    assert result.rows == 2
    pagu = _write_csv(
        tmp_path / "pagu.csv",
        "tahun,kode_kecamatan,kode_opd,pagu\n2028,64.02.06,,5.000.000.000\n2028,64.02.06,1.03.01,2.000.000.000\n",
    )
    result = import_reference(engine, "pagu", pagu)
    assert any("Siklus perencanaan baru" in note for note in result.notes)
    with read_session(engine) as session:
        items = session.exec(select(RenstraItem)).all()
        cycle = session.exec(select(PlanningCycle)).one()
        split = session.exec(select(PaguAgency)).one()
        sasaran = session.exec(select(PlanItem).where(PlanItem.level == "sasaran")).all()
    assert {i.level for i in items} == {"program", "kegiatan"}
    assert items[0].indicative_budget == 12_500_000_000
    assert items[1].name == "Penyelenggaraan Jalan Kabupaten/Kota"  # from the nomenclature
    assert (cycle.year, cycle.pagu_total, split.amount) == (2028, 5_000_000_000, 2_000_000_000)
    assert len(sasaran) == 11


def test_xlsx_import(engine: Engine, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["ID Kamus", "Nama Usulan", "Kode Sub Kegiatan", "Satuan", "Harga Satuan"])
    sheet.append([1, "Semenisasi jalan lingkungan", "1.03.10.2.01.0001", "m", 1150000])
    sheet.append([2, "Sumur bor", None, "unit", "Rp 45.000.000"])
    path = tmp_path / "kamus.xlsx"
    book.save(path)
    assert import_reference(engine, "kamus", path).rows == 2
    with read_session(engine) as session:
        prices = sorted(k.unit_price or 0 for k in session.exec(select(KamusItem)).all())
    assert prices == [1_150_000, 45_000_000]


def test_windows_1252_csv_is_read(engine: Engine, tmp_path: Path) -> None:
    path = _write_csv(tmp_path / "kamus.csv", "kode,nama\n1,Pembangunan Jalan Désa\n", "cp1252")
    import_reference(engine, "kamus", path)
    with read_session(engine) as session:
        assert session.exec(select(KamusItem.name)).one() == "Pembangunan Jalan Désa"


BROKEN_CSV = {
    "missing-column": ("agencies", "kode,nama\n9.99.01,DINAS BARU\n", "kolom 'bidang_urusan'"),
    "bad-code": ("regions", "kode,nama\n64.02.6.20,Desa Salah\n", "tidak sah"),
    "duplicate-code": ("kamus", "kode,nama\n1,Jalan\n1,Jembatan\n", "ganda"),
    "unknown-bidang": (
        "agencies",
        "kode,nama,bidang_urusan\n1.03.09,DINAS X,1.99\n",
        "tidak ada di nomenklatur",
    ),
    "orphan-sub-kegiatan": (
        "nomenclature",
        "kode,nama\n1,URUSAN\n1.03,BIDANG\n1.03.10,PROGRAM\n1.03.10.2.01.0001,SUB TANPA KEGIATAN\n",
        "induk '1.03.10.2.01'",
    ),
    "negative-pagu": ("pagu", "tahun,kode_kecamatan,pagu\n2028,64.02.06,-5000000\n", "negatif"),
    "rpjmd-bad-parent": (
        "rpjmd",
        "kode,level,nama,parent_kode\nV,visi,Visi,\nS1,sasaran,Sasaran,V\n",
        "induk sasaran harus tujuan",
    ),
    "huge-cell": ("kamus", "kode,nama\n1," + "x" * 100_000 + "\n", "terlalu panjang"),
    "header-only": ("kamus", "kode,nama\n", "tidak berisi baris data"),
}


@pytest.mark.parametrize("case", sorted(BROKEN_CSV))
def test_broken_csv_fails_cleanly_and_changes_nothing(
    engine: Engine, tmp_path: Path, case: str
) -> None:
    kind, text, expected = BROKEN_CSV[case]
    path = _write_csv(tmp_path / f"{case}.csv", text)
    before = _dump(engine)
    with pytest.raises(ReferenceImportFailed) as caught:
        import_reference(engine, kind, path)
    assert expected in str(caught.value)
    assert f"{case}.csv" in str(caught.value)
    assert all(issue.source == f"{case}.csv" for issue in caught.value.issues)
    assert _dump(engine) == before


def test_issue_names_row_and_column(engine: Engine, tmp_path: Path) -> None:
    path = _write_csv(
        tmp_path / "kamus.csv", "kode,nama,harga_satuan\n1,Jalan,abc\n2,Jembatan,100\n"
    )
    with pytest.raises(ReferenceImportFailed) as caught:
        import_reference(engine, "kamus", path)
    (issue,) = caught.value.issues
    assert (issue.row, issue.column) == (2, "harga_satuan")


BROKEN_FILES = {
    "pdf-named-xlsx": (
        "x.xlsx",
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n",
        "bukan berkas Excel",
    ),
    "password-xlsx": ("x.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "kata sandi"),
    "truncated-zip-xlsx": ("x.xlsx", b"PK\x03\x04" + b"\x00" * 100, "rusak"),
    "nul-bytes-csv": ("x.csv", b"kode,nama\n1,\x00\x01\x02\x00\x00\x00Jalan\n", "biner"),
    "empty-csv": ("x.csv", b"", "kosong"),
    "broken-xls": ("x.xls", b"\xd0\xcf\x11\xe0", "bukan berkas Excel"),
    "unknown-type": ("x.pdf", b"%PDF", "tidak dikenal"),
}


@pytest.mark.parametrize("case", sorted(BROKEN_FILES))
def test_unreadable_files_fail_cleanly(engine: Engine, tmp_path: Path, case: str) -> None:
    name, content, expected = BROKEN_FILES[case]
    path = tmp_path / name
    path.write_bytes(content)
    before = _dump(engine)
    with pytest.raises(UserError) as caught:
        import_reference(engine, "kamus", path)
    assert expected in str(caught.value)
    assert _dump(engine) == before


def test_unknown_kind_and_missing_file(engine: Engine, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="tidak dikenal"):
        import_reference(engine, "anggaran", tmp_path / "x.csv")
    with pytest.raises(UserError, match="tidak ditemukan"):
        import_reference(engine, "kamus", tmp_path / "tidak-ada.csv")


def test_reimporting_nomenclature_replaces_it(engine: Engine, tmp_path: Path) -> None:
    source = paths.resource("reference", "nomenklatur.csv")
    copy = tmp_path / "nomenklatur.csv"
    shutil.copyfile(source, copy)
    result = import_reference(engine, "nomenklatur", copy)
    assert (result.rows, result.removed) == (3169, 3169)


SIPD_KAMUS = (
    "kode_sub_kegiatan;nama_sub_kegiatan;kamus_usulan;perangkat_daerah;satuan;perkiraan_harga_satuan\n"
    "1.03.10.2.01.05;Pembangunan Jalan;Semenisasi jalan lingkungan;Dinas Pekerjaan Umum;m;2.000.000\n"
    "1.02.02.2.01.10;Rehabilitasi dan Pemeliharaan Fasilitas Kesehatan Lainnya;Rehab posyandu;"
    '"Dinas Kesehatan\nDinas Pemberdayaan Masyarakat dan Desa";unit;Rp 75.000.000\n'
    "1.03.10.2.01.05;Pembangunan Jalan;Semenisasi jalan lingkungan;Dinas Perumahan dan Permukiman;m;"
    "2.000.000\n"
    "9.99.99.2.01.01;Sub Kegiatan Lama;Bantuan bibit sawit;Dinas Perkebunan;batang;15.000\n"
)


def test_sipd_kamus_as_it_comes(engine: Engine, tmp_path: Path) -> None:
    """SIPD columns, two-digit last segments, several executors, prices with dot groups."""
    path = _write_csv(tmp_path / "kamus_sipd.csv", SIPD_KAMUS)
    with pytest.raises(ReferenceImportFailed) as failed:
        import_reference(engine, "kamus", path)
    assert "9.99.99.2.01.01" in str(failed.value)  # an unknown code is named, nothing imported
    with read_session(engine) as session:
        assert session.exec(select(KamusItem)).all() == []
    good = _write_csv(tmp_path / "kamus_ok.csv", SIPD_KAMUS.rsplit("9.99.99", 1)[0])
    result = import_reference(engine, "kamus", good)
    assert result.rows == 4  # 2 items, 4 (item, executor) pairs
    with read_session(engine) as session:
        items = sorted(session.exec(select(KamusItem)).all(), key=lambda k: k.id or 0)
    road = [k for k in items if k.name == "Semenisasi jalan lingkungan"]
    assert {k.sub_kegiatan_code for k in road} == {"1.03.10.2.01.0005"}
    assert {k.agency_name for k in road} == {
        "Dinas Pekerjaan Umum",
        "Dinas Perumahan dan Permukiman",
    }
    assert len({k.code for k in road}) == 1  # one item, two executors as alternatives
    posyandu = [k for k in items if k.name == "Rehab posyandu"]
    assert [k.agency_name for k in posyandu] == [
        "Dinas Kesehatan",
        "Dinas Pemberdayaan Masyarakat dan Desa",
    ]
    assert {k.unit_price for k in items} == {2_000_000, 75_000_000}
    assert {k.sub_kegiatan_code for k in posyandu} == {"1.02.02.2.01.0010"}


def test_stale_sub_kegiatan_code_is_resolved_by_its_name(engine: Engine, tmp_path: Path) -> None:
    path = _write_csv(
        tmp_path / "kamus.csv",
        "kode_sub_kegiatan,nama_sub_kegiatan,kamus_usulan\n"
        "1.03.99.2.01.01,Pembangunan Sistem Drainase Lingkungan,Saluran drainase RT\n",
    )
    import_reference(engine, "kamus", path)
    with read_session(engine) as session:
        item = session.exec(select(KamusItem)).one()
    assert item.sub_kegiatan_code == "1.03.06.2.01.0012"
    assert item.code.startswith("K")  # no id column: a stable code is made


def _sipd_export_with_title_rows(path: Path) -> Path:
    """A kamus as offices save it from SIPD: title rows above the header, a number column, the
    price as text with "Rp" and decimals, a blank row and a closing "JUMLAH" row."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["KAMUS USULAN MUSRENBANG KABUPATEN KUTAI KARTANEGARA"])
    sheet.append(["TAHUN ANGGARAN 2026"])
    sheet.append([])
    sheet.append(
        [
            "No",
            "Kode Sub Kegiatan",
            "Nama Sub Kegiatan",
            "Kamus Usulan",
            "Perangkat Daerah",
            "Satuan",
            "Perkiraan Harga Satuan",
        ]
    )
    sheet.append(
        [
            1,
            "1.03.10.2.01.05",
            "Pembangunan Jalan",
            "Semenisasi jalan lingkungan",
            "Dinas Pekerjaan Umum",
            "Meter",
            "Rp 1.250.000,00",
        ]
    )
    sheet.append(
        [
            2,
            "2.07.03.2.01.01",
            "Proses Pelaksanaan Pendidikan dan Pelatihan Keterampilan",
            "Pelatihan menjahit",
            "Dinas Tenaga Kerja dan Transmigrasi",
            "Orang",
            "2.000.000",
        ]
    )
    sheet.append([None] * 7)
    sheet.append(["", "", "", "JUMLAH", "", "", ""])
    book.save(path)
    return path


def test_header_below_title_rows_is_found(engine: Engine, tmp_path: Path) -> None:
    path = _sipd_export_with_title_rows(tmp_path / "kamus_sipd.xlsx")
    assert import_reference(engine, "kamus", path).rows == 2
    with read_session(engine) as session:
        items = sorted(session.exec(select(KamusItem)).all(), key=lambda k: k.name)
    assert [(k.name, k.sub_kegiatan_code, k.unit_price) for k in items] == [
        ("Pelatihan menjahit", "2.07.03.2.01.0001", 2_000_000),
        ("Semenisasi jalan lingkungan", "1.03.10.2.01.0005", 1_250_000),
    ]


def test_missing_column_names_the_header_row_and_the_accepted_names(
    engine: Engine, tmp_path: Path
) -> None:
    path = _write_csv(tmp_path / "kamus.csv", "DAFTAR USULAN\nNo,Keterangan,OPD\n1,Jalan,PU\n")
    with pytest.raises(ReferenceImportFailed) as caught:
        import_reference(engine, "kamus", path)
    (issue,) = caught.value.issues
    assert issue.column == "nama"
    assert "baris 2: No, Keterangan, OPD" in issue.message
    assert "kamus_usulan" in issue.message


def test_supporting_programme_items_keep_their_bidang(engine: Engine, tmp_path: Path) -> None:
    """SIPD writes an office need under the agency's bidang (7.01.01.2.09.09); the nomenclature
    lists it once as X.XX.01.2.09.0009. Both the code and a stale code with the item's name are
    kept under that bidang; a name alone (no bidang) leaves the executor to decide."""
    path = _write_csv(
        tmp_path / "kamus.csv",
        "kode_sub_kegiatan,nama_sub_kegiatan,kamus_usulan,perangkat_daerah\n"
        "7.01.01.2.09.09,Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya,"
        "Rehab kantor camat,Kecamatan Tenggarong\n"
        "1.06.77.2.07.02,Pengadaan Kendaraan Dinas Operasional atau Lapangan,"
        "Mobil operasional dinas sosial,Dinas Sosial\n"
        ",Pengadaan Mebel,Meja kursi kantor,Kecamatan Tenggarong\n",
    )
    import_reference(engine, "kamus", path)
    with read_session(engine) as session:
        subs = {k.name: k.sub_kegiatan_code for k in session.exec(select(KamusItem)).all()}
    assert subs == {
        "Rehab kantor camat": "7.01.01.2.09.0009",
        "Mobil operasional dinas sosial": "1.06.01.2.07.0002",
        "Meja kursi kantor": None,
    }
