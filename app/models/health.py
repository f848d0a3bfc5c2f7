"""Detects a database file that is corrupt or not a database at all, before anything uses it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.errors import DatabaseCorrupt

SQLITE_MAGIC = b"SQLite format 3\x00"


def check_database_file(path: Path) -> None:
    """Raise ``DatabaseCorrupt`` unless ``path`` is a readable SQLite database that passes
    ``PRAGMA quick_check``. A missing or empty file is fine: it will be created."""
    if not path.exists() or path.stat().st_size == 0:
        return
    hint = "Pulihkan cadangan terbaru (Pengaturan → Cadangan → Pulihkan, atau `musrenbang db restore`)."
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise DatabaseCorrupt(
            f"Berkas basis data {path} tidak dapat dibaca ({exc}).", hint=hint
        ) from exc
    if header != SQLITE_MAGIC:
        raise DatabaseCorrupt(f"Berkas {path} bukan basis data aplikasi ini atau rusak.", hint=hint)
    try:
        conn = sqlite3.connect(path)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseCorrupt(f"Basis data {path} rusak ({exc}).", hint=hint) from exc
    problems = [str(row[0]) for row in rows if row[0] != "ok"]
    if problems:
        raise DatabaseCorrupt(f"Basis data {path} rusak: {'; '.join(problems[:3])}.", hint=hint)
