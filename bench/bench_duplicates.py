"""Duplicate and repeat detection on 5,000 proposals in a cycle (and 5,000 of an earlier one),
next to a naive baseline that compares every pair in a Python loop.

Run: ``uv run python bench/bench_duplicates.py [--rows 5000] [--naive-rows 1500]``
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--naive-rows", type=int, default=1500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["MUSRENBANG_HOME"] = tmp
        from bench_proposal_list import synthesise_proposals
        from rapidfuzz import fuzz
        from sqlmodel import select

        from app.core.database import open_database
        from app.core.demo import create_demo
        from app.core.duplicates import find_duplicates, find_repeats, normalise_title
        from app.models import PlanningCycle, Proposal, Region
        from app.models.db import read_session, write_session

        db = open_database()
        engine = db.engine
        create_demo(engine, empty=True)
        with write_session(engine) as session:
            cycle = session.exec(select(PlanningCycle)).one()
            old = PlanningCycle(
                year=cycle.year - 2, kecamatan_code=cycle.kecamatan_code, name="lama"
            )
            session.add(old)
            villages = list(
                session.exec(
                    select(Region.code).where(Region.parent_code == cycle.kecamatan_code)
                ).all()
            )
        synthesise_proposals(engine, cycle.id, cycle.year, villages, args.rows, seed=1)
        synthesise_proposals(engine, old.id, old.year, villages, args.rows, seed=2)
        print(
            f"{args.rows} proposals in the cycle, {args.rows} in an earlier one, {len(villages)} villages"
        )

        start = time.perf_counter()
        pairs = find_duplicates(engine, cycle.id)
        blocked = time.perf_counter() - start
        print(
            f"find_duplicates (blocked by desa, cdist, 1 worker): {blocked:.2f} s, {len(pairs)} pairs"
        )
        start = time.perf_counter()
        pairs2 = find_duplicates(engine, cycle.id, workers=-1)
        print(
            f"find_duplicates (all cores):                      {time.perf_counter() - start:.2f} s, {len(pairs2)} pairs"
        )

        with write_session(engine) as session:  # worst case: one village holds every proposal
            for p in session.exec(select(Proposal).where(Proposal.cycle_id == cycle.id)).all():
                p.desa_code = villages[0]
        start = time.perf_counter()
        one_block = find_duplicates(engine, cycle.id, workers=-1)
        print(
            f"find_duplicates, all {args.rows} in one village:       {time.perf_counter() - start:.2f} s, {len(one_block)} pairs"
        )

        start = time.perf_counter()
        repeats = find_repeats(engine, cycle.id)
        print(
            f"find_repeats against {args.rows} earlier:             {time.perf_counter() - start:.2f} s, {len(repeats)} matches"
        )

        with read_session(engine) as session:
            titles = [
                normalise_title(t)
                for t in session.exec(
                    select(Proposal.title).where(Proposal.cycle_id == cycle.id)
                ).all()
            ][: args.naive_rows]
        start = time.perf_counter()
        naive = 0
        for i, a in enumerate(titles):
            for b in titles[i + 1 :]:
                if fuzz.token_sort_ratio(a, b) >= 88:
                    naive += 1
        took = time.perf_counter() - start
        n = len(titles)
        scaled = took * (args.rows * (args.rows - 1)) / max(n * (n - 1), 1)
        print(
            f"naive pair loop over {n} titles: {took:.2f} s ({naive} pairs); "
            f"scaled to {args.rows} in one village ≈ {scaled:.1f} s"
        )
        engine.dispose()


if __name__ == "__main__":
    main()
