"""Data gathering shared by the documents: the session's header facts and digest, names of
villages and agencies, and the RPJMD chain of a proposal (prioritas → sasaran → program)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session, col, select

from app.core.forum.sealing import session_digest, verification_code
from app.core.forum.sessions import KIND_LABELS
from app.core.office_profile import get_profile
from app.core.reports.model import ReportInfo
from app.errors import UserError
from app.models import Agency, ForumSession, PlanItem, PlanningCycle, Proposal, Region
from app.models.types import utcnow
from common.i18n import _


def latest_session_id(session: Session) -> str:
    """The most recent forum session (by date held, then creation)."""
    rows = session.exec(select(ForumSession).where(col(ForumSession.deleted).is_(False))).all()
    if not rows:
        raise UserError(
            _("Belum ada sesi forum."),
            hint=_("Buat sesi di halaman Forum (atau `musrenbang demo --with-forum`) lebih dulu."),
        )
    latest = max(rows, key=lambda f: (f.held_on.isoformat() if f.held_on else "", f.created_at))
    return latest.id


def require_forum(session: Session, forum_session_id: str) -> ForumSession:
    forum = session.get(ForumSession, forum_session_id)
    if forum is None or forum.deleted:
        raise UserError(
            _("Sesi forum '{forum_session_id}' tidak ada.").format(
                forum_session_id=forum_session_id
            ),
            hint=_("Lihat daftar sesi dengan `musrenbang forum list`."),
        )
    return forum


def load_info(
    session: Session,
    forum_session_id: str,
    *,
    kind: str,
    document_title: str,
    logo: Path | None = None,
    number: str | None = None,
) -> tuple[ReportInfo, ForumSession, PlanningCycle]:
    forum = require_forum(session, forum_session_id)
    cycle = session.get(PlanningCycle, forum.cycle_id)
    if cycle is None:
        raise LookupError(f"cycle {forum.cycle_id} of session {forum.id}")
    kecamatan = session.get(Region, cycle.kecamatan_code)
    kabupaten = (
        session.get(Region, kecamatan.parent_code) if kecamatan and kecamatan.parent_code else None
    )
    digest = session_digest(session, forum.id)
    profile = get_profile(session)
    sealed = forum.status == "sealed"
    if sealed and forum.digest != digest:
        raise UserError(
            _(
                "Keputusan sesi '{title}' tidak lagi sama dengan digest segelnya; laporan "
                "tidak dicetak."
            ).format(title=forum.title),
            hint=_(
                "Jalankan `musrenbang verify` untuk melihat peristiwa pertama yang tidak "
                "cocok, lalu pulihkan dari cadangan."
            ),
        )
    info = ReportInfo(
        kind=kind,
        document_title=document_title,
        kabupaten=kabupaten.name if kabupaten else "Kabupaten",
        kecamatan=kecamatan.name if kecamatan else cycle.kecamatan_code,
        cycle_year=cycle.year,
        session_id=forum.id,
        session_title=forum.title,
        session_kind_label=KIND_LABELS.get(forum.kind, forum.kind),
        held_on=forum.held_on,
        place=forum.place,
        chair=forum.chair,
        minute_taker=forum.minute_taker,
        sealed=sealed,
        digest=digest,
        code=verification_code(digest),
        generated_at=utcnow(),
        logo=logo,
        number=number,
        office_address=profile.address or None,
        camat_name=profile.camat_name or None,
        camat_nip=profile.camat_nip or None,
    )
    return info, forum, cycle


def region_names(session: Session, codes: Iterable[str | None]) -> dict[str, str]:
    wanted = {c for c in codes if c}
    if not wanted:
        return {}
    return {
        r.code: r.name
        for r in session.exec(select(Region).where(col(Region.code).in_(wanted))).all()
    }


def region_levels(session: Session, codes: Iterable[str | None]) -> dict[str, str]:
    wanted = {c for c in codes if c}
    if not wanted:
        return {}
    return {
        r.code: r.level
        for r in session.exec(select(Region).where(col(Region.code).in_(wanted))).all()
    }


def agencies(session: Session) -> dict[str, Agency]:
    return {a.code: a for a in session.exec(select(Agency)).all()}


def agency_name(found: dict[str, Agency], code: str | None) -> str:
    if not code:
        return "OPD belum ditentukan"
    agency = found.get(code)
    return agency.name if agency else code


@dataclass(frozen=True)
class PlanChain:
    prioritas: str  # RPJMD tujuan (or misi) above the sasaran
    sasaran: str
    program: str


class PlanIndex:
    """Finds the RPJMD program prioritas of a proposal: its own ``rpjmd_code``, else the program
    prioritas linked to the proposal's nomenclature program (first three parts of the sub
    kegiatan code), else the one linked to its agency."""

    def __init__(self, session: Session) -> None:
        rows = session.exec(select(PlanItem).where(col(PlanItem.plan_kind) == "rpjmd")).all()
        self.by_code = {p.code: p for p in rows}
        self.by_program: dict[str, PlanItem] = {}
        self.by_agency: dict[str, PlanItem] = {}
        for item in sorted(rows, key=lambda p: p.code):
            if item.level != "program_prioritas":
                continue
            if item.nomenclature_code:
                self.by_program.setdefault(item.nomenclature_code, item)
            if item.agency_code:
                self.by_agency.setdefault(item.agency_code, item)
        self._cache: dict[tuple[str | None, str | None, str | None], PlanChain | None] = {}

    def _program_of(self, proposal: Proposal) -> PlanItem | None:
        if proposal.rpjmd_code and proposal.rpjmd_code in self.by_code:
            return self.by_code[proposal.rpjmd_code]
        code = proposal.program_code or ".".join(
            (proposal.sub_kegiatan_code or proposal.kegiatan_code or "").split(".")[:3]
        )
        if code and code in self.by_program:
            return self.by_program[code]
        if proposal.agency_code and proposal.agency_code in self.by_agency:
            return self.by_agency[proposal.agency_code]
        return None

    def chain(self, proposal: Proposal) -> PlanChain | None:
        key = (proposal.rpjmd_code, proposal.sub_kegiatan_code, proposal.agency_code)
        if key in self._cache:
            return self._cache[key]
        item = self._program_of(proposal)
        result: PlanChain | None = None
        if item is not None:
            names: dict[str, str] = {}
            node: PlanItem | None = item
            seen = 0
            while node is not None and seen < 10:
                names.setdefault(node.level, node.name)
                node = self.by_code.get(node.parent_code or "")
                seen += 1
            result = PlanChain(
                prioritas=names.get("tujuan") or names.get("misi") or "",
                sasaran=names.get("sasaran", ""),
                program=names.get("program_prioritas", ""),
            )
        self._cache[key] = result
        return result


def location_text(proposal: Proposal, desa: str | None) -> str:
    parts = [desa or proposal.desa_code or ""]
    if proposal.dusun:
        parts.append(f"Dusun {proposal.dusun}")
    if proposal.rt:
        parts.append(f"RT {proposal.rt}")
    if proposal.rw:
        parts.append(f"RW {proposal.rw}")
    return ", ".join(p for p in parts if p)
