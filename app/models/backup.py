"""Consistent copies of the live database (``VACUUM INTO``), their rotation and restore."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.errors import EnvironmentProblem
from common.i18n import _

KEEP_BACKUPS = 10
_NAME = re.compile(r"^musrenbang-(\d{8}T\d{6}\d{6})Z-([a-z0-9-]+)\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    size: int


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%S%f") + "Z"


def list_backups(folder: Path) -> list[BackupInfo]:
    """Backups in the folder, newest first."""
    found: list[BackupInfo] = []
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if not match:
            continue
        taken = datetime.strptime(match.group(1), "%Y%m%dT%H%M%S%f").replace(tzinfo=UTC)
        found.append(BackupInfo(path, taken, match.group(2), path.stat().st_size))
    found.sort(key=lambda info: info.taken_at, reverse=True)
    return found


def backup_database(db_path: Path, folder: Path, *, reason: str, prune: bool = True) -> BackupInfo:
    """Write a consistent copy of a live database and keep only the newest ``KEEP_BACKUPS``.

    ``prune=False`` keeps every older copy (a safety copy taken just before restoring one of
    them must not delete the very backup being restored)."""
    safe_reason = re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-") or "manual"
    folder.mkdir(parents=True, exist_ok=True)
    now = datetime.now(UTC)
    target = folder / f"musrenbang-{_stamp(now)}-{safe_reason}.sqlite3"
    # Written under another name and renamed when complete, so a half-written copy (a USB drive
    # pulled out, a full disk) is never listed, previewed or restored as a backup.
    partial = target.with_name(target.name + ".partial")
    try:
        with sqlite3.connect(db_path) as conn:
            conn.execute("VACUUM INTO ?", (str(partial),))
        conn.close()
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise EnvironmentProblem(
            _("Cadangan basis data gagal dibuat ({exc}).").format(exc=exc),
            hint=_("Periksa ruang kosong dan izin tulis folder {folder}.").format(folder=folder),
        ) from exc
    if prune:
        prune_backups(folder)
    return BackupInfo(target, now, safe_reason, target.stat().st_size)


def prune_backups(folder: Path, keep: int = KEEP_BACKUPS) -> None:
    for stale in list_backups(folder)[keep:]:
        stale.path.unlink(missing_ok=True)


def backup_if_due(db_path: Path, folder: Path, *, every: timedelta = timedelta(days=1)) -> bool:
    """The daily backup: taken when the newest backup is older than ``every``."""
    if not db_path.exists():
        return False
    newest = next(iter(list_backups(folder)), None)
    if newest and datetime.now(UTC) - newest.taken_at < every:
        return False
    backup_database(db_path, folder, reason="daily")
    return True


def restore_backup(backup: Path, db_path: Path) -> Path | None:
    """Put a backup in place of the database; the replaced file is kept beside it, renamed.

    Returns the path the replaced file was moved to (None when there was none).
    """
    from app.models.health import check_database_file

    check_database_file(backup)
    # The copy is made first: a full disk then fails before the current file is touched.
    incoming = db_path.with_name(f"{db_path.name}.incoming")
    try:
        shutil.copyfile(backup, incoming)
    except OSError as exc:
        incoming.unlink(missing_ok=True)
        raise EnvironmentProblem(
            _("Cadangan {name} tidak dapat disalin ({strerror}).").format(
                name=backup.name, strerror=exc.strerror
            ),
            hint=_("Periksa ruang kosong di disk laptop, lalu coba lagi."),
        ) from exc
    moved: Path | None = None
    try:
        if db_path.exists():
            moved = db_path.with_name(f"{db_path.name}.replaced-{_stamp(datetime.now(UTC))}")
            db_path.replace(moved)
        for suffix in ("-wal", "-shm"):
            sidecar = db_path.with_name(db_path.name + suffix)
            if sidecar.exists():
                sidecar.replace(sidecar.with_name(sidecar.name + ".replaced"))
        os.replace(incoming, db_path)
    except OSError as exc:
        incoming.unlink(missing_ok=True)
        if moved is not None and not db_path.exists():
            moved.replace(db_path)
        raise EnvironmentProblem(
            _("Basis data tidak dapat diganti ({strerror}).").format(strerror=exc.strerror),
            hint=_(
                "Basis data mungkin sedang dipakai program lain: tutup aplikasi Musrenbang "
                "yang lain (atau mulai ulang laptop), lalu coba lagi."
            ),
        ) from exc
    return moved
