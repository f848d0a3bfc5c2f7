"""A real sync server (uvicorn in its own process) on 127.0.0.1, on SQLite and on PostgreSQL.

PostgreSQL runs when ``MUSRENBANG_TEST_PG`` holds a database URL (``.ci/run`` sets it); each
test session creates its own database there and drops it at the end, so runs never collide.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import Engine

from app.sync.credentials import BACKEND_ENV
from app.sync.transport import Transport
from common import protocol

ROOT = Path(__file__).resolve().parents[2]
PG_ENV = "MUSRENBANG_TEST_PG"
START_DEADLINE = 60.0


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _plain_pg(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


@dataclass
class ServerHandle:
    backend: str
    url: str
    database_url: str
    home: Path
    env: dict[str, str]
    engine: Engine
    process: subprocess.Popen[bytes]

    used_kecamatan: int = 0

    def fresh_kecamatan(self) -> str:
        """Kukar's 20 kecamatan (64.02.01-20), each used by one test of this server."""
        self.used_kecamatan += 1
        if self.used_kecamatan > 20:
            raise RuntimeError("more than 20 tests share this server: add a server fixture")
        return f"64.02.{self.used_kecamatan:02d}"

    # Admin actions go straight to the server database, as the admin CLI does.
    def enroll_code(self, kecamatan: str) -> str:
        from server import security
        from server.db import write_session

        with write_session(self.engine) as session:
            return security.create_enrolment_code(session, kecamatan, hours=1)

    def add_user(self, role: str, agency: str | None = None) -> str:
        from server import security
        from server.db import write_session

        with write_session(self.engine) as session:
            _principal, token = security.create_user(session, role, f"uji {role}", agency)
        return token

    def revoke(self, principal_id: str) -> None:
        from server import security
        from server.db import write_session

        with write_session(self.engine) as session:
            assert security.revoke(session, principal_id)

    def set_status(self, proposal_id: str, status: str, reason: str | None = None) -> None:
        from server import logic
        from server.db import write_session

        with write_session(self.engine) as session:
            logic.set_status(session, None, proposal_id, status, reason)

    def stats(self) -> dict[str, Any]:
        from server import logic
        from server.db import read_session

        with read_session(self.engine) as session:
            return logic.stats(session)

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "server", *args],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=120,
        )

    def access_token(self, refresh_token: str) -> str:
        response = requests.post(
            self.url + "/v1/token",
            json={"refresh_token": refresh_token},
            headers={protocol.PROTOCOL_HEADER: "1"},
            timeout=10,
        )
        response.raise_for_status()
        return str(response.json()["access_token"])


def _wait_ready(url: str, process: subprocess.Popen[bytes], log_path: Path) -> None:
    import time

    deadline = time.monotonic() + START_DEADLINE
    while time.monotonic() < deadline:
        try:
            if requests.get(url + "/v1/info", timeout=0.5).status_code == 200:
                return
        except requests.RequestException:
            pass
        try:
            process.wait(timeout=0.1)  # the pause between polls; returns early if it died
        except subprocess.TimeoutExpired:
            continue
        raise RuntimeError(f"server exited early:\n{log_path.read_text()}")
    raise RuntimeError(f"server not ready within {START_DEADLINE}s:\n{log_path.read_text()}")


def _start(
    backend: str, home: Path, database_url: str | None, *, port: int | None = None
) -> ServerHandle:
    from server.__main__ import open_server_database
    from server.config import load_settings

    port = port or _free_port()
    env = dict(os.environ)
    env["MUSRENBANG_HOME"] = str(home)
    env["MUSRENBANG_SERVER_RATE"] = "1000"
    env["MUSRENBANG_SERVER_BURST"] = "5000"
    env.pop("DATABASE_URL", None)
    if database_url:
        env["DATABASE_URL"] = database_url
    old = {k: os.environ.get(k) for k in ("MUSRENBANG_HOME", "DATABASE_URL")}
    os.environ["MUSRENBANG_HOME"] = str(home)
    if database_url:
        os.environ["DATABASE_URL"] = database_url
    else:
        os.environ.pop("DATABASE_URL", None)
    try:
        settings = load_settings()
        engine = open_server_database(settings)  # migrate before the server starts
    finally:
        for key, value in old.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    log_path = home / "server.log"
    home.mkdir(parents=True, exist_ok=True)
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "server", "--host", "127.0.0.1", "--port", str(port)],
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
    return ServerHandle(backend, url, settings.database_url, home, env, engine, process)


def _stop(handle: ServerHandle) -> None:
    handle.process.terminate()
    try:
        handle.process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        handle.process.kill()
        handle.process.wait(timeout=10)
    handle.engine.dispose()


@contextmanager
def running_server(backend: str, home: Path, what: str = "sync") -> Iterator[ServerHandle]:
    """A server on ``backend``; on PostgreSQL in a database of its own, dropped afterwards.
    Without ``MUSRENBANG_TEST_PG`` the PostgreSQL case skips (``what`` names the tests)."""
    if backend == "sqlite":
        handle = _start(backend, home, None)
        try:
            yield handle
        finally:
            _stop(handle)
        return
    base = os.environ.get(PG_ENV, "").strip()
    if not base:
        pytest.skip(
            f"{PG_ENV} is not set: the PostgreSQL {what} tests are skipped (.ci/run sets it)"
        )
    import psycopg

    name = f"musrenbang_{what}_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(_plain_pg(base), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    database_url = base.rsplit("/", 1)[0] + "/" + name
    try:
        handle = _start(backend, home, database_url)
        try:
            yield handle
        finally:
            _stop(handle)
    finally:
        with psycopg.connect(_plain_pg(base), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# One server per test module: each module may use all 20 Kukar kecamatan.
@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def sync_server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ServerHandle]:
    backend = str(request.param)
    with running_server(backend, tmp_path_factory.mktemp(f"server-{backend}")) as handle:
        yield handle


@pytest.fixture(autouse=True)
def _file_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    """Never the real keyring: tokens go to the test's own config folder."""
    monkeypatch.setenv(BACKEND_ENV, "file")


def no_sleep_transport(url: str) -> Transport:
    """Retries still happen, without waiting (the fault tests of the next issue add delays)."""
    return Transport(url, sleep=lambda _seconds: None, retries=2)
