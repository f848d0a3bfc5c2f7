"""Daftar Usulan yang Belum Disepakati: every proposal of the session that the forum did not
agree (not agreed, moved to the village budget, postponed, merged, or not decided), with the
reason. These carry over to the next cycle or go back to the village."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Flowable
from sqlmodel import Session

from app.core.forum.decisions import OUTCOME_LABELS, forum_proposals, latest_decisions
from app.core.reports import data as gather
from app.core.reports.layout import Kop, PageArea, esc, para, table_flowable, title_block
from app.core.reports.model import CollectOptions, Column, ReportInfo, TableData
from common.dates import format_date_id

KIND = "belum-disepakati"
TITLE = "Daftar Usulan yang Belum Disepakati"
LANDSCAPE = True
UNDECIDED = "Belum diputuskan"
ORDER = ("not_agreed", "postponed", "moved_to_village", "merged", None)

COLUMNS = (
    Column("no", "No", 8, "int"),
    Column("number", "Nomor Usulan", 20),
    Column("title", "Usulan", 52),
    Column("desa", "Desa/Kelurahan", 24),
    Column("volume", "Volume", 13, "number"),
    Column("satuan", "Satuan", 12),
    Column("cost", "Perkiraan Biaya (Rp)", 26, "money"),
    Column("agency", "Perangkat Daerah", 30),
    Column("outcome", "Keputusan Forum", 24),
    Column("reason", "Alasan", 60),
)


@dataclass
class NotAgreedContent:
    info: ReportInfo
    table: TableData
    count: int
    total: int

    def tables(self) -> list[TableData]:
        return [self.table]

    def expected_pages(self) -> int:
        return max(1, len(self.table.rows) // 22 + 1)

    def story(self, area: PageArea) -> list[Flowable]:
        info = self.info
        held = format_date_id(info.held_on) if info.held_on else "tanggal belum diisi"
        return [
            Kop(info, area.width),
            *title_block(TITLE.upper(), [f"{info.session_title}; {held}"]),
            table_flowable(self.table, area.width),
            para(
                esc(
                    "Usulan yang ditunda atau tidak tertampung pagu dapat diusulkan kembali pada "
                    "siklus berikutnya; usulan yang dialihkan ke APBDes dibahas di musyawarah desa."
                ),
                "small",
            ),
        ]


def collect(session: Session, forum_session_id: str, options: CollectOptions) -> NotAgreedContent:
    info, _forum, cycle = gather.load_info(
        session, forum_session_id, kind=KIND, document_title=TITLE, logo=options.logo
    )
    decisions = latest_decisions(session, forum_session_id)
    proposals = forum_proposals(session, cycle.id)
    by_id = {p.id: p for p in proposals}
    known = gather.agencies(session)
    desa = gather.region_names(session, (p.desa_code for p in proposals))
    groups: dict[str | None, list[str]] = {key: [] for key in ORDER}
    for proposal in proposals:
        decision = decisions.get(proposal.id)
        outcome = decision.outcome if decision else None
        if outcome == "agreed":
            continue
        groups.setdefault(outcome, []).append(proposal.id)
    table = TableData("Belum disepakati", TITLE, COLUMNS)
    number = 0
    total = 0
    for outcome in ORDER:
        members = sorted(
            groups.get(outcome, []),
            key=lambda pid: (desa.get(by_id[pid].desa_code or "", ""), by_id[pid].number or ""),
        )
        if not members:
            continue
        label = OUTCOME_LABELS.get(outcome or "", UNDECIDED)
        table.add(f"{label} ({len(members)} usulan)", *[""] * 9, style="group")
        subtotal = 0
        for pid in members:
            proposal = by_id[pid]
            decision = decisions.get(pid)
            reason = decision.reason if decision else "Belum dibahas atau belum diputuskan forum."
            if decision and decision.merged_into_id and decision.merged_into_id in by_id:
                target = by_id[decision.merged_into_id]
                reason = f"{reason or ''} Digabung ke {target.number or target.title}.".strip()
            number += 1
            cost = proposal.estimated_cost or 0
            subtotal += cost
            table.add(
                number,
                proposal.number or "",
                proposal.title,
                desa.get(proposal.desa_code or "", proposal.desa_code or ""),
                proposal.volume,
                proposal.satuan or "",
                cost,
                gather.agency_name(known, proposal.agency_code),
                label,
                reason or "",
            )
        total += subtotal
        table.add(
            "", f"Jumlah {label.lower()}", "", "", None, "", subtotal, "", "", "", style="subtotal"
        )
    table.add(
        "",
        f"JUMLAH SELURUHNYA ({number} usulan)",
        "",
        "",
        None,
        "",
        total,
        "",
        "",
        "",
        style="total",
    )
    if number == 0:
        table.add("Semua usulan pada sesi ini telah disepakati.", *[""] * 9, style="note")
    return NotAgreedContent(info, table, number, total)
