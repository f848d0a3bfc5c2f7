"""Berita Acara Hasil Kesepakatan Musrenbang Kecamatan: the signed minutes of agreement.

Kop, number, the day and date in Indonesian words and figures, the place, who attended (by
unsur and sex), the points agreed (the priority list within the pagu, what was not agreed, the
delegation, the verification code), the attachments, and signature blocks for the chair and the
participants' representatives.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer
from sqlmodel import Session, col, select

from app.core.forum.attendance import (
    UNSUR_LABELS,
    AttendanceCounts,
    attendance_counts,
    list_attendance,
)
from app.core.forum.decisions import forum_proposals, latest_decisions
from app.core.forum.delegation import list_delegates
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
from app.core.reports.words import date_figures, date_words, letter_date, rupiah_words
from app.models import PaguAgency
from common.money import format_rupiah

KIND = "berita-acara"
TITLE = "Berita Acara Hasil Kesepakatan Musrenbang Kecamatan"
LANDSCAPE = False
DEFAULT_NUMBER = "050/............/BA-MUSRENBANG/{year}"
ATTACHMENTS = (
    "Daftar Urutan Kegiatan Prioritas Kecamatan menurut Perangkat Daerah (T-D.4)",
    "Daftar Usulan yang Belum Disepakati",
    "Daftar Hadir Peserta",
    "Daftar Delegasi Kecamatan",
    "Rekap Hasil per Desa/Kelurahan",
)

UNSUR_COLUMNS = (
    Column("unsur", "Unsur", 70),
    Column("men", "L", 18, "int"),
    Column("women", "P", 18, "int"),
    Column("total", "Jumlah", 22, "int"),
)
AGENCY_COLUMNS = (
    Column("agency", "Perangkat Daerah", 70),
    Column("discussed", "Usulan Dibahas", 22, "int"),
    Column("agreed", "Disepakati", 20, "int"),
    Column("amount", "Nilai Disepakati (Rp)", 36, "money"),
    Column("ceiling", "Pagu Perangkat Daerah (Rp)", 36, "money"),
)
POINT_COLUMNS = (Column("no", "No", 8, "int"), Column("point", "Pokok Kesepakatan", 160))


@dataclass
class BeritaAcaraContent:
    info: ReportInfo
    counts: AttendanceCounts
    unsur_table: TableData
    agency_table: TableData
    points: TableData
    signers: list[Signer] = field(default_factory=list)
    agreed_count: int = 0
    agreed_total: int = 0
    ceiling: int | None = None

    def tables(self) -> list[TableData]:
        return [self.points, self.unsur_table, self.agency_table]

    def expected_pages(self) -> int:
        return 3

    def story(self, area: PageArea) -> list[Flowable]:
        info = self.info
        number = info.number or DEFAULT_NUMBER.format(
            year=info.held_on.year if info.held_on else info.cycle_year - 1
        )
        items: list[Flowable] = [
            Kop(info, area.width),
            *title_block(
                "BERITA ACARA HASIL KESEPAKATAN",
                [
                    f"MUSRENBANG KECAMATAN {info.kecamatan.upper()}",
                    f"RKPD {info.kabupaten.upper()} TAHUN {info.cycle_year}",
                    f"Nomor: {number}",
                ],
            ),
        ]
        if info.held_on:
            when = (
                f"Pada hari ini, <b>{esc(date_words(info.held_on))}</b> "
                f"({date_figures(info.held_on)}),"
            )
        else:
            when = "Pada hari ini, tanggal ............................................,"
        place = info.place or "..........................................."
        counts = self.counts
        share = round(100 * counts.women_share)
        items.append(
            para(
                f"{when} bertempat di {esc(place)}, telah diselenggarakan {esc(info.forum_name)} dalam rangka penyusunan Rencana Kerja Pemerintah "
                f"Daerah (RKPD) {esc(info.kabupaten)} Tahun {info.cycle_year}, dipimpin oleh "
                f"{esc(info.chair or '...........................')}."
            )
        )
        items += [
            Spacer(1, 2 * mm),
            para(
                esc(
                    f"Musyawarah dihadiri oleh {counts.total} orang peserta, terdiri atas "
                    f"{counts.men} laki-laki dan {counts.women} perempuan ({share}% perempuan), "
                    "dari unsur sebagai berikut:"
                )
            ),
            Spacer(1, 2 * mm),
            table_flowable(self.unsur_table, area.width * 0.7),
            Spacer(1, 3 * mm),
            para(
                esc(
                    "Setelah memperhatikan paparan prioritas daerah dan pagu indikatif kecamatan, "
                    "serta membahas usulan desa/kelurahan per perangkat daerah, peserta musyawarah "
                    "MENYEPAKATI:"
                )
            ),
            Spacer(1, 2 * mm),
        ]
        for i, row in enumerate(self.points.rows, start=1):
            items.append(para(f"{i}. {esc(row.values[1])}"))
            items.append(Spacer(1, 1.2 * mm))
        items += [
            Spacer(1, 2 * mm),
            para("<b>Ringkasan hasil per perangkat daerah</b>", "left"),
            Spacer(1, 1.5 * mm),
            table_flowable(self.agency_table, area.width),
            Spacer(1, 3 * mm),
            para("<b>Lampiran berita acara ini:</b>", "left"),
        ]
        roman = ("I", "II", "III", "IV", "V")
        for numeral, title in zip(roman, ATTACHMENTS, strict=True):
            items.append(para(esc(f"Lampiran {numeral}. {title}"), "left"))
        closing = para(
            esc(
                "Demikian berita acara ini dibuat dan ditandatangani bersama untuk dipergunakan "
                f"sebagaimana mestinya. Kode verifikasi {info.code}."
            )
        )
        held = letter_date(info.held_on) if info.held_on else "...................."
        # Signed in the town of the kantor camat, not at the venue; the camat acknowledges,
        # the chair and the note-taker sign for the session.
        chair = signature_blocks(
            [
                Signer(f"Mengetahui, Camat {info.kecamatan}", info.camat_name, nip=info.camat_nip),
                Signer("Pimpinan Sidang", info.chair),
                Signer("Notulis", info.minute_taker),
            ],
            area.width,
            place_date=f"{info.town}, {held}",
            per_row=3,
        )
        reps = signature_blocks(self.signers, area.width, per_row=3)
        # The closing sentence and every signature on one page: the signatures never stand
        # alone on a page of their own.
        items.append(
            KeepTogether(
                [
                    Spacer(1, 3 * mm),
                    closing,
                    Spacer(1, 3 * mm),
                    chair,
                    Spacer(1, 1 * mm),
                    para("<b>Wakil peserta musyawarah:</b>", "left"),
                    reps,
                ]
            )
        )
        return items


def collect(session: Session, forum_session_id: str, options: CollectOptions) -> BeritaAcaraContent:
    info, _forum, cycle = gather.load_info(
        session,
        forum_session_id,
        kind=KIND,
        document_title=TITLE,
        logo=options.logo,
        number=options.number,
    )
    attendance = list_attendance(session, forum_session_id)
    counts = attendance_counts(attendance)
    unsur_table = TableData(
        "Peserta per unsur", "Peserta menurut unsur dan jenis kelamin", UNSUR_COLUMNS
    )
    for unsur in counts.by_unsur:
        unsur_table.add(unsur.label, unsur.total - unsur.women, unsur.women, unsur.total)
    unsur_table.add("Jumlah", counts.men, counts.women, counts.total, style="total")

    proposals = forum_proposals(session, cycle.id)
    decisions = latest_decisions(session, forum_session_id)
    known = gather.agencies(session)
    ceilings = {
        row.agency_code: row.amount
        for row in session.exec(
            select(PaguAgency).where(
                PaguAgency.cycle_id == cycle.id, col(PaguAgency.deleted).is_(False)
            )
        ).all()
    }
    per_agency: dict[str, list[int]] = {}
    outcomes: dict[str, int] = {}
    agreed_total = 0
    for proposal in proposals:
        decision = decisions.get(proposal.id)
        outcome = decision.outcome if decision else "undecided"
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
        entry = per_agency.setdefault(proposal.agency_code or "", [0, 0, 0])
        entry[0] += 1
        if decision and decision.outcome == "agreed":
            entry[1] += 1
            entry[2] += decision.agreed_amount or 0
            agreed_total += decision.agreed_amount or 0
    agency_table = TableData(
        "Hasil per OPD", "Ringkasan hasil per perangkat daerah", AGENCY_COLUMNS
    )
    for code in sorted(per_agency, key=lambda c: (c == "", c)):
        discussed, agreed, amount = per_agency[code]
        agency_table.add(
            gather.agency_name(known, code or None), discussed, agreed, amount, ceilings.get(code)
        )
    listed = [ceilings[c] for c in per_agency if c in ceilings]
    # The total of the ceiling column adds up what the column lists; the kecamatan's own
    # ceiling (which also covers agencies without one) is its own line.
    agency_table.add(
        "Jumlah",
        sum(v[0] for v in per_agency.values()),
        sum(v[1] for v in per_agency.values()),
        agreed_total,
        sum(listed) if listed else None,
        style="total",
    )
    if cycle.pagu_total:
        agency_table.add(
            "Pagu indikatif kecamatan", None, None, None, cycle.pagu_total, style="total"
        )
    agreed_count = outcomes.get("agreed", 0)
    not_agreed = sum(n for k, n in outcomes.items() if k != "agreed")
    ceiling = cycle.pagu_total or None
    points = TableData("Pokok kesepakatan", "Pokok kesepakatan", POINT_COLUMNS)
    pagu_text = (
        f" dari pagu indikatif kecamatan sebesar {format_rupiah(ceiling)}" if ceiling else ""
    )
    points.add(
        1,
        f"Daftar urutan kegiatan prioritas kecamatan menurut perangkat daerah sebanyak "
        f"{agreed_count} kegiatan dengan nilai indikatif {format_rupiah(agreed_total)} "
        f"({rupiah_words(agreed_total)}){pagu_text}, sebagaimana Lampiran I.",
    )
    moved = outcomes.get("moved_to_village", 0)
    points.add(
        2,
        f"Usulan yang belum disepakati sebanyak {not_agreed} usulan, termasuk {moved} usulan "
        "kewenangan desa yang dialihkan ke APBDes, beserta alasannya, sebagaimana Lampiran II.",
    )
    delegates = list_delegates(session, forum_session_id)
    names = ", ".join(d.name for d in delegates) or "belum ditetapkan"
    points.add(
        3,
        f"Delegasi kecamatan untuk Forum Perangkat Daerah dan Musrenbang Kabupaten sebanyak "
        f"{len(delegates)} orang ({sum(1 for d in delegates if d.sex == 'P')} perempuan): {names}, "
        "sebagaimana Lampiran IV.",
    )
    points.add(
        4,
        "Hasil kesepakatan ini disampaikan kepada desa/kelurahan pengusul (Lampiran V) dan kepada "
        f"Bappeda {info.kabupaten} sebagai bahan Forum Perangkat Daerah dan Musrenbang Kabupaten.",
    )
    # Representatives: the delegates first (they carry the result on), then one attendee per
    # unsur not yet represented, up to three.
    signers: list[Signer] = []
    seen: set[str] = set()
    for d in delegates:
        if len(signers) == 3:
            break
        signers.append(
            Signer(
                f"Wakil Peserta {len(signers) + 1}",
                d.name,
                UNSUR_LABELS.get(d.unsur or "", d.institution or ""),
            )
        )
        seen.add(d.name)
    for a in attendance:
        if len(signers) == 3:
            break
        if a.name in seen or a.unsur in {s.detail for s in signers}:
            continue
        signers.append(
            Signer(f"Wakil Peserta {len(signers) + 1}", a.name, UNSUR_LABELS.get(a.unsur, a.unsur))
        )
        seen.add(a.name)
    while len(signers) < 3:
        signers.append(Signer(f"Wakil Peserta {len(signers) + 1}", None))
    return BeritaAcaraContent(
        info,
        counts,
        unsur_table,
        agency_table,
        points,
        signers,
        agreed_count,
        agreed_total,
        ceiling,
    )
