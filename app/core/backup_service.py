"""Backups as the office sees them: where they go (the chosen folder, e.g. a USB drive, or the
default folder when that drive is not plugged in), when the automatic one is due, what a backup
holds, and restoring one with a safety copy of the current database first.

The copies themselves are made by ``app.models.backup`` (``VACUUM INTO``).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app import paths
from app.core.settings import get_settings
from app.errors import EnvironmentProblem, UserError

# The read model of every function here; the interface names it from this module.
from app.models.backup import BackupInfo as BackupInfo
from app.models.backup import backup_database, list_backups, restore_backup
from app.models.health import SQLITE_MAGIC, check_database_file
from common.i18n import N_, _
from common.numbers import format_fixed, format_integer

log = logging.getLogger(__name__)

MIN_INTERVAL_HOURS = 1
MAX_INTERVAL_HOURS = 24 * 7

_notice_lock = threading.Lock()
_pending_notice: str | None = None
_noticed_folders: set[str] = set()


@dataclass(frozen=True)
class BackupTarget:
    folder: Path
    configured: Path | None
    fell_back: bool  # a folder was chosen but is not reachable now (USB drive unplugged)


@dataclass(frozen=True)
class BackupPolicy:
    auto: bool
    interval: timedelta
    configured_folder: Path | None


def backup_policy() -> BackupPolicy:
    values = get_settings()
    hours = min(max(values.backup_interval_hours, MIN_INTERVAL_HOURS), MAX_INTERVAL_HOURS)
    folder = values.backup_folder.strip()
    return BackupPolicy(values.backup_auto, timedelta(hours=hours), _as_path(folder))


def _as_path(text: str) -> Path | None:
    return Path(text).expanduser() if text else None


def backup_target(configured: Path | None = None) -> BackupTarget:
    """Where a backup goes now. A chosen folder that does not exist is never created: on a
    Windows laptop that usually means the USB drive is not plugged in (creating ``E:\\...``
    would fail or, worse, land on another drive that took the letter)."""
    chosen = configured if configured is not None else backup_policy().configured_folder
    if chosen is None:
        return BackupTarget(paths.backup_dir(), None, False)
    if chosen.is_dir():
        return BackupTarget(chosen, chosen, False)
    return BackupTarget(paths.backup_dir(), chosen, True)


def _remember_fallback(configured: Path) -> None:
    global _pending_notice
    with _notice_lock:
        key = str(configured)
        if key in _noticed_folders:
            return
        _noticed_folders.add(key)
        _pending_notice = (
            f"Folder cadangan {configured} tidak ditemukan (flashdisk tidak terpasang?); "
            f"cadangan disimpan di folder bawaan {paths.backup_dir()}."
        )


def take_fallback_notice() -> str | None:
    """The one-time message that the chosen folder was missing; None once it was taken."""
    global _pending_notice
    with _notice_lock:
        notice, _pending_notice = _pending_notice, None
        return notice


def reset_fallback_notices() -> None:
    """Forget which folders were reported (the folder setting changed)."""
    global _pending_notice
    with _notice_lock:
        _noticed_folders.clear()
        _pending_notice = None


def backup_folders(configured: Path | None = None) -> list[Path]:
    """The folders backups are listed from: the default one and the chosen one."""
    chosen = configured if configured is not None else backup_policy().configured_folder
    folders = [paths.backup_dir()]
    if chosen is not None and chosen.is_dir() and chosen.resolve() != folders[0].resolve():
        folders.append(chosen)
    return folders


def all_backups(configured: Path | None = None) -> list[BackupInfo]:
    """Backups from every backup folder, newest first."""
    found = [info for folder in backup_folders(configured) for info in list_backups(folder)]
    found.sort(key=lambda info: info.taken_at, reverse=True)
    return found


def take_backup(
    db_path: Path | None = None, *, reason: str = "manual", folder: Path | None = None
) -> tuple[BackupInfo, BackupTarget]:
    """A backup now: into ``folder`` when given (must exist), else into the current target."""
    db_path = db_path or paths.database_path()
    if not db_path.exists() or db_path.stat().st_size == 0:
        raise UserError(
            _("Belum ada basis data untuk dicadangkan."),
            hint=_("Buka aplikasinya atau siapkan kantor lebih dulu."),
        )
    if folder is not None:
        if not folder.is_dir():
            raise UserError(
                _("Folder {folder} tidak ada.").format(folder=folder),
                hint=_("Pasang flashdisk-nya atau pilih folder lain."),
            )
        target = BackupTarget(folder, folder, False)
    else:
        target = backup_target()
        if target.fell_back and target.configured is not None:
            _remember_fallback(target.configured)
    info = backup_database(db_path, target.folder, reason=reason)
    log.info("backup %s written to %s (%s bytes)", reason, info.path, info.size)
    return info, target


def auto_backup_due(policy: BackupPolicy | None = None, now: datetime | None = None) -> bool:
    policy = policy or backup_policy()
    if not policy.auto:
        return False
    newest = next(iter(all_backups(policy.configured_folder)), None)
    moment = now or datetime.now(UTC)
    return newest is None or moment - newest.taken_at >= policy.interval


def run_auto_backup(db_path: Path | None = None) -> BackupInfo | None:
    """The automatic backup, when it is switched on and due; None when nothing was done."""
    db_path = db_path or paths.database_path()
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    if not auto_backup_due():
        return None
    info, _target = take_backup(db_path, reason="auto")
    return info


# ---------------------------------------------------------------- what a backup holds


@dataclass
class BackupPreview:
    path: Path
    size: int
    kecamatan_code: str | None = None
    kecamatan_name: str | None = None
    is_demo: bool = False
    years: list[int] = field(default_factory=list)
    proposals_by_status: dict[str, int] = field(default_factory=dict)
    forum_sessions: int = 0
    attachments: int = 0
    users: int = 0
    last_change: datetime | None = None
    schema_revision: str | None = None

    @property
    def proposals(self) -> int:
        return sum(self.proposals_by_status.values())


def _parse_moment(text: object) -> datetime | None:
    if not isinstance(text, str) or not text:
        return None
    value = text[:-1] + "+00:00" if text.endswith("Z") else text
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def preview_backup(path: Path) -> BackupPreview:
    """What a backup (or any office database file) holds, read without changing it."""
    import json

    if not path.is_file():
        raise UserError(
            _("Berkas {path} tidak ditemukan.").format(path=path),
            hint=_("Muat ulang daftar cadangan."),
        )
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
            raise UserError(
                _("Berkas {name} bukan cadangan basis data Musrenbang.").format(name=path.name),
                hint=_("Pilih berkas cadangan lain."),
            )
    preview = BackupPreview(path, path.stat().st_size)
    # immutable=1: no lock, no -wal/-shm files created next to a backup on a USB drive.
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise EnvironmentProblem(
            _("Cadangan {name} tidak dapat dibuka ({exc}).").format(name=path.name, exc=exc),
            hint=_("Cadangan ini mungkin rusak; pilih cadangan lain."),
        ) from exc
    try:
        tables = _tables(conn)
        if "app_setting" in tables:
            row = conn.execute("SELECT value_json FROM app_setting WHERE key='office'").fetchone()
            if row:
                office = json.loads(row[0])
                preview.kecamatan_code = office.get("kecamatan_code")
                preview.is_demo = bool(office.get("is_demo", False))
        if preview.kecamatan_code and "region" in tables:
            row = conn.execute(
                "SELECT name FROM region WHERE code = ?", (preview.kecamatan_code,)
            ).fetchone()
            preview.kecamatan_name = str(row[0]) if row else None
        if "planning_cycle" in tables:
            preview.years = sorted(
                int(r[0])
                for r in conn.execute("SELECT DISTINCT year FROM planning_cycle WHERE deleted = 0")
            )
        if "proposal" in tables:
            preview.proposals_by_status = {
                str(status): int(count)
                for status, count in conn.execute(
                    "SELECT status, count(*) FROM proposal WHERE deleted = 0 GROUP BY status"
                )
            }
        if "forum_session" in tables:
            preview.forum_sessions = int(
                conn.execute("SELECT count(*) FROM forum_session WHERE deleted = 0").fetchone()[0]
            )
        if "proposal_attachment" in tables:
            preview.attachments = int(
                conn.execute(
                    "SELECT count(DISTINCT sha256) FROM proposal_attachment WHERE deleted = 0"
                ).fetchone()[0]
            )
        if "local_user" in tables:
            preview.users = int(conn.execute("SELECT count(*) FROM local_user").fetchone()[0])
        moments: list[datetime] = []
        for table, column in (("audit_event", "at"), ("proposal", "updated_at")):
            if table in tables:
                found = _parse_moment(
                    conn.execute(f"SELECT max({column}) FROM {table}").fetchone()[0]
                )
                if found is not None:
                    moments.append(found)
        preview.last_change = max(moments) if moments else None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            preview.schema_revision = str(row[0]) if row else None
    except sqlite3.DatabaseError as exc:
        raise EnvironmentProblem(
            _("Cadangan {name} tidak dapat dibaca ({exc}).").format(name=path.name, exc=exc),
            hint=_("Cadangan ini mungkin rusak; pilih cadangan lain."),
        ) from exc
    finally:
        conn.close()
    return preview


# ---------------------------------------------------------------- restore


def newest_backup() -> BackupInfo | None:
    """The newest backup in the default backup folder (what start-up offers for a corrupt
    database)."""
    return next(iter(list_backups(paths.backup_dir())), None)


def restore_newest_backup(backup: BackupInfo) -> Path | None:
    """Put ``backup`` in place of the office database; the damaged file is moved aside, not
    deleted (its new path is returned)."""
    return restore_backup(backup.path, paths.database_path())


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    safety_backup: BackupInfo | None
    replaced_file: Path | None


def restore_with_safety_backup(backup: Path, db_path: Path | None = None) -> RestoreResult:
    """Check the backup, copy the current database to the default backup folder, then put the
    backup in place. The caller must have closed its connections to ``db_path`` first."""
    db_path = db_path or paths.database_path()
    check_database_file(backup)
    safety: BackupInfo | None = None
    if db_path.exists() and db_path.stat().st_size > 0:
        safety = backup_database(db_path, paths.backup_dir(), reason="before-restore", prune=False)
    moved = restore_backup(backup, db_path)
    log.info("restored %s from %s (safety copy %s)", db_path, backup, safety and safety.path)
    return RestoreResult(backup, safety, moved)


# ---------------------------------------------------------------- words for people


def format_size(size: int) -> str:
    """ "850 KB", "12,3 MB": Indonesian decimal comma."""
    if size < 1024 * 1024:
        return f"{format_integer(max(size, 0) / 1024)} KB"
    unit, value = ("GB", size / 1024**3) if size >= 1024**3 else ("MB", size / 1024**2)
    return f"{format_fixed(value, 1)} {unit}"


# The labels of preview_lines, in their order; the interface translates them from this table.
PREVIEW_LABELS = {
    "office": N_("Kantor"),
    "years": N_("Tahun perencanaan"),
    "proposals": N_("Usulan"),
    "forum_sessions": N_("Sesi forum"),
    "attachments": N_("Lampiran"),
    "users": N_("Pengguna"),
    "last_change": N_("Perubahan terakhir"),
    "size": N_("Ukuran berkas"),
}


def preview_lines(preview: BackupPreview) -> list[tuple[str, str]]:
    """What a backup holds, as (label, value) lines in Indonesian."""
    from app.core.workflow import STATUS_LABELS
    from common.dates import format_datetime_id

    name = preview.kecamatan_name or preview.kecamatan_code or "belum disiapkan"
    office = f"Kecamatan {name}" if preview.kecamatan_code else name
    if preview.is_demo:
        office += " (data demo)"
    statuses = ", ".join(
        f"{STATUS_LABELS.get(status, status)} {count}"
        for status, count in sorted(
            preview.proposals_by_status.items(),
            key=lambda item: (
                list(STATUS_LABELS).index(item[0])
                if item[0] in STATUS_LABELS
                else len(STATUS_LABELS)
            ),
        )
    )
    last = format_datetime_id(preview.last_change.astimezone()) if preview.last_change else "-"
    values = {
        "office": office,
        "years": ", ".join(str(y) for y in preview.years) or "-",
        "proposals": f"{preview.proposals}" + (f" ({statuses})" if statuses else ""),
        "forum_sessions": str(preview.forum_sessions),
        "attachments": str(preview.attachments),
        "users": str(preview.users),
        "last_change": last,
        "size": format_size(preview.size),
    }
    return [(label, values[key]) for key, label in PREVIEW_LABELS.items()]
