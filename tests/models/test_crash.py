"""kill -9 a writing process at random points, many times: the file stays intact and every
committed change has its outbox entry (SYNC.md failure test 1)."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from app.core.database import open_database
from app.core.demo import create_demo

ROOT = Path(__file__).resolve().parents[2]
ITERATIONS = int(os.environ.get("MUSRENBANG_CRASH_ITERATIONS", "40"))


def test_kill_minus_nine_loses_no_committed_change() -> None:
    db = open_database()
    create_demo(db.engine, empty=True)
    db.engine.dispose()
    rnd = random.Random(8_675_309)
    confirmed: dict[str, int] = {}  # id -> highest rev the writer saw committed
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for iteration in range(ITERATIONS):
        writer = subprocess.Popen(
            [
                sys.executable,
                str(ROOT / "tests" / "models" / "crash_writer.py"),
                str(db.path),
                str(iteration),
            ],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert writer.stdout is not None
        for _ in range(rnd.randint(1, 25)):
            line = writer.stdout.readline()
            if not line:
                break
            _op, proposal_id, rev = line.split()
            confirmed[proposal_id] = max(confirmed.get(proposal_id, 0), int(rev))
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait(timeout=30)
        writer.stdout.close()
        _check_invariants(db.path, confirmed)
    assert len(confirmed) > ITERATIONS  # the writers really did commit work


def _check_invariants(path: Path, confirmed: dict[str, int]) -> None:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        revs = dict(conn.execute("SELECT id, rev FROM proposal").fetchall())
        outbox: dict[str, list[int]] = {}
        for entity_id, rev in conn.execute(
            "SELECT entity_id, rev FROM outbox_entry WHERE entity = 'proposal' ORDER BY device_seq"
        ):
            outbox.setdefault(entity_id, []).append(rev)
    finally:
        conn.close()
    for proposal_id, rev in confirmed.items():
        assert proposal_id in revs, f"committed proposal {proposal_id} lost"
        assert revs[proposal_id] >= rev, f"committed revision {rev} of {proposal_id} lost"
    for proposal_id, rev in revs.items():
        # one outbox entry per committed revision, in order, none missing, none extra
        assert outbox.get(proposal_id) == list(range(1, rev + 1)), proposal_id
