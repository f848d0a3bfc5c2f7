"""Opening the office database: check the file, migrate with a backup, load bundled reference
data into an empty database, and take the daily backup."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, func
from sqlmodel import select

from app import paths
from app.core.reference_import import ImportResult, import_reference
from app.models import NomenclatureEntry
from app.models.db import create_db_engine, read_session
from app.models.health import check_database_file
from app.models.migrate import MigrationResult, upgrade_database

log = logging.getLogger(__name__)


@dataclass
class OpenedDatabase:
    path: Path
    engine: Engine
    migration: MigrationResult
    created: bool
    reference_loaded: list[ImportResult]


def open_database(path: Path | None = None, *, load_reference: bool = True) -> OpenedDatabase:
    """Open (creating when missing) and upgrade the database at ``path``.

    Raises ``DatabaseCorrupt`` before touching a damaged file, so it can be restored instead.
    """
    db_path = path or paths.database_path()
    created = not db_path.exists() or db_path.stat().st_size == 0
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
