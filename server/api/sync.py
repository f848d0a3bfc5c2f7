"""Push, changes, reference files and conflict resolution."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from fastapi.responses import Response

from common import protocol
from common.protocol import (
    ChangesResponse,
    ConflictResolveRequest,
    ConflictResolveResponse,
    ErrorBody,
    PushRequest,
    PushResponse,
)
from server import logic
from server.db import ReferenceFile, read_session, write_session
from server.deps import Auth, EngineDep, Proto, SettingsDep, require_device, sha_path
from server.errors import ApiError

router = APIRouter()


@router.post("/v1/push", response_model=PushResponse, dependencies=[Proto], tags=["sync"])
def push(body: PushRequest, who: Auth, engine: EngineDep, settings: SettingsDep) -> PushResponse:
    require_device(who)
    if body.device_id != who.principal_id:
        raise ApiError(403, "forbidden", "device_id tidak sesuai dengan token.")
    if len(body.ops) > settings.max_batch_ops:
        raise ApiError(
            413,
            "batch_too_large",
            f"Paling banyak {settings.max_batch_ops} perubahan per kiriman.",
        )
    if len({op.op_id for op in body.ops}) != len(body.ops) or len(
        {op.device_seq for op in body.ops}
    ) != len(body.ops):
        raise ApiError(422, "duplicate_in_batch", "op_id atau device_seq ganda dalam satu kiriman.")
    with write_session(engine) as session:
        outcome = logic.push_batch(session, who, body.batch_id, body.ops, base_seq=body.base_seq)
        epoch = logic.get_epoch(session)
    return PushResponse(
        batch_id=body.batch_id,
        server_epoch=epoch,
        results=outcome.results,
        last_seq=outcome.last_seq,
    )


@router.get("/v1/changes", response_model=ChangesResponse, dependencies=[Proto], tags=["sync"])
def changes(
    who: Auth,
    engine: EngineDep,
    settings: SettingsDep,
    stream: Annotated[str, Query(pattern="^(office|reference|feedback)$")],
    since: Annotated[int, Query(ge=0, le=protocol.MAX_BIGINT)] = 0,
    limit: Annotated[int | None, Query(ge=1, le=protocol.MAX_INT32)] = None,
    kecamatan: Annotated[str | None, Query(pattern=protocol.KECAMATAN_PATTERN)] = None,
) -> ChangesResponse:
    size = min(limit or settings.page_size, settings.max_page_size)
    if who.role == "device" and kecamatan is not None and kecamatan != who.kecamatan_code:
        raise ApiError(
            403, "forbidden", "Perangkat ini hanya dapat membaca data kecamatannya sendiri."
        )
    with read_session(engine) as session:
        items, cursor, more = logic.changes(session, who, stream, since, size, kecamatan)
        epoch = logic.get_epoch(session)
    return ChangesResponse(
        stream=stream, server_epoch=epoch, changes=items, next_cursor=str(cursor), has_more=more
    )


@router.get(
    "/v1/reference/{sha256}",
    dependencies=[Proto],
    tags=["sync"],
    responses={200: {"content": {"application/octet-stream": {}}}, 404: {"model": ErrorBody}},
)
def reference_content(sha256: Annotated[str, sha_path()], who: Auth, engine: EngineDep) -> Response:
    with read_session(engine) as session:
        row = session.get(ReferenceFile, sha256)
        if row is None:
            raise ApiError(404, "not_found", "Berkas referensi tidak ada.")
        return Response(row.content, media_type="application/octet-stream")


@router.post(
    "/v1/conflicts/{conflict_id}/resolve",
    response_model=ConflictResolveResponse,
    dependencies=[Proto],
    tags=["sync"],
    responses={404: {"model": ErrorBody}},
)
def conflict_resolve(
    conflict_id: Annotated[int, Path(ge=1, le=protocol.MAX_INT32)],
    body: ConflictResolveRequest,
    who: Auth,
    engine: EngineDep,
) -> ConflictResolveResponse:
    with write_session(engine) as session:
        row = logic.resolve_conflict(session, who, conflict_id, body.choice)
        if row is None:
            raise ApiError(404, "not_found", "Konflik tidak ada.")
        return ConflictResolveResponse(conflict_id=row.id, resolution=str(row.resolution))
