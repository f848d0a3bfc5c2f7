"""One snapshot of a forum session for the operator's page, the presenter screen and reports:
proposals in ranked order with their ratings and decisions, the pagu gauge and the fitter's
suggestion, attendance counts, the delegation check, and the per-agency kecamatan summary the
camat presents at the Pra Forum Perangkat Daerah."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from sqlmodel import Session, col, select

from app import paths
from app.core.forum.alignment import AlignmentInfo
from app.core.forum.attendance import AttendanceCounts, attendance_counts, list_attendance
from app.core.forum.decisions import count_drafts, forum_proposals, latest_decisions
from app.core.forum.delegation import DelegationCheck, check_delegation, list_delegates
from app.core.forum.pagu import Ceilings, FitResult, PaguItem, PaguStatus, fit, pagu_status
from app.core.forum.ranking import NO_AGENCY, RankingBoard, RankItem, RankResult, score_100
from app.core.forum.scoring import build_ranking_board, criteria, overrides, ratings_by_proposal
from app.core.forum.sealing import verification_code
from app.core.forum.sessions import KIND_LABELS, STATUS_LABELS, require_session
from app.models import (
    Agency,
    PaguAgency,
    PlanningCycle,
    ProposalAttachment,
    Region,
)

NO_AGENCY_LABEL = "OPD belum ditentukan"
TOP_PRIORITIES = 3
CLOSED_OUTCOMES = frozenset({"not_agreed", "moved_to_village", "postponed", "merged"})


@dataclass(frozen=True)
class RatingView:
    key: str
    label: str
    value: int
    note: str | None
    source: str


@dataclass(frozen=True, slots=True)
class ProposalView:
    id: str
    number: str | None
    title: str
    desa: str | None
    volume: float | None
    satuan: str | None
    estimated_cost: int | None
    agency_code: str
    agency_label: str
    bidang_code: str | None
    status: str
    outcome: str | None
    priority: int | None
    agreed_amount: int | None
    reason: str | None
    ratings: tuple[RatingView, ...]
    composite: float
    score: int  # 0–100
    rank_in_group: int
    overall: int
    moved: bool
    move_reason: str | None
    suggested: bool  # the pagu fitter funds it
    alignment: AlignmentInfo | None
    photo: Path | None
    village_rank: int | None = None

    @property
    def amount(self) -> int:
        """What it costs in the pagu: the agreed amount once agreed, else the estimate."""
        if self.agreed_amount is not None:
            return self.agreed_amount
        return self.estimated_cost or 0


@dataclass(frozen=True)
class AgencySummary:
    code: str
    label: str
    name: str
    count: int
    total_cost: int
    agreed_count: int
    agreed_total: int
    ceiling: int | None
    top: tuple[str, ...]

    @property
    def share(self) -> float | None:
        return self.agreed_total / self.ceiling if self.ceiling else None


@dataclass(frozen=True)
class ForumBoard:
    session_id: str
    title: str
    kind: str
    kind_label: str
    status: str
    status_label: str
    held_on: date | None
    place: str | None
    chair: str | None
    digest: str | None
    criteria: tuple[tuple[str, str, int], ...]
    proposals: tuple[ProposalView, ...]  # kecamatan-wide ranked order
    attendance: AttendanceCounts
    pagu: PaguStatus
    fit: FitResult
    agencies: tuple[AgencySummary, ...]
    delegation: DelegationCheck
    alignment_available: bool
    drafts_waiting: int
    ceilings: Ceilings = field(default_factory=lambda: Ceilings(None))
    overrides: Mapping[str, int] = field(default_factory=dict)

    @property
    def verification_code(self) -> str | None:
        return verification_code(self.digest) if self.digest else None

    def proposal(self, proposal_id: str | None) -> ProposalView | None:
        for view in self.proposals:
            if view.id == proposal_id:
                return view
        return None

    def by_agency(self) -> dict[str, list[ProposalView]]:
        groups: dict[str, list[ProposalView]] = {}
        for view in sorted(self.proposals, key=lambda v: (v.agency_code, v.rank_in_group)):
            groups.setdefault(view.agency_code, []).append(view)
        return groups


def _photo_path(sha256: str) -> Path | None:
    root = paths.attachments_dir()
    for candidate in (root / sha256[:2] / sha256, root / sha256[:2] / sha256[2:], root / sha256):
        if candidate.is_file():
            return candidate
    return None


def _photos(session: Session, ids: list[str]) -> dict[str, Path]:
    rows = session.exec(
        select(ProposalAttachment)
        .where(
            col(ProposalAttachment.proposal_id).in_(ids),
            ProposalAttachment.kind == "photo",
            col(ProposalAttachment.deleted).is_(False),
        )
        .order_by(col(ProposalAttachment.created_at))
    ).all()
    found: dict[str, Path] = {}
    for row in rows:
        if row.proposal_id in found:
            continue
        path = _photo_path(row.sha256)
        if path is not None:
            found[row.proposal_id] = path
    return found


def ceilings_for(session: Session, cycle: PlanningCycle) -> Ceilings:
    per_agency = {
        row.agency_code: row.amount
        for row in session.exec(
            select(PaguAgency).where(
                PaguAgency.cycle_id == cycle.id, col(PaguAgency.deleted).is_(False)
            )
        ).all()
    }
    return Ceilings(cycle.pagu_total or None, per_agency)


def build_board(
    session: Session,
    forum_session_id: str,
    *,
    alignment: Mapping[str, AlignmentInfo] | None = None,
    alignment_available: bool = True,
) -> ForumBoard:
    forum = require_session(session, forum_session_id)
    cycle = session.get(PlanningCycle, forum.cycle_id)
    if cycle is None:
        raise LookupError(f"cycle {forum.cycle_id} of session {forum.id}")
    proposals = forum_proposals(session, cycle.id)
    crit = criteria(session, forum.id)
    weights = {c.key: c.weight for c in crit}
    board = build_ranking_board(session, forum.id, proposals)
    manual = overrides(session, forum.id)
    ranked: RankResult = board.rank(weights, {pid: o.position or 1 for pid, o in manual.items()})
    decisions = latest_decisions(session, forum.id)
    ratings = ratings_by_proposal(session, forum.id)
    by_id = {p.id: p for p in proposals}
    agencies = {a.code: a for a in session.exec(select(Agency)).all()}
    desa_codes = {p.desa_code for p in proposals if p.desa_code}
    desa_names = {
        r.code: r.name
        for r in session.exec(select(Region).where(col(Region.code).in_(desa_codes))).all()
    }
    ceilings = ceilings_for(session, cycle)
    photos = _photos(session, list(by_id))

    def label(code: str) -> str:
        agency = agencies.get(code)
        if agency is None:
            return code or NO_AGENCY_LABEL
        return agency.abbreviation or agency.name

    agreed_items = [
        PaguItem(pid, by_id[pid].agency_code, d.agreed_amount or 0)
        for pid, d in decisions.items()
        if d.outcome == "agreed" and pid in by_id
    ]
    names = {code: label(code) for code in agencies}
    status = pagu_status(agreed_items, ceilings, names)
    views: list[ProposalView] = []
    for entry in ranked.entries:
        proposal = by_id[entry.proposal_id]
        decision = decisions.get(proposal.id)
        have = ratings.get(proposal.id, {})
        views.append(
            ProposalView(
                id=proposal.id,
                number=proposal.number,
                title=proposal.title,
                desa=desa_names.get(proposal.desa_code or ""),
                volume=proposal.volume,
                satuan=proposal.satuan,
                estimated_cost=proposal.estimated_cost,
                agency_code=entry.group,
                agency_label=label(entry.group),
                bidang_code=proposal.bidang_code,
                status=proposal.status,
                outcome=decision.outcome if decision else None,
                priority=decision.priority if decision else None,
                agreed_amount=decision.agreed_amount if decision else None,
                reason=decision.reason if decision else None,
                ratings=tuple(
                    RatingView(
                        c.key,
                        c.label,
                        have[c.key].value if c.key in have else 3,
                        have[c.key].note if c.key in have else None,
                        have[c.key].source if c.key in have else "auto",
                    )
                    for c in crit
                ),
                composite=entry.composite,
                score=score_100(entry.composite),
                rank_in_group=entry.rank_in_group,
                overall=entry.overall,
                moved=entry.moved,
                move_reason=manual[proposal.id].reason if proposal.id in manual else None,
                suggested=False,
                alignment=alignment.get(proposal.id) if alignment else None,
                photo=photos.get(proposal.id),
                village_rank=proposal.village_rank,
            )
        )
    fitted = fit(_fit_candidates(views), ceilings)
    views = [replace(v, suggested=fitted.is_funded(v.id)) for v in views]
    summaries = _agency_summaries(views, ceilings, agencies)
    return ForumBoard(
        session_id=forum.id,
        title=forum.title,
        kind=forum.kind,
        kind_label=KIND_LABELS.get(forum.kind, forum.kind),
        status=forum.status,
        status_label=STATUS_LABELS.get(forum.status, forum.status),
        held_on=forum.held_on,
        place=forum.place,
        chair=forum.chair,
        digest=forum.digest,
        criteria=tuple((c.key, c.label, c.weight) for c in crit),
        proposals=tuple(views),
        attendance=attendance_counts(list_attendance(session, forum.id)),
        pagu=status,
        fit=fitted,
        agencies=summaries,
        delegation=check_delegation(list_delegates(session, forum.id)),
        alignment_available=alignment_available,
        drafts_waiting=count_drafts(session, cycle.id),
        ceilings=ceilings,
        overrides={pid: o.position or 1 for pid, o in manual.items()},
    )


def _fit_candidates(views: Iterable[ProposalView]) -> list[PaguItem]:
    """Proposals still competing for the pagu, in ranked order, at their current amount."""
    return [
        PaguItem(v.id, v.agency_code or None, v.amount)
        for v in views
        if v.outcome not in CLOSED_OUTCOMES
    ]


def rerank(board: ForumBoard, weights: Mapping[str, int]) -> ForumBoard:
    """The board under other weights, from the ratings it already holds (no database): the
    live preview while the chair moves a weight, before it is saved."""
    keys = [key for key, _label, _weight in board.criteria]
    ranking = RankingBoard(
        keys,
        [
            RankItem(
                v.id,
                v.agency_code,
                tuple(r.value for r in v.ratings),
                village_rank=v.village_rank,
                number=v.number,
            )
            for v in board.proposals
        ],
    )
    result = ranking.rank(weights, board.overrides)
    by_id = {v.id: v for v in board.proposals}
    new_weights = {key: weights.get(key, 0) for key in keys}
    fitted = fit(_fit_candidates(by_id[e.proposal_id] for e in result.entries), board.ceilings)
    funded = set(fitted.funded)
    views = [
        replace(
            by_id[e.proposal_id],
            composite=e.composite,
            score=score_100(e.composite),
            rank_in_group=e.rank_in_group,
            overall=e.overall,
            moved=e.moved,
            suggested=e.proposal_id in funded,
        )
        for e in result.entries
    ]
    return replace(
        board,
        criteria=tuple((k, label, new_weights[k]) for k, label, _w in board.criteria),
        proposals=tuple(views),
        fit=fitted,
    )


def _agency_summaries(
    views: list[ProposalView],
    ceilings: Ceilings,
    agencies: Mapping[str, Agency],
) -> tuple[AgencySummary, ...]:
    groups: dict[str, list[ProposalView]] = {}
    for view in views:
        groups.setdefault(view.agency_code, []).append(view)
    for code in ceilings.per_agency:
        groups.setdefault(code, [])
    result = []
    for code in sorted(groups, key=lambda c: (c == NO_AGENCY, c)):
        members = sorted(groups[code], key=lambda v: v.rank_in_group)
        agreed = [v for v in members if v.outcome == "agreed"]
        # Only what the forum agreed is a priority (a proposal not yet decided is not).
        ranked_top = sorted(agreed, key=lambda v: v.priority or 0)
        agency = agencies.get(code)
        result.append(
            AgencySummary(
                code=code,
                label=(agency.abbreviation or agency.name) if agency else (code or NO_AGENCY_LABEL),
                name=agency.name if agency else (code or NO_AGENCY_LABEL),
                count=len(members),
                total_cost=sum(v.estimated_cost or 0 for v in members),
                agreed_count=len(agreed),
                agreed_total=sum(v.agreed_amount or 0 for v in agreed),
                ceiling=ceilings.agency(code),
                top=tuple(v.title for v in ranked_top[:TOP_PRIORITIES]),
            )
        )
    return tuple(result)
