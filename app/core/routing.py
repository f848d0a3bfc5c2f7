"""Bulk routing: accept the scorer's suggestions (agency, bidang, sub kegiatan, kewenangan) for
many proposals in one action, with the low-confidence ones set aside for review.

The scorer is used through its public API only (``Scorer.score(ProposalInput)`` →
``ScoreResult``), as the proposal form does. Every routed proposal is written in one
transaction: its fields, a ``RoutingConfirmation`` the scorer learns from, and a ``routing``
audit event; the outbox hook records the change for sync in the same transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from app.core.audit import record_event
from app.core.changes import ChangeNotice, notice
from app.core.proposal_rules import ProposalInput as FormInput
from app.core.proposal_rules import (
    RuleContext,
    load_rule_context,
    problem_count,
    validate_proposal,
)
from app.core.proposal_service import store_routing_confirmation
from app.core.scorer import ProposalInput, Scorer, ScoreResult
from app.core.scorer.from_db import load_reference_from_session, proposal_input
from app.core.workflow import FINAL
from app.models import Agency, Proposal, Region
from app.models.db import read_session, write_session
from common.i18n import _

# Below this the suggestion goes to the review list instead of being accepted blindly.
LOW_CONFIDENCE = 0.5
BULK_REASON = "saran penilai diterima untuk banyak usulan sekaligus"


class ScorerLike(Protocol):
    def score_batch(self, proposals: Iterable[ProposalInput]) -> list[ScoreResult]: ...


@dataclass(frozen=True)
class RouteSuggestion:
    proposal_id: str
    label: str  # "DEMO-001 Semenisasi jalan …"
    desa: str
    agency_code: str | None
    agency_label: str
    bidang_code: str | None
    sub_kegiatan_code: str | None
    kewenangan: str | None
    confidence: float  # the agency choice's, 0..1
    why: str

    @property
    def needs_review(self) -> bool:
        return self.agency_code is None or self.confidence < LOW_CONFIDENCE


@dataclass(frozen=True)
class RoutingOutcome:
    routed: int
    skipped: int  # final status, deleted, or without a suggestion
    notice: ChangeNotice


def corrected_kewenangan(level: str | None, village_level: str | None) -> str | None:
    """A kelurahan has no village budget (APBDes): what the scorer calls "desa" authority is
    the kabupaten's there (its kelurahan funds come through the kabupaten's agencies)."""
    if level == "desa" and village_level == "kelurahan":
        return "kabupaten"
    return level


def level_from_code(desa_code: str | None) -> str | None:
    """Kemendagri codes number kelurahan 1xxx and desa 2xxx (64.02.06.1001 is a kelurahan)."""
    last = (desa_code or "").rsplit(".", 1)[-1]
    if len(last) == 4 and last.isdigit():
        return "kelurahan" if last[0] == "1" else "desa" if last[0] == "2" else None
    return None


def routable(session: Session, proposal_ids: Iterable[str]) -> list[Proposal]:
    wanted = list(dict.fromkeys(proposal_ids))
    if not wanted:
        return []
    rows = session.exec(
        select(Proposal).where(col(Proposal.id).in_(wanted), col(Proposal.deleted).is_(False))
    ).all()
    order = {pid: i for i, pid in enumerate(wanted)}
    return sorted(
        (p for p in rows if p.status not in FINAL), key=lambda p: order.get(p.id, len(order))
    )


def suggest_routes(
    session: Session, proposal_ids: Sequence[str], scorer: ScorerLike
) -> list[RouteSuggestion]:
    """The scorer's routing for each proposal that may still change (not final, not deleted)."""
    proposals = routable(session, proposal_ids)
    regions = {
        r.code: r
        for r in session.exec(
            select(Region).where(col(Region.code).in_({p.desa_code for p in proposals}))
        ).all()
    }
    known = {a.code for a in session.exec(select(Agency)).all()}
    found: list[RouteSuggestion] = []
    located = [(proposal, regions.get(proposal.desa_code or "")) for proposal in proposals]
    # one batch call: the same results as one score() each, several times faster
    results = scorer.score_batch(
        proposal_input(proposal, desa_name=region.name if region else "")
        for proposal, region in located
    )
    for (proposal, region), result in zip(located, results, strict=True):
        agency = result.agency if result.agency and result.agency.code in known else None
        sub = result.sub_kegiatan[0].code if result.sub_kegiatan else None
        bidang = result.bidang[0].code if result.bidang else None
        found.append(
            RouteSuggestion(
                proposal_id=proposal.id,
                label=proposal.display_label,
                desa=region.name if region else "",
                agency_code=agency.code if agency else None,
                agency_label=(agency.abbreviation or agency.name) if agency else "",
                bidang_code=bidang,
                sub_kegiatan_code=sub,
                kewenangan=corrected_kewenangan(
                    result.kewenangan.level, region.level if region else None
                ),
                confidence=float(agency.confidence) if agency else 0.0,
                why=result.kewenangan.evidence,
            )
        )
    return found


def route_suggestions(engine: Engine, proposal_ids: Sequence[str]) -> list[RouteSuggestion]:
    """The bulk-routing dialog's read: a scorer over the database (its stems not written
    back) and its suggestion for each proposal that may still change."""
    with read_session(engine) as session:
        scorer = Scorer(load_reference_from_session(session), persist_stems=False)
        return suggest_routes(session, proposal_ids, scorer)


def accept_routes(
    engine: Engine,
    suggestions: Sequence[RouteSuggestion],
    *,
    actor: str | None,
    include_low: bool = False,
) -> RoutingOutcome:
    """``apply_routes`` in a transaction of its own (the bulk-routing dialog's write)."""
    with write_session(engine) as session:
        return apply_routes(session, suggestions, actor=actor, include_low=include_low)


def apply_routes(
    session: Session,
    suggestions: Sequence[RouteSuggestion],
    *,
    actor: str | None,
    include_low: bool = False,
    teach: bool = True,
) -> RoutingOutcome:
    """Set the suggested routing on each proposal in the caller's transaction. Suggestions that
    need review are left out unless ``include_low`` (the operator ticked them after reading).
    ``teach=False`` records no confirmation for the scorer to learn from (the demo's routing is
    the scorer's own guess, not an operator's evidence)."""
    chosen = [s for s in suggestions if s.agency_code and (include_low or not s.needs_review)]
    by_id = {p.id: p for p in routable(session, (s.proposal_id for s in chosen))}
    contexts: dict[str, RuleContext] = {}
    routed: list[str] = []
    for suggestion in chosen:
        proposal = by_id.get(suggestion.proposal_id)
        if proposal is None:
            continue
        before = {
            "agency_code": proposal.agency_code,
            "bidang_code": proposal.bidang_code,
            "sub_kegiatan_code": proposal.sub_kegiatan_code,
            "kewenangan": proposal.kewenangan,
        }
        bidang = suggestion.bidang_code or ".".join(
            (suggestion.sub_kegiatan_code or "").split(".")[:2]
        )
        proposal.agency_code = suggestion.agency_code
        proposal.bidang_code = bidang or proposal.bidang_code
        if suggestion.sub_kegiatan_code:
            proposal.sub_kegiatan_code = suggestion.sub_kegiatan_code
            parts = suggestion.sub_kegiatan_code.split(".")
            if len(parts) >= 6:
                proposal.program_code = ".".join(parts[:3])
                proposal.kegiatan_code = ".".join(parts[:5])
        if suggestion.kewenangan:
            proposal.kewenangan = suggestion.kewenangan
        after = {
            "agency_code": proposal.agency_code,
            "bidang_code": proposal.bidang_code,
            "sub_kegiatan_code": proposal.sub_kegiatan_code,
            "kewenangan": proposal.kewenangan,
        }
        if before == after:
            continue
        context = contexts.get(proposal.cycle_id)
        if context is None:
            context = load_rule_context(session, proposal.cycle_id)
            contexts[proposal.cycle_id] = context
        recheck = validate_proposal(
            FormInput.from_proposal(proposal),
            context,
            proposal_id=proposal.id,
        )
        proposal.problem_count = problem_count(recheck)
        session.add(proposal)
        if teach:
            _confirm(session, proposal)
        record_event(
            session,
            actor=actor,
            entity="proposal",
            entity_id=proposal.id,
            action="routing",
            before=before,
            after=after | {"accepted": True},
            reason=BULK_REASON,
        )
        routed.append(proposal.id)
    session.flush()
    note = _("{count} usulan diberi OPD dan sub kegiatan dari saran penilai.").format(
        count=len(routed)
    )
    return RoutingOutcome(
        len(routed), len(suggestions) - len(routed), notice(["proposals"], routed, note)
    )


def _confirm(session: Session, proposal: Proposal) -> None:
    """The routing as evidence for the scorer's later suggestions (accepted as suggested)."""
    store_routing_confirmation(
        session, proposal, suggested_bidang_code=proposal.bidang_code, accepted=True
    )
