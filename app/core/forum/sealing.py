"""Sealing a forum session, re-opening it (admin, with a reason), and verifying the record.

The digest of a session is SHA-256 over the canonical JSON of its decisions (every decision row,
oldest first, superseded ones included, so no row can change unnoticed). It is stored on the
session when it is sealed, written into the ``seal`` audit event, and printed on every report
with its short verification code. ``verify`` checks, in order of the audit chain: the chain
itself, that every decision row equals the content its ``decide`` event recorded (and that no
row or event is missing), and that the seal event, the stored digest and the digest recomputed
from the rows agree. It names the first event that does not match.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlmodel import Session, col, select

from app.core.audit import canonical_json, record_event, verify_chain
from app.core.forum.decisions import (
    DecisionInput,
    decide,
    decision_payload,
    forum_proposals,
    latest_decisions,
    session_decisions,
)
from app.core.forum.sessions import require_session
from app.errors import UserError
from app.models import AuditEvent, Decision, ForumSession, LocalUser, Proposal
from app.models.types import utcnow
from common.i18n import _


def canonical_decisions(session: Session, forum_session_id: str) -> str:
    return canonical_json(
        {
            "session_id": forum_session_id,
            "decisions": [
                decision_payload(d) for d in session_decisions(session, forum_session_id)
            ],
        }
    )


def session_digest(session: Session, forum_session_id: str) -> str:
    """SHA-256 (hex) over the canonical list of the session's decisions, as they are now."""
    text = canonical_decisions(session, forum_session_id)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def verification_code(digest: str) -> str:
    """The short code printed next to the digest: its first 8 hex digits, grouped (AB12-CD34)."""
    head = digest[:8].upper()
    if len(head) < 8:
        raise ValueError("digest too short")
    return f"{head[:4]}-{head[4:]}"


NOT_DISCUSSED_REASON = "Belum dibahas dalam forum; dibawa ke siklus berikutnya."


def undecided(session: Session, forum_session_id: str) -> list[Proposal]:
    """The session's proposals that have no decision yet, in number order."""
    forum = require_session(session, forum_session_id)
    decided = set(latest_decisions(session, forum_session_id))
    return [p for p in forum_proposals(session, forum.cycle_id) if p.id not in decided]


def mark_not_discussed(session: Session, forum_session_id: str, *, actor: str | None) -> int:
    """Record every undecided proposal as not discussed (postponed, with that reason), the
    explicit choice the operator makes before sealing; returns how many."""
    remaining = undecided(session, forum_session_id)
    for proposal in remaining:
        decide(
            session,
            forum_session_id,
            DecisionInput(proposal.id, "postponed", reason=NOT_DISCUSSED_REASON),
            actor=actor,
        )
    return len(remaining)


def renumber_priorities(session: Session, forum_session_id: str, *, actor: str | None) -> int:
    """Agreed priorities as 1..n per agency, in the order the forum gave them (gaps left by
    proposals later not agreed are closed). Each change is a new decision row, so the sealed
    record and the T-D.4 say the same; returns how many changed."""
    latest = latest_decisions(session, forum_session_id)
    groups: dict[str, list[tuple[int, str, Proposal]]] = {}
    for proposal_id, decision in latest.items():
        if decision.outcome != "agreed":
            continue
        proposal = session.get(Proposal, proposal_id)
        if proposal is None:
            continue
        groups.setdefault(proposal.agency_code or "", []).append(
            (decision.priority or 10**6, proposal.number or proposal.id, proposal)
        )
    wanted: list[tuple[Proposal, int]] = []
    for members in groups.values():
        members.sort(key=lambda item: (item[0], item[1]))
        for position, (priority, _number, proposal) in enumerate(members, start=1):
            if priority != position:
                wanted.append((proposal, position))
    # Free the numbers first (a temporary number above every other), then give the final ones,
    # so no two agreed proposals of an agency ever hold the same number in between.
    top = max((d.priority or 0 for d in latest.values()), default=0) + len(wanted) + 1
    for step, (proposal, _position) in enumerate(wanted):
        _renumber(session, forum_session_id, latest[proposal.id], top + step, actor)
    for proposal, position in wanted:
        _renumber(session, forum_session_id, latest[proposal.id], position, actor)
    return len(wanted)


def _renumber(
    session: Session, forum_session_id: str, decision: Decision, priority: int, actor: str | None
) -> None:
    decide(
        session,
        forum_session_id,
        DecisionInput(
            decision.proposal_id,
            "agreed",
            priority=priority,
            agreed_amount=decision.agreed_amount,
            reason=decision.reason,
        ),
        actor=actor,
    )


def seal_session(session: Session, forum_session_id: str, *, actor: str | None) -> ForumSession:
    forum = require_session(session, forum_session_id)
    if forum.status == "sealed":
        raise UserError(_("Sesi '{title}' sudah disegel.").format(title=forum.title))
    renumber_priorities(session, forum_session_id, actor=actor)
    decisions = [d for d in session_decisions(session, forum_session_id) if not d.deleted]
    if not decisions:
        raise UserError(
            _("Belum ada keputusan di sesi ini; tidak ada yang dapat disegel."),
            hint=_("Catat keputusan forum atas usulan lebih dulu."),
        )
    digest = session_digest(session, forum_session_id)
    forum.status = "sealed"
    forum.sealed_at = utcnow()
    forum.digest = digest
    session.add(forum)
    record_event(
        session,
        actor=actor,
        entity="forum_session",
        entity_id=forum.id,
        action="seal",
        before={"status": "open"},
        after={"status": "sealed", "digest": digest, "decisions": len(decisions)},
    )
    return forum


def authenticate_admin(session: Session, username: str, password: str) -> LocalUser:
    user = session.exec(select(LocalUser).where(LocalUser.username == username.strip())).first()
    hasher = PasswordHasher()
    ok = False
    if user is not None and user.active:
        try:
            ok = hasher.verify(user.password_hash, password)
        except (VerificationError, InvalidHashError):
            ok = False
    if not ok or user is None:
        raise UserError(
            _("Nama pengguna atau kata sandi admin salah."),
            hint=_("Membuka kembali sesi yang disegel hanya dapat dilakukan akun admin."),
        )
    if user.role != "admin":
        raise UserError(
            _("Akun {username} bukan admin.").format(username=user.username),
            hint=_("Minta admin kantor membuka kembali sesi ini."),
        )
    return user


def reopen_session(
    session: Session, forum_session_id: str, *, admin: LocalUser, reason: str
) -> ForumSession:
    """Admin only, with a reason; the previous digest stays in the chain's ``reopen`` event."""
    if admin.role != "admin" or not admin.active:
        raise UserError(_("Hanya admin yang dapat membuka kembali sesi yang disegel."))
    clean = " ".join((reason or "").split())
    if not clean:
        raise UserError(
            _("Alasan membuka kembali sesi wajib diisi."),
            hint=_("Alasan dicatat di rantai audit dan dapat dibaca siapa pun yang memeriksa."),
        )
    forum = require_session(session, forum_session_id)
    if forum.status != "sealed":
        raise UserError(_("Sesi '{title}' tidak sedang disegel.").format(title=forum.title))
    previous = forum.digest
    forum.status = "open"
    forum.sealed_at = None
    forum.digest = None
    session.add(forum)
    record_event(
        session,
        actor=admin.username,
        entity="forum_session",
        entity_id=forum.id,
        action="reopen",
        before={"status": "sealed", "digest": previous},
        after={"status": "open"},
        reason=clean,
    )
    return forum


@dataclass(frozen=True)
class SessionCheck:
    session_id: str
    title: str
    status: str
    digest: str | None
    decisions: int

    @property
    def code(self) -> str | None:
        return verification_code(self.digest) if self.digest else None


@dataclass(frozen=True)
class VerifyProblem:
    message: str
    event_seq: int | None = None
    event_id: str | None = None
    session_id: str | None = None


@dataclass
class VerifyReport:
    events: int = 0
    sessions: list[SessionCheck] = field(default_factory=list)
    problem: VerifyProblem | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


def _events(session: Session, entity: str, action: str) -> list[AuditEvent]:
    return list(
        session.exec(
            select(AuditEvent)
            .where(AuditEvent.entity == entity, AuditEvent.action == action)
            .order_by(col(AuditEvent.seq))
        ).all()
    )


def _after(event: AuditEvent) -> dict[str, object]:
    try:
        value = json.loads(event.after_json or "{}")
    except json.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}


def _check_session(
    session: Session, forum: ForumSession, decide_events: list[AuditEvent]
) -> tuple[SessionCheck, list[tuple[int, VerifyProblem]]]:
    problems: list[tuple[int, VerifyProblem]] = []
    rows = session_decisions(session, forum.id)
    by_id = {d.id: d for d in rows}
    mine = [e for e in decide_events if _after(e).get("session_id") == forum.id]
    seen: set[str] = set()
    for event in mine:
        seen.add(event.entity_id)
        row = by_id.get(event.entity_id)
        seq = event.seq or 0
        if row is None:
            problems.append(
                (
                    seq,
                    VerifyProblem(
                        _(
                            "keputusan {entity_id} yang dicatat peristiwa #{seq} tidak ada lagi di basis "
                            "data (dihapus di luar aplikasi)"
                        ).format(entity_id=event.entity_id, seq=seq),
                        seq,
                        event.id,
                        forum.id,
                    ),
                )
            )
        elif canonical_json(decision_payload(row)) != event.after_json:
            problems.append(
                (
                    seq,
                    VerifyProblem(
                        _(
                            "keputusan {id} tidak sama dengan yang dicatat peristiwa #{seq} (diubah di "
                            "luar aplikasi)"
                        ).format(id=row.id, seq=seq),
                        seq,
                        event.id,
                        forum.id,
                    ),
                )
            )
    for row in rows:
        if row.id not in seen:
            problems.append(
                (
                    10**12,
                    VerifyProblem(
                        _(
                            "keputusan {id} tidak punya peristiwa di rantai audit (ditambahkan di luar "
                            "aplikasi)"
                        ).format(id=row.id),
                        None,
                        None,
                        forum.id,
                    ),
                )
            )
    if forum.status == "sealed":
        seals = [e for e in _events(session, "forum_session", "seal") if e.entity_id == forum.id]
        actual = session_digest(session, forum.id)
        if not seals:
            problems.append(
                (
                    10**12,
                    VerifyProblem(
                        _(
                            "sesi berstatus disegel tetapi tidak ada peristiwa penyegelan di rantai audit"
                        ),
                        None,
                        None,
                        forum.id,
                    ),
                )
            )
        else:
            seal = seals[-1]
            recorded = _after(seal).get("digest")
            seq = seal.seq or 0
            if recorded != forum.digest:
                problems.append(
                    (
                        seq,
                        VerifyProblem(
                            _(
                                "digest yang tersimpan pada sesi tidak sama dengan yang dicatat peristiwa "
                                "penyegelan #{seq}"
                            ).format(seq=seq),
                            seq,
                            seal.id,
                            forum.id,
                        ),
                    )
                )
            elif recorded != actual:
                problems.append(
                    (
                        seq,
                        VerifyProblem(
                            _(
                                "keputusan sesi tidak lagi menghasilkan digest yang dicatat peristiwa "
                                "penyegelan #{seq}"
                            ).format(seq=seq),
                            seq,
                            seal.id,
                            forum.id,
                        ),
                    )
                )
    live = sum(1 for d in rows if not d.deleted)
    check = SessionCheck(forum.id, forum.title, forum.status, forum.digest, live)
    return check, problems


def verify(session: Session, forum_session_id: str | None = None) -> VerifyReport:
    """Check the audit chain, then one session (or every session) against it."""
    chain = verify_chain(session)
    report = VerifyReport(events=chain.events)
    if not chain.ok:
        report.problem = VerifyProblem(
            chain.problem or _("rantai audit rusak"), chain.first_bad_seq, chain.first_bad_id
        )
        return report
    if forum_session_id is not None:
        forums = [require_session(session, forum_session_id)]
    else:
        forums = list(
            session.exec(
                select(ForumSession)
                .where(col(ForumSession.deleted).is_(False))
                .order_by(col(ForumSession.created_at))
            ).all()
        )
    decide_events = _events(session, "decision", "decide")
    found: list[tuple[int, VerifyProblem]] = []
    for forum in forums:
        check, problems = _check_session(session, forum, decide_events)
        report.sessions.append(check)
        found.extend(problems)
    if found:
        report.problem = min(found, key=lambda item: item[0])[1]
    return report
