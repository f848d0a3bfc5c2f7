"""Bulk routing (issue #17): the scorer's suggestions accepted for many proposals in one
transaction, low-confidence ones set aside, kewenangan corrected for a kelurahan."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlmodel import select

from app.core.routing import (
    LOW_CONFIDENCE,
    RouteSuggestion,
    apply_routes,
    corrected_kewenangan,
    suggest_routes,
)
from app.core.scorer import Scorer
from app.core.scorer.from_db import load_reference_from_session
from app.models import AuditEvent, OutboxEntry, Proposal, Region, RoutingConfirmation
from app.models.db import read_session, write_session


def test_a_kelurahan_is_never_given_village_authority() -> None:
    assert corrected_kewenangan("desa", "kelurahan") == "kabupaten"
    assert corrected_kewenangan("desa", "desa") == "desa"
    assert corrected_kewenangan("provinsi", "kelurahan") == "provinsi"


def test_suggestions_for_all_are_applied_in_one_action(demo_engine: Engine) -> None:
    with read_session(demo_engine) as session:
        ids = [p.id for p in session.exec(select(Proposal)).all()]
        levels = {r.code: r.level for r in session.exec(select(Region)).all()}
        scorer = Scorer(load_reference_from_session(session), persist_stems=False)
        suggestions = suggest_routes(session, ids, scorer)
        outbox_before = len(session.exec(select(OutboxEntry)).all())
    assert len(suggestions) == len(ids)
    low = [s for s in suggestions if s.needs_review]
    sure = [s for s in suggestions if not s.needs_review]
    assert sure and all(s.confidence >= LOW_CONFIDENCE for s in sure)
    with write_session(demo_engine) as session:
        outcome = apply_routes(session, suggestions, actor="operator")
    assert outcome.routed == len(sure) and outcome.skipped == len(low)
    assert outcome.notice.touches("proposals") and len(outcome.notice.ids) == len(sure)
    with read_session(demo_engine) as session:
        rows = {p.id: p for p in session.exec(select(Proposal)).all()}
        events = session.exec(select(AuditEvent).where(AuditEvent.action == "routing")).all()
        taught = session.exec(select(RoutingConfirmation)).all()
        outbox_after = len(session.exec(select(OutboxEntry)).all())
    for s in sure:
        p = rows[s.proposal_id]
        assert p.agency_code == s.agency_code and p.sub_kegiatan_code == s.sub_kegiatan_code
        assert not (levels.get(p.desa_code or "") == "kelurahan" and p.kewenangan == "desa")
    for s in low:  # left for the operator to review
        assert rows[s.proposal_id].agency_code is None
    assert len(events) == len(sure) == len(taught)
    assert outbox_after > outbox_before  # the routing goes to the server like any edit


def test_reviewed_low_confidence_ones_are_applied_when_asked(demo_engine: Engine) -> None:
    with read_session(demo_engine) as session:
        p = session.exec(select(Proposal)).first()
        assert p is not None
        region = session.get(Region, p.desa_code)
        assert region is not None
    guess = RouteSuggestion(
        p.id,
        p.title,
        region.name,
        "1.03.01",
        "DPU",
        "1.03",
        "1.03.10.2.01.0001",
        "kabupaten",
        0.2,
        "uji",
    )
    with write_session(demo_engine) as session:
        assert apply_routes(session, [guess], actor="op").routed == 0
        assert apply_routes(session, [guess], actor="op", include_low=True).routed == 1
    with read_session(demo_engine) as session:
        routed = session.get(Proposal, p.id)
    assert routed is not None and routed.agency_code == "1.03.01"
    assert routed.program_code == "1.03.10" and routed.kegiatan_code == "1.03.10.2.01"
