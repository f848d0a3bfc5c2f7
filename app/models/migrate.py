"""Schema migrations with Alembic, with a backup taken before any migration of existing data."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from app.models.backup import BackupInfo, backup_database

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# Tables that SQLite's FTS5 creates for the search index are not SQLModel tables.
_NOT_MODELLED = ("proposal_fts",)


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """Alembic filter: leave the FTS5 index tables out of schema comparison."""
    return not (type_ == "table" and name is not None and name.startswith(_NOT_MODELLED))


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: BackupInfo | None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError("no migration scripts found")
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade_database(engine: Engine, db_path: Path, backup_folder: Path) -> MigrationResult:
    """Bring the database to the newest schema. Existing data is backed up first."""
    before = current_revision(engine)
    head = head_revision()
    if before == head:
        return MigrationResult(before, head, None)
    backup: BackupInfo | None = None
    has_tables = bool(inspect(engine).get_table_names())
    if has_tables:
        backup = backup_database(db_path, backup_folder, reason=f"pre-migration-{before or 'none'}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return MigrationResult(before, head, backup)
