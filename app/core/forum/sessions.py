"""Forum sessions: Musrenbang Kecamatan and Pra Forum / Forum Perangkat Daerah."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from app.core.audit import record_event
from app.core.forum.ranking import DEFAULT_CRITERIA
from app.errors import UserError
from app.models import ForumCriterion, ForumSession, PlanningCycle
from app.models.forum import SESSION_KINDS
from common.i18n import N_, _

KIND_LABELS = {
    "musrenbang_kecamatan": N_("Musrenbang Kecamatan"),
    "pra_forum_pd": N_("Pra Forum / Forum Perangkat Daerah"),
}
STATUS_LABELS = {"open": N_("Terbuka"), "sealed": N_("Disegel")}


@dataclass(frozen=True)
class SessionDetails:
    kind: str
    title: str
    held_on: date | None = None
    place: str | None = None
    chair: str | None = None
    minute_taker: str | None = None
    speakers: str | None = None
    agenda: str | None = None


def _clean(value: str | None) -> str | None:
    text = (value or "").strip()
    return text or None


def _validated(details: SessionDetails) -> SessionDetails:
    if details.kind not in SESSION_KINDS:
        raise UserError(
            _("Jenis sesi '{kind}' tidak dikenal.").format(kind=details.kind),
            hint=_("Pilih Musrenbang Kecamatan atau Pra Forum / Forum Perangkat Daerah."),
        )
    title = _clean(details.title)
    if title is None:
        raise UserError(
            _("Judul sesi wajib diisi."), hint=_("Mis. 'Musrenbang Kecamatan Tenggarong 2027'.")
        )
    return SessionDetails(
        details.kind,
        title,
        details.held_on,
        _clean(details.place),
        _clean(details.chair),
        _clean(details.minute_taker),
        _clean(details.speakers),
        _clean(details.agenda),
    )


def create_session(
    session: Session, *, cycle_id: str, details: SessionDetails, actor: str | None
) -> ForumSession:
    cycle = session.get(PlanningCycle, cycle_id)
    if cycle is None or cycle.deleted:
        raise UserError(
            _("Siklus perencanaan tidak ditemukan."), hint=_("Buat atau pilih siklusnya dulu.")
        )
    clean = _validated(details)
    forum = ForumSession(
        cycle_id=cycle_id,
        kind=clean.kind,
        title=clean.title,
        held_on=clean.held_on,
        place=clean.place,
        chair=clean.chair,
        minute_taker=clean.minute_taker,
        speakers=clean.speakers,
        agenda=clean.agenda,
        is_demo=cycle.is_demo,
    )
    session.add(forum)
    session.flush()
    for position, spec in enumerate(DEFAULT_CRITERIA):
        session.add(
            ForumCriterion(
                session_id=forum.id,
                key=spec.key,
                label=spec.label,
                weight=spec.default_weight,
                position=position,
            )
        )
    record_event(
        session,
        actor=actor,
        entity="forum_session",
        entity_id=forum.id,
        action="create",
        after={"kind": forum.kind, "title": forum.title, "cycle_id": cycle_id},
    )
    return forum


def update_session(
    session: Session, forum_session_id: str, *, details: SessionDetails
) -> ForumSession:
    forum = require_open(session, forum_session_id)
    clean = _validated(details)
    forum.kind = clean.kind
    forum.title = clean.title or forum.title
    forum.held_on = clean.held_on
    forum.place = clean.place
    forum.chair = clean.chair
    forum.minute_taker = clean.minute_taker
    forum.speakers = clean.speakers
    forum.agenda = clean.agenda
    session.add(forum)
    return forum


def require_session(session: Session, forum_session_id: str) -> ForumSession:
    forum = session.get(ForumSession, forum_session_id)
    if forum is None or forum.deleted:
        raise UserError(
            _("Sesi forum {forum_session_id} tidak ditemukan.").format(
                forum_session_id=forum_session_id
            ),
            hint=_("Lihat daftar sesi dengan `musrenbang forum list`."),
        )
    return forum


def require_open(session: Session, forum_session_id: str) -> ForumSession:
    forum = require_session(session, forum_session_id)
    if forum.status == "sealed":
        raise UserError(
            _("Sesi '{title}' sudah disegel; keputusannya tidak dapat diubah.").format(
                title=forum.title
            ),
            hint=_(
                "Bila memang perlu, admin dapat membuka kembali sesi dengan alasan yang dicatat."
            ),
        )
    return forum


def list_sessions(session: Session, cycle_id: str | None = None) -> list[ForumSession]:
    query = select(ForumSession).where(col(ForumSession.deleted).is_(False))
    if cycle_id is not None:
        query = query.where(ForumSession.cycle_id == cycle_id)
    return list(
        session.exec(
            query.order_by(col(ForumSession.held_on).desc(), col(ForumSession.created_at).desc())
        ).all()
    )
