"""What the support team needs to help an office: versions, the database's state, sync's state
(given by the caller, from ``app.sync.status``) and the last lines of the log, as one text to
paste into a message. Passwords, tokens and
enrolment codes are masked wherever they might appear."""

from __future__ import annotations

import platform
import re
import sqlite3
import sys
from collections import deque
from collections.abc import Sequence
from pathlib import Path

from app import __version__, paths
from app.logsetup import log_file
from common.numbers import format_integer

LOG_LINES = 50
_SECRET = re.compile(
    r"(?i)(\b(?:password|passwd|kata[ _-]?sandi|sandi|token|secret|authorization|bearer|"
    r"refresh_token|access_token|code|kode)[\"']?\s*[:=]\s*[\"']?(?:bearer\s+)?|\bbearer\s+)"
    r"([^\s\"',;&}]+)"
)


# user:password@ (or user@) inside any URL: the credentials go, the host stays.
_URL_CREDENTIALS = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/\s@]+@")


def redact_url(url: str) -> str:
    """A URL fit to show: any ``user:password@`` inside it masked."""
    return _URL_CREDENTIALS.sub(lambda m: f"{m.group(1)}***@", url)


def redact(text: str) -> str:
    """Mask the value after anything that names a secret, and credentials inside URLs."""
    return _SECRET.sub(lambda m: f"{m.group(1)}***", redact_url(text))


def log_tail(lines: int = LOG_LINES, path: Path | None = None) -> list[str]:
    """The last ``lines`` lines of the current log file, secrets masked."""
    path = path or log_file()
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", errors="replace") as handle:
        last = deque(handle, maxlen=lines)
    return [redact(line.rstrip("\n")) for line in last]


def _schema_revision(db_path: Path) -> str:
    try:
        conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return f"tidak terbaca ({exc})"
    return str(row[0]) if row else "kosong"


def _quick_check(db_path: Path) -> str:
    try:
        conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return f"gagal ({exc})"
    problems = [str(r[0]) for r in rows if r[0] != "ok"]
    return "ok" if not problems else "; ".join(problems[:5])


def collect_diagnostics(
    *,
    sync_lines: Sequence[str],
    db_path: Path | None = None,
    extra: dict[str, str] | None = None,
    log_lines: int = LOG_LINES,
) -> str:
    """The diagnosis text. ``sync_lines`` is the sync section (``app.sync.status.diagnosis_lines``:
    the core does not read sync's state itself); ``extra`` adds lines the caller knows (e.g. the
    Qt version)."""
    db_path = db_path or paths.database_path()
    lines = [
        "== Diagnosis Musrenbang Kecamatan ==",
        f"Versi aplikasi: {__version__}",
        f"Sistem operasi: {platform.platform()}",
        f"Python: {sys.version.split()[0]} ({platform.machine() or '-'})",
    ]
    lines += [f"{key}: {value}" for key, value in (extra or {}).items()]
    lines.append("")
    lines.append("== Basis data ==")
    lines.append(f"Berkas: {db_path}")
    if db_path.is_file():
        lines.append(f"Ukuran: {format_integer(db_path.stat().st_size)} bait")
        lines.append(f"Revisi skema: {_schema_revision(db_path)}")
        lines.append(f"Pemeriksaan keutuhan (quick_check): {_quick_check(db_path)}")
    else:
        lines.append("Berkas tidak ada.")
    lines.append(f"Folder data: {paths.data_dir()}")
    lines.append("")
    lines.append("== Sinkronisasi ==")
    lines += sync_lines
    lines.append("")
    lines.append(f"== {log_lines} baris terakhir log ({log_file()}) ==")
    lines += log_tail(log_lines) or ["(log kosong)"]
    return "\n".join(redact(line) for line in lines) + "\n"
