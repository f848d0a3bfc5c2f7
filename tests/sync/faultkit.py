"""Shared pieces of the fault tests: offices that talk through a FaultProxy, server counts."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select
from sqlmodel import col
from sqlmodel import select as sql_select

from app.models import OutboxEntry
from app.models.db import read_session
from app.sync.client import SyncClient
from app.sync.settings import load_config
from app.sync.transport import Transport
from tests.sync.conftest import ServerHandle
from tests.sync.faultproxy import fresh_connection_transport
from tests.sync.helpers import make_office


class Sleeps(list[float]):
    """A transport ``sleep`` that records the delays instead of waiting them out."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def fault_client(
    engine: Engine, *, retries: int = 2, sleep: Callable[[float], None] | None = None
) -> SyncClient:
    def factory(url: str) -> Transport:
        return fresh_connection_transport(
            url, retries=retries, sleep=sleep if sleep is not None else Sleeps()
        )

    return SyncClient(engine, transport_factory=factory)


def office_through(
    server: ServerHandle, url: str, kecamatan: str, path: Path | None = None
) -> Engine:
    """A demo office (150 proposals) enrolled at ``url`` (a proxy in front of ``server``)."""
    engine = make_office(kecamatan, path)
    fault_client(engine).enroll(url, server.enroll_code(kecamatan))
    return engine


def device_id(engine: Engine) -> str:
    with read_session(engine) as session:
        config = load_config(session)
    assert config is not None
    return config.device_id


def states(engine: Engine) -> dict[str, int]:
    with read_session(engine) as session:
        rows = session.exec(
            sql_select(OutboxEntry.state, func.count()).group_by(OutboxEntry.state)
        ).all()
    return {str(state): int(count) for state, count in rows}


def pending_ops(engine: Engine, limit: int) -> list[OutboxEntry]:
    with read_session(engine) as session:
        return list(
            session.exec(
                sql_select(OutboxEntry)
                .where(OutboxEntry.state == "pending")
                .order_by(col(OutboxEntry.device_seq))
                .limit(limit)
            ).all()
        )


def server_counts(server: ServerHandle, kecamatan: str, device: str) -> dict[str, int]:
    """What this office's pushes left on the server: records, stored results, batches, changes."""
    from server.db import Batch, ChangeLog, OpResultRow, Record, RecordVersion
    from server.db import read_session as server_read

    with server_read(server.engine) as s:

        def count(stmt: Any) -> int:
            return int(s.execute(stmt).scalar() or 0)

        return {
            "records": count(
                select(func.count()).select_from(Record).where(Record.kecamatan_code == kecamatan)
            ),
            "results": count(
                select(func.count())
                .select_from(OpResultRow)
                .where(OpResultRow.principal_id == device)
            ),
            "versions": count(
                select(func.count())
                .select_from(RecordVersion)
                .where(RecordVersion.origin == device)
            ),
            "batches": count(
                select(func.count()).select_from(Batch).where(Batch.kecamatan_code == kecamatan)
            ),
            "changes": count(
                select(func.count())
                .select_from(ChangeLog)
                .where(ChangeLog.kecamatan_code == kecamatan)
            ),
        }


def seen(proxy_lines: list[bytes], prefix: bytes) -> list[bytes]:
    return [line for line in proxy_lines if line.startswith(prefix)]


def query_value(line: bytes, name: str) -> str:
    match = re.search(rf"[?&]{name}=([^& ]+)".encode(), line)
    assert match is not None, line
    return match.group(1).decode()
