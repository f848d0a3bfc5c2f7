"""Opening the office database: check the file, migrate with a backup, load bundled reference
data into an empty database, and take the daily backup."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TypeAlias

from sqlalchemy import Engine, func
from sqlmodel import select

from app import paths
from app.core.reference_import import ImportResult, import_reference
from app.errors import DatabaseCorrupt
from app.models import NomenclatureEntry
from app.models.db import create_db_engine, read_session
from app.models.health import check_database_file
from app.models.migrate import MigrationResult, upgrade_database

log = logging.getLogger(__name__)

Database: TypeAlias = Engine
"""The open office database as the interface holds it: handed to core and sync use cases,
never queried by the interface itself (tests/test_layering.py keeps SQL out of app/ui)."""


@dataclass
class OpenedDatabase:
    path: Path
    engine: Database
    migration: MigrationResult
    created: bool
    reference_loaded: list[ImportResult]


class DatabaseMissing(DatabaseCorrupt):
    """The office's database is missing or empty (zero bytes) although backups of it exist:
    a new, empty or demo database must never be created over that silently."""


def database_is_blank(path: Path) -> bool:
    return not path.exists() or path.stat().st_size == 0


def check_office_database(path: Path | None = None) -> None:
    """``check_database_file``, and a missing or zero-byte database with backups present is
    refused too (``DatabaseMissing``), with the newest backup named, so the backups are
    offered instead of a fresh database."""
    db_path = path or paths.database_path()
    if database_is_blank(db_path):
        from app.core.backup_service import all_backups

        backups = all_backups()
        if backups:
            newest = backups[0]
            state = "kosong (0 bait)" if db_path.exists() else "tidak ada"
            raise DatabaseMissing(
                f"Berkas basis data {db_path} {state}, padahal ada {len(backups)} cadangan "
                f"(terbaru {newest.taken_at:%d-%m-%Y %H:%M} UTC).",
                hint="Pulihkan cadangan terbaru: Pengaturan → Cadangan → Pulihkan, atau "
                "`musrenbang db restore`. Data baru tidak dibuat di atasnya.",
            )
    check_database_file(db_path)


def open_database(
    path: Path | None = None, *, load_reference: bool = True, allow_blank: bool = False
) -> OpenedDatabase:
    """Open (creating when missing) and upgrade the database at ``path``.

    Raises ``DatabaseCorrupt`` before touching a damaged file, so it can be restored instead.
    The office's own database (``path`` None) that is missing or empty while backups exist
    raises ``DatabaseMissing`` unless ``allow_blank`` (someone chose to start anew).
    """
    db_path = path or paths.database_path()
    created = database_is_blank(db_path)
    if path is None and not allow_blank:
        check_office_database(db_path)
    check_database_file(db_path)
    engine = create_db_engine(db_path)
    migration = upgrade_database(engine, db_path, paths.backup_dir())
    if migration.changed:
        log.info(
            "database %s migrated %s -> %s", db_path, migration.from_revision, migration.to_revision
        )
    loaded = load_bundled_reference(engine) if load_reference else []
    if not created:
        from app.core.backup_service import run_auto_backup

        run_auto_backup(db_path)
    return OpenedDatabase(db_path, engine, migration, created, loaded)


def reference_is_empty(engine: Engine) -> bool:
    with read_session(engine) as session:
        return session.exec(select(func.count()).select_from(NomenclatureEntry)).one() == 0


def load_bundled_reference(engine: Engine, *, force: bool = False) -> list[ImportResult]:
    """Import the bundled nomenclature, regions and default agencies when none are loaded."""
    if not force and not reference_is_empty(engine):
        return []
    manifest = json.loads(paths.resource("reference", "manifest.json").read_text(encoding="utf-8"))
    return [
        import_reference(engine, item["kind"], paths.resource("reference", item["file"]))
        for item in manifest["imports"]
    ]
