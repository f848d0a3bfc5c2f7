"""Every document of the sealed demo forum, read back: pdftotext for headers, totals,
Indonesian dates and Rupiah; pdffonts for embedded fonts; openpyxl for the Excel twins."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlmodel import col, select

from app.core.forum.attendance import list_attendance
from app.core.forum.decisions import latest_decisions
from app.core.forum.delegation import list_delegates
from app.core.forum.sealing import session_digest, verification_code
from app.core.reports import REPORT_KINDS, build_report
from app.core.reports.td4 import COLUMNS as TD4_COLUMNS
from app.errors import UserError
from app.models import Decision, ForumSession, PlanningCycle, Proposal, Region
from app.models.db import read_session, write_session
from common.money import format_rupiah
from tests.core.test_report_support import (
    ReportDb,
    demo_forum_template,
    one_line,
    pdf_fonts,
    pdf_pages,
    pdf_text,
    report_db,
)

__all__ = ["demo_forum_template", "report_db"]  # fixtures

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _agreed(db: ReportDb) -> tuple[int, int]:
    with read_session(db.engine) as session:
        agreed = [
            d for d in latest_decisions(session, db.session_id).values() if d.outcome == "agreed"
        ]
    return len(agreed), sum(d.agreed_amount or 0 for d in agreed)


@pytest.mark.parametrize("kind", list(REPORT_KINDS))
def test_every_document_has_kop_footer_digest_and_embedded_fonts(
    report_db: ReportDb, tmp_path: Path, kind: str
) -> None:
    path = tmp_path / f"{kind}.pdf"
    seen: list[tuple[int, int]] = []
    result = build_report(
        report_db.engine, kind, report_db.session_id, path, lambda d, t: seen.append((d, t))
    )
    assert path.is_file() and result.format == "pdf" and result.sealed
    assert seen[0] == (0, 100) and seen[-1] == (100, 100)
    pages = pdf_pages(path)
    assert result.pages == pages >= 1
    text = pdf_text(path)
    flat = one_line(text)
    assert "PEMERINTAH KABUPATEN KUTAI KARTANEGARA" in text
    assert "KECAMATAN TENGGARONG" in text
    # Every page has its number out of the total, and the digest and verification code.
    for n in (1, pages):
        assert f"Halaman {n} dari {pages}" in text
    with read_session(report_db.engine) as session:
        digest = session_digest(session, report_db.session_id)
    printed = re.findall(r"Digest sesi: ([0-9a-f]{64})", text)
    assert len(printed) == pages and set(printed) == {digest}
    footer = f"Kode verifikasi {verification_code(digest)} Dicetak"
    assert flat.count(footer) == pages
    assert "musrenbang verify" not in flat  # the reader has no command line
    assert result.digest == digest
    fonts = pdf_fonts(path)
    assert fonts, "pdffonts listed no font"
    assert all(emb == "yes" for _name, emb in fonts), fonts
    assert all("DejaVu" in name for name, _emb in fonts), fonts
    if os.environ.get("UPDATE_SCREENSHOTS") == "1":
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        stem = tmp_path / "shot"
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "60",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(path),
                str(stem),
            ],
            check=True,
        )
        shutil.copyfile(stem.with_suffix(".png"), SCREENSHOTS / f"laporan-{kind}.png")


def test_page_one_renders_to_png(report_db: ReportDb, tmp_path: Path) -> None:
    path = tmp_path / "td4.pdf"
    build_report(report_db.engine, "td4", report_db.session_id, path)
    stem = tmp_path / "page"
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(path), str(stem)],
        check=True,
    )
    png = stem.with_suffix(".png").read_bytes()
    assert png.startswith(b"\x89PNG") and len(png) > 20_000


def test_td4_lists_agreed_proposals_per_agency_with_totals(
    report_db: ReportDb, tmp_path: Path
) -> None:
    path = tmp_path / "td4.pdf"
    build_report(report_db.engine, "td4", report_db.session_id, path)
    text = one_line(pdf_text(path))
    count, total = _agreed(report_db)
    assert "DAFTAR URUTAN KEGIATAN PRIORITAS KECAMATAN MENURUT PERANGKAT DAERAH" in text
    for header in (
        "Prioritas Daerah",
        "Sasaran Daerah",
        "Program Prioritas",
        "Kegiatan Prioritas",
        "Kode Sub",
        "Satuan",
        "(10)",
    ):
        assert header in text
    assert f"JUMLAH SELURUHNYA ({count} kegiatan) {format_rupiah(total)}" in text
    assert "PAGU INDIKATIF KECAMATAN Rp 7.500.000.000" in text
    assert f"SISA PAGU {format_rupiah(7_500_000_000 - total)}" in text
    assert "Jumlah DINAS PEKERJAAN UMUM" in text
    assert "Kamis, 11 Februari 2027" in text
    with read_session(report_db.engine) as session:
        agreed = [
            d.proposal_id
            for d in latest_decisions(session, report_db.session_id).values()
            if d.outcome == "agreed"
        ]
        titles = [
            p.title
            for p in session.exec(select(Proposal).where(col(Proposal.id).in_(agreed))).all()
        ]
    missing = [t for t in titles if one_line(t)[:18] not in text]
    assert not missing


def test_td4_excel_twin_has_the_same_columns_formats_and_totals(
    report_db: ReportDb, tmp_path: Path
) -> None:
    path = tmp_path / "td4.xlsx"
    result = build_report(report_db.engine, "td4", report_db.session_id, path)
    assert result.format == "xlsx" and result.pages == 1
    book = load_workbook(path)
    sheet = book["T-D.4"]
    header_row = next(
        r for r in range(1, 12) if sheet.cell(row=r, column=1).value == TD4_COLUMNS[0].header
    )
    headers = [sheet.cell(row=header_row, column=j + 1).value for j in range(len(TD4_COLUMNS))]
    assert headers == [c.header for c in TD4_COLUMNS]
    assert sheet.freeze_panes == f"A{header_row + 1}"
    assert any(
        "kode verifikasi" in str(sheet.cell(row=r, column=1).value) for r in range(1, header_row)
    )
    pagu_col = [c.key for c in TD4_COLUMNS].index("pagu") + 1
    count, total = _agreed(report_db)
    data_amounts = []
    grand = None
    for r in range(header_row + 1, sheet.max_row + 1):
        label = sheet.cell(row=r, column=2).value
        value = sheet.cell(row=r, column=pagu_col).value
        if isinstance(label, str) and label.startswith("JUMLAH SELURUHNYA"):
            grand = value
        elif isinstance(sheet.cell(row=r, column=1).value, int):
            data_amounts.append(value)
            assert sheet.cell(row=r, column=pagu_col).number_format == "#,##0"
    assert len(data_amounts) == count and sum(data_amounts) == total == grand


def test_berita_acara_words_points_attachments_and_signatures(
    report_db: ReportDb, tmp_path: Path
) -> None:
    path = tmp_path / "ba.pdf"
    build_report(
        report_db.engine, "berita-acara", report_db.session_id, path, number="050/17/BA/2027"
    )
    text = one_line(pdf_text(path))
    count, total = _agreed(report_db)
    assert "BERITA ACARA HASIL KESEPAKATAN" in text
    assert "Nomor: 050/17/BA/2027" in text
    assert (
        "Kamis tanggal sebelas bulan Februari tahun dua ribu dua puluh tujuh (11-02-2027)" in text
    )
    assert "bertempat di Aula Kantor Camat Tenggarong" in text
    with read_session(report_db.engine) as session:
        people = list_attendance(session, report_db.session_id)
        delegates = list_delegates(session, report_db.session_id)
    women = sum(1 for p in people if p.sex == "P")
    assert (
        f"dihadiri oleh {len(people)} orang peserta, terdiri atas {len(people) - women} laki-laki dan {women} perempuan"
        in text
    )
    assert f"sebanyak {count} kegiatan dengan nilai indikatif {format_rupiah(total)}" in text
    assert "dari pagu indikatif kecamatan sebesar Rp 7.500.000.000" in text
    for numeral in ("I", "II", "III", "IV", "V"):
        assert f"Lampiran {numeral}." in text
    assert "Pimpinan Sidang" in text and "Camat Tenggarong" in text
    assert "Wakil Peserta 1" in text and "Wakil Peserta 3" in text
    assert delegates[0].name in text


def test_berita_acara_excel_twin(report_db: ReportDb, tmp_path: Path) -> None:
    path = tmp_path / "ba.xlsx"
    build_report(report_db.engine, "berita-acara", report_db.session_id, path)
    book = load_workbook(path)
    assert book.sheetnames == ["Pokok kesepakatan", "Peserta per unsur", "Hasil per OPD"]
    _count, total = _agreed(report_db)
    rows = list(book["Hasil per OPD"].iter_rows(values_only=True))
    # The ceiling column's total adds up the ceilings it lists; the kecamatan's own ceiling
    # is a line of its own (it once stood in the "Jumlah" line as if it were the sum).
    jumlah, kecamatan = rows[-2], rows[-1]
    listed = sum(r[4] for r in rows[1:-2] if isinstance(r[4], int))
    assert jumlah[0] == "Jumlah" and jumlah[3] == total and jumlah[4] == listed < 7_500_000_000
    assert kecamatan[0] == "Pagu indikatif kecamatan" and kecamatan[4] == 7_500_000_000


def test_not_agreed_lists_every_other_outcome_with_reasons(
    report_db: ReportDb, tmp_path: Path
) -> None:
    path = tmp_path / "belum.pdf"
    build_report(report_db.engine, "belum-disepakati", report_db.session_id, path)
    text = one_line(pdf_text(path))
    with read_session(report_db.engine) as session:
        others = [
            d
            for d in latest_decisions(session, report_db.session_id).values()
            if d.outcome != "agreed"
        ]
    assert f"JUMLAH SELURUHNYA ({len(others)} usulan)" in text
    assert "Ditunda ke siklus berikut" in text and "Dialihkan ke APBDes" in text
    assert "Tidak tertampung pagu indikatif kecamatan" in text
    assert "Kewenangan lokal berskala desa" in text
    xlsx = tmp_path / "belum.xlsx"
    build_report(report_db.engine, "belum-disepakati", report_db.session_id, xlsx)
    rows = list(load_workbook(xlsx).active.iter_rows(values_only=True))
    numbered = [r for r in rows if isinstance(r[0], int)]
    assert len(numbered) == len(others)
    assert all(r[9] for r in numbered), "every row carries a reason"


def test_attendance_lists_everyone_and_the_recap(report_db: ReportDb, tmp_path: Path) -> None:
    path = tmp_path / "hadir.pdf"
    build_report(report_db.engine, "daftar-hadir", report_db.session_id, path)
    text = one_line(pdf_text(path))
    with read_session(report_db.engine) as session:
        people = list_attendance(session, report_db.session_id)
    women = sum(1 for p in people if p.sex == "P")
    assert "DAFTAR HADIR MUSRENBANG KECAMATAN TENGGARONG" in text
    assert all(p.name in text for p in people)
    assert "Tanda Tangan" in text and "Rekapitulasi kehadiran" in text
    assert f"Jumlah {len(people) - women} {women} {len(people)}" in text
    assert f"{len(people)} orang: {len(people) - women} laki-laki dan {women} perempuan" in text
    xlsx = tmp_path / "hadir.xlsx"
    build_report(report_db.engine, "daftar-hadir", report_db.session_id, xlsx)
    book = load_workbook(xlsx)
    recap = list(book["Rekap kehadiran"].iter_rows(values_only=True))
    assert recap[-1] == ("Jumlah", len(people) - women, women, len(people))


def test_delegation(report_db: ReportDb, tmp_path: Path) -> None:
    path = tmp_path / "delegasi.pdf"
    build_report(report_db.engine, "delegasi", report_db.session_id, path)
    text = one_line(pdf_text(path))
    with read_session(report_db.engine) as session:
        delegates = list_delegates(session, report_db.session_id)
    assert "DAFTAR DELEGASI MUSRENBANG KECAMATAN TENGGARONG" in text
    assert all(d.name in text for d in delegates)
    assert f"Jumlah delegasi {len(delegates)} orang" in text
    assert "Ketua delegasi" in text


def test_village_letters_one_per_village_with_the_agency_answer(
    report_db: ReportDb, tmp_path: Path
) -> None:
    with write_session(report_db.engine) as session:
        proposal = session.exec(
            select(Proposal).where(Proposal.status == "agreed").order_by(col(Proposal.number))
        ).first()
        assert proposal is not None
        proposal.upstream_status = "Diterima Renja DPU"
        proposal.upstream_reason = "masuk sub kegiatan 1.03.10.2.01.0002"
        session.add(proposal)
        desa_code = proposal.desa_code
    path = tmp_path / "desa.pdf"
    result = build_report(report_db.engine, "rekap-desa", report_db.session_id, path)
    text = one_line(pdf_text(path))
    with read_session(report_db.engine) as session:
        cycle = session.exec(select(PlanningCycle)).one()
        villages = session.exec(
            select(Region).where(Region.parent_code == cycle.kecamatan_code)
        ).all()
        sending = {p.desa_code for p in session.exec(select(Proposal)).all()}
        desa_name = session.get(Region, desa_code).name  # type: ignore[union-attr]
    letters = [v for v in villages if v.code in sending]
    assert result.pages >= len(letters)
    for village in letters:
        kind = "KELURAHAN" if village.level == "kelurahan" else "DESA"
        assert f"ATAS USULAN {kind} {village.name.upper()}" in text
    # (the answer wraps over several lines of its cell, read back line by line)
    assert "Diterima Renja DPU:" in text and "1.03.10.2.01.0002" in text
    assert "Belum ada kabar (menunggu sinkronisasi)" in text
    assert "Kepada Yth." in text and desa_name in text


def test_cards_one_proposal_per_page_with_photo_and_explanation(
    report_db: ReportDb, tmp_path: Path
) -> None:
    from PIL import Image

    from app.core.attachments import add_attachment

    with read_session(report_db.engine) as session:
        first = session.exec(select(Proposal).order_by(col(Proposal.number))).first()
        assert first is not None
        count = len(latest_decisions(session, report_db.session_id))
    photo = tmp_path / "foto.png"
    Image.new("RGB", (320, 240), (40, 120, 200)).save(photo)
    add_attachment(report_db.engine, first.id, photo, kind="photo", actor="uji")
    path = tmp_path / "kartu.pdf"
    result = build_report(report_db.engine, "kartu", report_db.session_id, path)
    assert result.pages == pdf_pages(path) == count
    text = pdf_text(path)
    assert text.count("KARTU USULAN DEMO-") == count
    assert f"KARTU USULAN {first.number}" in text
    assert "Penjelasan penilai keselarasan" in text and "Penilaian forum:" in text
    images = subprocess.run(
        ["pdfimages", "-list", str(path)], check=True, capture_output=True, text=True
    ).stdout
    assert len(images.splitlines()) - 2 == 1  # exactly the one photo
    xlsx = tmp_path / "kartu.xlsx"
    build_report(report_db.engine, "kartu", report_db.session_id, xlsx)
    rows = [
        r for r in load_workbook(xlsx).active.iter_rows(values_only=True) if isinstance(r[0], int)
    ]
    assert len(rows) == count and sorted(r[0] for r in rows) == list(range(1, count + 1))


def test_unsealed_session_prints_a_draft_with_the_current_digest(
    report_db: ReportDb, tmp_path: Path
) -> None:
    from app.core.forum.sessions import SessionDetails, create_session

    with write_session(report_db.engine) as session:
        cycle = session.exec(select(PlanningCycle)).one()
        forum = create_session(
            session,
            cycle_id=cycle.id,
            details=SessionDetails(kind="pra_forum_pd", title="Pra Forum uji"),
            actor="uji",
        )
        forum_id = forum.id
    path = tmp_path / "draf.pdf"
    result = build_report(report_db.engine, "daftar-hadir", forum_id, path)
    text = pdf_text(path)
    assert not result.sealed
    assert "DRAF – sesi belum disegel" in text
    with read_session(report_db.engine) as session:
        assert f"Digest sementara (belum disegel): {session_digest(session, forum_id)}" in text
    assert "Belum ada peserta yang tercatat hadir." in text


def test_tampered_sealed_session_is_refused(report_db: ReportDb, tmp_path: Path) -> None:
    with write_session(report_db.engine) as session:
        decision = session.exec(
            select(Decision).where(
                Decision.session_id == report_db.session_id, Decision.outcome == "agreed"
            )
        ).first()
        assert decision is not None
        session.connection().exec_driver_sql(
            "UPDATE decision SET agreed_amount = agreed_amount + 1 WHERE id = ?", (decision.id,)
        )
    path = tmp_path / "td4.pdf"
    with pytest.raises(UserError, match="digest segelnya"):
        build_report(report_db.engine, "td4", report_db.session_id, path)
    assert not path.exists()


def test_bad_requests_are_explained(report_db: ReportDb, tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"harus berakhiran \.pdf atau \.xlsx"):
        build_report(report_db.engine, "td4", report_db.session_id, tmp_path / "x.docx")
    with pytest.raises(UserError, match="tidak dikenal"):
        build_report(report_db.engine, "apbd", report_db.session_id, tmp_path / "x.pdf")
    with pytest.raises(UserError, match="tidak ada"):
        build_report(report_db.engine, "td4", "no-such-session", tmp_path / "x.pdf")
    with pytest.raises(UserError, match="Folder"):
        build_report(report_db.engine, "td4", report_db.session_id, tmp_path / "nope" / "x.pdf")
    assert not list(tmp_path.glob("*.part")) and not list(tmp_path.glob(".*.part"))


def test_cancelled_generation_leaves_no_file(report_db: ReportDb, tmp_path: Path) -> None:
    from app.errors import Cancelled

    path = tmp_path / "kartu.pdf"
    with pytest.raises(Cancelled):
        build_report(report_db.engine, "kartu", report_db.session_id, path, cancelled=lambda: True)
    assert not path.exists() and not list(tmp_path.glob(".*.part"))


def test_configured_logo_replaces_the_placeholder(report_db: ReportDb, tmp_path: Path) -> None:
    from PIL import Image

    from app.core.reports.logo import clear_logo, configured_logo, set_logo

    logo = tmp_path / "lambang.png"
    Image.new("RGB", (200, 240), (200, 30, 30)).save(logo)
    set_logo(logo)
    assert configured_logo() is not None
    path = tmp_path / "delegasi.pdf"
    build_report(report_db.engine, "delegasi", report_db.session_id, path)
    images = subprocess.run(
        ["pdfimages", "-list", str(path)], check=True, capture_output=True, text=True
    ).stdout
    assert "200   240" in images
    clear_logo()
    build_report(report_db.engine, "delegasi", report_db.session_id, path)
    images = subprocess.run(
        ["pdfimages", "-list", str(path)], check=True, capture_output=True, text=True
    ).stdout
    assert len(images.splitlines()) == 2  # header lines only: the placeholder is vector art
    bad = tmp_path / "bukan.png"
    bad.write_text("bukan gambar")
    with pytest.raises(UserError, match="tidak dapat dibaca"):
        build_report(report_db.engine, "delegasi", report_db.session_id, path, logo=bad)


def test_session_digest_matches_verify_cli(
    report_db: ReportDb, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import run

    path = tmp_path / "ba.pdf"
    build_report(report_db.engine, "berita-acara", report_db.session_id, path)
    printed = re.findall(r"Digest sesi: ([0-9a-f]{64})", pdf_text(path))
    assert run(["verify", "--session", report_db.session_id]) == 0
    out = capsys.readouterr().out
    verified = re.findall(r"digest ([0-9a-f]{64}), kode verifikasi ([0-9A-F]{4}-[0-9A-F]{4})", out)
    assert verified and set(printed) == {verified[0][0]}
    assert f"Kode verifikasi {verified[0][1]}" in pdf_text(path)
    with read_session(report_db.engine) as session:
        forum = session.get(ForumSession, report_db.session_id)
        assert forum is not None and forum.digest == verified[0][0]


def test_office_profile_fills_the_kop_address_and_the_camats_signature(
    report_db: ReportDb, tmp_path: Path
) -> None:
    from app.core.office_profile import clean_profile, save_profile

    before = tmp_path / "before.pdf"
    build_report(report_db.engine, "berita-acara", report_db.session_id, before, None)
    plain = one_line(pdf_text(before))
    # Before the profile is filled the camat still has a place to sign, with a dotted line.
    assert "Mengetahui, Camat Tenggarong" in plain and "NIP" not in plain
    save_profile(
        report_db.engine,
        clean_profile(
            "Drs. Arianto, M.Si", "19700101 199503 1 004", "Jl. Jend. Sudirman No. 1, Tenggarong"
        ),
    )
    path = tmp_path / "ba.pdf"
    build_report(report_db.engine, "berita-acara", report_db.session_id, path, None)
    text = one_line(pdf_text(path))
    assert "Jl. Jend. Sudirman No. 1, Tenggarong" in text
    assert "Mengetahui, Camat Tenggarong" in text
    assert "Drs. Arianto, M.Si" in text and "NIP 19700101 199503 1 004" in text
    # The address is the kop's third line on every document, not only the berita acara.
    td4 = tmp_path / "td4.pdf"
    build_report(report_db.engine, "td4", report_db.session_id, td4, None)
    assert "Jl. Jend. Sudirman No. 1, Tenggarong" in one_line(pdf_text(td4))


def test_a_card_names_a_supporting_programme_sub_kegiatan(
    report_db: ReportDb, tmp_path: Path
) -> None:
    """7.01.01.2.09.0009 is named by its X.XX placeholder's nomenclature entry on the card."""
    with write_session(report_db.engine) as session:
        first = session.exec(select(Proposal).order_by(col(Proposal.number))).first()
        assert first is not None
        first.sub_kegiatan_code = "7.01.01.2.09.0009"
        session.add(first)
    path = tmp_path / "kartu.pdf"
    build_report(report_db.engine, "kartu", report_db.session_id, path)
    text = one_line(pdf_text(path))
    assert "7.01.01.2.09.0009 Pemeliharaan/Rehabilitasi Gedung Kantor" in text
