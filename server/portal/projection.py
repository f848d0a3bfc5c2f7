"""The portal's read model: proposals, photos and forum priorities caught up from the office
change log (``change_log``, stream ``office``), in order, from a stored cursor.

Every portal page first asks ``behind`` (in the read transaction that loads its session) and
calls ``catch_up`` only when something is new: nothing new costs one statement (two indexed reads).
Decisions taken in the portal go through ``server.logic.set_status``, which appends to the same
change log, so the read model follows them like any other change.
"""

from __future__ import annotations

import json
from typing import Any, cast

from sqlalchemy import Engine, Table, bindparam, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from common import protocol
from server.db import ChangeLog, is_sqlite, read_session, write_session
from server.portal.models import PortalMeta, PortalPhoto, PortalProposal

CURSOR_KEY = "office_seq"
PAGE = 5000
ANALYZE_AFTER = 5000
ENTITIES = ("proposal", "proposal_attachment", "decision", "routing_confirmation")

_PROPOSAL_FIELDS = (
    "number",
    "problem",
    "desa_code",
    "status",
    "agency_code",
    "bidang_code",
    "sub_kegiatan_code",
    "kewenangan",
    "satuan",
    "upstream_status",
    "upstream_reason",
)


def _int(value: Any) -> int | None:
    return int(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _float(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _text(value: Any, limit: int) -> str | None:
    return str(value)[:limit] if value is not None else None


def _proposal_row(change: ChangeLog, data: dict[str, Any]) -> dict[str, Any]:
    title = str(data.get("title") or "")
    row: dict[str, Any] = {
        "id": change.entity_id,
        "received": True,
        "deleted": bool(change.deleted or data.get("deleted")),
        "kecamatan_code": change.kecamatan_code or "",
        "title": title,
        "search": f"{data.get('number') or ''} {title}".lower(),
        "volume": _float(data.get("volume")),
        "estimated_cost": _int(data.get("estimated_cost")),
        "agreed_amount": _int(data.get("agreed_amount")),
        "village_rank": _int(data.get("village_rank")),
        "latitude": _float(data.get("latitude")),
        "longitude": _float(data.get("longitude")),
        "updated_seq": change.seq,
    }
    for name in _PROPOSAL_FIELDS:
        row[name] = _text(data.get(name), 5000 if name in ("problem", "upstream_reason") else 40)
    row["satuan"] = _text(data.get("satuan"), 50)
    row["desa_code"] = _text(data.get("desa_code"), 20)
    row["bidang_code"] = _text(data.get("bidang_code"), 10)
    row["kewenangan"] = _text(data.get("kewenangan"), 12)
    row["status"] = _text(data.get("status"), 20)
    return row


def _upsert(session: Session, table: Any, rows: list[dict[str, Any]], keys: list[str]) -> None:
    if not rows:
        return
    dialect = sqlite if is_sqlite(session.get_bind()) else postgresql  # type: ignore[arg-type]
    statement = dialect.insert(table)
    changed = {k: statement.excluded[k] for k in rows[0] if k not in keys}
    # One statement, many parameter sets (executemany): compiling a multi-row VALUES clause
    # costs more than running it.
    session.connection().execute(
        statement.on_conflict_do_update(index_elements=keys, set_=changed), rows
    )


def behind(session: Session) -> bool:
    """Whether the change log holds changes the read model has not applied yet: one statement
    (two indexed reads), since every portal page asks it."""
    head = select(func.max(ChangeLog.seq)).scalar_subquery()
    cursor = select(PortalMeta.value).where(PortalMeta.key == CURSOR_KEY).scalar_subquery()
    head_seq, cursor_seq = session.execute(select(head, cursor)).one()
    return int(cursor_seq or 0) < int(head_seq or 0)


def catch_up(engine: Engine) -> int:
    """Apply every new office change to the read model; returns how many were read."""
    with read_session(engine) as session:
        if not behind(session):
            return 0
    total = 0
    done = False
    while not done:
        with write_session(engine) as session:
            cursor_row = session.get(PortalMeta, CURSOR_KEY, with_for_update=True)
            if cursor_row is None:
                cursor_row = PortalMeta(key=CURSOR_KEY, value=0)
                session.add(cursor_row)
                session.flush()
            changes = (
                session.execute(
                    select(ChangeLog)
                    .where(ChangeLog.seq > cursor_row.value)
                    .order_by(ChangeLog.seq)
                    .limit(PAGE)
                )
                .scalars()
                .all()
            )
            if not changes:
                break
            _apply(session, list(changes))
            cursor_row.value = changes[-1].seq
            total += len(changes)
            done = len(changes) < PAGE
    if total >= ANALYZE_AFTER:
        # After a large catch-up (first start, a kecamatan's first push) the planner's
        # statistics are stale: without them it may scan the wide rows instead of the
        # covering indexes.
        table = PortalProposal.__tablename__
        if is_sqlite(engine):
            with engine.begin() as connection:
                connection.exec_driver_sql(f"ANALYZE {table}")
        else:
            # VACUUM (outside a transaction) also sets PostgreSQL's visibility map, which
            # index-only scans of the covering indexes need.
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                connection.exec_driver_sql(f"VACUUM (ANALYZE) {table}")
    return total


def _apply(session: Session, changes: list[ChangeLog]) -> None:
    proposals: dict[str, dict[str, Any]] = {}
    photos: dict[str, dict[str, Any]] = {}
    priorities: dict[str, dict[str, Any]] = {}
    routings: dict[str, dict[str, Any]] = {}
    for change in changes:
        if change.stream != protocol.STREAM_OFFICE or change.entity not in ENTITIES:
            continue
        data = json.loads(change.data_json)
        if change.entity == "proposal":
            proposals[change.entity_id] = _proposal_row(change, data)
        elif change.entity == "proposal_attachment" and data.get("proposal_id"):
            photos[change.entity_id] = {
                "id": change.entity_id,
                "proposal_id": str(data["proposal_id"])[:36],
                "sha256": str(data.get("sha256") or "")[:64],
                "kind": str(data.get("kind") or "photo")[:20],
                "caption": _text(data.get("caption"), 500),
                "deleted": bool(change.deleted or data.get("deleted")),
            }
        elif change.entity == "decision" and data.get("proposal_id") and not change.deleted:
            priorities[str(data["proposal_id"])[:36]] = {
                "kecamatan_code": change.kecamatan_code or "",
                "priority": _int(data.get("priority")),
            }
        elif change.entity == "routing_confirmation" and data.get("proposal_id"):
            accepted = bool(data.get("accepted", True))
            suggested = _text(data.get("suggested_bidang_code"), 10)
            chosen = _text(data.get("bidang_code"), 10)
            note = f"Saran pemindai bidang {suggested or '-'}; " + (
                "diterima operator kecamatan." if accepted else f"dikoreksi ke {chosen or '-'}."
            )
            routings[str(data["proposal_id"])[:36]] = {
                "kecamatan_code": change.kecamatan_code or "",
                "suggested_bidang": suggested,
                "routing_note": note,
            }
    existing_routes: dict[str, str | None] = {}
    if proposals:
        ids = list(proposals)
        for start in range(0, len(ids), 500):
            for pid, routed in session.execute(
                select(PortalProposal.id, PortalProposal.routed_agency).where(
                    PortalProposal.id.in_(ids[start : start + 500])
                )
            ).all():
                existing_routes[pid] = routed
    rows = []
    for pid, row in proposals.items():
        row["agency_now"] = existing_routes.get(pid) or row["agency_code"]
        rows.append(row)
    _upsert(session, PortalProposal.__table__, rows, ["id"])
    _upsert(session, PortalPhoto.__table__, list(photos.values()), ["id"])
    for extra in (priorities, routings):
        placeholders = [
            {"id": pid, "received": False, "kecamatan_code": values["kecamatan_code"]}
            for pid, values in extra.items()
        ]
        if placeholders:
            dialect = sqlite if is_sqlite(session.get_bind()) else postgresql  # type: ignore[arg-type]
            session.connection().execute(
                dialect.insert(PortalProposal.__table__).on_conflict_do_nothing(), placeholders
            )
        if extra:
            names = [k for k in next(iter(extra.values())) if k != "kecamatan_code"]
            table = cast(Table, PortalProposal.__table__)
            statement = (
                update(table)
                .where(table.c.id == bindparam("pid"))
                .values({name: bindparam(f"v_{name}") for name in names})
            )
            params = [
                {"pid": pid, **{f"v_{name}": values[name] for name in names}}
                for pid, values in extra.items()
            ]
            session.connection().execute(statement, params)
