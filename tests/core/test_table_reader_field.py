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
from app.models import PlanningCycle, Proposal, Region
from app.models.db import read_session, write_session
from tests.field_files import sipd_export, village_workbook

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
