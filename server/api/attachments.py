"""Content-addressed attachments: which are missing, chunked upload, state and download."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from sqlalchemy import Engine

from app.sync.protocol import BlobState, MissingRequest, MissingResponse
from server import logic
from server.config import Settings
from server.db import Blob, BlobOwner, read_session, utcnow, write_session
from server.deps import Auth, EngineDep, Proto, SettingsDep, require_device, sha_path
from server.errors import ApiError
from server.security import Caller

router = APIRouter(tags=["attachments"])


@router.post("/v1/attachments/missing", response_model=MissingResponse, dependencies=[Proto])
def attachments_missing(
    body: MissingRequest, who: Auth, engine: EngineDep, settings: SettingsDep
) -> MissingResponse:
    require_device(who)
    with read_session(engine) as session:
        missing = logic.missing_blobs(session, body.sha256)
    return MissingResponse(missing=missing, chunk_size=settings.chunk_size)


@router.get("/v1/attachments/{sha256}", response_model=BlobState, dependencies=[Proto])
def attachment_state(sha256: Annotated[str, sha_path()], who: Auth, engine: EngineDep) -> BlobState:
    with read_session(engine) as session:
        blob = session.get(Blob, sha256)
        if blob is None:
            raise ApiError(404, "not_found", "Lampiran belum pernah diunggah.")
        return BlobState(
            sha256=sha256, size=blob.size, received=blob.received, complete=blob.complete
        )


@router.put("/v1/attachments/{sha256}", response_model=BlobState, dependencies=[Proto])
async def attachment_upload(
    request: Request,
    sha256: Annotated[str, sha_path()],
    offset: Annotated[int, Query(ge=0)],
    size: Annotated[int, Query(ge=1)],
    who: Auth,
    engine: EngineDep,
    settings: SettingsDep,
) -> BlobState:
    require_device(who)
    if size > settings.max_attachment_bytes:
        raise ApiError(
            413,
            "attachment_too_large",
            f"Lampiran melebihi {settings.max_attachment_bytes} bita.",
        )
    chunk = await request.body()
    if not chunk or len(chunk) > settings.chunk_size or offset + len(chunk) > size:
        raise ApiError(
            422,
            "bad_chunk",
            "Potongan lampiran kosong, terlalu besar, atau melewati ukuran berkas.",
        )
    return await run_in_threadpool(_store_chunk, engine, settings, who, sha256, offset, size, chunk)


def _store_chunk(
    engine: Engine, settings: Settings, who: Caller, sha: str, offset: int, size: int, chunk: bytes
) -> BlobState:
    root = settings.blob_dir
    with write_session(engine) as session:
        blob = session.get(Blob, sha, with_for_update=True)
        if blob is None:
            blob = Blob(sha256=sha, size=size, received=0, complete=False, created_at=utcnow())
            session.add(blob)
            session.flush()
        if session.get(BlobOwner, (sha, str(who.kecamatan_code))) is None:
            session.add(BlobOwner(sha256=sha, kecamatan_code=str(who.kecamatan_code)))
        if blob.complete:
            return BlobState(sha256=sha, size=blob.size, received=blob.received, complete=True)
        if blob.size != size:
            raise ApiError(
                409, "size_mismatch", "Ukuran lampiran berbeda dari unggahan sebelumnya."
            )
        if offset != blob.received:
            raise ApiError(
                409,
                "offset_mismatch",
                f"Lanjutkan dari bita {blob.received}.",
                headers={"X-Received": str(blob.received)},
            )
        partial = logic.partial_path(root, sha)
        partial.parent.mkdir(parents=True, exist_ok=True)
        with partial.open("r+b" if partial.exists() else "wb") as handle:
            handle.truncate(offset)
            handle.seek(offset)
            handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        blob.received = offset + len(chunk)
        if blob.received == blob.size:
            digest = file_sha256(partial)
            if digest != sha:
                partial.unlink()
                blob.received = 0
                session.commit()
                raise ApiError(
                    422,
                    "hash_mismatch",
                    "Isi lampiran tidak cocok dengan hash-nya; unggah ulang.",
                )
            final = logic.blob_path(root, sha)
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(partial, final)
            blob.complete = True
            blob.completed_at = utcnow()
            logic.log_write(session, who.principal_id, "attachment", {"sha256": sha, "size": size})
        return BlobState(sha256=sha, size=blob.size, received=blob.received, complete=blob.complete)


@router.get(
    "/v1/attachments/{sha256}/content",
    dependencies=[Proto],
    responses={200: {"content": {"application/octet-stream": {}}}},
)
def attachment_content(
    sha256: Annotated[str, sha_path()], who: Auth, engine: EngineDep, settings: SettingsDep
) -> Response:
    with read_session(engine) as session:
        blob = session.get(Blob, sha256)
        if blob is None or not blob.complete:
            raise ApiError(404, "not_found", "Lampiran tidak ada.")
        if (
            who.role == "device"
            and session.get(BlobOwner, (sha256, str(who.kecamatan_code))) is None
        ):
            raise ApiError(404, "not_found", "Lampiran tidak ada.")
    return Response(
        logic.blob_path(settings.blob_dir, sha256).read_bytes(),
        media_type="application/octet-stream",
    )


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()
