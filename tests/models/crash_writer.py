"""A writer for the crash test: inserts and edits proposals as fast as it can, printing each
committed change only after COMMIT returns, until it is killed."""

from __future__ import annotations

import random
import sys
from pathlib import Path

from sqlmodel import select

from app.models import PlanningCycle, Proposal
from app.models.db import create_db_engine, write_session


def main(db_path: str, seed: int) -> None:
    rnd = random.Random(seed)
    engine = create_db_engine(Path(db_path))
    with write_session(engine) as session:
        cycle = session.exec(select(PlanningCycle)).first()
        assert cycle is not None
        cycle_id = cycle.id
        known = list(session.exec(select(Proposal.id)).all())
    n = 0
    while True:
        n += 1
        with write_session(engine) as session:
            if known and rnd.random() < 0.4:
                target = session.get(Proposal, rnd.choice(known))
                assert target is not None
                target.estimated_cost = rnd.randint(1, 10**9)
                target.title = f"{target.title[:40]} rev {n}"
                changed = f"update {target.id} {target.rev + 1}"
            else:
                proposal = Proposal(
                    cycle_id=cycle_id,
                    planning_year=2028,
                    title=f"Usulan uji {seed}-{n}",
                    problem="x" * rnd.randint(0, 3000),
                )
                session.add(proposal)
                changed = f"insert {proposal.id} 1"
        if changed.startswith("insert"):
            known.append(changed.split()[1])
        sys.stdout.write(changed + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
