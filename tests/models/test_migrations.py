"""Migrations from an empty file and from a database of every released schema."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

from app import paths
from app.core.database import open_database
from app.models.backup import list_backups
from app.models.migrate import head_revision, include_object

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_upgrade_from_empty_reaches_head_and_matches_the_models() -> None:
    db = open_database(load_reference=False)
    assert db.created
    assert db.migration.from_revision is None
    assert db.migration.to_revision == head_revision()
    assert db.migration.backup is None  # nothing to back up in a new file
    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_object": include_object, "compare_type": True}
        )
        assert compare_metadata(context, SQLModel.metadata) == []


def test_upgrade_from_first_schema_keeps_data_and_backs_up_first() -> None:
    target = paths.database_path()
    shutil.copyfile(FIXTURES / "schema_0001.sqlite3", target)
    raw = sqlite3.connect(target)
    before = raw.execute("SELECT id, title, estimated_cost FROM proposal ORDER BY id").fetchall()
    raw.close()
    assert len(before) == 150

    db = open_database()
    assert db.migration.from_revision == "0001"
    assert db.migration.to_revision == head_revision()
    assert db.migration.backup is not None
    assert [b.reason for b in list_backups(paths.backup_dir())] == ["pre-migration-0001"]

    with db.engine.connect() as conn:
        after = conn.exec_driver_sql(
            "SELECT id, title, estimated_cost FROM proposal ORDER BY id"
        ).all()
        hits = conn.exec_driver_sql(
            "SELECT count(*) FROM proposal_fts WHERE proposal_fts MATCH 'semenisasi'"
        ).scalar()
    assert [tuple(r) for r in after] == before
    assert hits and hits > 0  # the search index was built for existing rows
    # The backup is the untouched old schema.
    old = sqlite3.connect(db.migration.backup.path)
    assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    old.close()


def test_second_open_does_not_migrate_again() -> None:
    open_database().engine.dispose()
    again = open_database()
    assert not again.migration.changed
    assert again.migration.backup is None
