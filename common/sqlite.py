"""One set of connection rules for every SQLite engine, the desktop's and the server's.

Every connection runs in WAL mode with ``synchronous=FULL`` (WAL with NORMAL may lose the last
commits on power loss), foreign keys on and a busy timeout. pysqlite's own implicit
transactions are switched off so that SQLAlchemy's ``begin`` emits the BEGIN we choose: an
engine made with ``engine.execution_options(**{BEGIN_OPTION: "IMMEDIATE"})`` starts its
transactions with ``BEGIN IMMEDIATE``, so a writer takes the lock up front instead of failing
half way with "database is locked".

The busy timeout is a parameter because the two sides wait for different things: the desktop
(10 s) has a person waiting on a click while at most the sync worker writes, the server (15 s)
queues bursts of devices pushing at once.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlalchemy import Engine, create_engine, event

BEGIN_OPTION = "musrenbang_sqlite_begin"


def create_sqlite_engine(
    url: str, *, busy_timeout_ms: int, defer_foreign_keys: bool = False
) -> Engine:
    """An engine on ``url`` whose connections follow the rules above.

    ``defer_foreign_keys`` checks foreign keys at COMMIT instead of at each statement.
    """
    engine = create_engine(
        url, connect_args={"check_same_thread": False, "timeout": busy_timeout_ms / 1000}
    )

    def on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
            cursor.execute("PRAGMA foreign_keys = ON")
        finally:
            cursor.close()

    def on_begin(connection: Any) -> None:
        mode = connection.get_execution_options().get(BEGIN_OPTION, "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")
        if defer_foreign_keys:
            connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")

    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", on_begin)
    return engine
