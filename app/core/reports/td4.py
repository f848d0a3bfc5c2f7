"""Daftar Urutan Kegiatan Prioritas Kecamatan menurut Perangkat Daerah (Permendagri 86/2017,
table T-D.4): the agreed proposals of a session per agency in priority order, with the ten
columns of the regulation plus the sub kegiatan code and the satuan, a subtotal per agency
against its pagu, and the total against the pagu indikatif kecamatan."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.platypus import Flowable
from sqlmodel import Session, col, select

from app.core.forum.decisions import latest_decisions
from app.core.reports import data as gather
from app.core.reports.layout import (
    Kop,
    PageArea,
    Signer,
    signature_blocks,
    table_flowable,
    title_block,
)
from app.core.reports.model import CollectOptions, Column, ReportInfo, TableData
from app.core.reports.words import letter_date
from app.models import PaguAgency, Proposal
from common.dates import format_date_id
from common.money import format_rupiah
from common.numbers import format_integer

KIND = "td4"
TITLE = "Daftar Urutan Kegiatan Prioritas Kecamatan menurut Perangkat Daerah"
LANDSCAPE = True

COLUMNS = (
    Column("priority", "No Urut", 10, "int", "(1)"),
    Column("prioritas_daerah", "Prioritas Daerah", 25, "text", "(2)"),
    Column("sasaran_daerah", "Sasaran Daerah", 27, "text", "(3)"),
    Column("program", "Program Prioritas", 27, "text", "(4)"),
    Column("kegiatan", "Kegiatan Prioritas", 36, "text", "(5)"),
    Column("sub_kegiatan", "Kode Sub Kegiatan", 23, "text", "(5a)"),
    Column("sasaran_kegiatan", "Sasaran Kegiatan", 25, "text", "(6)"),
    Column("lokasi", "Lokasi (Desa/Kel)", 22, "text", "(7)"),
    Column("volume", "Volume", 11, "number", "(8)"),
    Column("satuan", "Satuan", 12, "text", "(8a)"),
    Column("pagu", "Pagu Indikatif (Rp)", 23, "money", "(9)"),
    Column("agency", "Perangkat Daerah Penanggung Jawab", 25, "text", "(10)"),
)


@dataclass(frozen=True)
class AgencyTotal:
    code: str
    name: str
    count: int
    total: int
    ceiling: int | None


@dataclass
class Td4Content:
    info: ReportInfo
    table: TableData
    agencies: list[AgencyTotal] = field(default_factory=list)
    total: int = 0
    count: int = 0
    ceiling: int | None = None

    def tables(self) -> list[TableData]:
        return [self.table]

    def expected_pages(self) -> int:
        return max(1, len(self.table.rows) // 14 + 1)

    def story(self, area: PageArea) -> list[Flowable]:
        info = self.info
        held = format_date_id(info.held_on) if info.held_on else "tanggal belum diisi"
        lines = [
            f"{info.session_kind_label} {info.kecamatan} – RKPD Tahun {info.cycle_year}",
            f"{info.session_title}; {held}",
        ]
        table = table_flowable(self.table, area.width)
        # The signatures close the table on the same page, with the totals and a few of the
        # last rows above them (the pagu lines never stand alone on the last page).
        tail = sum(1 for row in self.table.rows[-6:] if row.style in ("total", "subtotal"))
        table.with_trailer(signatures(info, area.width), tail + 2)
        return [Kop(info, area.width), *title_block(TITLE.upper(), lines), table]


def signatures(info: ReportInfo, width: float) -> Flowable:
    """The camat (who acknowledges) and the chair of the session, under the place and date."""
    held = letter_date(info.held_on) if info.held_on else "...................."
    signers = [
        Signer(f"Mengetahui, Camat {info.kecamatan}", info.camat_name, nip=info.camat_nip),
        Signer("Pimpinan Sidang", info.chair),
    ]
    return signature_blocks(signers, width, place_date=f"{info.town}, {held}", per_row=3)


def sasaran_kegiatan(proposal: Proposal) -> str:
    if proposal.beneficiaries:
        text = f"{format_integer(proposal.beneficiaries)} jiwa penerima manfaat"
        if proposal.beneficiaries_women:
            women = format_integer(proposal.beneficiaries_women)
            text += f" ({women} perempuan)"
        return text
    return "Masyarakat desa/kelurahan lokasi kegiatan"


def collect(session: Session, forum_session_id: str, options: CollectOptions) -> Td4Content:
    info, _forum, cycle = gather.load_info(
        session,
        forum_session_id,
        kind=KIND,
        document_title=TITLE,
        logo=options.logo,
        number=options.number,
    )
    decisions = {
        pid: d
        for pid, d in latest_decisions(session, forum_session_id).items()
        if d.outcome == "agreed"
    }
    proposals = (
        list(
            session.exec(
                select(Proposal).where(
                    col(Proposal.id).in_(list(decisions)), col(Proposal.deleted).is_(False)
                )
            ).all()
        )
        if decisions
        else []
    )
    known = gather.agencies(session)
    desa = gather.region_names(session, (p.desa_code for p in proposals))
    plans = gather.PlanIndex(session)
    ceilings = {
        row.agency_code: row.amount
        for row in session.exec(
            select(PaguAgency).where(
                PaguAgency.cycle_id == cycle.id, col(PaguAgency.deleted).is_(False)
            )
        ).all()
    }
    groups: dict[str, list[Proposal]] = {}
    for proposal in proposals:
        groups.setdefault(proposal.agency_code or "", []).append(proposal)
    table = TableData("T-D.4", TITLE, COLUMNS)
    content = Td4Content(info, table, ceiling=cycle.pagu_total or None)
    for code in sorted(groups, key=lambda c: (c == "", c)):
        members = sorted(
            groups[code],
            key=lambda p: (decisions[p.id].priority or 10**6, p.number or "", p.id),
        )
        name = gather.agency_name(known, code or None)
        ceiling = ceilings.get(code)
        pagu_note = f" – pagu perangkat daerah {format_rupiah(ceiling)}" if ceiling else ""
        table.add(
            f"{name}{' (' + code + ')' if code else ''}{pagu_note}", *[""] * 11, style="group"
        )
        subtotal = 0
        # "No urut prioritas" is the order within the agency, 1..n, whatever numbers were typed
        # in the forum (gaps from proposals later not agreed are closed here).
        for rank, proposal in enumerate(members, start=1):
            decision = decisions[proposal.id]
            amount = decision.agreed_amount or 0
            subtotal += amount
            chain = plans.chain(proposal)
            table.add(
                rank,
                chain.prioritas if chain else "",
                chain.sasaran if chain else "",
                chain.program if chain else "",
                proposal.title,
                proposal.sub_kegiatan_code or "",
                sasaran_kegiatan(proposal),
                gather.location_text(proposal, desa.get(proposal.desa_code or "")),
                proposal.volume,
                proposal.satuan or "",
                amount,
                name,
            )
        remark = ""
        if ceiling:
            left = ceiling - subtotal
            remark = (
                f"sisa pagu {format_rupiah(left)}"
                if left >= 0
                else f"melampaui pagu {format_rupiah(-left)}"
            )
        table.add(
            "",
            f"Jumlah {name} ({len(members)} kegiatan)",
            "",
            "",
            "",
            "",
            "",
            "",
            None,
            "",
            subtotal,
            remark,
            style="subtotal",
        )
        content.agencies.append(AgencyTotal(code, name, len(members), subtotal, ceiling))
        content.total += subtotal
        content.count += len(members)
    table.add(
        "",
        f"JUMLAH SELURUHNYA ({content.count} kegiatan)",
        "",
        "",
        "",
        "",
        "",
        "",
        None,
        "",
        content.total,
        "",
        style="total",
    )
    if content.ceiling:
        left = content.ceiling - content.total
        table.add(
            "",
            "PAGU INDIKATIF KECAMATAN",
            "",
            "",
            "",
            "",
            "",
            "",
            None,
            "",
            content.ceiling,
            "",
            style="total",
        )
        table.add(
            "",
            "SISA PAGU" if left >= 0 else "MELAMPAUI PAGU",
            "",
            "",
            "",
            "",
            "",
            "",
            None,
            "",
            abs(left),
            "",
            style="total",
        )
    if not proposals:
        table.add("Belum ada usulan yang disepakati pada sesi ini.", *[""] * 11, style="note")
    return content
