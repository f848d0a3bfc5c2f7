"""Daftar Hadir: every participant with unsur, institution, L/P and room to sign, then the recap
by unsur and sex (with the share of women)."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer
from sqlmodel import Session

from app.core.forum.attendance import (
    UNSUR_LABELS,
    AttendanceCounts,
    attendance_counts,
    list_attendance,
)
from app.core.reports import data as gather
from app.core.reports.layout import Kop, PageArea, esc, para, table_flowable, title_block
from app.core.reports.model import CollectOptions, Column, ReportInfo, TableData
from common.dates import format_date_id

KIND = "daftar-hadir"
TITLE = "Daftar Hadir"
LANDSCAPE = False

COLUMNS = (
    Column("no", "No", 8, "int"),
    Column("name", "Nama", 42),
    Column("unsur", "Unsur", 32),
    Column("institution", "Instansi/Desa/Kelurahan", 44),
    Column("sex", "L/P", 9),
    Column("sign", "Tanda Tangan", 40, "sign"),
)
RECAP_COLUMNS = (
    Column("unsur", "Unsur", 60),
    Column("men", "Laki-laki (L)", 25, "int"),
    Column("women", "Perempuan (P)", 25, "int"),
    Column("total", "Jumlah", 25, "int"),
)


def sign_cell(number: int) -> str:
    """Signatures alternate left and right, as on a paper daftar hadir."""
    dots = "." * 18
    return f"{number}. {dots}" if number % 2 else f"          {number}. {dots}"


@dataclass
class AttendanceContent:
    info: ReportInfo
    table: TableData
    recap: TableData
    counts: AttendanceCounts

    def tables(self) -> list[TableData]:
        return [self.table, self.recap]

    def expected_pages(self) -> int:
        return max(1, self.counts.total // 22 + 2)

    def story(self, area: PageArea) -> list[Flowable]:
        info = self.info
        held = format_date_id(info.held_on) if info.held_on else "tanggal belum diisi"
        counts = self.counts
        share = round(100 * counts.women_share)
        return [
            Kop(info, area.width),
            *title_block(
                f"DAFTAR HADIR {info.forum_name.upper()}",
                [info.session_title, f"{held}; {info.place or 'tempat belum diisi'}"],
            ),
            table_flowable(self.table, area.width),
            Spacer(1, 6 * mm),
            para("<b>Rekapitulasi kehadiran menurut unsur dan jenis kelamin</b>", "left"),
            Spacer(1, 2 * mm),
            table_flowable(self.recap, area.width * 0.75),
            Spacer(1, 2 * mm),
            para(
                esc(
                    f"Jumlah hadir {counts.total} orang: {counts.men} laki-laki dan {counts.women} "
                    f"perempuan ({share}% perempuan)."
                ),
                "left",
            ),
        ]


def collect(session: Session, forum_session_id: str, options: CollectOptions) -> AttendanceContent:
    info, _forum, _cycle = gather.load_info(
        session, forum_session_id, kind=KIND, document_title=TITLE, logo=options.logo
    )
    rows = list_attendance(session, forum_session_id)
    desa = gather.region_names(session, (r.desa_code for r in rows))
    table = TableData("Daftar hadir", TITLE, COLUMNS, row_height=24)
    for i, row in enumerate(rows, start=1):
        table.add(
            i,
            row.name,
            UNSUR_LABELS.get(row.unsur, row.unsur),
            row.institution or desa.get(row.desa_code or "", ""),
            row.sex,
            sign_cell(i),
        )
    if not rows:
        table.add("Belum ada peserta yang tercatat hadir.", *[""] * 5, style="note")
    counts = attendance_counts(rows)
    recap = TableData("Rekap kehadiran", "Rekapitulasi kehadiran menurut unsur", RECAP_COLUMNS)
    for unsur in counts.by_unsur:
        recap.add(unsur.label, unsur.total - unsur.women, unsur.women, unsur.total)
    recap.add("Jumlah", counts.men, counts.women, counts.total, style="total")
    return AttendanceContent(info, table, recap, counts)
