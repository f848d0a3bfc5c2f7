"""Backups as the office uses them: chosen folder or fallback, due times, preview, restore."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import col, func, select

from app import paths
from app.core.backup_service import (
    BackupPolicy,
    all_backups,
    auto_backup_due,
    backup_target,
    preview_backup,
    reset_fallback_notices,
    restore_with_safety_backup,
    run_auto_backup,
    take_backup,
    take_fallback_notice,
)
from app.core.settings import save_settings
from app.errors import UserError
from app.models import ForumSession, PlanningCycle, Proposal, ProposalAttachment
from app.models.backup import KEEP_BACKUPS, backup_database, list_backups
from app.models.db import read_session


@pytest.fixture(autouse=True)
def _fresh_notices() -> None:
    reset_fallback_notices()


def test_backup_goes_to_the_chosen_folder(engine: Engine, tmp_path: Path) -> None:
    usb = tmp_path / "flashdisk"
    usb.mkdir()
    save_settings(backup_folder=str(usb))
    info, target = take_backup(reason="manual")
    assert info.path.parent == usb and not target.fell_back
    assert take_fallback_notice() is None
    assert next(b.path for b in all_backups()) == info.path


def test_missing_usb_falls_back_to_the_default_folder_and_tells_once(
    engine: Engine, tmp_path: Path
) -> None:
    usb = tmp_path / "E-drive" / "cadangan"
    save_settings(backup_folder=str(usb))
    target = backup_target()
    assert target.fell_back and target.folder == paths.backup_dir()
    info, _ = take_backup(reason="manual")
    assert info.path.parent == paths.backup_dir()
    assert not usb.exists()  # never created: the drive letter may belong to another disk
    notice = take_fallback_notice()
    assert notice is not None and str(usb) in notice
    take_backup(reason="manual")
    assert take_fallback_notice() is None  # told once


def test_backup_to_an_explicit_folder_must_exist(engine: Engine, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="tidak ada"):
        take_backup(folder=tmp_path / "tidak-ada")


def test_automatic_backup_follows_switch_and_interval(engine: Engine) -> None:
    db_path = paths.database_path()
    save_settings(backup_auto=False)
    assert run_auto_backup(db_path) is None
    save_settings(backup_auto=True)
    save_settings(backup_interval_hours=6)
    first = run_auto_backup(db_path)
    assert first is not None and first.reason == "auto"
    assert run_auto_backup(db_path) is None  # not due yet
    policy = BackupPolicy(True, timedelta(hours=6), None)
    assert not auto_backup_due(policy, now=first.taken_at + timedelta(hours=5))
    assert auto_backup_due(policy, now=first.taken_at + timedelta(hours=6))


def test_preview_reads_what_a_backup_holds(demo_engine: Engine) -> None:
    info = backup_database(paths.database_path(), paths.backup_dir(), reason="manual")
    before = info.path.read_bytes()
    preview = preview_backup(info.path)
    with read_session(demo_engine) as session:
        by_status = dict(
            session.exec(
                select(Proposal.status, func.count())
                .where(col(Proposal.deleted).is_(False))
                .group_by(Proposal.status)
            ).all()
        )
        years = sorted(session.exec(select(PlanningCycle.year)).all())
        sessions = session.exec(select(func.count()).select_from(ForumSession)).one()
        links = session.exec(select(func.count()).select_from(ProposalAttachment)).one()
    assert preview.proposals_by_status == by_status and preview.proposals > 0
    assert preview.years == years
    assert preview.forum_sessions == sessions
    assert preview.attachments == links
    assert preview.is_demo and preview.kecamatan_name
    assert preview.last_change is not None
    assert datetime.now(UTC) - preview.last_change < timedelta(hours=1)
    assert preview.schema_revision
    assert info.path.read_bytes() == before  # read-only: nothing written
    assert not Path(str(info.path) + "-wal").exists()


def test_preview_refuses_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    bogus = tmp_path / "musrenbang-x.sqlite3"
    bogus.write_bytes(b"%PDF-1.7 bukan basis data")
    with pytest.raises(UserError, match="bukan cadangan"):
        preview_backup(bogus)


def test_restore_takes_a_safety_backup_first_even_of_the_oldest(demo_engine: Engine) -> None:
    db_path = paths.database_path()
    oldest = backup_database(db_path, paths.backup_dir(), reason="manual")
    for _ in range(KEEP_BACKUPS - 1):
        backup_database(db_path, paths.backup_dir(), reason="manual")
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE proposal SET title = 'diubah setelah cadangan'")
    conn.close()
    demo_engine.dispose()
    result = restore_with_safety_backup(oldest.path, db_path)
    assert oldest.path.exists()
    assert result.safety_backup is not None
    assert result.safety_backup.path in [b.path for b in list_backups(paths.backup_dir())]
    with sqlite3.connect(db_path) as conn:
        titles = {r[0] for r in conn.execute("SELECT title FROM proposal")}
    conn.close()
    assert "diubah setelah cadangan" not in titles
    with sqlite3.connect(result.safety_backup.path) as conn:
        saved = {r[0] for r in conn.execute("SELECT title FROM proposal")}
    conn.close()
    assert saved == {"diubah setelah cadangan"}


def test_a_restore_that_cannot_copy_leaves_the_database_alone(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.errors import EnvironmentProblem

    db_path = paths.database_path()
    info = backup_database(db_path, paths.backup_dir(), reason="manual")
    engine.dispose()
    before = db_path.read_bytes()

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("app.models.backup.shutil.copyfile", disk_full)
    with pytest.raises(EnvironmentProblem, match="ruang kosong"):
        restore_with_safety_backup(info.path, db_path)
    assert db_path.read_bytes() == before
    assert not list(db_path.parent.glob("*.incoming"))
    assert not list(db_path.parent.glob("*.replaced-*"))


def test_a_half_written_backup_is_never_listed(engine: Engine) -> None:
    info = backup_database(paths.database_path(), paths.backup_dir(), reason="manual")
    (paths.backup_dir() / (info.path.name.replace("manual", "auto") + ".partial")).write_bytes(
        b"SQLite format 3\x00"
    )
    assert [b.path for b in all_backups()] == [info.path]
