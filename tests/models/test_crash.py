"""kill -9 a writing process at random points, hundreds of times: the file stays intact and
every committed change has its outbox entry (SYNC.md failure test 1)."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.database import open_database
from app.core.demo import create_demo

ROOT = Path(__file__).resolve().parents[2]
ITERATIONS = int(os.environ.get("MUSRENBANG_CRASH_ITERATIONS", "200"))


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="the writer zygote forks (Linux/macOS)")
def test_kill_minus_nine_loses_no_committed_change(tmp_path: Path) -> None:
    db = open_database()
    create_demo(db.engine, empty=True)
    db.engine.dispose()
    rnd = random.Random(8_675_309)
    confirmed: dict[str, int] = {}  # id -> highest rev a writer saw committed
    kills_mid_write = 0
    zygote = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "models" / "crash_writer.py"), str(db.path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert zygote.stdin is not None and zygote.stdout is not None

    def ask(command: str) -> list[str]:
        assert zygote.stdin is not None and zygote.stdout is not None
        zygote.stdin.write(command + "\n")
        zygote.stdin.flush()
        return zygote.stdout.readline().split()

    try:
        for iteration in range(ITERATIONS):
            fifo = tmp_path / f"writer-{iteration}"
            os.mkfifo(fifo)
            _word, pid = ask(f"fork {iteration} {fifo}")
            # Opening blocks until the writer opens its end: no polling, no sleeping.
            with open(fifo) as report:
                # Kill after a random number of commits, at a random point of the next one.
                for _ in range(rnd.randint(0, 25)):
                    line = report.readline()
                    if not line.endswith("\n"):
                        break
                    _op, proposal_id, rev = line.split()
                    confirmed[proposal_id] = max(confirmed.get(proposal_id, 0), int(rev))
                os.kill(int(pid), signal.SIGKILL)
                # Lines written before the kill landed are committed changes too.
                for line in report:
                    if line.endswith("\n"):
                        _op, proposal_id, rev = line.split()
                        confirmed[proposal_id] = max(confirmed.get(proposal_id, 0), int(rev))
            _word, _pid, status = ask(f"reap {pid}")
            assert os.WIFSIGNALED(int(status)) and os.WTERMSIG(int(status)) == signal.SIGKILL
            kills_mid_write += 1
            fifo.unlink()
            _check_invariants(db.path, confirmed)
    finally:
        zygote.stdin.close()
        zygote.wait(timeout=30)
        zygote.stdout.close()
    assert kills_mid_write == ITERATIONS
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
