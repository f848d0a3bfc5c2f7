"""Kartu Usulan: one proposal per page, in the forum's ranked order: photo, location, volume and
cost, the forum's decision, the criterion ratings and the alignment scorer's explanation."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Image,
    KeepInFrame,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)
from sqlmodel import Session, col, select

from app.core.forum.alignment import AlignmentInfo, AlignmentService
from app.core.forum.decisions import OUTCOME_LABELS, forum_proposals
from app.core.forum.summary import ProposalView, build_board
from app.core.nomenclature_codes import name_of, placeholder_form
from app.core.reports import data as gather
from app.core.reports.fonts import REGULAR
from app.core.reports.layout import (
    Kop,
    PageArea,
    esc,
    key_value_table,
    para,
    table_flowable,
    title_block,
)
from app.core.reports.model import CollectOptions, Column, ReportInfo, TableData
from app.errors import Cancelled
from app.models import NomenclatureEntry, Proposal
from app.models.proposal import field_label
from common.money import format_rupiah
from common.numbers import format_integer, format_number

KIND = "kartu"
TITLE = "Kartu Usulan"
LANDSCAPE = False
PHOTO_BOX = 62 * mm

RATING_COLUMNS = (
    Column("criterion", "Kriteria", 40),
    Column("weight", "Bobot", 12, "int"),
    Column("value", "Nilai (1–5)", 16, "int"),
    Column("source", "Sumber", 22),
    Column("note", "Catatan", 70),
)
FLAT_COLUMNS = (
    Column("overall", "Peringkat", 10, "int"),
    Column("number", "Nomor Usulan", 16),
    Column("title", "Usulan", 40),
    Column("desa", "Desa/Kelurahan", 20),
    Column("location", "Lokasi", 30),
    Column("coordinates", "Koordinat", 20),
    Column("volume", "Volume", 10, "number"),
    Column("satuan", "Satuan", 10),
    Column("cost", "Perkiraan Biaya (Rp)", 20, "money"),
    Column("agreed", "Nilai Disepakati (Rp)", 20, "money"),
    Column("outcome", "Keputusan Forum", 18),
    Column("agency", "Perangkat Daerah", 26),
    Column("sub_kegiatan", "Sub Kegiatan", 30),
    Column("score", "Nilai Forum (0–100)", 12, "int"),
    Column("alignment", "Skor Keselarasan (0–100)", 12, "int"),
    Column("explanation", "Penjelasan Penilai", 80),
    Column("photo", "Foto", 14),
)


@dataclass
class Card:
    view: ProposalView
    proposal: Proposal
    desa: str
    agency: str
    sub_kegiatan: str
    alignment: AlignmentInfo | None
    ratings: TableData


@dataclass
class CardsContent:
    info: ReportInfo
    cards: list[Card] = field(default_factory=list)
    flat: TableData = field(default_factory=lambda: TableData("Kartu usulan", TITLE, FLAT_COLUMNS))

    def tables(self) -> list[TableData]:
        return [self.flat]

    def expected_pages(self) -> int:
        return max(1, len(self.cards))

    def story(self, area: PageArea) -> list[Flowable]:
        info = self.info
        if not self.cards:
            return [
                Kop(info, area.width),
                *title_block(TITLE.upper()),
                para("Belum ada usulan yang dibahas pada sesi ini."),
            ]
        items: list[Flowable] = []
        for n, card in enumerate(self.cards):
            if n:
                items.append(PageBreak())
            items.append(
                KeepInFrame(area.width, area.height - 4 * mm, self._card(card, area), mode="shrink")
            )
        return items

    def _card(self, card: Card, area: PageArea) -> list[Flowable]:
        view, proposal = card.view, card.proposal
        decision = OUTCOME_LABELS.get(view.outcome or "", "Belum diputuskan")
        if view.outcome == "agreed":
            decision += f", prioritas ke-{view.priority} {card.agency}"
        location = gather.location_text(proposal, card.desa)
        if proposal.address:
            location = f"{proposal.address} ({location})"
        coords = (
            f"{proposal.latitude:.6f}, {proposal.longitude:.6f}"
            if proposal.latitude is not None and proposal.longitude is not None
            else "belum diisi"
        )
        volume = (
            f"{format_number(proposal.volume)} {proposal.satuan or ''}".strip()
            if proposal.volume is not None
            else "belum diisi"
        )
        pairs = [
            ("Usulan", proposal.title),
            ("Desa/Kelurahan", card.desa or "-"),
            ("Lokasi", location or "-"),
            ("Koordinat", coords),
            (field_label("problem"), proposal.problem or "-"),
            (field_label("volume"), volume),
            (
                field_label("estimated_cost"),
                format_rupiah(proposal.estimated_cost)
                if proposal.estimated_cost is not None
                else "belum diisi",
            ),
            (
                "Nilai disepakati",
                format_rupiah(view.agreed_amount) if view.agreed_amount is not None else "-",
            ),
            (field_label("beneficiaries"), _beneficiaries(proposal)),
            (field_label("kewenangan"), proposal.kewenangan or "belum ditentukan"),
            ("Perangkat daerah", card.agency),
            ("Sub kegiatan", card.sub_kegiatan or "belum ditentukan"),
            ("Keputusan forum", decision + (f" – {view.reason}" if view.reason else "")),
        ]
        left = area.width - PHOTO_BOX - 4 * mm
        details = key_value_table(pairs, (30 * mm, left - 30 * mm))
        photo = _photo(view.photo)
        top = Table([[details, photo]], colWidths=[left + 4 * mm, PHOTO_BOX])
        top.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), REGULAR, 8),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        rank = f"Peringkat ke-{view.overall} di kecamatan; ke-{view.rank_in_group} di {view.agency_label}"
        items: list[Flowable] = [
            Kop(self.info, area.width),
            *title_block(f"KARTU USULAN {proposal.number or ''}".strip(), [rank]),
            top,
            Spacer(1, 4 * mm),
            para(
                f"<b>Penilaian forum: {view.score}/100</b> (jumlah bobot × nilai, diskalakan)",
                "left",
            ),
            Spacer(1, 1.5 * mm),
            table_flowable(card.ratings, area.width),
        ]
        if view.moved and view.move_reason:
            items.append(para(esc(f"Urutan dipindah forum: {view.move_reason}"), "small"))
        if card.alignment is not None:
            items += [
                Spacer(1, 3 * mm),
                para(
                    f"<b>Penjelasan penilai keselarasan (skor {card.alignment.score}/100)</b>",
                    "left",
                ),
                para(esc(card.alignment.explanation), "small"),
            ]
        return items


def _beneficiaries(proposal: Proposal) -> str:
    if not proposal.beneficiaries:
        return "belum diisi"
    parts = [f"{format_integer(proposal.beneficiaries)} jiwa"]
    for value, label in (
        (proposal.beneficiaries_women, "perempuan"),
        (proposal.beneficiaries_poor, "miskin"),
        (proposal.beneficiaries_disabled, "disabilitas"),
    ):
        if value:
            parts.append(f"{format_integer(value)} {label}")
    return ", ".join(parts)


def _photo(path: Path | None) -> Flowable:
    if path is not None:
        try:
            image = Image(str(path))
            scale = min(PHOTO_BOX / image.imageWidth, PHOTO_BOX / image.imageHeight)
            image.drawWidth = image.imageWidth * scale
            image.drawHeight = image.imageHeight * scale
            return image
        except Exception:  # an unreadable photo must not stop the whole report
            pass
    box = Table(
        [[para("Tidak ada foto", "small")]], colWidths=[PHOTO_BOX], rowHeights=[PHOTO_BOX * 0.7]
    )
    box.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, 8),
                ("BOX", (0, 0), (-1, -1), 0.6, colors.grey),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return box


def collect(session: Session, forum_session_id: str, options: CollectOptions) -> CardsContent:
    info, _forum, cycle = gather.load_info(
        session, forum_session_id, kind=KIND, document_title=TITLE, logo=options.logo
    )
    proposals = forum_proposals(session, cycle.id)
    service = AlignmentService()
    alignment = service.score(session, proposals) if proposals else {}
    if options.cancelled is not None and options.cancelled():
        raise Cancelled()
    board = build_board(
        session, forum_session_id, alignment=alignment, alignment_available=service.available
    )
    by_id = {p.id: p for p in proposals}
    known = gather.agencies(session)
    desa = gather.region_names(session, (p.desa_code for p in proposals))
    codes = {p.sub_kegiatan_code for p in proposals if p.sub_kegiatan_code}
    # a supporting-programme item is named in the nomenclature under its X.XX placeholder
    lookup = codes | {p for p in map(placeholder_form, codes) if p is not None}
    sub_names = {
        n.code: n.name
        for n in session.exec(
            select(NomenclatureEntry).where(col(NomenclatureEntry.code).in_(lookup))
        ).all()
    }
    weights = {key: weight for key, _label, weight in board.criteria}
    content = CardsContent(info)
    for view in board.proposals:
        proposal = by_id.get(view.id)
        if proposal is None:
            continue
        ratings = TableData("Nilai", "Nilai kriteria", RATING_COLUMNS)
        for rating in view.ratings:
            ratings.add(
                rating.label,
                weights.get(rating.key, 0),
                rating.value,
                "forum" if rating.source == "forum" else "awal (otomatis)",
                rating.note or "",
            )
        sub = proposal.sub_kegiatan_code or ""
        sub_text = f"{sub} {name_of(sub, sub_names) or ''}".strip()
        agency = gather.agency_name(known, proposal.agency_code)
        info_a = alignment.get(proposal.id)
        card = Card(
            view,
            proposal,
            desa.get(proposal.desa_code or "", ""),
            agency,
            sub_text,
            info_a,
            ratings,
        )
        content.cards.append(card)
        content.flat.add(
            view.overall,
            proposal.number or "",
            proposal.title,
            card.desa,
            gather.location_text(proposal, card.desa),
            f"{proposal.latitude:.6f}, {proposal.longitude:.6f}"
            if proposal.latitude is not None and proposal.longitude is not None
            else "",
            proposal.volume,
            proposal.satuan or "",
            proposal.estimated_cost,
            view.agreed_amount,
            OUTCOME_LABELS.get(view.outcome or "", "Belum diputuskan"),
            agency,
            sub_text,
            view.score,
            info_a.score if info_a else None,
            info_a.explanation if info_a else "",
            view.photo.name if view.photo else "",
        )
    return content
