"""Rekap per Desa/Kelurahan: a feedback letter to each village listing every proposal it sent
this cycle, what the forum decided and why, and (after sync) what the agency decided. This is
what villages ask for most: "we never hear what happened to our proposal"."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer
from sqlmodel import Session, col, select

from app.core.forum.decisions import OUTCOME_LABELS, latest_decisions
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
from app.models import Proposal
from common.dates import format_date_id
from common.money import format_rupiah
from common.protocol import UPSTREAM_STATUSES

KIND = "rekap-desa"
TITLE = "Rekap Hasil Musrenbang Kecamatan per Desa/Kelurahan"
LANDSCAPE = False
STATUS_TEXT = {
    "draft": "Belum diverifikasi; tidak dibahas di forum",
    "verified": "Terverifikasi; belum diputuskan forum",
    "in_forum": "Dibahas; belum diputuskan forum",
}
NO_NEWS = "Belum ada kabar (menunggu sinkronisasi)"

LETTER_COLUMNS = (
    Column("no", "No", 7, "int"),
    Column("title", "Usulan", 46),
    Column("cost", "Perkiraan Biaya (Rp)", 24, "money"),
    Column("outcome", "Keputusan Forum", 22),
    Column("amount", "Nilai Disepakati (Rp)", 24, "money"),
    Column("reason", "Alasan/Keterangan", 40),
    Column("upstream", "Keputusan Perangkat Daerah", 32),
)
FLAT_COLUMNS = (
    Column("desa", "Desa/Kelurahan", 24),
    Column("number", "Nomor Usulan", 18),
    *LETTER_COLUMNS[1:],
)


@dataclass
class VillageLetter:
    code: str
    name: str
    level: str
    table: TableData
    sent: int = 0
    agreed: int = 0
    agreed_total: int = 0


@dataclass
class VillageContent:
    info: ReportInfo
    letters: list[VillageLetter] = field(default_factory=list)
    flat: TableData = field(
        default_factory=lambda: TableData("Rekap per desa", TITLE, FLAT_COLUMNS)
    )

    def tables(self) -> list[TableData]:
        return [self.flat]

    def expected_pages(self) -> int:
        return max(1, len(self.letters) * 2)

    def story(self, area: PageArea) -> list[Flowable]:
        info = self.info
        held = format_date_id(info.held_on) if info.held_on else "tanggal belum diisi"
        items: list[Flowable] = []
        if not self.letters:
            return [
                Kop(info, area.width),
                *title_block(TITLE.upper()),
                para("Belum ada usulan desa/kelurahan pada siklus ini."),
            ]
        for n, letter in enumerate(self.letters):
            if n:
                items.append(PageBreak())
            head = "Lurah" if letter.level == "kelurahan" else "Kepala Desa"
            kind = "Kelurahan" if letter.level == "kelurahan" else "Desa"
            items += [
                Kop(info, area.width),
                *title_block(
                    f"HASIL MUSRENBANG KECAMATAN ATAS USULAN {kind.upper()} {letter.name.upper()}",
                    [info.session_title],
                ),
                para(esc(f"Kepada Yth. {head} {letter.name}"), "left"),
                para("di tempat", "left"),
                Spacer(1, 3 * mm),
                para(
                    esc(
                        f"Bersama ini kami sampaikan hasil {info.forum_name} yang dilaksanakan pada {held} atas {letter.sent} usulan "
                        f"yang disampaikan {kind} {letter.name}: {letter.agreed} usulan disepakati "
                        f"dengan nilai indikatif {format_rupiah(letter.agreed_total)}. Rincian "
                        "keputusan dan alasannya sebagai berikut:"
                    )
                ),
                Spacer(1, 3 * mm),
                table_flowable(letter.table, area.width),
                Spacer(1, 3 * mm),
                para(
                    esc(
                        "Usulan yang ditunda dapat diajukan kembali pada musrenbang desa/kelurahan "
                        "berikutnya. Keputusan perangkat daerah dilengkapi setelah Forum Perangkat "
                        "Daerah dan sinkronisasi dengan E-Perencanaan kabupaten."
                    ),
                    "small",
                ),
                Spacer(1, 5 * mm),
                signature_blocks(
                    [
                        Signer(
                            f"Camat {info.kecamatan}",
                            info.chair
                            if info.chair and not info.chair.lower().startswith("camat")
                            else None,
                        )
                    ],
                    area.width,
                    place_date=f"{info.kecamatan}, {held}",
                    per_row=2,
                ),
            ]
        return items


def _upstream(proposal: Proposal) -> str:
    if not proposal.upstream_status:
        # An imported SIPD export's own status, until the kabupaten answers through sync.
        return f"{proposal.sipd_status} (SIPD)" if proposal.sipd_status else NO_NEWS
    # A village reads the decision in words, never the protocol's status code.
    label = UPSTREAM_STATUSES.get(proposal.upstream_status, proposal.upstream_status)
    if proposal.upstream_reason:
        return f"{label}: {proposal.upstream_reason}"
    return label


def collect(session: Session, forum_session_id: str, options: CollectOptions) -> VillageContent:
    info, _forum, cycle = gather.load_info(
        session, forum_session_id, kind=KIND, document_title=TITLE, logo=options.logo
    )
    proposals = list(
        session.exec(
            select(Proposal)
            .where(Proposal.cycle_id == cycle.id, col(Proposal.deleted).is_(False))
            .order_by(col(Proposal.village_rank), col(Proposal.number), col(Proposal.id))
        ).all()
    )
    decisions = latest_decisions(session, forum_session_id)
    names = gather.region_names(session, (p.desa_code for p in proposals))
    levels = gather.region_levels(session, (p.desa_code for p in proposals))
    known = gather.agencies(session)
    by_id = {p.id: p for p in proposals}
    groups: dict[str, list[Proposal]] = {}
    for proposal in proposals:
        groups.setdefault(proposal.desa_code or "", []).append(proposal)
    content = VillageContent(info)
    for code in sorted(groups, key=lambda c: names.get(c, c or "~")):
        name = names.get(code, code or "Tanpa desa/kelurahan")
        letter = VillageLetter(
            code, name, levels.get(code, "desa"), TableData(name[:31], TITLE, LETTER_COLUMNS)
        )
        for i, proposal in enumerate(groups[code], start=1):
            decision = decisions.get(proposal.id)
            amount: int | None = None
            if decision is not None:
                outcome = OUTCOME_LABELS.get(decision.outcome, decision.outcome)
                reason = decision.reason or ""
                if decision.outcome == "agreed":
                    amount = decision.agreed_amount or 0
                    letter.agreed += 1
                    letter.agreed_total += amount
                    reason = (
                        f"Prioritas ke-{decision.priority} "
                        f"{gather.agency_name(known, proposal.agency_code)}"
                    )
                elif decision.merged_into_id and decision.merged_into_id in by_id:
                    target = by_id[decision.merged_into_id]
                    reason = f"{reason} Digabung ke {target.number or target.title}.".strip()
            else:
                outcome = STATUS_TEXT.get(proposal.status, "Belum diputuskan")
                reason = proposal.status_reason or ""
            upstream = _upstream(proposal)
            letter.table.add(
                i, proposal.title, proposal.estimated_cost, outcome, amount, reason, upstream
            )
            content.flat.add(
                name,
                proposal.number or "",
                proposal.title,
                proposal.estimated_cost,
                outcome,
                amount,
                reason,
                upstream,
            )
        letter.sent = len(groups[code])
        letter.table.add(
            "",
            f"Jumlah ({letter.sent} usulan; {letter.agreed} disepakati)",
            None,
            "",
            letter.agreed_total,
            "",
            "",
            style="total",
        )
        content.letters.append(letter)
    return content
