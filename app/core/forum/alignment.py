"""The scorer's view of forum proposals: alignment 0–100, its explanation and the suggested
agency, sub kegiatan and RPJMD target.

The scorer (``app.core.scorer``) is optional here: when it cannot be imported the forum falls
back to the neutral rating 3 for the alignment criterion and says so (``available`` is False).
Building the scorer takes about half a second, so callers keep one ``AlignmentService`` and run
it off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, select

from app.core.forum.auto_ratings import alignment_rating
from app.models import Proposal, Region

UNAVAILABLE_NOTE = "Penilai keselarasan tidak tersedia: kriteria keselarasan diberi nilai netral 3."


@dataclass(frozen=True)
class ComponentView:
    label: str
    value: float | None
    note: str


@dataclass(frozen=True)
class AlignmentInfo:
    proposal_id: str
    score: int  # 0–100
    rating: int  # 1–5
    explanation: str
    agency_code: str | None
    agency_name: str | None
    sub_kegiatan_code: str | None
    sub_kegiatan_name: str | None
    rpjmd_target: str | None
    components: tuple[ComponentView, ...]


def scorer_available() -> bool:
    try:
        import app.core.scorer  # noqa: F401
    except ImportError:
        return False
    return True


class AlignmentService:
    """Scores proposals with the scorer built from the bundled and the office's reference data."""

    def __init__(self) -> None:
        self._scorer: Any = None
        self.available = scorer_available()

    def _build(self, session: Session) -> Any:
        from app.core.scorer import Scorer
        from app.core.scorer.from_db import load_reference_from_session

        return Scorer(load_reference_from_session(session), persist_stems=False)

    def score(self, session: Session, proposals: Sequence[Proposal]) -> dict[str, AlignmentInfo]:
        if not self.available or not proposals:
            return {}
        from app.core.scorer.from_db import proposal_input

        if self._scorer is None:
            self._scorer = self._build(session)
        codes = {p.desa_code for p in proposals if p.desa_code}
        names = {
            r.code: r.name
            for r in session.exec(select(Region).where(col(Region.code).in_(codes))).all()
        }
        inputs = [
            proposal_input(proposal, desa_name=names.get(proposal.desa_code or "", ""))
            for proposal in proposals
        ]
        # one batch call: the same results as one score() each, faster
        scored_all = self._scorer.score_batch(inputs)
        return {
            proposal.id: _info(proposal.id, scored)
            for proposal, scored in zip(proposals, scored_all, strict=True)
        }


def _info(proposal_id: str, scored: Any) -> AlignmentInfo:
    agency = scored.agency
    sub = scored.sub_kegiatan[0] if scored.sub_kegiatan else None
    rpjmd = scored.component("rpjmd")
    target = rpjmd.reference if rpjmd is not None and rpjmd.reference else None
    score = int(scored.score)
    return AlignmentInfo(
        proposal_id=proposal_id,
        score=score,
        rating=alignment_rating(score),
        explanation=str(scored.explanation_text()),
        agency_code=agency.code if agency else None,
        agency_name=(agency.abbreviation or agency.name) if agency else None,
        sub_kegiatan_code=sub.code if sub else None,
        sub_kegiatan_name=sub.name if sub else None,
        rpjmd_target=target,
        components=tuple(ComponentView(c.label, c.value, c.note) for c in scored.components),
    )
