"""Writers for the crash test: each inserts and edits proposals as fast as it can, reporting
each committed change only after COMMIT returns, until it is killed.

Starting a Python process that imports SQLModel costs about a second, so the test starts this
module once as a *zygote*: it imports everything, then forks one writer per request. A forked
writer opens its own engine (nothing is inherited but imported code), so each kill is as real as
killing a freshly started process, and hundreds of kills take seconds.

Protocol on the zygote's stdin/stdout, one line each:
  ``fork SEED FIFO`` → ``pid PID``: a writer starts and reports its commits into FIFO;
  ``reap PID``      → ``reaped PID STATUS``: after the test killed it.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

from sqlmodel import select

from app.models import PlanningCycle, Proposal
from app.models.db import create_db_engine, write_session


def write_forever(db_path: str, seed: int, report: str) -> None:
    rnd = random.Random(seed)
    out = open(report, "w", buffering=1)  # noqa: SIM115 - lives until the process is killed
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
        out.write(changed + "\n")


def zygote(db_path: str) -> None:
    for line in sys.stdin:
        command, *args = line.split()
        if command == "fork":
            seed, fifo = int(args[0]), args[1]
            pid = os.fork()
            if pid == 0:
                try:
                    write_forever(db_path, seed, fifo)
                finally:
                    os._exit(1)
            print(f"pid {pid}", flush=True)
        elif command == "reap":
            pid = int(args[0])
            _pid, status = os.waitpid(pid, 0)
            print(f"reaped {pid} {status}", flush=True)


if __name__ == "__main__":
    zygote(sys.argv[1])
