"""Content-addressed attachments: which are missing, chunked upload, state and download."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from sqlalchemy import Engine

from common.protocol import MAX_BIGINT, BlobState, ErrorBody, MissingRequest, MissingResponse
from server import logic
from server.config import Settings
from server.db import Blob, BlobOwner, BlobUpload, read_session, utcnow, write_session
from server.deps import Auth, EngineDep, Proto, SettingsDep, require_device, sha_path
from server.errors import ApiError
from server.security import Caller

router = APIRouter(tags=["attachments"])


NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": ErrorBody}}


@router.post("/v1/attachments/missing", response_model=MissingResponse, dependencies=[Proto])
def attachments_missing(
    body: MissingRequest, who: Auth, engine: EngineDep, settings: SettingsDep
) -> MissingResponse:
    require_device(who)
    with read_session(engine) as session:
        missing = logic.missing_blobs(session, body.sha256, who.kecamatan_code)
    return MissingResponse(missing=missing, chunk_size=settings.chunk_size)


@router.get(
    "/v1/attachments/{sha256}",
    response_model=BlobState,
    dependencies=[Proto],
    responses=NOT_FOUND,
)
def attachment_state(sha256: Annotated[str, sha_path()], who: Auth, engine: EngineDep) -> BlobState:
    """This office's view of one file: complete once it has sent all of it, else how far its
    own upload got. Another office's file or upload is "not found"."""
    with read_session(engine) as session:
        kecamatan = who.kecamatan_code
        if logic.owns_blob(session, sha256, kecamatan):
            blob = session.get(Blob, sha256)
            assert blob is not None
            return BlobState(sha256=sha256, size=blob.size, received=blob.size, complete=True)
        upload = session.get(BlobUpload, (sha256, str(kecamatan))) if kecamatan else None
        if upload is None:
            raise ApiError(404, "not_found", "Lampiran belum pernah diunggah.")
        return BlobState(sha256=sha256, size=upload.size, received=upload.received, complete=False)


@router.put(
    "/v1/attachments/{sha256}",
    response_model=BlobState,
    dependencies=[Proto],
    responses={409: {"model": ErrorBody}},
)
async def attachment_upload(
    request: Request,
    sha256: Annotated[str, sha_path()],
    offset: Annotated[int, Query(ge=0, le=MAX_BIGINT)],
    size: Annotated[int, Query(ge=1, le=MAX_BIGINT)],
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
    kecamatan = str(who.kecamatan_code)
    with write_session(engine) as session:
        blob = session.get(Blob, sha, with_for_update=True)
        owned = session.get(BlobOwner, (sha, kecamatan)) is not None
        if blob is not None and blob.complete and owned:
            return BlobState(sha256=sha, size=blob.size, received=blob.size, complete=True)
        upload = session.get(BlobUpload, (sha, kecamatan), with_for_update=True)
        if upload is None:
            upload = BlobUpload(
                sha256=sha, kecamatan_code=kecamatan, size=size, received=0, updated_at=utcnow()
            )
            session.add(upload)
            session.flush()
        if upload.size != size:
            raise ApiError(
                409, "size_mismatch", "Ukuran lampiran berbeda dari unggahan sebelumnya."
            )
        if offset != upload.received:
            raise ApiError(
                409,
                "offset_mismatch",
                f"Lanjutkan dari bita {upload.received}.",
                headers={"X-Received": str(upload.received)},
            )
        partial = logic.partial_path(root, sha, kecamatan)
        partial.parent.mkdir(parents=True, exist_ok=True)
        with partial.open("r+b" if partial.exists() else "wb") as handle:
            handle.truncate(offset)
            handle.seek(offset)
            handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        upload.received = offset + len(chunk)
        upload.updated_at = utcnow()
        if upload.received < size:
            return BlobState(sha256=sha, size=size, received=upload.received, complete=False)
        digest = file_sha256(partial)
        if digest != sha:
            partial.unlink()
            upload.received = 0
            session.commit()
            raise ApiError(
                422,
                "hash_mismatch",
                "Isi lampiran tidak cocok dengan hash-nya; unggah ulang.",
            )
        if blob is not None and blob.complete:
            partial.unlink()  # the same bytes are stored already (the hash says so)
        else:
            final = logic.blob_path(root, sha)
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(partial, final)
            if blob is None:
                blob = Blob(
                    sha256=sha, size=size, received=size, complete=True, created_at=utcnow()
                )
                session.add(blob)
            blob.size = blob.received = size
            blob.complete = True
            blob.completed_at = utcnow()
        session.delete(upload)
        if session.get(BlobOwner, (sha, kecamatan)) is None:
            session.add(BlobOwner(sha256=sha, kecamatan_code=kecamatan))
        logic.log_write(session, who.principal_id, "attachment", {"sha256": sha, "size": size})
        return BlobState(sha256=sha, size=size, received=size, complete=True)


@router.get(
    "/v1/attachments/{sha256}/content",
    dependencies=[Proto],
    responses={200: {"content": {"application/octet-stream": {}}}, **NOT_FOUND},
)
def attachment_content(
    sha256: Annotated[str, sha_path()], who: Auth, engine: EngineDep, settings: SettingsDep
) -> Response:
    with read_session(engine) as session:
        blob = session.get(Blob, sha256)
        if blob is None or not blob.complete:
            raise ApiError(404, "not_found", "Lampiran tidak ada.")
        if who.role == "device" and not logic.owns_blob(session, sha256, who.kecamatan_code):
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
