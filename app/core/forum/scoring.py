"""The session's criteria, ratings and manual reorders in the database, and the ranking board
built from them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rapidfuzz import fuzz
from sqlmodel import Session, col, select

from app.core.audit import record_event
from app.core.forum import auto_ratings
from app.core.forum.alignment import UNAVAILABLE_NOTE, AlignmentInfo
from app.core.forum.ranking import (
    NEUTRAL_RATING,
    NO_AGENCY,
    RankingBoard,
    RankItem,
    check_rating,
    check_weights,
)
from app.core.forum.sessions import require_open, require_session
from app.errors import UserError
from app.models import (
    ForumCriterion,
    ForumOrderOverride,
    ForumRating,
    PlanningCycle,
    Proposal,
)
from common.i18n import _

REPEAT_SIMILARITY = 85
UNSUCCESSFUL = ("not_agreed", "postponed")


def criteria(session: Session, forum_session_id: str) -> list[ForumCriterion]:
    return list(
        session.exec(
            select(ForumCriterion)
            .where(
                ForumCriterion.session_id == forum_session_id,
                col(ForumCriterion.deleted).is_(False),
            )
            .order_by(col(ForumCriterion.position), col(ForumCriterion.key))
        ).all()
    )


def weights(session: Session, forum_session_id: str) -> dict[str, int]:
    return {c.key: c.weight for c in criteria(session, forum_session_id)}


WEIGHTS_TOTAL = 100  # per cent: the weights of the criteria always add up to this


def set_weights(
    session: Session, forum_session_id: str, new_weights: Mapping[str, int], *, actor: str | None
) -> dict[str, int]:
    require_open(session, forum_session_id)
    rows = criteria(session, forum_session_id)
    keys = [c.key for c in rows]
    unknown = set(new_weights) - set(keys)
    if unknown:
        raise UserError(
            _("Kriteria tidak dikenal: {join}.").format(join=", ".join(sorted(unknown)))
        )
    merged = {c.key: new_weights.get(c.key, c.weight) for c in rows}
    check_weights(keys, merged)
    total = sum(merged.values())
    if total != WEIGHTS_TOTAL:
        # A weighting of 115% reads as a mistake to anyone checking the berita acara.
        raise UserError(
            _("Jumlah bobot kriteria {total}%, harus tepat {weights_total}%.").format(
                total=total, weights_total=WEIGHTS_TOTAL
            ),
            hint=_(
                "Kurangi atau tambah bobot sampai jumlahnya {weights_total}%, lalu terapkan."
            ).format(weights_total=WEIGHTS_TOTAL),
        )
    before = {c.key: c.weight for c in rows}
    if before == merged:
        return merged
    for row in rows:
        if row.weight != merged[row.key]:
            row.weight = merged[row.key]
            session.add(row)
    record_event(
        session,
        actor=actor,
        entity="forum_session",
        entity_id=forum_session_id,
        action="weights",
        before=before,
        after=merged,
    )
    return merged


def _ratings(session: Session, forum_session_id: str) -> list[ForumRating]:
    return list(
        session.exec(
            select(ForumRating).where(
                ForumRating.session_id == forum_session_id, col(ForumRating.deleted).is_(False)
            )
        ).all()
    )


def ratings_by_proposal(
    session: Session, forum_session_id: str
) -> dict[str, dict[str, ForumRating]]:
    table: dict[str, dict[str, ForumRating]] = {}
    for rating in _ratings(session, forum_session_id):
        table.setdefault(rating.proposal_id, {})[rating.criterion_key] = rating
    return table


def _previous_attempts(
    session: Session, cycle: PlanningCycle, proposals: Sequence[Proposal]
) -> dict[str, list[int]]:
    """Years in which a similar proposal of the same village was not funded."""
    older = session.exec(
        select(Proposal, PlanningCycle.year)
        .join(PlanningCycle, col(PlanningCycle.id) == col(Proposal.cycle_id))
        .where(
            PlanningCycle.kecamatan_code == cycle.kecamatan_code,
            col(PlanningCycle.year) < cycle.year,
            col(Proposal.status).in_(UNSUCCESSFUL),
            col(Proposal.deleted).is_(False),
        )
    ).all()
    by_desa: dict[str | None, list[tuple[str, int]]] = {}
    for old, year in older:
        by_desa.setdefault(old.desa_code, []).append((old.title, year))
    found: dict[str, list[int]] = {}
    for proposal in proposals:
        for title, year in by_desa.get(proposal.desa_code, []):
            if fuzz.token_set_ratio(proposal.title.lower(), title.lower()) >= REPEAT_SIMILARITY:
                found.setdefault(proposal.id, []).append(year)
    return found


def prepare_ratings(
    session: Session,
    forum_session_id: str,
    proposals: Sequence[Proposal],
    alignment: Mapping[str, AlignmentInfo] | None,
) -> int:
    """Write starting ratings for every criterion a proposal has no rating for yet, and refresh
    auto alignment ratings once the scorer's result is known. Ratings set in the forum stay."""
    forum = require_open(session, forum_session_id)
    cycle = session.get(PlanningCycle, forum.cycle_id)
    repeats = _previous_attempts(session, cycle, proposals) if cycle else {}
    existing = ratings_by_proposal(session, forum_session_id)
    keys = [c.key for c in criteria(session, forum_session_id)]
    written = 0
    for proposal in proposals:
        have = existing.get(proposal.id, {})
        info = alignment.get(proposal.id) if alignment else None
        for key in keys:
            auto = _auto(key, proposal, info, repeats.get(proposal.id, []))
            current = have.get(key)
            if current is None:
                session.add(
                    ForumRating(
                        session_id=forum_session_id,
                        proposal_id=proposal.id,
                        criterion_key=key,
                        value=auto.value,
                        source="auto",
                        note=auto.note[:500],
                    )
                )
                written += 1
            elif (
                key == "alignment"
                and info is not None
                and current.source == "auto"
                and (current.value, current.note) != (auto.value, auto.note[:500])
            ):
                current.value, current.note = auto.value, auto.note[:500]
                session.add(current)
                written += 1
    return written


def _auto(
    key: str, proposal: Proposal, info: AlignmentInfo | None, years: list[int]
) -> auto_ratings.AutoRating:
    if key == "alignment":
        if info is None:
            return auto_ratings.AutoRating(NEUTRAL_RATING, UNAVAILABLE_NOTE)
        return auto_ratings.AutoRating(info.rating, f"skor keselarasan {info.score}/100")
    if key == "urgency":
        return auto_ratings.urgency(proposal)
    if key == "benefit":
        return auto_ratings.benefit(proposal)
    if key == "readiness":
        return auto_ratings.readiness(proposal)
    if key == "repeat":
        return auto_ratings.repeat(years)
    if key == "vulnerable":
        return auto_ratings.vulnerable(proposal)
    return auto_ratings.AutoRating(NEUTRAL_RATING, "nilai awal netral")


def set_rating(
    session: Session,
    forum_session_id: str,
    proposal_id: str,
    criterion_key: str,
    value: int,
    *,
    note: str | None = None,
) -> ForumRating:
    require_open(session, forum_session_id)
    check_rating(value)
    if criterion_key not in weights(session, forum_session_id):
        raise UserError(
            _("Kriteria '{criterion_key}' tidak ada di sesi ini.").format(
                criterion_key=criterion_key
            )
        )
    rating = session.exec(
        select(ForumRating).where(
            ForumRating.session_id == forum_session_id,
            ForumRating.proposal_id == proposal_id,
            ForumRating.criterion_key == criterion_key,
        )
    ).first()
    if rating is None:
        rating = ForumRating(
            session_id=forum_session_id,
            proposal_id=proposal_id,
            criterion_key=criterion_key,
            value=value,
            source="forum",
            note=note,
        )
    else:
        rating.value, rating.source, rating.deleted = value, "forum", False
        rating.note = note or "ditetapkan forum"
    session.add(rating)
    return rating


def set_position(
    session: Session,
    forum_session_id: str,
    proposal_id: str,
    position: int | None,
    *,
    reason: str,
    actor: str | None,
) -> ForumOrderOverride:
    """Move a proposal to ``position`` in its agency's list (None puts it back in score order)."""
    require_open(session, forum_session_id)
    clean = " ".join((reason or "").split())
    if not clean:
        raise UserError(
            _("Alasan pemindahan urutan wajib diisi."),
            hint=_("Catat alasan yang disepakati forum, mis. 'jalan putus, darurat'."),
        )
    if position is not None and position < 1:
        raise UserError(_("Urutan dimulai dari 1."))
    override = ForumOrderOverride(
        session_id=forum_session_id,
        proposal_id=proposal_id,
        position=position,
        reason=clean,
        decided_by=actor,
    )
    session.add(override)
    session.flush()
    record_event(
        session,
        actor=actor,
        entity="forum_session",
        entity_id=forum_session_id,
        action="reorder",
        after={"proposal_id": proposal_id, "position": position, "override_id": override.id},
        reason=clean,
    )
    return override


def overrides(session: Session, forum_session_id: str) -> dict[str, ForumOrderOverride]:
    """The latest manual reorder per proposal (an undo removes the proposal from the map)."""
    latest: dict[str, ForumOrderOverride] = {}
    rows = session.exec(
        select(ForumOrderOverride)
        .where(
            ForumOrderOverride.session_id == forum_session_id,
            col(ForumOrderOverride.deleted).is_(False),
        )
        .order_by(col(ForumOrderOverride.created_at), col(ForumOrderOverride.id))
    ).all()
    for row in rows:
        latest[row.proposal_id] = row
    return {pid: row for pid, row in latest.items() if row.position is not None}


def build_ranking_board(
    session: Session, forum_session_id: str, proposals: Sequence[Proposal]
) -> RankingBoard:
    require_session(session, forum_session_id)
    keys = [c.key for c in criteria(session, forum_session_id)]
    table = ratings_by_proposal(session, forum_session_id)
    items = [
        RankItem(
            proposal_id=p.id,
            group=p.agency_code or NO_AGENCY,
            ratings=tuple(
                table[p.id][k].value if k in table.get(p.id, {}) else NEUTRAL_RATING for k in keys
            ),
            village_rank=p.village_rank,
            number=p.number,
        )
        for p in proposals
    ]
    return RankingBoard(keys, items)
