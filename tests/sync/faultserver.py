"""The reference server with test-only faults, for the fault tests (never used in production).

``python -m tests.sync.faultserver --host H --port P`` runs ``server.__main__`` unchanged, after
wrapping ``server.logic.push_batch`` when ``MUSRENBANG_SERVER_FAULTS`` holds a JSON object:

    {"page_size": 15,               # pull page size announced and served
     "plan_file": "/tmp/x/plan"}    # faults for the coming pushes, armed by the test at any time

The plan file holds a JSON list, one entry per coming push request (each push takes the first
entry and writes the rest back; no file or an empty list: pushes run normally):

    {"signal": "/tmp/x/stalled",    # after the batch is applied, before COMMIT: create this file,
     "wait": "/tmp/x/release",      #   wait (at most 30 s) until this one exists,
     "status": 503,                 #   then fail the request: the whole batch rolls back
     "retry_after": "2"}

So a test can look at the server while a batch sits uncommitted in its transaction, kill the
process there (``wait`` for a file that never comes), or make it answer 503 mid-batch. Keeping
the hooks here leaves the server's own code free of test switches.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from pathlib import Path
from typing import Any

FAULTS_ENV = "MUSRENBANG_SERVER_FAULTS"
WAIT_LIMIT = 30.0


def install(spec: dict[str, Any]) -> None:
    import server.__main__ as server_main
    from server import app as server_app
    from server import config, logic

    page_size = spec.get("page_size")
    if page_size:
        original_settings = config.load_settings

        def load_settings() -> Any:
            return original_settings().model_copy(update={"page_size": int(page_size)})

        setattr(server_main, "load_settings", load_settings)  # noqa: B010 (its own import)

    plan_file = Path(spec["plan_file"]) if spec.get("plan_file") else None
    lock = threading.Lock()
    original_push = logic.push_batch

    def next_plan() -> dict[str, Any]:
        with lock:
            if plan_file is None or not plan_file.exists():
                return {}
            plans = json.loads(plan_file.read_text() or "[]")
            if not plans:
                return {}
            plan_file.write_text(json.dumps(plans[1:]))
            return dict(plans[0])

    def push_batch(*args: Any, **kwargs: Any) -> Any:
        plan = next_plan()
        outcome = original_push(*args, **kwargs)
        if plan.get("signal"):
            Path(plan["signal"]).write_text("stalled")
        if plan.get("wait"):
            pause = threading.Event()
            target = Path(plan["wait"])
            waited = 0.0
            while not target.exists() and waited < WAIT_LIMIT:
                pause.wait(0.01)
                waited += 0.01
        if plan.get("status"):
            headers = {"Retry-After": str(plan["retry_after"])} if plan.get("retry_after") else {}
            raise server_app.ApiError(
                int(plan["status"]), "unavailable", "Server sedang dirawat (uji).", headers=headers
            )
        return outcome

    logic.push_batch = push_batch


def arm(handle: Any, *plans: dict[str, Any]) -> None:
    """Faults for the next pushes of a server started by ``start`` (appended to any left)."""
    path = Path(json.loads(handle.env[FAULTS_ENV])["plan_file"])
    current = json.loads(path.read_text() or "[]") if path.exists() else []
    path.write_text(json.dumps(current + list(plans)))


def disarm(handle: Any) -> None:
    """Drop the faults no push has taken yet."""
    Path(json.loads(handle.env[FAULTS_ENV])["plan_file"]).unlink(missing_ok=True)


def main() -> int:
    import server.__main__ as server_main

    raw = os.environ.get(FAULTS_ENV, "").strip()
    if raw:
        install(json.loads(raw))
    return int(server_main.main(sys.argv[1:]))


if __name__ == "__main__":
    sys.exit(main())


# ---- used by the tests (in the test process) ---------------------------------------------


def start(home: Path, *, page_size: int | None = None, port: int | None = None) -> Any:
    """A SQLite server in its own process with a plan file for ``arm``; ``port`` reuses one."""
    import subprocess

    from tests.sync.conftest import ROOT, ServerHandle, _free_port, _wait_ready

    home.mkdir(parents=True, exist_ok=True)
    port = port or _free_port()
    env = dict(os.environ)
    env.update(
        {
            "MUSRENBANG_HOME": str(home),
            "MUSRENBANG_SERVER_RATE": "1000",
            "MUSRENBANG_SERVER_BURST": "5000",
        }
    )
    env.pop("DATABASE_URL", None)
    faults: dict[str, Any] = {"plan_file": str(home / "fault-plan.json")}
    if page_size:
        faults["page_size"] = page_size
    env[FAULTS_ENV] = json.dumps(faults)
    database_url = f"sqlite:///{home / 'data' / 'server.sqlite3'}"
    engine = _migrated_engine(home, database_url)
    log_path = home / f"server-{port}.log"
    with log_path.open("ab") as log:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.sync.faultserver",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
            ],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_ready(url, process, log_path)
    except BaseException:
        process.kill()
        process.wait(timeout=10)
        raise
    return ServerHandle("sqlite", url, database_url, home, env, engine, process)


def _migrated_engine(home: Path, database_url: str) -> Any:
    from server.__main__ import open_server_database
    from server.config import Settings

    (home / "data").mkdir(parents=True, exist_ok=True)
    return open_server_database(Settings(database_url=database_url, data_dir=home / "data"))


def kill(handle: Any) -> None:
    """SIGKILL: no shutdown, whatever transaction is open dies with the process."""
    handle.process.kill()
    handle.process.wait(timeout=10)


def restart(handle: Any) -> None:
    """Start the server again on the same database and port (after ``kill``), in place."""
    handle.engine.dispose()
    port = int(handle.url.rsplit(":", 1)[1])
    faults = json.loads(handle.env[FAULTS_ENV])
    fresh = start(handle.home, page_size=faults.get("page_size"), port=port)
    handle.process, handle.engine, handle.env = fresh.process, fresh.engine, fresh.env


def stop(handle: Any) -> None:
    if handle.process.poll() is None:
        handle.process.terminate()
        try:
            handle.process.wait(timeout=15)
        except Exception:
            kill(handle)
    handle.engine.dispose()
