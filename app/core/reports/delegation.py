"""Daftar Delegasi: the people the forum sends to the Forum Perangkat Daerah and the Musrenbang
Kabupaten, with the chair's signature."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer
from sqlmodel import Session

from app.core.forum.attendance import UNSUR_LABELS
from app.core.forum.delegation import DelegationCheck, check_delegation, list_delegates
from app.core.reports import data as gather
from app.core.reports.layout import (
    Kop,
    PageArea,
    Signer,
    esc,
    para,
    signature_blocks,
    table_flowable,
    title_block,
)
from app.core.reports.model import CollectOptions, Column, ReportInfo, TableData
from common.dates import format_date_id

KIND = "delegasi"
TITLE = "Daftar Delegasi"
LANDSCAPE = False

COLUMNS = (
    Column("no", "No", 8, "int"),
    Column("name", "Nama", 40),
    Column("sex", "L/P", 9),
    Column("unsur", "Unsur", 30),
    Column("institution", "Instansi/Desa", 36),
    Column("role", "Kedudukan dalam Delegasi", 28),
    Column("sign", "Tanda Tangan", 30, "sign"),
)


@dataclass
class DelegationContent:
    info: ReportInfo
    table: TableData
    check: DelegationCheck

    def tables(self) -> list[TableData]:
        return [self.table]

    def expected_pages(self) -> int:
        return 1

    def story(self, area: PageArea) -> list[Flowable]:
        info = self.info
        held = format_date_id(info.held_on) if info.held_on else "tanggal belum diisi"
        items: list[Flowable] = [
            Kop(info, area.width),
            *title_block(
                f"DAFTAR DELEGASI {info.forum_name.upper()}",
                [info.session_title, held],
            ),
            para(
                esc(
                    f"Forum {info.forum_name} menetapkan delegasi "
                    "berikut untuk mengikuti Forum Perangkat Daerah dan Musrenbang Kabupaten "
                    f"dalam rangka penyusunan RKPD Tahun {info.cycle_year}:"
                )
            ),
            Spacer(1, 3 * mm),
            table_flowable(self.table, area.width),
            Spacer(1, 2 * mm),
            para(
                esc(
                    f"Jumlah delegasi {self.check.count} orang, {self.check.women} di antaranya "
                    "perempuan."
                ),
                "left",
            ),
        ]
        for warning in self.check.warnings:
            items.append(para(esc(f"Catatan: {warning}"), "small"))
        place = info.place or f"Kecamatan {info.kecamatan}"
        items += [
            Spacer(1, 6 * mm),
            signature_blocks(
                [Signer("Pimpinan Sidang", info.chair)],
                area.width,
                place_date=f"{place}, {held}",
                per_row=2,
            ),
        ]
        return items


def collect(session: Session, forum_session_id: str, options: CollectOptions) -> DelegationContent:
    info, _forum, _cycle = gather.load_info(
        session, forum_session_id, kind=KIND, document_title=TITLE, logo=options.logo
    )
    delegates = list_delegates(session, forum_session_id)
    table = TableData("Delegasi", TITLE, COLUMNS, row_height=24)
    for i, d in enumerate(delegates, start=1):
        table.add(
            i,
            d.name,
            d.sex,
            UNSUR_LABELS.get(d.unsur or "", d.unsur or ""),
            d.institution or "",
            d.role or "Anggota",
            f"{i}. " + "." * 16,
        )
    if not delegates:
        table.add("Delegasi belum ditetapkan.", *[""] * 6, style="note")
    return DelegationContent(info, table, check_delegation(delegates))
