"""Sync benchmark (issue #8): real server processes on loopback, in one run.

Run: ``uv run python bench/bench_sync.py [--quick] [--postgres URL] [--parts abcd]``

(a) 10,000 proposals (~1 KB each, from the demo data) pushed over loopback by the real
    ``SyncClient`` (batches of 100) next to the baseline of one HTTP request per proposal, the
    way common e-musrenbang apps post a form;
(b) the same batch push through a throttling proxy at 256 kbit/s with 300 ms round trips, gzip
    on (and off, on fewer proposals, for comparison); target ≤ 180 s;
(c) server push throughput with 20 concurrent devices on SQLite and on PostgreSQL; target
    ≥ 600 ops/s. Server, load generator (and PostgreSQL) share this machine's cores;
(d) time from the network returning to sync complete, driven by the app's own ``AutoSync``
    (Qt timer + ``AutoSyncPolicy``, probe every 20 s) through the proxy; target ≤ 60 s.

PostgreSQL: ``--postgres`` (or ``MUSRENBANG_TEST_PG``) names a server; the bench creates a fresh
database there and drops it afterwards.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import requests  # noqa: E402

KECAMATAN = "64.02.06"
PROTOCOL_HEADERS = {"X-Musrenbang-Protocol": "1"}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# ---- servers -------------------------------------------------------------------------------


@dataclass
class Server:
    url: str
    port: int
    env: dict[str, str]
    engine: Any
    process: subprocess.Popen[bytes]

    def enroll_code(self, kecamatan: str) -> str:
        from server import security
        from server.db import write_session

        with write_session(self.engine) as session:
            return security.create_enrolment_code(session, kecamatan, hours=1)


@contextmanager
def pg_database(base: str) -> Iterator[str]:
    import psycopg

    plain = base.replace("postgresql+psycopg://", "postgresql://", 1)
    name = f"musrenbang_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(plain, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield base.rsplit("/", 1)[0] + "/" + name
    finally:
        with psycopg.connect(plain, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def running_server(
    home: Path, database_url: str | None = None, *, workers: int = 1
) -> Iterator[Server]:
    from server.__main__ import open_server_database
    from server.config import load_settings

    home.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, MUSRENBANG_HOME=str(home))
    env["MUSRENBANG_SERVER_RATE"] = "100000"
    env["MUSRENBANG_SERVER_BURST"] = "100000"
    env.pop("DATABASE_URL", None)
    if database_url:
        env["DATABASE_URL"] = database_url
    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update(env)
    try:
        engine = open_server_database(load_settings())
    finally:
        os.environ.clear()
        os.environ.update(saved)
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    log = (home / "server.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "server", "--port", str(port)]
        + (["--workers", str(workers)] if workers > 1 else []),
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if requests.get(url + "/v1/info", timeout=0.5).status_code == 200:
                    break
            except requests.RequestException:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("server did not start; see " + str(home / "server.log"))
            time.sleep(0.1)
        yield Server(url, port, env, engine, process)
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        log.close()
        engine.dispose()


# ---- realistic proposals -------------------------------------------------------------------


def demo_rows() -> list[dict[str, str]]:
    from app import paths

    path = paths.resource("demo", "usulan_demo_tenggarong.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def proposal_kwargs(row: dict[str, str], i: int) -> dict[str, Any]:
    """One proposal built from a demo row; ``i`` keeps numbers and titles distinct."""
    return {
        "number": f"B-{i:05d}",
        "source": row["sumber"],
        "dusun": row["dusun"] or None,
        "rt": row["rt"] or None,
        "title": f"{row['judul']} (usulan {i})",
        "problem": row["permasalahan"],
        "address": row["alamat"],
        "latitude": float(row["lintang"]) if row["lintang"] else None,
        "longitude": float(row["bujur"]) if row["bujur"] else None,
        "volume": float(row["volume"]),
        "satuan": row["satuan"],
        "estimated_cost": int(row["perkiraan_biaya"]) + i,
        "beneficiaries": int(row["penerima_manfaat"]),
        "beneficiaries_women": int(row["penerima_perempuan"]),
        "beneficiaries_poor": int(row["penerima_miskin"]),
        "beneficiaries_disabled": int(row["penerima_disabilitas"]),
        "village_rank": 1 + i % 20,
        "kewenangan": row["kewenangan"],
        "land_ready": row["lahan_siap"] == "ya",
        "land_certificate": row["sertifikat_lahan"] == "ya",
    }


def office_with_proposals(home: Path, count: int) -> Any:
    """A kecamatan database (its own MUSRENBANG_HOME) whose outbox holds ``count`` inserts."""
    from sqlmodel import select

    from app.core.database import open_database
    from app.core.demo import create_demo
    from app.models import PlanningCycle, Proposal
    from app.models.db import write_session

    os.environ["MUSRENBANG_HOME"] = str(home)
    db = open_database()
    create_demo(db.engine, kecamatan_code=KECAMATAN, empty=True)
    rows = demo_rows()
    with write_session(db.engine) as session:
        cycle = session.exec(select(PlanningCycle)).one()
        for i in range(count):
            row = rows[i % len(rows)]
            session.add(
                Proposal(cycle_id=cycle.id, planning_year=cycle.year, **proposal_kwargs(row, i))
            )
    return db.engine


def outbox_ops(engine: Any) -> list[dict[str, Any]]:
    """The office's pending ops exactly as the client would send them."""
    import json

    from sqlmodel import col, select

    from app.models import OutboxEntry
    from app.models.db import read_session

    with read_session(engine) as session:
        entries = session.exec(
            select(OutboxEntry)
            .where(OutboxEntry.state == "pending")
            .order_by(col(OutboxEntry.device_seq))
        ).all()
        return [
            {
                "op_id": e.op_id,
                "device_seq": e.device_seq,
                "entity": e.entity,
                "id": e.entity_id,
                "op": e.op,
                "base_rev": None,
                "changed_fields": json.loads(e.changed_fields),
            }
            for e in entries
        ]


def enrol_bare_device(server: Server, kecamatan: str) -> tuple[str, requests.Session]:
    """A device enrolled through the API; returns its id and an authorised HTTP session."""
    http = requests.Session()
    answer = http.post(
        server.url + "/v1/enroll",
        json={"code": server.enroll_code(kecamatan), "device_name": "bench"},
        headers=PROTOCOL_HEADERS,
        timeout=30,
    )
    answer.raise_for_status()
    body = answer.json()
    token = http.post(
        server.url + "/v1/token",
        json={"refresh_token": body["refresh_token"]},
        headers=PROTOCOL_HEADERS,
        timeout=30,
    )
    token.raise_for_status()
    http.headers.update(PROTOCOL_HEADERS)
    http.headers["Authorization"] = "Bearer " + token.json()["access_token"]
    return str(body["device_id"]), http


def push_ops(
    http: requests.Session, url: str, device_id: str, ops: list[dict[str, Any]], batch: int
) -> int:
    """Pushes ``ops`` in batches of ``batch``; returns how many the server applied."""
    applied = 0
    for start in range(0, len(ops), batch):
        body = {
            "device_id": device_id,
            "batch_id": str(uuid.uuid4()),
            "ops": ops[start : start + batch],
        }
        answer = http.post(url + "/v1/push", json=body, timeout=120)
        answer.raise_for_status()
        applied += sum(1 for r in answer.json()["results"] if r["status"] == "applied")
    return applied


def renumbered(template: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The template's ops as a fresh device's own: new ids, seq from 1."""
    ops = []
    for seq, op in enumerate(template, start=1):
        ops.append({**op, "op_id": str(uuid.uuid4()), "id": str(uuid.uuid4()), "device_seq": seq})
    return ops


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of a process and its children (uvicorn workers); 0 off Linux."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except (OSError, ValueError, IndexError):
        return 0.0
    return total + sum(cpu_seconds(int(child)) for child in children)


# ---- (c) concurrent devices ------------------------------------------------------------------


def concurrent_devices(
    server: Server, template: list[dict[str, Any]], devices: int, per_device: int
) -> tuple[float, int, float]:
    """``devices`` threads, each an enrolled device pushing ``per_device`` ops in batches of
    100 at the same time; returns (ops/s, ops applied, server CPU ms per op)."""
    work = []
    for d in range(devices):
        kecamatan = f"64.02.{d % 20 + 1:02d}"
        device_id, http = enrol_bare_device(server, kecamatan)
        ops = renumbered(template[:per_device])
        work.append((device_id, http, ops))
    applied = [0] * devices
    errors: list[BaseException] = []
    gate = threading.Barrier(devices + 1)

    def run(index: int) -> None:
        device_id, http, ops = work[index]
        gate.wait()
        try:
            applied[index] = push_ops(http, server.url, device_id, ops, 100)
        except BaseException as exc:  # reported after the run
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(devices)]
    for thread in threads:
        thread.start()
    gate.wait()
    cpu_before = cpu_seconds(server.process.pid)
    start = time.perf_counter()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - start
    cpu = cpu_seconds(server.process.pid) - cpu_before
    if errors:
        raise errors[0]
    return sum(applied) / seconds, sum(applied), cpu * 1000 / max(1, sum(applied))


# ---- offices -------------------------------------------------------------------------------


def copy_office(template: Path, home: Path) -> Any:
    """A copy of the template office (its pending outbox included) in its own home folder."""
    import sqlite3

    from app import paths
    from app.core.database import open_database

    os.environ["MUSRENBANG_HOME"] = str(home)
    target = paths.database_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(template) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
    return open_database().engine


def enrolled_client(server_url: str, code: str, engine: Any) -> Any:
    from app.sync.client import SyncClient

    client = SyncClient(engine)
    client.enroll(server_url, code)
    return client


def pending_count(engine: Any) -> int:
    from app.models.db import read_session
    from app.sync.client import outbox_counts

    with read_session(engine) as session:
        return int(outbox_counts(session)["pending"])


@dataclass
class Row:
    part: str
    what: str
    figure: str
    target: str = ""


# ---- (a) loopback: batch protocol vs one request per proposal -----------------------------


def part_a(work: Path, template_db: Path, ops: list[dict[str, Any]], rows: list[Row]) -> None:
    with running_server(work / "server-a") as server:
        engine = copy_office(template_db, work / "office-a")
        client = enrolled_client(server.url, server.enroll_code(KECAMATAN), engine)
        count = pending_count(engine)
        start = time.perf_counter()
        report = client.sync()
        batch_seconds = time.perf_counter() - start
        assert pending_count(engine) == 0, "the batch push left changes behind"
        device_id, http = enrol_bare_device(server, KECAMATAN)
        singles = renumbered(ops)
        start = time.perf_counter()
        applied = push_ops(http, server.url, device_id, singles, 1)
        single_seconds = time.perf_counter() - start
    rows.append(
        Row(
            "a",
            f"loopback, {count} ops ({len(ops)} proposals): SyncClient, {report.batches} batches",
            f"{batch_seconds:6.1f} s = {count / batch_seconds:5.0f} ops/s",
        )
    )
    rows.append(
        Row(
            "a",
            f"loopback, {applied} proposals: baseline, one POST per proposal",
            f"{single_seconds:6.1f} s = {applied / single_seconds:5.0f} ops/s "
            f"(batch {single_seconds / batch_seconds:.1f}x faster)",
        )
    )


# ---- (b) throttled link ----------------------------------------------------------------------


def _proxy_class() -> Any:
    from tests.sync.faultproxy import FaultProxy

    return FaultProxy


def throttled_push(
    work: Path, name: str, template_db: Path, server: Server, *, gzip_on: bool
) -> tuple[float, int, int, int]:
    """(seconds, ops, bytes up, bytes down) of one office's full sync through the proxy."""
    from app.sync import transport

    proxy = _proxy_class()(server.port, latency=0.15, bandwidth=32_000)
    saved = transport.GZIP_MIN_BYTES
    with proxy:
        engine = copy_office(template_db, work / name)
        client = enrolled_client(proxy.url, server.enroll_code(KECAMATAN), engine)
        count = pending_count(engine)
        if not gzip_on:
            transport.GZIP_MIN_BYTES = 1 << 62
        up, down = proxy.bytes_up, proxy.bytes_down
        try:
            start = time.perf_counter()
            client.sync()
            seconds = time.perf_counter() - start
        finally:
            transport.GZIP_MIN_BYTES = saved
        assert pending_count(engine) == 0, "the throttled push left changes behind"
        return seconds, count, proxy.bytes_up - up, proxy.bytes_down - down


def part_b(
    work: Path, template_db: Path, small_db: Path | None, small: int, rows: list[Row]
) -> None:
    with running_server(work / "server-b") as server:
        seconds, count, up, down = throttled_push(
            work, "office-b", template_db, server, gzip_on=True
        )
        full = count
        rows.append(
            Row(
                "b",
                f"256 kbit/s, 300 ms RTT, gzip on: {count} ops",
                f"{seconds:6.1f} s = {count / seconds:5.0f} ops/s; "
                f"{up / 1e6:.2f} MB up, {down / 1e6:.2f} MB down",
                "≤ 180 s",
            )
        )
        if small_db is not None:
            seconds, count, up, down = throttled_push(
                work, "office-b-plain", small_db, server, gzip_on=False
            )
            rows.append(
                Row(
                    "b",
                    f"256 kbit/s, 300 ms RTT, request gzip off: {count} ops (fewer: slow)",
                    f"{seconds:6.1f} s = {count / seconds:5.0f} ops/s; "
                    f"{up / 1e6:.2f} MB up, {down / 1e6:.2f} MB down; "
                    f"{full} ops ≈ {seconds * full / count:.0f} s",
                )
            )


# ---- (c) 20 devices at once --------------------------------------------------------------


def part_c(
    work: Path,
    ops: list[dict[str, Any]],
    devices: int,
    per_device: int,
    postgres: str | None,
    rows: list[Row],
    workers: tuple[int, int] = (1, 1),
) -> None:
    with running_server(work / "server-c-sqlite", workers=workers[0]) as server:
        rate, _done, cpu_ms = concurrent_devices(server, ops, devices, per_device)
    rows.append(
        Row(
            "c",
            f"SQLite: {devices} devices × {per_device} ops, {workers[0]} server process(es)",
            f"{rate:6.0f} ops/s; server process CPU {cpu_ms:.2f} ms/op",
            "≥ 600",
        )
    )
    if not postgres:
        rows.append(Row("c", "PostgreSQL: skipped (no --postgres / MUSRENBANG_TEST_PG)", "-"))
        return
    with (
        pg_database(postgres) as url,
        running_server(work / "server-c-pg", url, workers=workers[1]) as server,
    ):
        rate, _done, cpu_ms = concurrent_devices(server, ops, devices, per_device)
    rows.append(
        Row(
            "c",
            f"PostgreSQL: {devices} devices × {per_device} ops, {workers[1]} server process(es)",
            f"{rate:6.0f} ops/s; server process CPU {cpu_ms:.2f} ms/op",
            "≥ 600",
        )
    )


# ---- (d) network back → sync complete, the app's own scheduler ---------------------------------


def part_d(work: Path, template_db: Path, trials: int, backlog: int, rows: list[Row]) -> None:
    """The office works offline, the link returns at a random moment; the app's ``AutoSync``
    (its Qt timer, probe and ``AutoSyncPolicy``, as the main window creates it) notices and
    syncs. Measured: from ``go_online`` until the sync that empties the outbox finishes."""
    import random

    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
    from sqlmodel import select

    from app.models import PlanningCycle, Proposal
    from app.models.db import write_session
    from app.sync.scheduler import AutoSyncPolicy
    from app.ui.sync_indicator import AutoSync
    from app.ui.tasks import TaskRunner

    qt = QCoreApplication.instance() or QCoreApplication([])
    rng = random.Random(8)
    rows_csv = demo_rows()

    def spin_until(condition: Any, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        loop = QEventLoop()
        while not condition():
            if time.monotonic() > deadline:
                return False
            QTimer.singleShot(20, loop.quit)
            loop.exec()
        return True

    results: list[float] = []
    sync_times: list[float] = []
    with running_server(work / "server-d") as server:
        proxy = _proxy_class()(server.port, latency=0.15, bandwidth=32_000)
        with proxy:
            engine = copy_office(template_db, work / "office-d")
            enrolled_client(proxy.url, server.enroll_code(KECAMATAN), engine).sync()
            tasks = TaskRunner()
            auto = AutoSync(engine, tasks)  # the main window's defaults: probe every 20 s
            policy: AutoSyncPolicy = auto.policy
            finished: list[tuple[float, int]] = []
            started: list[float] = []
            auto.syncStarted.connect(lambda: started.append(time.monotonic()))
            auto.syncFinished.connect(
                lambda _report: finished.append((time.monotonic(), pending_count(engine)))
            )
            auto.start()
            spin_until(lambda: policy.online is True and not auto.syncing, 60)
            for trial in range(trials):
                proxy.go_offline()
                with write_session(engine) as session:
                    cycle = session.exec(select(PlanningCycle)).one()
                    for i in range(backlog):
                        n = 100_000 + trial * backlog + i
                        session.add(
                            Proposal(
                                cycle_id=cycle.id,
                                planning_year=cycle.year,
                                **proposal_kwargs(rows_csv[n % len(rows_csv)], n),
                            )
                        )
                if not spin_until(lambda: policy.online is False, 60):
                    raise SystemExit("AutoSync never noticed the link going down")
                spin_until(lambda: False, rng.uniform(0, 20))  # the link returns at any moment
                finished.clear()
                started.clear()
                back = time.monotonic()
                proxy.go_online()
                if not spin_until(lambda: any(p == 0 for _t, p in finished), 300):
                    raise SystemExit("AutoSync did not finish the backlog within 300 s")
                done = next(t for t, p in finished if p == 0)
                results.append(done - back)
                sync_times.append(done - started[0])
            auto.stop()
            tasks.wait()
    del qt
    rows.append(
        Row(
            "d",
            f"network back → sync complete, AutoSync (probe 20 s), {backlog} proposals "
            f"waiting, {trials} trials",
            f"mean {statistics.mean(results):5.1f} s, max {max(results):5.1f} s "
            f"(of which syncing {statistics.mean(sync_times):.1f} s)",
            "≤ 60 s",
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="smaller sizes (a smoke run)")
    parser.add_argument("--postgres", default=os.environ.get("MUSRENBANG_TEST_PG"))
    parser.add_argument("--parts", default="abcd", help="which parts to run, e.g. ac")
    parser.add_argument("--proposals", type=int, default=10_000)
    parser.add_argument("--devices", type=int, default=20)
    parser.add_argument("--per-device", type=int, default=500)
    parser.add_argument("--plain-proposals", type=int, default=1_000, help="(b) gzip off")
    parser.add_argument("--trials", type=int, default=3, help="(d)")
    parser.add_argument("--sqlite-workers", type=int, default=1, help="(c) server processes")
    parser.add_argument("--pg-workers", type=int, default=1, help="(c) server processes")
    args = parser.parse_args()
    if args.quick:
        args.proposals, args.per_device, args.plain_proposals, args.trials = 1_000, 100, 200, 1
    work = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    os.environ["MUSRENBANG_CREDENTIALS"] = "file"
    from app import paths

    started = time.perf_counter()
    count = args.proposals if set(args.parts) & set("abc") else 150
    template_engine = office_with_proposals(work / "template", count)
    template_db = paths.database_path()
    ops = [op for op in outbox_ops(template_engine) if op["entity"] == "proposal"]
    template_engine.dispose()
    small_db: Path | None = None
    if "b" in args.parts and args.plain_proposals:
        small_engine = office_with_proposals(work / "template-small", args.plain_proposals)
        small_db = paths.database_path()
        small_engine.dispose()
    size = statistics.mean(len(json.dumps(op, ensure_ascii=False).encode()) for op in ops)
    print(
        f"bench_sync: {len(ops)} proposals (mean op {size:.0f} bytes as JSON), "
        f"{os.cpu_count()} cores shared by server, load generator and PostgreSQL"
    )
    rows: list[Row] = []
    shown = 0

    def progress() -> None:
        nonlocal shown
        for row in rows[shown:]:
            print(f"  … ({row.part}) {row.what}: {row.figure}", flush=True)
        shown = len(rows)

    if "a" in args.parts:
        part_a(work, template_db, ops, rows)
        progress()
    if "b" in args.parts:
        part_b(work, template_db, small_db, args.plain_proposals, rows)
        progress()
    if "c" in args.parts:
        part_c(
            work,
            ops,
            args.devices,
            args.per_device,
            args.postgres,
            rows,
            (args.sqlite_workers, args.pg_workers),
        )
        progress()
    if "d" in args.parts:
        d_template = office_with_proposals(work / "template-d", 0)
        d_db = paths.database_path()
        d_template.dispose()
        part_d(work, d_db, args.trials, 150, rows)
    print()
    width = max(len(r.what) for r in rows)
    print(f"{'part':4}  {'what':{width}}  {'figure':48}  target")
    for row in rows:
        print(f"({row.part})   {row.what:{width}}  {row.figure:48}  {row.target}")
    print(f"total {time.perf_counter() - started:.0f} s")
    sys.stdout.flush()
    os._exit(0)  # PySide6 may crash at interpreter exit in scripts (see bench/README)


if __name__ == "__main__":
    main()
