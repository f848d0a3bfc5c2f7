"""The office-side defects of the security and fault probe (issue #15, items 2 and 13): a
zero-byte or missing database with backups present, and passwords inside the server URL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlmodel import select

from app.core.diagnostics import collect_diagnostics, redact, redact_url
from app.core.office import get_office
from app.models import Proposal
from app.models.db import read_session, write_session
from app.sync.settings import SyncConfig, SyncState, save_config, save_state
from app.sync.status import diagnosis_lines
from tests.cli.runner import run


@pytest.mark.slow
def test_a_zero_byte_database_with_backups_is_not_replaced_by_the_demo(app_home: Path) -> None:
    """Item 2: start-up and ``db check`` offer the backups; nothing is created over them."""
    assert run("demo", "--empty", home=app_home).returncode == 0
    assert run("db", "backup", home=app_home).returncode == 0
    from app import paths

    database = paths.database_path()  # inside app_home (MUSRENBANG_HOME)
    assert database.is_file()
    for blank in ("zero", "missing"):
        if blank == "zero":
            database.write_bytes(b"")
        else:
            database.unlink()
        for suffix in ("-wal", "-shm"):
            database.with_name(database.name + suffix).unlink(missing_ok=True)
        check = run("db", "check", home=app_home)
        assert check.returncode != 0, check.stdout
        assert "Basis data utuh" not in check.stdout
        assert "cadangan" in check.stderr and "db restore" in check.stderr
        demo = run("demo", home=app_home)
        assert demo.returncode != 0 and "150 usulan" not in demo.stdout
        assert not database.exists() or database.stat().st_size == 0
    restored = run("db", "restore", home=app_home)
    assert restored.returncode == 0, restored.stderr
    assert run("db", "check", home=app_home).stdout.startswith("Basis data utuh")


@pytest.mark.slow
def test_a_fresh_installation_still_starts_without_backups(app_home: Path) -> None:
    check = run("db", "check", home=app_home)
    assert check.returncode == 0 and "belum ada" in check.stdout
    assert run("demo", "--empty", home=app_home).returncode == 0


def test_a_password_in_the_server_url_is_never_shown(app_home: Path) -> None:
    """Item 13: diagnostics and ``sync status --json`` mask ``user:password@``."""
    from app.core.database import open_database

    assert (
        redact_url("https://admin:rahasia@ep.kukar.go.id/api") == "https://***@ep.kukar.go.id/api"
    )
    assert "rahasia" not in redact("gagal: http://u:rahasia@10.1.1.1:8765/v1/push")
    db = open_database()
    from app.core.demo import create_demo

    create_demo(db.engine, kecamatan_code="64.02.03", empty=True)
    with write_session(db.engine) as session:
        assert get_office(session) is not None
        save_config(
            session,
            SyncConfig(
                server_url="https://kecamatan:Rahasia123@ep.kukar.go.id",
                device_id="00000000-0000-4000-8000-000000000001",
                kecamatan_code="64.02.03",
            ),
        )
        save_state(
            session,
            SyncState(last_error="Gagal ke https://kecamatan:Rahasia123@ep.kukar.go.id/v1"),
        )
        assert session.exec(select(Proposal)).first() is None
    db.engine.dispose()
    status = run("sync", "status", "--json", home=app_home)
    assert status.returncode == 0, status.stderr
    assert "Rahasia123" not in status.stdout
    assert json.loads(status.stdout)["server"] == "https://***@ep.kukar.go.id"
    db = open_database()
    try:
        with read_session(db.engine):
            text = collect_diagnostics(sync_lines=diagnosis_lines(db.engine))
    finally:
        db.engine.dispose()
    assert "Rahasia123" not in text and "ep.kukar.go.id" in text
