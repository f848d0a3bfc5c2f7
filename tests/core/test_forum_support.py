"""Fixtures shared by the forum tests (no tests here)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlalchemy import Engine
from sqlmodel import col, select

from app.core.forum.sessions import SessionDetails, create_session
from app.core.proposal_queries import current_cycle
from app.core.workflow import transition
from app.models import Proposal
from app.models.db import read_session, write_session


@dataclass
class ForumFixture:
    engine: Engine
    session_id: str
    cycle_id: str
    proposal_ids: list[str]  # verified, ordered by number


def make_forum(engine: Engine, *, verify: int = 12) -> ForumFixture:
    with write_session(engine) as session:
        cycle = current_cycle(session)
        assert cycle is not None
        proposals = session.exec(
            select(Proposal)
            .where(Proposal.cycle_id == cycle.id, Proposal.kewenangan == "kabupaten")
            .order_by(col(Proposal.number))
        ).all()[:verify]
        agencies = ["1.03.01", "1.03.01", "1.02.01"]
        for i, proposal in enumerate(proposals):
            proposal.agency_code = agencies[i % len(agencies)]
            transition(session, proposal, "verified", actor="test")
        forum = create_session(
            session,
            cycle_id=cycle.id,
            details=SessionDetails(kind="musrenbang_kecamatan", title="Musrenbang uji"),
            actor="test",
        )
        return ForumFixture(engine, forum.id, cycle.id, [p.id for p in proposals])


@pytest.fixture
def forum(demo_engine: Engine) -> ForumFixture:
    return make_forum(demo_engine)


def proposal(engine: Engine, proposal_id: str) -> Proposal:
    with read_session(engine) as session:
        found = session.get(Proposal, proposal_id)
        assert found is not None
        return found
