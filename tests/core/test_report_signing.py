"""Documents ready to sign (issue #17): volumes, NIP, the T-D.4 numbering and signatures, the
berita acara's place, note-taker and totals, and page images where no text leaves its cell."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle
from sqlmodel import col, select

from app.core.forum.decisions import DecisionInput, decide
from app.core.forum.sessions import SessionDetails, create_session
from app.core.reports import build_report
from app.core.reports.fonts import REGULAR, register_fonts
from app.core.reports.layout import (
    PageArea,
    Signer,
    build_pdf,
    format_nip,
    signature_blocks,
    table_flowable,
)
from app.core.reports.model import Column, ReportInfo, TableData
from app.models import ForumSession, Proposal
from app.models.db import write_session
from app.models.types import utcnow
from common.numbers import format_number
from tests.core.test_report_support import (
    ReportDb,
    Word,
    demo_forum_template,
    layout_problems,
    one_line,
    pdf_text,
    pdf_words,
    report_db,
)

__all__ = ["demo_forum_template", "report_db"]  # fixtures


@pytest.mark.parametrize(
    ("value", "printed"),
    [
        (12.999, "12,999"),  # printed "12," before
        (12.5, "12,5"),
        (0.25, "0,25"),
        (1250.0, "1.250"),
        (1250.75, "1.250,75"),
        (7.0, "7"),
        (2.9999, "3"),
        (-1.5, "-1,5"),
    ],
)
def test_volumes_keep_their_fraction(value: float, printed: str) -> None:
    assert format_number(value) == printed


def test_nip_is_printed_in_its_groups() -> None:
    assert format_nip("197001011990031001") == "19700101 199003 1 001"
    assert format_nip("19700101 199003 1 001") == "19700101 199003 1 001"
    assert format_nip("12345") == "12345"  # not a NIP: as typed


def _words_on(words: list[Word], page: int) -> str:
    return " ".join(w.text for w in words if w.page == page)


def _gapped_session(db: ReportDb) -> tuple[str, str, list[str]]:
    """A new open session where the forum agreed three proposals of one agency with the
    priorities 2, 5 and 9 (gaps left by proposals later not agreed)."""
    with write_session(db.engine) as session:
        sealed = session.get(ForumSession, db.session_id)
        assert sealed is not None
        by_agency: dict[str, list[Proposal]] = {}
        for p in session.exec(
            select(Proposal).where(Proposal.status == "agreed").order_by(col(Proposal.number))
        ).all():
            by_agency.setdefault(p.agency_code or "", []).append(p)
        code, members = next((c, m) for c, m in by_agency.items() if c and len(m) >= 3)
        forum = create_session(
            session,
            cycle_id=sealed.cycle_id,
            details=SessionDetails(
                kind="musrenbang_kecamatan",
                title="Musrenbang lanjutan",
                held_on=date(2027, 2, 12),
                place="Gedung Serbaguna Desa Loa Ipuh",
                chair="Ketua Sidang",
                minute_taker="Notulis Sidang",
            ),
            actor="test",
        )
        session.flush()
        for priority, proposal in zip((9, 2, 5), members[:3], strict=True):
            decide(
                session,
                forum.id,
                DecisionInput(proposal.id, "agreed", priority, proposal.estimated_cost or 1),
                actor="test",
            )
        titles = [p.title for p in members[:3]]
        return forum.id, code, titles


def test_td4_numbers_priorities_1_to_n_and_signs_under_its_table(
    report_db: ReportDb, tmp_path: Path
) -> None:
    session_id, _code, _titles = _gapped_session(report_db)
    path = tmp_path / "td4.pdf"
    build_report(report_db.engine, "td4", session_id, path)
    words, _sizes = pdf_words(path)
    header = next(w for w in words if w.text == "(1)")
    numbers = [
        w.text
        for w in words
        if w.x1 <= header.x1 + 20 and w.y0 > header.y1 and w.text.isdigit() and w.page == 0
    ]
    assert numbers == ["1", "2", "3"]  # was 2, 5, 9
    last = max(w.page for w in words)
    text = _words_on(words, last)
    # The signatures close the table on its page, under the place (the town) and the date.
    assert "JUMLAH SELURUHNYA" in text and "Pimpinan Sidang" in text
    assert "Mengetahui, Camat Tenggarong" in text
    assert "Tenggarong, 12 Februari 2027" in text and "Loa Ipuh" not in text.split("SELURUHNYA")[1]
    # The total amount stays on one line (it wrapped to "Rp" over "7.166.000.000").
    total = next(w for w in words if w.text == "SELURUHNYA")
    same_line = [w for w in words if w.page == total.page and abs(w.y0 - total.y0) < 1.5]
    assert any(w.text == "Rp" for w in same_line) and any(
        w.text.replace(".", "").isdigit() and len(w.text) > 5 for w in same_line
    )
    assert layout_problems(path, tmp_path / "pages") == []


def _info(**changes: object) -> ReportInfo:
    base = dict(
        kind="td4",
        document_title="Uji",
        kabupaten="Kabupaten Kutai Kartanegara",
        kecamatan="Tenggarong",
        cycle_year=2028,
        session_id="s",
        session_title="Uji tanda tangan",
        session_kind_label="Musrenbang Kecamatan",
        held_on=date(2027, 2, 11),
        place="Aula",
        chair="Ketua",
        minute_taker="Notulis",
        sealed=True,
        digest="0" * 64,
        code="0000-0000",
        generated_at=utcnow(),
    )
    base.update(changes)
    return ReportInfo(**base)  # type: ignore[arg-type]


def test_signatures_never_stand_alone_whatever_the_table_length(tmp_path: Path) -> None:
    """For every table length across a page break, the signature block shares its page with
    the totals and at least one data row above them."""
    columns = (Column("no", "No", 10, "int"), Column("text", "Uraian", 100))
    info = _info()
    seen_pages: set[int] = set()
    for n in range(30, 56):
        data = TableData("t", "t", columns)
        for i in range(n):
            data.add(i + 1, f"Kegiatan nomor {i + 1}")
        data.add(None, "JUMLAH", style="total")

        def story(area: PageArea, data: TableData = data) -> list[object]:
            sig = signature_blocks([Signer("Pimpinan Sidang", "Ketua")], area.width)
            return [table_flowable(data, area.width).with_trailer(sig, 3)]

        path = tmp_path / f"t{n}.pdf"
        pages = build_pdf(path, info, story)
        seen_pages.add(pages)
        words, _ = pdf_words(path)
        last = max(w.page for w in words)
        text = _words_on(words, last)
        assert "Pimpinan Sidang" in text, n
        assert "JUMLAH" in text and "Kegiatan nomor" in text, n
    assert seen_pages == {1, 2}  # the range does cross a page break


def test_berita_acara_signed_in_town_with_note_taker_and_grouped_nip(
    report_db: ReportDb, tmp_path: Path
) -> None:
    from app.core.office_profile import clean_profile, save_profile

    save_profile(
        report_db.engine,
        clean_profile("Drs. Arianto, M.Si", "197001011990031001", "Jl. Jend. Sudirman No. 1"),
    )
    path = tmp_path / "ba.pdf"
    build_report(report_db.engine, "berita-acara", report_db.session_id, path)
    words, _ = pdf_words(path)
    last = max(w.page for w in words)
    text = _words_on(words, last)
    assert "Tenggarong, 11 Februari 2027" in text  # the town, not "Aula Kantor Camat …"
    # ... on one line (the venue's long name wrapped it mid-date).
    town = next(w for w in words if w.page == last and w.text == "Tenggarong,")
    line = [w.text for w in words if w.page == last and abs(w.y0 - town.y0) < 1.5]
    assert {"Tenggarong,", "11", "Februari", "2027"} <= set(line), line
    assert "Notulis" in text and "Sekretaris Kecamatan" in text
    assert "NIP 19700101 199003 1 001" in text
    # The signatures share their page with the closing sentence.
    assert "Demikian berita acara ini" in text and "Wakil peserta musyawarah" in text
    flat = one_line(pdf_text(path))
    assert "Kode verifikasi catatan forum" not in flat and "musrenbang verify" not in flat
    assert layout_problems(path, tmp_path / "pages") == []


@pytest.mark.parametrize(
    "kind", ["td4", "berita-acara", "belum-disepakati", "daftar-hadir", "delegasi"]
)
def test_other_documents_keep_their_text_inside_the_cells(
    report_db: ReportDb, tmp_path: Path, kind: str
) -> None:
    path = tmp_path / f"{kind}.pdf"
    build_report(report_db.engine, kind, report_db.session_id, path)
    assert layout_problems(path, tmp_path / "pages") == []
    assert sorted((tmp_path / "pages").glob(f"{kind}-*.png"))  # the pages, to look at


def test_page_check_sees_text_out_of_its_cell_and_words_on_each_other(tmp_path: Path) -> None:
    """The checker itself: a cell too narrow for its text, and two strings drawn over each
    other, are both reported."""
    register_fonts()
    path = tmp_path / "bad.pdf"
    doc = SimpleDocTemplate(str(path), pagesize=A4)
    table = Table([["Pembangunan jalan usaha tani sepanjang", "x"]], colWidths=[40, 40])
    table.setStyle(
        TableStyle([("GRID", (0, 0), (-1, -1), 0.8, "black"), ("FONT", (0, 0), (-1, -1), REGULAR)])
    )
    doc.build([table])
    problems = layout_problems(path, tmp_path / "a")
    assert any("rule runs through" in p for p in problems), problems

    overlap = tmp_path / "overlap.pdf"
    canvas = Canvas(str(overlap), pagesize=A4)
    canvas.setFont(REGULAR, 10)
    canvas.drawString(100, 700, "Prioritas teratas")
    canvas.drawString(104, 701, "Desa Sukamaju")
    canvas.showPage()
    canvas.save()
    problems = layout_problems(overlap, tmp_path / "b")
    assert any("overlaps" in p for p in problems), problems


def test_td4_pagu_lines_and_signatures_never_stand_alone(tmp_path: Path) -> None:
    """The real T-D.4 table (its columns, its JUMLAH, PAGU INDIKATIF and SISA PAGU lines and
    its signatures), for every length across a page break: the last page holds the pagu
    lines, the signatures and at least one proposal row above them."""
    from app.core.reports.td4 import COLUMNS, LANDSCAPE, Td4Content

    info = _info()
    seen_pages: set[int] = set()
    for n in range(8, 26):
        table = TableData("td4", "T-D.4", COLUMNS)
        for i in range(n):
            table.add(
                i + 1,
                "Infrastruktur dasar",
                "Jalan mantap",
                "Program penyelenggaraan jalan",
                "Penyelenggaraan jalan kabupaten",
                "1.03.10.2.01.0001",
                "200 KK",
                f"Desa nomor {i + 1}",
                150.0,
                "m",
                250_000_000,
                "Dinas Pekerjaan Umum",
            )
        for label, amount in (
            ("JUMLAH SELURUHNYA", n * 250_000_000),
            ("PAGU INDIKATIF KECAMATAN", 9_000_000_000),
            ("SISA PAGU", 9_000_000_000 - n * 250_000_000),
        ):
            table.add("", label, "", "", "", "", "", "", None, "", amount, "", style="total")
        content = Td4Content(info=info, table=table)
        path = tmp_path / f"td4-{n}.pdf"
        seen_pages.add(build_pdf(path, info, content.story, is_landscape=LANDSCAPE))
        words, _ = pdf_words(path)
        text = _words_on(words, max(w.page for w in words))
        assert "PAGU INDIKATIF KECAMATAN" in text and "SISA PAGU" in text, n
        assert "Pimpinan Sidang" in text and "Desa nomor" in text, n
    assert len(seen_pages) >= 2  # the range does cross a page break
