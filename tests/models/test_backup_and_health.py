"""Backups (VACUUM INTO), their rotation, restore, and detection of a damaged file."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from app import paths
from app.core.database import open_database
from app.errors import DatabaseCorrupt
from app.models.backup import (
    KEEP_BACKUPS,
    backup_database,
    backup_if_due,
    list_backups,
    restore_backup,
)
from app.models.health import check_database_file


def _count(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def test_backup_is_a_consistent_copy_and_only_ten_are_kept() -> None:
    db = open_database()
    for _ in range(KEEP_BACKUPS + 3):
        backup_database(db.path, paths.backup_dir(), reason="manual")
    backups = list_backups(paths.backup_dir())
    assert len(backups) == KEEP_BACKUPS
    assert backups[0].taken_at > backups[-1].taken_at
    assert _count(backups[0].path, "nomenclature_entry") == 3169
    check_database_file(backups[0].path)


def test_daily_backup_only_when_due() -> None:
    db = open_database()
    assert backup_if_due(db.path, paths.backup_dir())
    assert not backup_if_due(db.path, paths.backup_dir())
    assert backup_if_due(db.path, paths.backup_dir(), every=timedelta(0))
    assert len(list_backups(paths.backup_dir())) == 2


@pytest.mark.parametrize(
    "content",
    [b"%PDF-1.7 this is not a database", b"SQLite format 3\x00" + b"\xff" * 5000],
    ids=["not-sqlite", "garbage-after-header"],
)
def test_damaged_file_is_detected_before_use(content: bytes) -> None:
    path = paths.database_path()
    path.write_bytes(content)
    with pytest.raises(DatabaseCorrupt) as caught:
        open_database()
    assert "Pulihkan cadangan" in str(caught.value)
    assert path.read_bytes() == content  # nothing was written over it


def test_corrupted_page_is_detected_and_newest_backup_restores() -> None:
    db = open_database()
    backup = backup_database(db.path, paths.backup_dir(), reason="manual")
    db.engine.dispose()
    for suffix in ("-wal", "-shm"):
        Path(str(db.path) + suffix).unlink(missing_ok=True)
    raw = bytearray(db.path.read_bytes())
    page = 4096
    for offset in range(page * 3, min(len(raw), page * 40), 97):
        raw[offset] = (raw[offset] + 91) % 256
    db.path.write_bytes(bytes(raw))
    with pytest.raises(DatabaseCorrupt):
        check_database_file(db.path)
    moved = restore_backup(backup.path, db.path)
    assert moved is not None and moved.exists()  # the damaged file is kept, not deleted
    check_database_file(db.path)
    assert _count(db.path, "nomenclature_entry") == 3169


def test_restore_refuses_a_damaged_backup() -> None:
    db = open_database()
    bad = paths.backup_dir() / "musrenbang-20260101T000000000000Z-manual.sqlite3"
    bad.write_bytes(b"not a database at all")
    with pytest.raises(DatabaseCorrupt):
        restore_backup(bad, db.path)
    check_database_file(db.path)
