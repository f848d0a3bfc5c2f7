"""Engine and sessions for the client database.

Every connection runs in WAL mode with ``synchronous=FULL`` (WAL with NORMAL may lose the last
commits on power loss), foreign keys on and a busy timeout. pysqlite's own implicit
transactions are switched off so that SQLAlchemy's ``begin`` emits the BEGIN we choose:
``write_session`` starts with ``BEGIN IMMEDIATE`` so a writer takes the lock up front instead of
failing half way with "database is locked".
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlmodel import Session

from app.models import outbox

BUSY_TIMEOUT_MS = 10_000
_BEGIN_OPTION = "sqlite_begin"


class AppSession(Session):
    """The session class of the application; the outbox hook is installed on it."""


outbox.install(AppSession)


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
    finally:
        cursor.close()


def _on_begin(connection: Any) -> None:
    mode = connection.get_execution_options().get(_BEGIN_OPTION, "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")
    # Checked at COMMIT: the unit of work does not order inserts across tables that have
    # foreign keys but no ORM relationship.
    connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")


def create_db_engine(path: Path) -> Engine:
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


@contextmanager
def read_session(engine: Engine) -> Iterator[AppSession]:
    with AppSession(engine) as session:
        yield session


@contextmanager
def write_session(engine: Engine) -> Iterator[AppSession]:
    """One explicit write transaction: committed when the block ends, rolled back on error."""
    immediate = engine.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"})
    with AppSession(immediate, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
