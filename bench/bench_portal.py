"""The portal's dashboard and OPD inbox with 20 kecamatan × 2,000 proposals (40,000), on SQLite
and on PostgreSQL: server time per page (the ``Server-Timing`` header the portal sets, and the
round trip) against a naive baseline in the same run that computes the same page from the
server's JSON records (what the old ``/bappeda`` page does). Target: ≤ 300 ms per page.

uv run python bench/bench_portal.py [--per-kecamatan 2000] [--repeat 15] [--pg URL]

PostgreSQL runs when ``--pg`` or ``MUSRENBANG_TEST_PG`` names a database server; the benchmark
creates its own database there and drops it at the end. After the bulk load and the first
read-model build it runs ``VACUUM (ANALYZE)`` (PostgreSQL) or ``ANALYZE`` (SQLite) on the whole
database, as a running server's autovacuum would have, and prints how long that took.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import select

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from server.db import Record, read_session  # noqa: E402
from server.portal import projection  # noqa: E402
from tests.portal import seed  # noqa: E402
from tests.portal.conftest import CSRF, PASSWORD  # noqa: E402
from tests.sync.conftest import _plain_pg, _start, _stop  # noqa: E402

KECAMATAN = [f"64.02.{n:02d}" for n in range(1, 21)]


def timed(call: Callable[[], Any], repeat: int) -> tuple[list[float], Any]:
    out, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = call()
        out.append((time.perf_counter() - start) * 1000)
    return out, result


def summary(values: list[float]) -> str:
    values = sorted(values)
    p95 = values[min(len(values) - 1, int(len(values) * 0.95))]
    return f"median {statistics.median(values):7.1f} ms  p95 {p95:7.1f} ms"


def naive_dashboard(engine: Any) -> dict[str, Any]:
    """Baseline: every proposal's JSON parsed and aggregated in Python."""
    per_kec: dict[str, list[int]] = {}
    per_opd: dict[str, list[int]] = {}
    with read_session(engine) as session:
        for kec, data_json in session.execute(
            select(Record.kecamatan_code, Record.data_json).where(
                Record.entity == "proposal", Record.deleted.is_(False)
            )
        ):
            data = json.loads(data_json)
            k = per_kec.setdefault(kec, [0, 0, 0])
            k[0] += 1
            if data.get("status") == "agreed":
                k[1] += 1
                k[2] += int(data.get("estimated_cost") or 0)
                o = per_opd.setdefault(str(data.get("agency_code")), [0, 0])
                o[0] += 1
                o[1] += data.get("upstream_status") in ("accepted", "rejected", "deferred")
    return {"kecamatan": per_kec, "opd": per_opd}


def naive_inbox(engine: Any, agency: str) -> list[dict[str, Any]]:
    rows = []
    with read_session(engine) as session:
        for (data_json,) in session.execute(
            select(Record.data_json).where(Record.entity == "proposal", Record.deleted.is_(False))
        ):
            data = json.loads(data_json)
            if data.get("agency_code") == agency and data.get("status") == "agreed":
                rows.append(data)
    rows.sort(key=lambda d: (-(d.get("estimated_cost") or 0), d.get("number") or ""))
    return rows[:50]


def analyze(engine: Any) -> None:
    if engine.dialect.name == "sqlite":
        with engine.begin() as connection:
            connection.exec_driver_sql("ANALYZE")
        return
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("VACUUM (ANALYZE)")


def login(base: str, username: str) -> requests.Session:
    http = requests.Session()
    token = CSRF.search(http.get(base + "/portal/login", timeout=30).text)
    assert token
    answer = http.post(
        base + "/portal/login",
        data={"username": username, "password": PASSWORD, "csrf_token": token.group(1)},
        allow_redirects=False,
        timeout=30,
    )
    assert answer.status_code == 303, answer.text[:300]
    return http


def page_times(http: requests.Session, url: str, repeat: int) -> tuple[list[float], list[float]]:
    server, wall = [], []
    for _ in range(repeat):
        start = time.perf_counter()
        answer = http.get(url, timeout=60)
        wall.append((time.perf_counter() - start) * 1000)
        assert answer.status_code == 200, answer.text[:300]
        found = re.search(r"dur=([\d.]+)", answer.headers.get("Server-Timing", ""))
        assert found, "no Server-Timing header"
        server.append(float(found.group(1)))
    return server, wall


def run(backend: str, database_url: str | None, per_kec: int, repeat: int) -> None:
    home = Path(tempfile.mkdtemp(prefix=f"bench-portal-{backend}-"))
    handle = _start(backend, home, database_url)
    try:
        engine = handle.engine
        start = time.perf_counter()
        for kec in KECAMATAN:
            seed.seed_kecamatan(engine, kec, per_kec)
        seeded = time.perf_counter() - start
        total = per_kec * len(KECAMATAN)
        print(
            f"\n== {backend}: {total:,} proposals pushed through logic.push_batch in {seeded:.1f} s"
        )
        start = time.perf_counter()
        read = projection.catch_up(engine)
        print(
            f"   first read-model build: {read:,} changes in {(time.perf_counter() - start):.1f} s (once)"
        )
        # A real server's statistics are current: PostgreSQL's autovacuum would have vacuumed
        # and analysed every table the bulk load filled (SQLite has no autovacuum; its
        # planner would otherwise run on no statistics for the server tables). Without this
        # the figures below would measure plans chosen on empty-table statistics.
        start = time.perf_counter()
        analyze(engine)
        print(
            f"   {'VACUUM (ANALYZE)' if backend == 'postgresql' else 'ANALYZE'} of the whole "
            f"database after the load: {(time.perf_counter() - start):.1f} s (once)"
        )
        seed.add_portal_user(engine, "bench.admin", "bappeda")
        seed.add_portal_user(engine, "bench.dpu", "agency", "1.03.01")
        admin, dpu = login(handle.url, "bench.admin"), login(handle.url, "bench.dpu")
        pages = {
            "dashboard (Bappeda)": (admin, "/portal/"),
            "inbox page 1 (DPU, ~5,000 waiting)": (dpu, "/portal/kotak-masuk"),
            "inbox page 40, sort by cost": (dpu, "/portal/kotak-masuk?urut=biaya&hal=40"),
            "inbox filter kecamatan + search": (
                dpu,
                "/portal/kotak-masuk?kecamatan=64.02.07&cari=drainase&keadaan=semua",
            ),
            "inbox all OPD (Bappeda)": (admin, "/portal/kotak-masuk?keadaan=semua"),
        }
        for name, (http, path) in pages.items():
            http.get(handle.url + path, timeout=60)  # warm
            server, wall = page_times(http, handle.url + path, repeat)
            mark = "ok" if statistics.median(server) <= 300 else "OVER 300 ms"
            print(f"   {name:38s} server {summary(server)} | round trip {summary(wall)}  [{mark}]")
        base_dash, _ = timed(lambda: naive_dashboard(engine), max(3, repeat // 3))
        base_inbox, _ = timed(lambda: naive_inbox(engine, "1.03.01"), max(3, repeat // 3))
        print(f"   baseline dashboard from JSON records   {summary(base_dash)}")
        print(f"   baseline inbox from JSON records       {summary(base_inbox)}")
    finally:
        _stop(handle)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--per-kecamatan", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--pg", default=os.environ.get("MUSRENBANG_TEST_PG", ""))
    parser.add_argument("--only", choices=("sqlite", "postgresql"))
    args = parser.parse_args()
    os.environ.setdefault("MUSRENBANG_KEYRING_BACKEND", "file")
    if args.only in (None, "sqlite"):
        run("sqlite", None, args.per_kecamatan, args.repeat)
    if args.only in (None, "postgresql"):
        if not args.pg:
            print("\nPostgreSQL skipped: give --pg URL or set MUSRENBANG_TEST_PG.")
            return 0
        import psycopg

        name = f"bench_portal_{uuid.uuid4().hex[:10]}"
        with psycopg.connect(_plain_pg(args.pg), autocommit=True) as admin:
            admin.execute(f'CREATE DATABASE "{name}"')
        try:
            run(
                "postgresql",
                args.pg.rsplit("/", 1)[0] + "/" + name,
                args.per_kecamatan,
                args.repeat,
            )
        finally:
            with psycopg.connect(_plain_pg(args.pg), autocommit=True) as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
