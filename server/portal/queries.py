"""What the portal pages show, as plain queries on the read model (no HTTP here)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from server.db import Batch, Record
from server.portal.auth import PortalIdentity
from server.portal.models import PortalDecision, PortalPhoto, PortalProposal

P = PortalProposal
ANSWERED = ("accepted", "rejected", "deferred", "redirected")
PAGE_SIZE = 50
# A missing priority, cost or number sorts last, spelled out: by default SQLite puts NULL first
# in ascending order and PostgreSQL last (and the other way round descending), so "largest
# cost first" led with the proposals without a cost on PostgreSQL only.
SORTS: dict[str, Any] = {
    "prioritas": (P.kecamatan_code, P.priority.is_(None), P.priority, P.id),
    "biaya": (P.estimated_cost.is_(None), P.estimated_cost.desc(), P.id),
    "judul": (P.title, P.id),
    "kecamatan": (P.kecamatan_code, P.number.is_(None), P.number, P.id),
    "terbaru": (P.updated_seq.desc(), P.id),
}


def live() -> Any:
    return and_(P.received.is_(True), P.deleted.is_(False))


def visible(user: PortalIdentity) -> Any:
    """What a user may see: Bappeda everything, an OPD what is routed to it now."""
    if user.is_admin:
        return live()
    return and_(live(), P.agency_now == user.agency_code)


def can_see(user: PortalIdentity, row: PortalProposal | None) -> bool:
    if row is None or not row.received or row.deleted:
        return False
    return user.is_admin or (row.agency_now is not None and row.agency_now == user.agency_code)


# ---- dashboard -------------------------------------------------------------------------------


@dataclass
class KecamatanLine:
    code: str
    received: int = 0
    agreed: int = 0
    agreed_cost: int = 0
    pagu: int = 0
    last_sync: datetime | None = None


@dataclass
class AgencyLine:
    code: str | None
    routed: int = 0
    answered: int = 0
    waiting: int = 0
    cost: int = 0


@dataclass
class Dashboard:
    kecamatan: list[KecamatanLine]
    agencies: list[AgencyLine]
    bidang: list[tuple[str | None, int, int]]
    points: list[tuple[float, float, str | None]]
    points_total: int
    totals: dict[str, int] = field(default_factory=dict)


def _pagu_per_kecamatan(session: Session) -> dict[str, int]:
    """The newest planning cycle's pagu per kecamatan (a handful of rows per kecamatan)."""
    out: dict[str, tuple[int, int]] = {}
    for kec, data_json in session.execute(
        select(Record.kecamatan_code, Record.data_json).where(
            Record.entity == "planning_cycle", Record.deleted.is_(False)
        )
    ).all():
        data = json.loads(data_json)
        year = int(data.get("year") or 0)
        if kec not in out or year >= out[kec][0]:
            out[kec] = (year, int(data.get("pagu_total") or 0))
    return {k: v[1] for k, v in out.items()}


MAX_POINTS = 4000


def dashboard(session: Session) -> Dashboard:
    """One grouped pass over the read model (an index-only scan of ``ix_portal_proposal_stats``)
    gives the per-kecamatan, per-OPD and per-bidang figures; the map points come from
    ``ix_portal_proposal_points``."""
    lines: dict[str, KecamatanLine] = {}
    agencies: dict[str | None, AgencyLine] = {}
    bidang: dict[str | None, list[int]] = {}
    grouped = session.execute(
        select(
            P.kecamatan_code,
            P.agency_now,
            P.bidang_code,
            P.status,
            P.upstream_status,
            func.count(),
            func.sum(func.coalesce(P.agreed_amount, P.estimated_cost, 0)),
        )
        .where(live())
        .group_by(P.kecamatan_code, P.agency_now, P.bidang_code, P.status, P.upstream_status)
    ).all()
    for kec, agency, bidang_code, status, upstream, count, cost in grouped:
        n, amount = int(count), int(cost or 0)
        line = lines.setdefault(kec, KecamatanLine(kec))
        line.received += n
        if status != "agreed":
            continue
        line.agreed += n
        line.agreed_cost += amount
        a = agencies.setdefault(agency, AgencyLine(agency))
        a.routed += n
        a.cost += amount
        if upstream in ANSWERED:
            a.answered += n
        else:
            a.waiting += n
        b = bidang.setdefault(bidang_code, [0, 0])
        b[0] += n
        b[1] += amount
    for code, pagu in _pagu_per_kecamatan(session).items():
        lines.setdefault(code, KecamatanLine(code)).pagu = pagu
    for code, last in session.execute(
        select(Batch.kecamatan_code, func.max(Batch.received_at)).group_by(Batch.kecamatan_code)
    ).all():
        lines.setdefault(code, KecamatanLine(code)).last_sync = last
    located = and_(P.status == "agreed", live(), P.latitude.is_not(None), P.longitude.is_not(None))
    points_total = int(session.execute(select(func.count()).where(located)).scalar() or 0)
    # An even sample when there are more points than a page can draw legibly.
    step = max(1, -(-points_total // MAX_POINTS))
    query = select(P.latitude, P.longitude, P.upstream_status).where(located)
    if step > 1:
        query = query.where(P.updated_seq % step == 0)
    points = [
        (float(a or 0), float(b or 0), s) for a, b, s in session.execute(query.limit(MAX_POINTS))
    ]
    agency_lines = sorted(agencies.values(), key=lambda x: (-x.routed, x.code or ""))
    totals = {
        "received": sum(x.received for x in lines.values()),
        "agreed": sum(x.agreed for x in lines.values()),
        "answered": sum(x.answered for x in agency_lines),
        "waiting": sum(x.waiting for x in agency_lines),
    }
    bidang_rows = sorted(
        ((code, v[0], v[1]) for code, v in bidang.items()), key=lambda r: (-r[1], r[0] or "")
    )
    return Dashboard(
        sorted(lines.values(), key=lambda x: x.code),
        agency_lines,
        bidang_rows,
        points,
        points_total,
        totals,
    )


# ---- inbox -----------------------------------------------------------------------------------


@dataclass
class InboxFilter:
    agency: str | None = None
    kecamatan: str | None = None
    state: str = "menunggu"  # menunggu | dijawab | semua
    bidang: str | None = None
    q: str = ""
    only_agreed: bool = True
    sort: str = "prioritas"
    page: int = 1


@dataclass
class InboxPage:
    rows: list[PortalProposal]
    total: int
    page: int
    pages: int
    photos: dict[str, int]


def _inbox_query(user: PortalIdentity, f: InboxFilter) -> Select[Any]:
    conditions = [visible(user)]
    if user.is_admin and f.agency:
        conditions.append(P.agency_now == f.agency)
    if f.kecamatan:
        conditions.append(P.kecamatan_code == f.kecamatan)
    if f.only_agreed:
        conditions.append(P.status == "agreed")
    if f.state == "menunggu":
        conditions.append(or_(P.upstream_status.is_(None), P.upstream_status.not_in(ANSWERED)))
    elif f.state == "dijawab":
        conditions.append(P.upstream_status.in_(ANSWERED))
    if f.bidang:
        conditions.append(P.bidang_code == f.bidang)
    words = f.q.strip().lower()[:100]
    for word in words.split()[:5]:
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        conditions.append(P.search.like(f"%{escaped}%", escape="\\"))
    return select(P).where(*conditions)


def inbox(session: Session, user: PortalIdentity, f: InboxFilter) -> InboxPage:
    base = _inbox_query(user, f)
    counted = base.with_only_columns(func.count(), maintain_column_froms=True)
    total = int(session.execute(counted).scalar() or 0)
    pages = max(1, -(-total // PAGE_SIZE))
    page = min(max(1, f.page), pages)
    order = SORTS.get(f.sort, SORTS["prioritas"])
    # Sort and page on the id alone, then join the 50 wide rows to it: the sorter then carries
    # (sort key, id) instead of every column of thousands of rows. The page, its rows and
    # their photo counts come in one statement (one round trip on PostgreSQL).
    page_ids = (
        base.with_only_columns(P.id, maintain_column_froms=True)
        .order_by(*order)
        .limit(PAGE_SIZE)
        .offset((page - 1) * PAGE_SIZE)
        .subquery("page_ids")
    )
    photo_count = (
        select(func.count())
        .where(PortalPhoto.proposal_id == P.id, PortalPhoto.deleted.is_(False))
        .correlate(P)
        .scalar_subquery()
    )
    found = session.execute(
        select(P, photo_count).join(page_ids, page_ids.c.id == P.id).order_by(*order)
    ).all()
    rows = [row for row, _n in found]
    photos = {row.id: int(n) for row, n in found if n}
    return InboxPage(rows, total, page, pages, photos)


def inbox_choices(session: Session, user: PortalIdentity) -> tuple[list[str], list[str], list[str]]:
    """Kecamatan, bidang and agency codes that occur in what the user can see: one grouped pass
    (an index-only scan of ``ix_portal_proposal_stats``) instead of three DISTINCT queries."""
    kec: set[str] = set()
    bidang: set[str] = set()
    agencies: set[str] = set()
    for kec_code, bidang_code, agency in session.execute(
        select(P.kecamatan_code, P.bidang_code, P.agency_now)
        .where(live())
        .group_by(P.kecamatan_code, P.agency_now, P.bidang_code)
    ):
        if agency is not None:
            agencies.add(str(agency))
        if user.is_admin or (agency is not None and agency == user.agency_code):
            kec.add(kec_code)
            if bidang_code is not None:
                bidang.add(str(bidang_code))
    return sorted(kec), sorted(bidang), sorted(agencies)


# ---- one proposal, the forum view, exports ------------------------------------------------------


def photos_of(session: Session, proposal_id: str) -> list[PortalPhoto]:
    return list(
        session.execute(
            select(PortalPhoto)
            .where(PortalPhoto.proposal_id == proposal_id, PortalPhoto.deleted.is_(False))
            .order_by(PortalPhoto.id)
        )
        .scalars()
        .all()
    )


def audit_of(session: Session, proposal_id: str) -> list[PortalDecision]:
    return list(
        session.execute(
            select(PortalDecision)
            .where(PortalDecision.proposal_id == proposal_id)
            .order_by(PortalDecision.at.desc(), PortalDecision.id.desc())
        )
        .scalars()
        .all()
    )


def photo_visible(session: Session, user: PortalIdentity, sha256: str) -> bool:
    query = (
        select(func.count())
        .select_from(PortalPhoto)
        .join(P, P.id == PortalPhoto.proposal_id)
        .where(PortalPhoto.sha256 == sha256, PortalPhoto.deleted.is_(False), visible(user))
    )
    return bool(session.execute(query).scalar())


def forum(
    session: Session, user: PortalIdentity, kecamatan: str
) -> dict[str | None, list[PortalProposal]]:
    rows = (
        session.execute(
            select(P)
            .where(visible(user), P.kecamatan_code == kecamatan, P.status == "agreed")
            .order_by(P.agency_now, P.priority.is_(None), P.priority, P.number, P.id)
        )
        .scalars()
        .all()
    )
    groups: dict[str | None, list[PortalProposal]] = {}
    for row in rows:
        groups.setdefault(row.agency_now, []).append(row)
    return groups


def export_rows(
    session: Session,
    user: PortalIdentity,
    *,
    agency: str | None = None,
    kecamatan: str | None = None,
) -> list[PortalProposal]:
    query = select(P).where(visible(user), P.status == "agreed")
    if agency:
        query = query.where(P.agency_now == agency)
    if kecamatan:
        query = query.where(P.kecamatan_code == kecamatan)
    return list(
        session.execute(
            query.order_by(P.kecamatan_code, P.agency_now, P.priority.is_(None), P.priority, P.id)
        )
        .scalars()
        .all()
    )
