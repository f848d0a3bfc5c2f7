"""Client and server pieces that need no running server."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import Engine
from sqlmodel import func, select

from app.errors import UserError
from app.models import OutboxEntry, Proposal
from app.models.db import read_session, write_session
from app.models.outbox import APPLYING_REMOTE, HardDeleteRefused
from app.sync import credentials
from app.sync.scheduler import AutoSyncPolicy
from app.sync.transport import (
    AuthRevoked,
    ClientTooOld,
    Forbidden,
    InsecureServer,
    Offline,
    RequestRefused,
    Transport,
    check_server_url,
    parse_retry_after,
)

ROOT = Path(__file__).resolve().parents[2]


# ---- the outbox skip flag ---------------------------------------------------------------


def _outbox_count(engine: Engine) -> int:
    with read_session(engine) as session:
        return int(session.exec(select(func.count()).select_from(OutboxEntry)).one())


def test_rows_applied_from_the_server_write_no_outbox_entry(demo_engine: Engine) -> None:
    with read_session(demo_engine) as session:
        proposal = session.exec(select(Proposal)).first()
    assert proposal is not None
    before = _outbox_count(demo_engine)
    with write_session(demo_engine) as session:
        session.info[APPLYING_REMOTE] = True
        row = session.get(Proposal, proposal.id)
        assert row is not None
        row.upstream_status = "accepted"
    with read_session(demo_engine) as session:
        row = session.get(Proposal, proposal.id)
        assert row is not None
        assert (row.upstream_status, row.rev) == ("accepted", proposal.rev)
    assert _outbox_count(demo_engine) == before
    # Without the flag the same kind of change is recorded as usual.
    with write_session(demo_engine) as session:
        row = session.get(Proposal, proposal.id)
        assert row is not None
        row.upstream_reason = "lokal"
    assert _outbox_count(demo_engine) == before + 1
    # The flag never permits a hard delete.
    with pytest.raises(HardDeleteRefused), write_session(demo_engine) as session:
        session.info[APPLYING_REMOTE] = True
        row = session.get(Proposal, proposal.id)
        session.delete(row)


# ---- transport ----------------------------------------------------------------------------


class FakeHttp(requests.Session):
    def __init__(self, answers: list[Any]) -> None:
        super().__init__()
        self.answers: Iterator[Any] = iter(answers)
        self.calls: list[dict[str, Any]] = []

    def request(self, method: str, url: str, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        self.calls.append({"method": method, "url": url, **kwargs})
        answer = next(self.answers)
        if isinstance(answer, Exception):
            raise answer
        status, headers, body = answer
        response = requests.Response()
        response.status_code = status
        response.headers.update(headers)
        response._content = json.dumps(body).encode()
        return response


def _transport(answers: list[Any], **kwargs: Any) -> tuple[Transport, FakeHttp, list[float]]:
    slept: list[float] = []
    http = FakeHttp(answers)
    transport = Transport(
        "https://contoh.test", session=http, sleep=slept.append, rng=lambda: 1.0, **kwargs
    )
    return transport, http, slept


def test_retry_after_is_honoured_and_every_call_has_a_timeout() -> None:
    transport, http, slept = _transport(
        [(503, {"Retry-After": "7"}, {}), (429, {}, {}), (200, {}, {"ok": 1})]
    )
    assert transport.get_json("/v1/info", auth=False) == {"ok": 1}
    assert slept == [7.0, 1.0]  # the server's delay, then backoff (base 0.5 · 2^1, full jitter)
    assert all(call["timeout"] == (5.0, 30.0) for call in http.calls)
    assert all(call["headers"]["X-Musrenbang-Protocol"] == "1" for call in http.calls)


def test_backoff_is_capped_and_then_offline() -> None:
    error = requests.ConnectionError("reset")
    transport, _http, slept = _transport([error] * 6, retries=5, backoff_cap=2.0)
    with pytest.raises(Offline):
        transport.get_json("/v1/info")
    assert slept == [0.5, 1.0, 2.0, 2.0, 2.0]


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, AuthRevoked),
        (403, Forbidden),
        (409, RequestRefused),
        (410, ClientTooOld),
        (412, RequestRefused),
        (422, RequestRefused),
    ],
)
def test_answers_that_are_not_accidents_are_never_retried(
    status: int, error: type[Exception]
) -> None:
    transport, http, slept = _transport([(status, {}, {"error": {"code": "x", "message": "m"}})])
    with pytest.raises(error):
        transport.post_json("/v1/push", {})
    assert len(http.calls) == 1 and slept == []


def test_non_idempotent_calls_are_not_retried() -> None:
    transport, http, slept = _transport([(503, {"Retry-After": "1"}, {}), (200, {}, {})])
    with pytest.raises(Exception, match="sibuk"):
        transport.post_json("/v1/enroll", {}, idempotent=False)
    assert len(http.calls) == 1 and slept == []


def test_retry_after_as_a_date() -> None:
    from datetime import UTC, datetime

    now = datetime(2025, 2, 25, 8, 0, 0, tzinfo=UTC)
    assert parse_retry_after("Tue, 25 Feb 2025 08:00:30 GMT", now=now) == 30.0
    assert parse_retry_after("Tue, 25 Feb 2025 07:00:00 GMT", now=now) == 0.0
    assert parse_retry_after("99999") == 120.0
    assert parse_retry_after("kapan-kapan") is None


def test_plain_http_only_to_this_computer_unless_allowed() -> None:
    assert check_server_url("http://127.0.0.1:8765/") == "http://127.0.0.1:8765"
    assert check_server_url("http://localhost:8765") == "http://localhost:8765"
    assert (
        check_server_url("https://eperencanaan.example.go.id")
        == "https://eperencanaan.example.go.id"
    )
    with pytest.raises(InsecureServer):
        check_server_url("http://10.1.2.3:8765")
    assert (
        check_server_url("http://10.1.2.3:8765", allow_insecure_http=True) == "http://10.1.2.3:8765"
    )
    with pytest.raises(UserError):
        check_server_url("ftp://contoh")


# ---- scheduler ----------------------------------------------------------------------------


def test_sync_starts_when_the_connection_returns_and_backs_off_on_failure() -> None:
    policy = AutoSyncPolicy(rng=lambda: 1.0)
    assert policy.on_probe(False, pending=5, now=0) is False
    assert policy.on_probe(True, pending=0, now=10) is True  # back online: at once
    assert policy.on_result(False, now=10) == 30.0
    assert policy.on_probe(True, pending=5, now=20) is False  # waiting out the backoff
    assert policy.on_probe(True, pending=5, now=41) is True
    delays = [policy.on_result(False, now=50) for _ in range(8)]
    assert delays == [60.0, 120.0, 240.0, 480.0, 900.0, 900.0, 900.0, 900.0]
    policy.on_probe(False, pending=5, now=60)
    assert policy.on_probe(True, pending=5, now=61) is True  # reconnect beats the backoff
    assert policy.on_result(True, now=61) == 300.0
    assert policy.on_probe(True, pending=1, now=70) is True  # fresh change, no failures
    policy.on_result(False, now=80, unauthorised=True)
    assert policy.on_probe(True, pending=1, now=10_000) is False  # paused until re-enrolled
    policy.resume()
    assert policy.on_probe(True, pending=1, now=10_001) is True


# ---- credentials --------------------------------------------------------------------------


def test_file_store_is_private_and_forced_by_the_environment(
    monkeypatch: pytest.MonkeyPatch, app_home: Path
) -> None:
    monkeypatch.setenv(credentials.BACKEND_ENV, "file")
    store = credentials.default_store()
    assert store.name == "file"
    store.set("https://a|1", "mrt_rahasia")
    store.set("https://b|2", "mrt_lain")
    store.delete("https://b|2")
    path = app_home / "config" / credentials.FILE_NAME
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert json.loads(path.read_text()) == {"https://a|1": "mrt_rahasia"}
    assert store.get("https://a|1") == "mrt_rahasia" and store.get("https://b|2") is None


# ---- server pieces ------------------------------------------------------------------------


def test_openapi_document_is_current() -> None:
    from server.app import create_app

    committed = json.loads((ROOT / "docs" / "openapi.json").read_text(encoding="utf-8"))
    assert committed == create_app().openapi(), (
        "regenerate: uv run musrenbang-server openapi -o docs/openapi.json"
    )


def test_rate_limiter_refuses_after_the_burst() -> None:
    from server.middleware import TokenBucket

    bucket = TokenBucket(rate=1.0, burst=3)
    assert [bucket.take("a") for _ in range(3)] == [0.0, 0.0, 0.0]
    assert bucket.take("a") > 0
    assert bucket.take("b") == 0.0  # another caller has its own bucket


@pytest.mark.parametrize(
    ("variable", "value", "expected"),
    [
        ("MUSRENBANG_SERVER_RATE", "cepat", "expected a number"),
        ("MUSRENBANG_SERVER_BURST", "0", "expected a whole number above 0"),
        ("MUSRENBANG_SERVER_CHUNK_SIZE", "1.5", "expected a whole number"),
        ("MUSRENBANG_SERVER_TOKEN_SECONDS", "15m", "expected a whole number"),
    ],
)
def test_a_bad_server_variable_is_named_with_what_it_expects(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    variable: str,
    value: str,
    expected: str,
) -> None:
    from server.__main__ import main
    from server.config import ConfigError, load_settings

    monkeypatch.setenv(variable, value)
    with pytest.raises(ConfigError) as refused:
        load_settings()
    assert str(refused.value).startswith(f"{variable}={value!r}: {expected} (")
    # The command line says the same and stops before it touches a database.
    assert main(["stats", "--json"]) == 2
    assert variable in capsys.readouterr().err


def test_server_settings_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, app_home: Path
) -> None:
    from server.config import load_settings

    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setenv("MUSRENBANG_SERVER_RATE", "2.5")
    monkeypatch.setenv("MUSRENBANG_SERVER_MAX_BATCH_OPS", " 40 ")
    monkeypatch.setenv("MUSRENBANG_SERVER_BURST", "")  # empty: the default
    settings = load_settings()
    assert settings.data_dir == app_home / "data"
    assert settings.database_url == f"sqlite:///{app_home / 'data' / 'server.sqlite3'}"
    assert (settings.rate_per_second, settings.max_batch_ops, settings.rate_burst) == (2.5, 40, 200)
    monkeypatch.setenv("DATABASE_URL", "postgresql+psycopg://u@db/e")
    assert load_settings().database_url == "postgresql+psycopg://u@db/e"


def test_reference_kind_is_guessed_from_the_file_name() -> None:
    from server.__main__ import guess_kind

    assert guess_kind(Path("nomenklatur_2025.csv")) == "nomenclature"
    assert guess_kind(Path("OPD-Kukar.xlsx")) == "agencies"
    assert guess_kind(Path("wilayah.csv")) == "regions"
    assert guess_kind(Path("data.csv")) is None


def test_every_synchronised_table_is_office_data_the_server_accepts() -> None:
    from sqlmodel import SQLModel

    from app.models import SyncedRecord
    from common import protocol

    synced = {
        mapper.class_.__tablename__
        for mapper in SQLModel._sa_registry.mappers
        if issubclass(mapper.class_, SyncedRecord)
    }
    assert synced, "no synchronised tables found"
    assert synced | {"audit_event"} <= protocol.OFFICE_ENTITIES, (
        "add new synchronised tables to common.protocol.OFFICE_ENTITIES"
    )
