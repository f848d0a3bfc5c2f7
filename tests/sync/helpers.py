"""Building offices and talking to the server directly, for the sync tests."""

from __future__ import annotations

import hashlib
import json
import uuid
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import Engine, func, inspect, text
from sqlmodel import select

from app import paths
from app.core.database import open_database
from app.core.demo import create_demo
from app.models import Attachment, OutboxEntry, Proposal, ProposalAttachment
from app.models.db import read_session, write_session
from app.sync.client import SyncClient
from common import protocol
from tests.sync.conftest import ServerHandle, no_sleep_transport


def make_office(kecamatan: str, path: Path | None = None, *, empty: bool = False) -> Engine:
    db = open_database(path)
    create_demo(db.engine, kecamatan_code=kecamatan, empty=empty)
    return db.engine


def client(engine: Engine) -> SyncClient:
    return SyncClient(engine, transport_factory=no_sleep_transport)


def enrolled_office(
    server: ServerHandle, kecamatan: str, path: Path | None = None, *, empty: bool = False
) -> tuple[Engine, SyncClient]:
    engine = make_office(kecamatan, path, empty=empty)
    sync = client(engine)
    sync.enroll(server.url, server.enroll_code(kecamatan))
    return engine, sync


def store_attachment(engine: Engine, proposal_id: str, content: bytes, name: str) -> str:
    sha = hashlib.sha256(content).hexdigest()
    target = paths.attachments_dir() / sha[:2] / sha
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(content)
    with write_session(engine) as session:
        if session.get(Attachment, sha) is None:
            session.add(Attachment(sha256=sha, size=len(content), mime_type="image/jpeg"))
        session.add(
            ProposalAttachment(
                proposal_id=proposal_id, sha256=sha, kind="photo", original_name=name
            )
        )
    return sha


def proposal_ids(engine: Engine) -> list[str]:
    with read_session(engine) as session:
        return list(session.exec(select(Proposal.id).order_by(Proposal.id)).all())


def pending(engine: Engine) -> int:
    with read_session(engine) as session:
        return int(
            session.exec(
                select(func.count()).select_from(OutboxEntry).where(OutboxEntry.state == "pending")
            ).one()
        )


def outbox_total(engine: Engine) -> int:
    with read_session(engine) as session:
        return int(session.exec(select(func.count()).select_from(OutboxEntry)).one())


def headers(token: str | None = None) -> dict[str, str]:
    out = {protocol.PROTOCOL_HEADER: "1"}
    if token:
        out["Authorization"] = f"Bearer {token}"
    return out


def device_token(server: ServerHandle, kecamatan: str) -> tuple[str, str]:
    """Enrol a bare device through the API; returns (device_id, access token)."""
    answer = requests.post(
        server.url + "/v1/enroll",
        json={"code": server.enroll_code(kecamatan), "device_name": "uji"},
        headers=headers(),
        timeout=10,
    )
    answer.raise_for_status()
    body = answer.json()
    return str(body["device_id"]), server.access_token(str(body["refresh_token"]))


def push(server: ServerHandle, token: str, device_id: str, ops: list[dict[str, Any]]) -> Any:
    response = requests.post(
        server.url + "/v1/push",
        json={"device_id": device_id, "batch_id": str(uuid.uuid4()), "ops": ops},
        headers=headers(token),
        timeout=30,
    )
    response.raise_for_status()
    return response.json()


def op(
    seq: int,
    entity: str,
    entity_id: str,
    fields: dict[str, Any],
    *,
    kind: str = "update",
    base_rev: int | None = None,
    op_id: str | None = None,
) -> dict[str, Any]:
    return {
        "op_id": op_id or str(uuid.uuid4()),
        "device_seq": seq,
        "entity": entity,
        "id": entity_id,
        "op": kind,
        "base_rev": base_rev,
        "changed_fields": fields,
    }


def server_record(
    server: ServerHandle, entity: str, entity_id: str
) -> tuple[int, dict[str, Any]] | None:
    from server.db import Record
    from server.db import read_session as server_read

    with server_read(server.engine) as session:
        row = session.get(Record, (entity, entity_id))
        return (row.rev, json.loads(row.data_json)) if row else None


def server_snapshot(server: ServerHandle) -> dict[str, Any]:
    """Every server table's rows (as text), to prove a refused request changed nothing."""
    from server.db import Base

    snapshot: dict[str, Any] = {}
    with server.engine.connect() as conn:
        names = set(inspect(conn).get_table_names())
        for table in Base.metadata.sorted_tables:
            if table.name not in names or table.name == "access_token":
                continue
            rows = conn.execute(text(f"SELECT * FROM {table.name}")).all()
            snapshot[table.name] = sorted(repr(tuple(r)) for r in rows)
    return snapshot
