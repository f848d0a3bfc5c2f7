"""Proposal list with 50,000 proposals: ids load, sort, filter and full-text search in SQL,
next to a naive baseline that loads every ORM row and sorts/filters in Python.

Run: ``uv run python bench/bench_proposal_list.py [--rows 50000] [--repeat 5]``

Targets (issue 3): first page ≤ 300 ms, sort ≤ 200 ms, search ≤ 50 ms. Figures are the median
of ``--repeat`` runs on a database in a temporary folder (WAL, synchronous=FULL as in the app).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WORKS = [
    "Semenisasi jalan lingkungan",
    "Rabat beton gang",
    "Pembangunan drainase",
    "Normalisasi parit",
    "Pembangunan turap",
    "Pengadaan sumur bor",
    "Rehabilitasi rumah tidak layak huni",
    "Pemasangan lampu PJU",
    "Pembangunan posyandu",
    "Rehab ruang kelas SD",
    "Pembangunan dermaga perahu",
    "Jalan usaha tani",
    "Gorong-gorong",
    "Pelatihan UMKM",
    "Pengadaan perahu nelayan",
]
PLACES = ["Gang Mawar", "Jalan Poros", "Dusun Sejahtera", "Kampung Baru", "Tepian Sungai"]
PROBLEMS = [
    "Jalan becek dan berlubang saat musim hujan",
    "Air tergenang setiap hujan deras",
    "Warga kesulitan air bersih pada musim kemarau",
    "Lingkungan gelap pada malam hari dan rawan",
    "Bangunan lama rusak dan tidak layak dipakai",
]
SATUAN = ["m", "unit", "titik", "paket", "m²", "orang", "km", "SR"]
STATUSES = ["draft", "verified", "in_forum", "agreed", "not_agreed", "postponed"]
KEWENANGAN = ["desa", "kabupaten", "kabupaten", "kabupaten", "provinsi"]
AGENCIES = ["1.03.01", "1.04.01", "1.02.01", "1.01.01", "2.15.01", "3.27.01"]


def synthesise_proposals(
    engine: Any, cycle_id: str, year: int, villages: list[str], count: int, *, seed: int = 7
) -> None:
    """Insert ``count`` plausible proposals with raw SQL (the FTS triggers still fire)."""
    rng = random.Random(seed)
    now = "2026-01-15T08:00:00.000000Z"
    rows: list[dict[str, Any]] = []
    ranks: dict[str, int] = {}
    for n in range(count):
        desa = villages[n % len(villages)]
        ranks[desa] = ranks.get(desa, 0) + 1
        work = rng.choice(WORKS)
        rows.append(
            {
                "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                "now": now,
                "cycle": cycle_id,
                "number": f"USL-{year}-{n + 1:04d}",
                "year": year,
                "desa": desa,
                "title": f"{work} {rng.choice(PLACES)} RT {rng.randint(1, 40)}",
                "problem": rng.choice(PROBLEMS),
                "address": f"RT {rng.randint(1, 40)} {rng.choice(PLACES)}",
                "volume": rng.randint(1, 2000),
                "satuan": rng.choice(SATUAN),
                "cost": rng.randint(5, 5000) * 1_000_000,
                "benef": rng.randint(10, 3000),
                "rank": ranks[desa],
                "kew": rng.choice(KEWENANGAN),
                "agency": rng.choice(AGENCIES),
                "bidang": None,
                "status": rng.choice(STATUSES),
                "problems": rng.choice([0, 0, 0, 1, 2]),
            }
        )
    for row in rows:
        row["bidang"] = row["agency"][:4]
    from sqlalchemy import text

    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO proposal (id, created_at, updated_at, rev, deleted, cycle_id, number,"
                " source, planning_year, desa_code, title, problem, address, volume, satuan,"
                " estimated_cost, beneficiaries, village_rank, kewenangan, agency_code,"
                " bidang_code, land_ready, land_certificate, status, is_demo, problem_count)"
                " VALUES (:id, :now, :now, 1, 0, :cycle, :number, 'musrenbang_desa', :year,"
                " :desa, :title, :problem, :address, :volume, :satuan, :cost, :benef, :rank,"
                " :kew, :agency, :bidang, 0, 0, :status, 1, :problems)"
            ),
            rows,
        )


def _both(first: Callable[[], object], second: Callable[[], object]) -> object:
    first()
    return second()


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, Any]:
    """Median milliseconds of ``repeat`` runs, and the last result."""
    times = []
    result: Any = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["MUSRENBANG_HOME"] = tmp
        from sqlmodel import col, select

        from app.core.database import open_database
        from app.core.demo import create_demo
        from app.core.proposal_queries import (
            SORT_COLUMNS,
            ProposalFilter,
            filtered_proposal_ids,
            proposal_ids,
            proposal_rows,
            search_proposal_ids,
        )
        from app.models import PlanningCycle, Proposal, Region
        from app.models.db import read_session

        db = open_database()
        engine = db.engine
        create_demo(engine, empty=True)
        with read_session(engine) as session:
            cycle = session.exec(select(PlanningCycle)).one()
            villages = list(
                session.exec(
                    select(Region.code).where(Region.parent_code == cycle.kecamatan_code)
                ).all()
            )
        start = time.perf_counter()
        synthesise_proposals(engine, cycle.id, cycle.year, villages, args.rows)
        print(
            f"{args.rows} proposals in {len(villages)} villages inserted in "
            f"{time.perf_counter() - start:.1f} s"
        )
        with engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
        r = args.repeat
        print(f"median of {r} runs, milliseconds; target in brackets")
        print(f"{'operation':46} {'SQL (ours)':>11} {'naive ORM':>11}")

        def row(label: str, ours: float, naive: float | None = None, target: str = "") -> None:
            naive_text = f"{naive:11.1f}" if naive is not None else f"{'':11}"
            print(f"{label:46} {ours:11.1f} {naive_text} {target}")

        with read_session(engine) as session:

            def naive_all() -> list[Proposal]:
                return list(
                    session.exec(
                        select(Proposal).where(
                            Proposal.cycle_id == cycle.id, col(Proposal.deleted).is_(False)
                        )
                    ).all()
                )

            naive_ms, everything = timed(naive_all, r)
            session.expunge_all()
            ids_ms, ids = timed(lambda: proposal_ids(session, cycle.id), r)
            page_ms, _ = timed(
                lambda: proposal_rows(session, filtered_proposal_ids(session, cycle.id)[:200]), r
            )
            row("ids load (default order)", ids_ms, naive_ms)
            row("first page: ids + 200 rows", page_ms, naive_ms, "[≤ 300]")
            assert len(ids) == args.rows

            for key in SORT_COLUMNS:
                ours, _ = timed(partial(filtered_proposal_ids, session, cycle.id, None, key), r)
                attr = {"agency": "agency_code", "bidang": "bidang_code", "desa": "desa_code"}.get(
                    key, key
                )

                def naive_sort(a: str = attr) -> list[str]:
                    return [
                        p.id
                        for p in sorted(
                            everything,
                            key=lambda p: (getattr(p, a) is None, str(getattr(p, a) or "")),
                        )
                    ]

                base, _ = timed(partial(_both, naive_all, naive_sort), r)
                row(f"sort by {key}", ours, base, "[≤ 200]")
            ours_desc, _ = timed(
                lambda: filtered_proposal_ids(session, cycle.id, None, "estimated_cost", True), r
            )
            row("sort by estimated_cost descending", ours_desc, None, "[≤ 200]")

            filters = {
                "filter desa": ProposalFilter(desa=villages[0]),
                "filter status=verified": ProposalFilter(status="verified"),
                "filter agency + kewenangan": ProposalFilter(
                    agency="1.03.01", kewenangan="kabupaten"
                ),
                "filter has_problems": ProposalFilter(has_problems=True),
                "filter desa + status, sorted by cost": ProposalFilter(
                    desa=villages[1], status="draft"
                ),
            }
            for label, flt in filters.items():
                ours, found = timed(
                    partial(filtered_proposal_ids, session, cycle.id, flt, "estimated_cost"), r
                )

                def naive_filter(f: ProposalFilter = flt) -> list[str]:
                    out = []
                    for p in naive_all():
                        if f.desa and p.desa_code != f.desa:
                            continue
                        if f.status and p.status != f.status:
                            continue
                        if f.agency and p.agency_code != f.agency:
                            continue
                        if f.kewenangan and p.kewenangan != f.kewenangan:
                            continue
                        if f.has_problems and not p.problem_count:
                            continue
                        out.append(p.id)
                    return out

                base, _ = timed(naive_filter, r)
                row(f"{label} ({len(found)} rows)", ours, base, "[≤ 200]")

            for query in ("semenisasi", "sumur bor", "posyandu mawar", "rt 1", "drain"):
                ours, found = timed(
                    partial(filtered_proposal_ids, session, cycle.id, ProposalFilter(text=query)),
                    r,
                )
                legacy, _ = timed(partial(search_proposal_ids, session, cycle.id, query), r)

                def naive_search(q: str = query) -> list[str]:
                    words = q.lower().split()
                    return [
                        p.id
                        for p in naive_all()
                        if all(
                            w in f"{p.title} {p.problem or ''} {p.address or ''}".lower()
                            for w in words
                        )
                    ]

                base, _ = timed(naive_search, r)
                row(f"search '{query}' ({len(found)} hits)", ours, base, "[≤ 50]")
                row("  (same, existing search_proposal_ids)", legacy)
            ours, found = timed(
                lambda: filtered_proposal_ids(
                    session,
                    cycle.id,
                    ProposalFilter(text="jalan", status="draft"),
                    "title",
                ),
                r,
            )
            row(f"search 'jalan' + status, sorted ({len(found)})", ours, None, "[≤ 50]")
        engine.dispose()


if __name__ == "__main__":
    main()
