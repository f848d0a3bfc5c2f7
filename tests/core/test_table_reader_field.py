"""Real shapes of field files (issue #14): SIPD kabupaten-wide exports with a title row,
re-import of the same export, names cut short, village spreadsheets, .xls and .ods."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, func
from sqlmodel import select

from app.core.demo import create_demo
from app.core.proposal_io import commit_import, preview_import
from app.core.proposal_io.columns import known_headers
from app.core.tabular import read_table, read_tables
from app.models import Agency, NomenclatureEntry, PlanningCycle, Proposal, Region
from app.models.db import read_session, write_session
from tests.field_files import (
    CUT_TYPO_SUB,
    SHORT_AGENCY,
    TYPO_AGENCY,
    sipd_export,
    typed_sipd_export,
    village_workbook,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "tables"


@pytest.fixture
def office(engine: Engine) -> Engine:
    create_demo(engine, empty=True)
    return engine


def _kecamatan(engine: Engine) -> tuple[str, list[str]]:
    with read_session(engine) as session:
        cycle = session.exec(select(PlanningCycle)).one()
        kec = session.get(Region, cycle.kecamatan_code)
        assert kec is not None
        villages = list(
            session.exec(select(Region.name).where(Region.parent_code == kec.code)).all()
        )
        return kec.name, villages


def _count(engine: Engine) -> int:
    with read_session(engine) as session:
        return int(session.exec(select(func.count()).select_from(Proposal)).one())


def test_header_found_below_title_rows_and_tidied(office: Engine, tmp_path: Path) -> None:
    kec, _ = _kecamatan(office)
    path = sipd_export(tmp_path / "sipd.xlsx", own_kecamatan=kec, own_rows=3, other_rows=2)
    table = read_table(path, known=known_headers())
    assert table.header_row == 4
    assert "perangkat_daerah_tujuan_akhir" in table.headers
    assert "tanggal_usul" in table.headers and "alamat_lokasi" in table.headers
    assert table.headers.count("keterangan") == 1 and "keterangan_2" in table.headers
    assert "PERANGKAT DAERAH TUJUAN AKHIR" in table.raw_headers
    assert len(table.rows) == 5


def test_kabupaten_wide_export_imports_own_rows_and_reimports_without_duplicates(
    office: Engine, tmp_path: Path
) -> None:
    kec, _ = _kecamatan(office)
    path = sipd_export(tmp_path / "sipd.xlsx", own_kecamatan=kec, own_rows=30, other_rows=45)
    preview = preview_import(office, path)
    assert preview.format == "sipd"
    assert len(preview.skipped) == 45 and all(r.action == "skip" for r in preview.skipped)
    assert len(preview.rows) == 30 and not preview.error_rows, preview.problems[:3]
    first = next(r for r in preview.rows if r.row == 5)
    assert first.sipd_id == "USL-2024000"
    assert first.values.estimated_cost == 100 * 1_250_000  # volume × harga satuan
    assert first.values.agency_code is not None and first.agency_confidence == 1.0
    # names cut short ("...") are matched by prefix
    cut = [r for r in preview.rows if (r.row - 5) % 3 == 0]
    assert cut and all(r.values.sub_kegiatan_code for r in cut)
    with_cost = next(r for r in preview.rows if r.row == 6)
    assert with_cost.values.estimated_cost == 101 * 1_250_000  # from Nilai Usulan text
    outcome = commit_import(office, preview, actor="op")
    assert outcome.inserted == 30
    with read_session(office) as session:
        stored = session.exec(select(Proposal).where(Proposal.sipd_id == "USL-2024001")).one()
    assert (
        stored.sipd_status == "Diterima" and stored.pengusul and stored.pengusul.startswith("Desa")
    )

    again = preview_import(office, path)
    assert again.summary()["new"] == 0 and again.summary()["unchanged"] == 30
    # SIPD changed a status and a title: the same proposals are updated, none added
    with write_session(office) as session:
        p = session.exec(select(Proposal).where(Proposal.sipd_id == "USL-2024002")).one()
        p.title = "judul lama"
        session.add(p)
    changed = preview_import(office, path)
    (update,) = [r for r in changed.rows if r.action == "update"]
    assert update.sipd_id == "USL-2024002" and update.changes == ["title"]
    commit_import(office, changed, actor="op")
    assert _count(office) == 30


def test_file_without_own_rows_says_so(office: Engine, tmp_path: Path) -> None:
    kec, _ = _kecamatan(office)
    other = "Loa Kulu" if kec != "Loa Kulu" else "Anggana"
    path = sipd_export(tmp_path / "lain.csv", own_kecamatan=other, own_rows=12, other_rows=0)
    preview = preview_import(office, path)
    assert not preview.rows and len(preview.skipped) == 12
    assert any("tidak ada baris untuk Kecamatan" in p.message for p in preview.file_problems)
    assert not preview.can_import


def test_village_workbook_with_dusun_sheets(office: Engine, tmp_path: Path) -> None:
    _, villages = _kecamatan(office)
    path = village_workbook(tmp_path / "desa.xlsx", villages)
    tables = read_tables(path, known=known_headers())
    assert [t.sheet for t in tables] == ["Dusun 1", "Dusun 2"]
    assert "penerima_manfaat_perempuan" in tables[0].headers
    assert tables[0].skipped_rows == [10]  # the JUMLAH row
    preview = preview_import(office, path)
    assert len(preview.rows) == 8, [str(p) for p in preview.problems][:5]
    costs = sorted({r.values.estimated_cost for r in preview.rows if r.values.estimated_cost})
    assert costs == [1_500_000, 25_000_000, 150_000_000]
    row = preview.rows[0]
    assert (row.values.volume, row.values.satuan, row.values.dusun) == (200.0, "m", "Dusun 1")
    assert all(r.sheet.startswith("Dusun") for r in preview.rows)


@pytest.mark.parametrize("name", ["sipd_kabupaten.xls", "sipd_kabupaten.ods", "desa_dusun.ods"])
def test_xls_and_ods_fixtures_are_read(name: str) -> None:
    tables = read_tables(FIXTURES / name, known=known_headers())
    table = tables[0]
    assert table.header_row > 1  # title rows above the header
    assert "usulan" in table.headers or "nama_usulan" in table.headers
    assert len(table.rows) >= 3
    assert any("Semenisasi" in v or "drainase" in v for r in table.rows for v in r.values.values())


def test_bad_cost_names_sheet_row_and_column(office: Engine, tmp_path: Path) -> None:
    kec, _ = _kecamatan(office)
    path = sipd_export(tmp_path / "sipd.xlsx", own_kecamatan=kec, own_rows=2, other_rows=0)
    from openpyxl import load_workbook

    book = load_workbook(path)
    book["Evaluasi"]["Q5"] = "seratus ribu"
    book.save(path)
    before = _count(office)
    preview = preview_import(office, path)
    (bad,) = preview.error_rows
    (problem,) = [p for p in bad.problems if p.severity == "error"]
    assert (problem.sheet, problem.row) == ("Evaluasi", 5)
    assert problem.column is not None and problem.column.startswith("Q")
    assert _count(office) == before


def _wilayah() -> dict[str, set[str]]:
    """Village name → the kecamatan names it lies in, from the bundled reference."""
    import csv

    path = Path(__file__).resolve().parents[2] / "resources" / "reference" / "wilayah_kukar.csv"
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    names = {code: name for code, _level, name, _parent in rows[1:]}
    found: dict[str, set[str]] = {}
    for _code, level, name, parent in rows[1:]:
        if level in ("desa", "kelurahan"):
            found.setdefault(name.upper(), set()).add(names[parent].upper())
    return found


@pytest.mark.parametrize("name", ["sipd_kabupaten.xls", "sipd_kabupaten.ods"])
def test_sipd_fixture_villages_lie_in_their_kecamatan(name: str) -> None:
    (table,) = read_tables(FIXTURES / name, known=known_headers())
    wilayah = _wilayah()
    for row in table.rows:
        desa, kec = row.values["kelurahan"], row.values["kecamatan"]
        assert kec in wilayah.get(desa, set()), (row.number, desa, kec)


@pytest.mark.parametrize("name", ["sipd_kabupaten.xls", "sipd_kabupaten.ods"])
def test_sipd_export_in_xls_and_ods_previews_and_imports(office: Engine, name: str) -> None:
    preview = preview_import(office, FIXTURES / name)
    assert preview.format == "sipd" and not preview.file_problems
    # The Loa Kulu row is another kecamatan's: skipped and counted.
    assert [r.sipd_id for r in preview.skipped] == ["USL-3"]
    assert [r.sipd_id for r in preview.rows] == ["USL-1", "USL-2"]
    assert not preview.error_rows, [str(p) for p in preview.problems]
    assert [r.values.estimated_cost for r in preview.rows] == [250_000_000, 180_000_000]
    assert [(r.values.volume, r.values.satuan) for r in preview.rows] == [(200, "m"), (150, "m")]
    outcome = commit_import(office, preview, actor="op")
    assert outcome.inserted == 2
    with read_session(office) as session:
        stored = {
            p.sipd_id: (p.title, p.desa_code or "", p.sipd_status)
            for p in session.exec(select(Proposal)).all()
        }
        names = {r.code: r.name for r in session.exec(select(Region)).all()}
    assert {k: (t, names[d], s) for k, (t, d, s) in stored.items()} == {
        "USL-1": ("Semenisasi jalan RT 3", "Bendang Raya", "Diterima"),
        "USL-2": ("Semenisasi jalan usaha tani", "Jahab", "Diterima"),
    }


def test_village_spreadsheet_in_ods_takes_its_desa_from_the_title_row(office: Engine) -> None:
    path = FIXTURES / "desa_dusun.ods"
    (table,) = read_tables(path, known=known_headers())
    assert "desa_kelurahan" not in table.headers and "kode_desa" not in table.headers
    preview = preview_import(office, path)
    assert not preview.file_problems, [str(p) for p in preview.file_problems]
    assert len(preview.rows) == 3 and not preview.error_rows, [str(p) for p in preview.problems]
    with read_session(office) as session:
        (code,) = session.exec(select(Region.code).where(Region.name == "Rapak Lambur")).all()
    assert {r.values.desa_code for r in preview.rows} == {code}
    for row in preview.rows:
        (note,) = [p for p in row.warnings if "baris judul" in p.message]
        assert "Rapak Lambur" in note.message and "baris 1" in note.message
    assert [r.values.estimated_cost for r in preview.rows] == [1_500_000, 1_500_000, 150_000_000]
    outcome = commit_import(office, preview, actor="op")
    assert outcome.inserted == 3 and _count(office) == 3


def _title_file(tmp_path: Path, title: str) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append([title])
    sheet.append([])
    sheet.append(["No", "Nama Usulan", "Volume", "Satuan"])
    sheet.append([1, "Sumur bor RT 2", 2, "unit"])
    path = tmp_path / "desa.xlsx"
    book.save(path)
    return path


def test_title_row_naming_no_or_two_villages_gives_no_desa(office: Engine, tmp_path: Path) -> None:
    for title in ("DAFTAR USULAN MUSRENBANG DESA", "USULAN DESA JAHAB DAN DESA PANJI"):
        preview = preview_import(office, _title_file(tmp_path, title))
        assert any("Desa/Kelurahan" in p.message for p in preview.file_problems), title
    # A village whose name is part of a longer one: the longer name is the one meant.
    preview = preview_import(office, _title_file(tmp_path, "USULAN DESA LOA IPUH DARAT"))
    assert not preview.file_problems
    with read_session(office) as session:
        (code,) = session.exec(select(Region.code).where(Region.name == "Loa Ipuh Darat")).all()
    assert [r.values.desa_code for r in preview.rows] == [code]


def test_agency_typo_and_short_name_are_matched_with_their_confidence(
    office: Engine, tmp_path: Path
) -> None:
    preview = preview_import(office, typed_sipd_export(tmp_path / "sipd.csv"))
    with read_session(office) as session:
        codes = {a.name: a.code for a in session.exec(select(Agency)).all()}
    rows = {r.sipd_id: r for r in preview.rows}
    typo, short, exact = rows["USL-1"], rows["USL-2"], rows["USL-3"]
    assert typo.values.agency_code == codes["DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN"]
    assert short.values.agency_code == codes["DINAS KOMUNIKASI DAN INFORMATIKA"]
    assert exact.values.agency_code == codes["DINAS SOSIAL"] and exact.agency_confidence == 1.0
    for row, text in ((typo, TYPO_AGENCY), (short, SHORT_AGENCY)):
        assert row.agency_confidence is not None and 0.85 <= row.agency_confidence < 1.0
        (note,) = [p for p in row.warnings if p.message.startswith(f"OPD '{text}'")]
        assert f"{round(row.agency_confidence * 100)}%" in note.message


def test_sub_kegiatan_cut_short_and_mistyped_is_matched_fuzzily(
    office: Engine, tmp_path: Path
) -> None:
    with read_session(office) as session:
        pairs = session.exec(
            select(NomenclatureEntry.name, NomenclatureEntry.code).where(
                NomenclatureEntry.level == "sub_kegiatan"
            )
        ).all()
    names = {name for name, _code in pairs}
    (meant,) = [
        c for n, c in pairs if n == "Pelatihan Penyusunan Kurikulum Muatan Lokal Pendidikan Dasar"
    ]
    # The typo sits before the cut: no name starts so, the prefix path cannot find it.
    typed = CUT_TYPO_SUB.removesuffix("...").lower()
    assert not [n for n in names if n.lower().startswith(typed)]
    preview = preview_import(office, typed_sipd_export(tmp_path / "sipd.csv"))
    (row,) = [r for r in preview.rows if r.sipd_id == "USL-1"]
    assert row.values.sub_kegiatan_code == meant
    assert row.values.kegiatan_code == ".".join(meant.split(".")[:5])
    (note,) = [p for p in row.warnings if p.message.startswith("sub kegiatan")]
    assert "dicocokkan dengan " + meant in note.message and "keyakinan" in note.message


def test_rows_of_another_kabupaten_are_skipped_and_counted(office: Engine, tmp_path: Path) -> None:
    preview = preview_import(office, typed_sipd_export(tmp_path / "sipd.csv"))
    assert [r.sipd_id for r in preview.rows] == ["USL-1", "USL-2", "USL-3"]
    reasons = {r.sipd_id: r.changes for r in preview.skipped}
    assert reasons == {
        "USL-4": ["kecamatan lain (LOA KULU)"],
        "USL-5": ["kabupaten/kota lain (KUTAI TIMUR)"],
        "USL-6": ["kabupaten/kota lain (KABUPATEN KUTAI TIMUR)"],
    }
    assert preview.summary()["skipped"] == 3 and preview.skipped_other_region == 3
    outcome = commit_import(office, preview, "valid_only", actor="op")
    assert outcome.inserted == 3 and _count(office) == 3


def test_excel_escapes_left_in_a_csv_are_decoded(tmp_path: Path) -> None:
    """A workbook read without decoding Excel's escapes (openpyxl, hence pandas) and saved as
    CSV keeps a line break inside a cell as "_x000D_": the title is the title, not
    "Pembangunan_x000D_"; an escaped underscore ("_x005F_x000D_") stays the text it was."""
    path = tmp_path / "usulan.csv"
    path.write_text(
        "judul;masalah\n"
        '"Pembangunan jalan usaha_x000D_\ntani Dusun II";Jalan_x000D__x000A_rusak_x0009_parah\n'
        "Kode _x005F_x000D_ tertulis;-\n",
        encoding="utf-8",
    )
    table = read_table(path)
    assert [row.values for row in table.rows] == [
        {"judul": "Pembangunan jalan usaha\r\ntani Dusun II", "masalah": "Jalan\r\nrusak\tparah"},
        {"judul": "Kode _x000D_ tertulis", "masalah": "-"},
    ]
