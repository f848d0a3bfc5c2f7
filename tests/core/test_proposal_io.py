"""Village template, import with preview (good and broken files, SIPD), export round trip."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import Engine, func
from sqlmodel import select

from app.core.database import open_database
from app.core.demo import create_demo
from app.core.proposal_io import (
    ImportRejected,
    commit_import,
    export_proposals,
    preview_import,
    write_template,
)
from app.core.proposal_queries import filtered_proposal_ids
from app.errors import Cancelled, UserError
from app.models import AuditEvent, PlanningCycle, Proposal, Region
from app.models.db import read_session
from app.models.proposal import CONTENT_FIELDS


@pytest.fixture
def office(engine: Engine) -> Engine:
    create_demo(engine, empty=True)
    return engine


def _villages(engine: Engine) -> list[str]:
    with read_session(engine) as session:
        cycle = session.exec(select(PlanningCycle)).one()
        return list(
            session.exec(
                select(Region.name)
                .where(Region.parent_code == cycle.kecamatan_code)
                .order_by(Region.code)
            ).all()
        )


def _count(engine: Engine) -> int:
    with read_session(engine) as session:
        return int(session.exec(select(func.count()).select_from(Proposal)).one())


BAD_ROWS = {12: "title", 202: "volume", 452: "desa"}  # Excel row numbers


def _village_file(engine: Engine, path: Path, rows: int = 500) -> Path:
    """The app's template, filled in by a village: ``rows`` proposals, three of them bad."""
    write_template(engine, path)
    villages = _villages(engine)
    book = load_workbook(path)
    sheet = book["Usulan"]
    headers = [c.value for c in sheet[1]]
    col = {h: i + 1 for i, h in enumerate(headers)}
    for n in range(rows):
        excel_row = n + 2
        values = {
            "Desa/Kelurahan": villages[n % len(villages)],
            "Judul Usulan": f"Semenisasi jalan lingkungan gang {n} RT {n % 30 + 1}",
            "Permasalahan": "Jalan becek saat hujan",
            "Alamat/Lokasi": f"Gang {n}",
            "Lintang": -0.44,
            "Bujur": 117.04,
            "Volume": 100 + n,
            "Satuan": "m",
            "Perkiraan Biaya (Rp)": (100 + n) * 1_200_000,
            "Penerima Manfaat": 300,
            "Perempuan": 150,
            "Peringkat Desa": n // len(villages) + 1,
            "Kewenangan": "kabupaten",
            "Sumber": "Musrenbang Desa/Kelurahan",
            "Lahan Siap": "ya",
        }
        if BAD_ROWS.get(excel_row) == "title":
            values["Judul Usulan"] = None
        elif BAD_ROWS.get(excel_row) == "volume":
            values["Volume"] = -5
        elif BAD_ROWS.get(excel_row) == "desa":
            values["Desa/Kelurahan"] = "Desa Antah Berantah"
        for header, value in values.items():
            sheet.cell(row=excel_row, column=col[header], value=value)
    book.save(path)
    return path


def test_template_has_lists_instructions_and_imports_as_empty(
    office: Engine, tmp_path: Path
) -> None:
    path = write_template(office, tmp_path / "templat.xlsx")
    book = load_workbook(path)
    assert book.sheetnames[:2] == ["Usulan", "Petunjuk"]
    sheet = book["Usulan"]
    headers = [c.value for c in sheet[1]]
    assert headers[:7] == [
        "Nomor",
        "Kode Desa",
        "Desa/Kelurahan",
        "Dusun",
        "RT",
        "RW",
        "Judul Usulan",
    ]
    formulas = {
        str(dv.sqref).split(":")[0][0]: dv.formula1 for dv in sheet.data_validations.dataValidation
    }
    desa_letter = "C"
    assert formulas[desa_letter].startswith("=Daftar!$A$2")
    lists = book["Daftar"]
    assert lists.sheet_state == "hidden"
    names = [c.value for c in lists["A"][1:] if c.value is not None]
    assert sorted(names) == sorted(_villages(office))
    assert (
        len(sheet.data_validations.dataValidation) == 6
    )  # desa, satuan, kewenangan, sumber, 2 flags
    assert "Cara mengisi" in [c.value for c in book["Petunjuk"]["A"]]
    preview = preview_import(office, path)
    assert preview.rows == [] and not preview.can_import


def test_three_bad_rows_among_500(office: Engine, tmp_path: Path) -> None:
    path = _village_file(office, tmp_path / "desa.xlsx")
    seen: list[tuple[int, int]] = []
    preview = preview_import(office, path, progress=lambda done, total: seen.append((done, total)))
    assert len(preview.rows) == 500 and preview.format == "template"
    assert sorted(r.row for r in preview.error_rows) == sorted(BAD_ROWS)
    by_row = {r.row: r for r in preview.error_rows}
    assert by_row[12].problems[0].column == "G (Judul Usulan)"
    assert by_row[12].problems[0].sheet == "Usulan"
    assert "wajib diisi" in by_row[12].problems[0].message
    assert any(p.column == "M (Volume)" for p in by_row[202].problems)
    assert any(
        "Antah" in p.message and p.column == "C (Desa/Kelurahan)" for p in by_row[452].problems
    )
    assert seen[-1] == (500, 500)

    with pytest.raises(ImportRejected) as caught:
        commit_import(office, preview, "all_or_nothing", actor="op")
    assert "baris 12" in caught.value.message and "3 baris" in caught.value.message
    assert _count(office) == 0

    outcome = commit_import(office, preview, "valid_only", actor="op")
    assert (outcome.inserted, sorted(outcome.rejected_rows)) == (497, sorted(BAD_ROWS))
    assert _count(office) == 497

    # The same file again: nothing is duplicated.
    again = commit_import(office, preview_import(office, path), "valid_only", actor="op")
    assert (again.inserted, again.unchanged) == (0, 497)
    assert _count(office) == 497
    with read_session(office) as session:
        summary = session.exec(
            select(AuditEvent).where(AuditEvent.entity == "proposal_import")
        ).all()
    assert len(summary) == 2


def test_renamed_and_extra_columns_are_tolerated(office: Engine, tmp_path: Path) -> None:
    path = tmp_path / "desa.csv"
    village = _villages(office)[0]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            ["Nama Usulan", "Desa", "Catatan Desa", "Volume", "Satuan", "Biaya", "Prioritas"]
        )
        writer.writerow(["Sumur bor RT 3", village, "penting", "2", "titik", "Rp 90.000.000", "1"])
        writer.writerow(["Lampu PJU RT 4", village, "", "10", "titik", "150.000.000", "2"])
    preview = preview_import(office, path)
    assert preview.error_rows == []
    assert preview.ignored_columns == ["catatan_desa"]
    assert preview.columns["judul_usulan"] == "nama_usulan"
    outcome = commit_import(office, preview, actor="op")
    assert outcome.inserted == 2
    with read_session(office) as session:
        costs = sorted(c or 0 for c in session.exec(select(Proposal.estimated_cost)).all())
    assert costs == [90_000_000, 150_000_000]


def test_a_file_without_a_title_column_is_refused_as_a_whole(
    office: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "salah.csv"
    path.write_text("Kegiatan Apa;Desa\nSumur;Jahab\n", encoding="utf-8")
    preview = preview_import(office, path)
    assert preview.file_problems and "Judul Usulan" in preview.file_problems[0].message
    with pytest.raises(ImportRejected):
        commit_import(office, preview, "valid_only")


def test_password_protected_xlsx_gets_a_clear_message(office: Engine, tmp_path: Path) -> None:
    path = tmp_path / "terkunci.xlsx"
    # An encrypted Office file is an OLE compound document, whatever its name says.
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024)
    with pytest.raises(UserError) as caught:
        preview_import(office, path)
    assert "kata sandi" in caught.value.message
    assert "hapus kata sandinya" in caught.value.hint


def test_windows_1252_csv_keeps_its_letters(office: Engine, tmp_path: Path) -> None:
    path = tmp_path / "desa-1252.csv"
    village = _villages(office)[1]
    text = (
        "Judul Usulan;Desa/Kelurahan;Permasalahan;Volume;Satuan;Perkiraan Biaya (Rp);Peringkat Desa\n"
        f"Rehab musholla ‘Al-Ikhlas’ – café warga;{village};Atap bocor, lantai rusak;1;unit;75.000.000;1\n"
    )
    path.write_bytes(text.encode("cp1252"))
    preview = preview_import(office, path)
    assert preview.encoding == "windows-1252"
    assert preview.error_rows == []
    commit_import(office, preview, actor="op")
    with read_session(office) as session:
        title = session.exec(select(Proposal.title)).one()
    assert title == "Rehab musholla ‘Al-Ikhlas’ – café warga"


def test_sipd_export_is_recognised_and_mapped(office: Engine, tmp_path: Path) -> None:
    path = tmp_path / "sipd.csv"
    villages = _villages(office)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            [
                "ID",
                "Tanggal",
                "Pengusul",
                "Usulan",
                "Masalah",
                "Alamat",
                "Kab/Kec/Kel",
                "OPD",
                "Status",
                "Volume",
                "Satuan",
                "Anggaran",
                "Sub Kegiatan",
            ]
        )
        writer.writerow(
            [
                "SIPD-881",
                "2025-01-20",
                f"Desa {villages[0]}",
                "Pembangunan drainase RT 5",
                "Banjir",
                "RT 5",
                f"KUTAI KARTANEGARA / TENGGARONG / {villages[0].upper()}",
                "Dinas Pekerjaan Umum dan Penataan Ruang",
                "Diterima OPD",
                "300",
                "m",
                "450000000",
                "1.03.10.2.01.0001 Pembangunan Drainase",
            ]
        )
        writer.writerow(
            [
                "SIPD-882",
                "2025-01-21",
                "Kelurahan X",
                "Usulan kecamatan lain",
                "-",
                "-",
                "KUTAI KARTANEGARA / LOA KULU / LOH SUMBER",
                "Dinas Antah",
                "Baru",
                "1",
                "unit",
                "1000000",
                "",
            ]
        )
    preview = preview_import(office, path)
    assert preview.format == "sipd"
    (good,) = preview.rows
    (bad,) = preview.skipped  # another kecamatan: skipped and counted, not an error
    assert bad.action == "skip" and "LOA KULU" in bad.changes[0]
    assert good.ok, good.problems
    assert (
        good.values.sub_kegiatan_code == "1.03.10.2.01.0001" and good.values.bidang_code == "1.03"
    )
    assert good.values.agency_code is not None and good.values.agency_code.startswith("1.03")
    assert good.values.estimated_cost == 450_000_000 and good.values.kewenangan == "kabupaten"
    outcome = commit_import(office, preview, "valid_only", actor="op")
    assert outcome.inserted == 1
    with read_session(office) as session:
        proposal = session.exec(select(Proposal)).one()
    # SIPD's STATUS is kept as SIPD's; upstream_status belongs to the kabupaten's answers
    # (the server refuses an office op that writes it, so the import would never sync).
    assert (proposal.number, proposal.upstream_status) == ("SIPD-881", None)
    assert (proposal.sipd_id, proposal.sipd_status) == ("SIPD-881", "Diterima OPD")
    assert proposal.pengusul == f"Desa {villages[0]}"


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_then_import_round_trip_without_loss(
    demo_engine: Engine, tmp_path: Path, suffix: str
) -> None:
    with read_session(demo_engine) as session:
        cycle = session.exec(select(PlanningCycle)).one()
        ids = filtered_proposal_ids(session, cycle.id)
        original = {p.number: p for p in session.exec(select(Proposal)).all()}
    path = tmp_path / f"ekspor{suffix}"
    assert export_proposals(demo_engine, ids, path) == 150

    # Into the same database: everything is recognised, nothing duplicated.
    same = preview_import(demo_engine, path)
    assert {r.action for r in same.rows} == {"unchanged"}

    # Into another office database of the same kecamatan: identical content.
    other = open_database(tmp_path / "lain.sqlite3")
    create_demo(other.engine, empty=True)
    outcome = commit_import(other.engine, preview_import(other.engine, path), actor="op")
    assert outcome.inserted == 150
    with read_session(other.engine) as session:
        copied = {p.number: p for p in session.exec(select(Proposal)).all()}
    assert copied.keys() == original.keys()
    for number, proposal in original.items():
        for name in CONTENT_FIELDS:
            assert getattr(copied[number], name) == getattr(proposal, name), (number, name)
    other.engine.dispose()


def test_export_formats(demo_engine: Engine, tmp_path: Path) -> None:
    with read_session(demo_engine) as session:
        cycle = session.exec(select(PlanningCycle)).one()
        ids = filtered_proposal_ids(session, cycle.id, None, "estimated_cost", True)[:5]
    xlsx = tmp_path / "lima.xlsx"
    export_proposals(demo_engine, ids, xlsx)
    sheet = load_workbook(xlsx)["Usulan"]
    assert sheet.freeze_panes == "A2"
    cost = sheet.cell(row=2, column=15)
    assert sheet.cell(row=1, column=15).value == "Perkiraan Biaya (Rp)"
    assert cost.number_format == "#,##0" and isinstance(cost.value, int)
    assert sheet.column_dimensions["G"].width > 20  # autosized to the titles
    csv_path = tmp_path / "lima.csv"
    export_proposals(demo_engine, ids, csv_path)
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.decode("utf-8-sig").splitlines()[0].startswith("Nomor;Kode Desa;")
    with pytest.raises(UserError):
        export_proposals(demo_engine, ids, tmp_path / "x.pdf")


def test_cancel_rolls_everything_back(office: Engine, tmp_path: Path) -> None:
    path = _village_file(office, tmp_path / "desa.xlsx", rows=120)
    preview = preview_import(office, path)
    calls = {"n": 0}

    def cancel_after_a_while() -> bool:
        calls["n"] += 1
        return calls["n"] > 3

    with pytest.raises(Cancelled):
        commit_import(office, preview, "valid_only", actor="op", cancelled=cancel_after_a_while)
    assert _count(office) == 0
    with pytest.raises(Cancelled):
        preview_import(office, path, cancelled=lambda: True)


def test_import_in_chunks_keeps_the_chain_and_one_outbox_entry_per_row(
    office: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The commit writes in chunks (here of 7) inside one transaction: every proposal and
    every audit event has its outbox entry, the chain verifies, values are the previewed ones."""
    from app.core.audit import verify_chain
    from app.core.proposal_io import importer
    from app.models import OutboxEntry

    monkeypatch.setattr(importer, "FLUSH_CHUNK", 7)
    path = _village_file(office, tmp_path / "desa.xlsx", rows=60)
    preview = preview_import(office, path)
    outcome = commit_import(office, preview, "valid_only", actor="op")
    assert outcome.inserted == 59  # row 12 has no title

    # An update through the same batch path: one row's problem text changed in the file.
    book = load_workbook(path)
    sheet = book["Usulan"]
    headers = [c.value for c in sheet[1]]
    sheet.cell(row=5, column=headers.index("Permasalahan") + 1, value="Jalan longsor")
    book.save(path)
    again = commit_import(office, preview_import(office, path), "valid_only", actor="op")
    assert (again.inserted, again.updated, again.unchanged) == (0, 1, 58)

    with read_session(office) as session:
        report = verify_chain(session)
        assert report.ok, report.problem
        events = session.exec(select(AuditEvent).order_by(AuditEvent.seq)).all()  # type: ignore[arg-type]
        imports = [e for e in events if e.entity == "proposal" and e.action == "import"]
        assert sorted(e.entity_id for e in imports) == sorted(outcome.proposal_ids)
        updates = [e for e in events if e.action == "import_update"]
        assert [e.entity_id for e in updates] == again.proposal_ids
        assert "Jalan longsor" in (updates[0].after_json or "")
        entries = session.exec(select(OutboxEntry)).all()
        audit_entries = {e.entity_id for e in entries if e.entity == "audit_event"}
        assert audit_entries == {e.id for e in events}
        inserts = [e.entity_id for e in entries if e.entity == "proposal" and e.op == "insert"]
        assert sorted(inserts) == sorted(outcome.proposal_ids)
        assert [e.entity_id for e in entries if e.op == "update"] == again.proposal_ids
        stored = {p.id: p for p in session.exec(select(Proposal)).all()}
    by_title = {p.title: p for p in stored.values()}
    for row in preview.valid_rows:
        proposal = by_title[row.values.title]
        for name, value in row.values.as_dict().items():
            if name != "problem" or proposal.id not in again.proposal_ids:
                assert getattr(proposal, name) == value, name
    assert len(stored) == 59


def test_a_supporting_programme_item_is_written_under_its_agencys_bidang(
    office: Engine, tmp_path: Path
) -> None:
    """A SIPD row naming an office need by its nomenclature name (listed once as X.XX.01...)
    takes the bidang its agency's code opens with; without an agency it is left empty, said."""
    path = tmp_path / "sipd.csv"
    village = _villages(office)[0]
    header = ["ID", "Tanggal", "Pengusul", "Usulan", "Masalah", "Alamat", "Kab/Kec/Kel", "OPD"]
    header += ["Status", "Volume", "Satuan", "Anggaran", "Sub Kegiatan"]
    common = [f"Desa {village}", "Mobil operasional", "-", "-"]
    where = f"KUTAI KARTANEGARA / TENGGARONG / {village.upper()}"
    item = "Pengadaan Kendaraan Dinas Operasional atau Lapangan"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        row = ["S-1", "2025-01-20", *common, where, "Dinas Sosial", "Baru", "1", "unit"]
        writer.writerow([*row, "350000000", item])
        writer.writerow(["S-2", "2025-01-20", *common, where, "", "Baru", "1", "unit", "1", item])
    preview = preview_import(office, path)
    with_agency, without = preview.rows  # in file order
    assert with_agency.values.sub_kegiatan_code == "1.06.01.2.07.0002"
    assert with_agency.values.bidang_code == "1.06"
    assert not [p for p in with_agency.problems if "sub kegiatan" in p.message.lower()]
    assert without.values.sub_kegiatan_code is None
    assert any("program penunjang" in p.message for p in without.problems)
