"""Engine and sessions for the client database.

The connection rules (WAL, ``synchronous=FULL``, foreign keys, busy timeout, the BEGIN we
choose) are ``common.sqlite``'s; ``write_session`` starts with ``BEGIN IMMEDIATE`` so a writer
takes the lock up front instead of failing half way with "database is locked". Foreign keys are
checked at COMMIT: the unit of work does not order inserts across tables that have foreign keys
but no ORM relationship.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session

from app.models import outbox
from common.sqlite import BEGIN_OPTION, create_sqlite_engine

# A person waits on a click while at most the sync worker writes; see common.sqlite.
BUSY_TIMEOUT_MS = 10_000


class AppSession(Session):
    """The session class of the application; the outbox hook is installed on it."""


outbox.install(AppSession)


def create_db_engine(path: Path) -> Engine:
    path.parent.mkdir(parents=True, exist_ok=True)
    return create_sqlite_engine(
        f"sqlite:///{path}", busy_timeout_ms=BUSY_TIMEOUT_MS, defer_foreign_keys=True
    )


@contextmanager
def read_session(engine: Engine) -> Iterator[AppSession]:
    with AppSession(engine) as session:
        yield session


@contextmanager
def write_session(engine: Engine) -> Iterator[AppSession]:
    """One explicit write transaction: committed when the block ends, rolled back on error."""
    immediate = engine.execution_options(**{BEGIN_OPTION: "IMMEDIATE"})
    with AppSession(immediate, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
