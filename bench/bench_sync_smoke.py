"""Sync smoke benchmark: a real server process on loopback, one office pushing N proposals.

Run: ``uv run python bench/bench_sync_smoke.py [--proposals 2000] [--postgres URL]``

Prints, from the same run: the baseline (``GET /v1/info`` round trips per second: the floor
set by HTTP and the server process), push throughput in ops/s (SYNC.md asks ≥ 600 ops/s on the
server), a no-op sync (nothing pending), and a feedback pull of every proposal.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--proposals", type=int, default=2000)
    parser.add_argument("--postgres", help="DATABASE_URL of an empty PostgreSQL database")
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    os.environ["MUSRENBANG_HOME"] = str(home / "client")
    os.environ["MUSRENBANG_CREDENTIALS"] = "file"
    env = dict(os.environ, MUSRENBANG_HOME=str(home / "server"), MUSRENBANG_SERVER_RATE="100000")
    env["MUSRENBANG_SERVER_BURST"] = "100000"
    if args.postgres:
        env["DATABASE_URL"] = args.postgres
    import requests
    from sqlmodel import select

    from app.core.database import open_database
    from app.core.demo import create_demo
    from app.models import PlanningCycle, Proposal
    from app.models.db import read_session, write_session
    from app.sync.client import SyncClient

    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    log = (home / "server.log").open("wb")
    server = subprocess.Popen(
        [sys.executable, "-m", "server", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=log,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                requests.get(url + "/v1/info", timeout=0.5)
                break
            except requests.RequestException:
                try:
                    server.wait(timeout=0.1)
                    raise SystemExit("server exited; see " + str(home / "server.log"))
                except subprocess.TimeoutExpired:
                    continue
        http = requests.Session()
        start = time.perf_counter()
        for _ in range(200):
            http.get(url + "/v1/info", timeout=5)
        info_rate = 200 / (time.perf_counter() - start)

        db = open_database()
        create_demo(db.engine, kecamatan_code="64.02.06", empty=True)
        with write_session(db.engine) as session:
            cycle = session.exec(select(PlanningCycle)).one()
            cycle_id = cycle.id
            for i in range(args.proposals):
                session.add(
                    Proposal(
                        cycle_id=cycle_id,
                        planning_year=cycle.year,
                        number=f"B-{i:05d}",
                        title=f"Semenisasi jalan lingkungan RT {i % 40:02d} sepanjang {100 + i % 900} meter",
                        problem="Jalan tanah licin saat hujan; akses anak sekolah dan hasil kebun terhambat.",
                        estimated_cost=150_000_000 + i,
                        volume=100.0 + i % 900,
                        satuan="meter",
                    )
                )
        code = subprocess.run(
            [sys.executable, "-m", "server", "enroll-code", "--kecamatan", "64.02.06"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        client = SyncClient(db.engine)
        client.enroll(url, code)
        start = time.perf_counter()
        report = client.sync()
        push_seconds = time.perf_counter() - start
        start = time.perf_counter()
        client.sync()
        idle_seconds = time.perf_counter() - start

        from server import logic
        from server.config import load_settings
        from server.db import create_server_engine
        from server.db import write_session as server_write

        os.environ["MUSRENBANG_HOME"] = str(home / "server")
        if args.postgres:
            os.environ["DATABASE_URL"] = args.postgres
        engine = create_server_engine(load_settings().database_url)
        with read_session(db.engine) as session:
            ids = list(session.exec(select(Proposal.id)).all())
        with server_write(engine) as session:
            for proposal_id in ids:
                logic.set_status(session, None, proposal_id, "received", None)
        os.environ["MUSRENBANG_HOME"] = str(home / "client")
        start = time.perf_counter()
        pulled = client.sync().pulled["feedback"]
        pull_seconds = time.perf_counter() - start

        print(
            f"backend: {'PostgreSQL' if args.postgres else 'SQLite'}; proposals: {args.proposals}"
        )
        print(f"baseline GET /v1/info: {info_rate:8.0f} requests/s")
        print(
            f"push: {report.pushed} ops in {report.batches} batches, {push_seconds:.2f} s "
            f"= {report.pushed / push_seconds:8.0f} ops/s (target ≥ 600 ops/s)"
        )
        print(f"no-op sync: {idle_seconds * 1000:.0f} ms")
        print(
            f"feedback pull: {pulled} changes in {pull_seconds:.2f} s = {pulled / pull_seconds:8.0f} changes/s"
        )
    finally:
        server.terminate()
        server.wait(timeout=15)
        log.close()


if __name__ == "__main__":
    main()
