"""The HTTP API (FastAPI). Thin: validation, authentication and limits here, rules in
``server.logic``. Every error body is ``{"error": {"code", "message", "hint"}}``."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import logging
import os
import threading
import time
import zlib
from collections.abc import Awaitable, Callable, MutableMapping
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from sqlalchemy import Engine, select
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import GZipMiddleware

from app.sync import protocol
from app.sync.protocol import (
    BlobState,
    ChangesResponse,
    ConflictResolveRequest,
    ConflictResolveResponse,
    EnrollRequest,
    EnrollResponse,
    ErrorBody,
    FeedbackRequest,
    FeedbackResponse,
    InfoResponse,
    Limits,
    MissingRequest,
    MissingResponse,
    PushRequest,
    PushResponse,
    TokenRequest,
    TokenResponse,
)
from server import logic, security
from server.config import MIN_CLIENT_VERSION, SERVER_NAME, SERVER_VERSION, Settings, load_settings
from server.db import (
    Blob,
    BlobOwner,
    Principal,
    ReferenceFile,
    create_server_engine,
    read_session,
    utcnow,
    write_session,
)
from server.portal import install_portal
from server.security import Caller

log = logging.getLogger(__name__)

GZIP_MIN_BYTES = 1024

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class ApiError(Exception):
    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        hint: str = "",
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.hint = hint
        self.headers = headers or {}


def _error_response(
    status: int, code: str, message: str, hint: str = "", headers: dict[str, str] | None = None
) -> JSONResponse:
    body = {"error": {"code": code, "message": message, "hint": hint}}
    return JSONResponse(body, status_code=status, headers=headers)


async def _send_error(
    send: Send, status: int, code: str, message: str, extra: dict[str, str] | None = None
) -> None:
    body = json.dumps({"error": {"code": code, "message": message, "hint": ""}}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    headers += [(k.lower().encode(), v.encode()) for k, v in (extra or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class _TokenBucket:
    def __init__(self, rate: float, burst: int) -> None:
        self.rate = rate
        self.burst = burst
        self._state: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, key: str) -> float:
        """0 when allowed, else the seconds to wait."""
        now = time.monotonic()
        with self._lock:
            tokens, last = self._state.get(key, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - last) * self.rate)
            if tokens >= 1:
                self._state[key] = (tokens - 1, now)
                return 0.0
            self._state[key] = (tokens, now)
            return (1 - tokens) / self.rate if self.rate > 0 else 60.0


class GuardMiddleware:
    """Request size limits (before the body reaches the app) and per-caller rate limiting."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.settings = settings
        self.bucket = _TokenBucket(settings.rate_per_second, settings.rate_burst)

    def _limit(self, scope: Scope) -> int:
        path = str(scope.get("path", ""))
        if scope.get("method") == "PUT" and path.startswith("/v1/attachments/"):
            return self.settings.chunk_size + 64 * 1024
        return self.settings.max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {
            k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])
        }
        auth = headers.get("authorization", "")
        client = scope.get("client") or ("?", 0)
        key = hashlib.sha256(auth.encode()).hexdigest()[:16] if auth else f"ip:{client[0]}"
        wait = self.bucket.take(key)
        if wait > 0:
            retry = str(max(1, int(wait + 0.999)))
            await _send_error(
                send,
                429,
                "rate_limited",
                "Terlalu banyak permintaan; coba lagi sebentar.",
                {"Retry-After": retry},
            )
            return
        limit = self._limit(scope)
        declared = headers.get("content-length")
        if declared is not None:
            try:
                too_big = int(declared) > limit
            except ValueError:
                await _send_error(send, 400, "bad_content_length", "Content-Length tidak sah.")
                return
            if too_big:
                await _send_error(
                    send, 413, "body_too_large", f"Isi permintaan melebihi batas {limit} bita."
                )
                return
        if scope.get("method") in ("POST", "PUT", "PATCH"):
            chunks: list[bytes] = []
            size = 0
            more = True
            while more:
                message = await receive()
                if message["type"] == "http.disconnect":
                    return
                chunk = message.get("body", b"")
                size += len(chunk)
                if size > limit:
                    await _send_error(
                        send, 413, "body_too_large", f"Isi permintaan melebihi batas {limit} bita."
                    )
                    return
                chunks.append(chunk)
                more = bool(message.get("more_body", False))
            body = b"".join(chunks)
            if headers.get("content-encoding", "identity").strip().lower() == "gzip":
                try:
                    body = _gunzip(body, limit)
                except _TooLarge:
                    await _send_error(
                        send,
                        413,
                        "body_too_large",
                        f"Isi permintaan setelah dibuka melebihi batas {limit} bita.",
                    )
                    return
                except (OSError, EOFError, zlib.error):
                    await _send_error(send, 400, "bad_gzip", "Isi gzip rusak atau terpotong.")
                    return
                scope = _without_encoding(scope, len(body))
            elif headers.get("content-encoding", "identity").strip().lower() != "identity":
                await _send_error(
                    send, 415, "unsupported_encoding", "Content-Encoding hanya gzip yang diterima."
                )
                return
            delivered = False

            async def replay() -> Message:
                nonlocal delivered
                if delivered:
                    return await receive()
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}

            await self.app(scope, replay, send)
            return
        await self.app(scope, receive, send)


class _TooLarge(Exception):
    pass


def _gunzip(data: bytes, limit: int) -> bytes:
    """The decompressed body, never more than ``limit`` bytes of it: a small gzip body can
    unpack to gigabytes (a "gzip bomb"), so decompression stops as soon as it passes the limit."""
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    out = inflater.decompress(data, limit + 1)
    if len(out) > limit or inflater.unconsumed_tail:
        raise _TooLarge
    out += inflater.flush()
    if len(out) > limit:
        raise _TooLarge
    if not inflater.eof or inflater.unused_data:
        raise EOFError("truncated or concatenated gzip body")
    return out


def _without_encoding(scope: Scope, length: int) -> Scope:
    """The request as the app sees it after decompression: plain body, its real length."""
    kept = [
        (k, v)
        for k, v in scope.get("headers", [])
        if k.lower() not in (b"content-encoding", b"content-length")
    ]
    kept.append((b"content-length", str(length).encode()))
    return {**scope, "headers": kept}


# ---- dependencies (module level: FastAPI resolves these annotations by name) -------------


def protocol_check(
    x_musrenbang_protocol: Annotated[str | None, Header()] = None,
    x_musrenbang_client: Annotated[str | None, Header()] = None,
) -> None:
    if x_musrenbang_protocol is None:
        raise ApiError(400, "protocol_missing", f"Header {protocol.PROTOCOL_HEADER} wajib dikirim.")
    try:
        version = int(x_musrenbang_protocol)
    except ValueError as exc:
        raise ApiError(400, "protocol_invalid", "Versi protokol tidak sah.") from exc
    if version < min(protocol.SUPPORTED_PROTOCOLS):
        raise ApiError(
            410,
            "protocol_too_old",
            "Versi aplikasi terlalu lama.",
            "Perbarui aplikasi Musrenbang Kecamatan.",
        )
    if version not in protocol.SUPPORTED_PROTOCOLS:
        raise ApiError(
            400, "protocol_unsupported", f"Protokol {version} belum didukung server ini."
        )
    if x_musrenbang_client is not None and _version_tuple(x_musrenbang_client) < _version_tuple(
        MIN_CLIENT_VERSION
    ):
        raise ApiError(
            410,
            "client_too_old",
            "Versi aplikasi terlalu lama.",
            f"Perbarui ke versi {MIN_CLIENT_VERSION} atau lebih baru.",
        )


def caller(request: Request, authorization: Annotated[str | None, Header()] = None) -> Caller:
    if not authorization or not authorization.lower().startswith("bearer "):
        raise ApiError(
            401, "unauthenticated", "Token akses tidak ada.", headers={"WWW-Authenticate": "Bearer"}
        )
    token = authorization[7:].strip()
    with read_session(request.app.state.get_engine()) as session:
        found = security.authenticate(session, token)
    if found is None:
        raise ApiError(
            401,
            "token_invalid",
            "Token tidak berlaku atau sudah dicabut.",
            "Daftarkan ulang perangkat.",
            {"WWW-Authenticate": "Bearer"},
        )
    return found


Proto = Depends(protocol_check)
Auth = Annotated[Caller, Depends(caller)]


def create_app(settings: Settings | None = None, engine: Engine | None = None) -> FastAPI:
    settings = settings or load_settings()
    state: dict[str, Engine] = {}

    def get_engine() -> Engine:
        if "engine" not in state:
            state["engine"] = engine or create_server_engine(settings.database_url)
        return state["engine"]

    app = FastAPI(
        title="Musrenbang Kecamatan — sinkronisasi (protokol v1)",
        version=SERVER_VERSION,
        description=(
            "Reference E-Perencanaan sync server. Every call except `GET /v1/info` sends "
            f"`{protocol.PROTOCOL_HEADER}: 1` and `Authorization: Bearer <access token>`. "
            "See docs/sync-protocol.md."
        ),
        responses={
            400: {"model": ErrorBody},
            401: {"model": ErrorBody},
            403: {"model": ErrorBody},
            413: {"model": ErrorBody},
            422: {"model": ErrorBody},
            429: {"model": ErrorBody},
        },
    )

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return _error_response(exc.status, exc.code, exc.message, exc.hint, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        if any(e.get("type") == "json_invalid" for e in errors):
            return _error_response(400, "malformed_json", "Isi permintaan bukan JSON yang sah.")
        parts = []
        for error in errors[:5]:
            where = ".".join(str(p) for p in error.get("loc", ()) if p != "body")
            parts.append(f"{where}: {error.get('msg')}")
        return _error_response(422, "invalid_request", "Permintaan tidak sah: " + "; ".join(parts))

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        return _error_response(exc.status_code, code, str(exc.detail))

    def device(who: Caller) -> Caller:
        if who.role != "device" or who.kecamatan_code is None:
            raise ApiError(403, "forbidden", "Hanya perangkat kecamatan yang terdaftar.")
        return who

    # ---- endpoints ----------------------------------------------------------------------

    @app.get("/v1/info", response_model=InfoResponse, tags=["info"])
    def info() -> InfoResponse:
        with read_session(get_engine()) as session:
            epoch = logic.get_epoch(session)
        return InfoResponse(
            server=SERVER_NAME,
            server_version=SERVER_VERSION,
            protocol_versions=list(protocol.SUPPORTED_PROTOCOLS),
            min_protocol=min(protocol.SUPPORTED_PROTOCOLS),
            min_client_version=MIN_CLIENT_VERSION,
            server_epoch=epoch,
            server_time=datetime.now(UTC).isoformat(timespec="seconds"),
            streams=list(protocol.STREAMS),
            limits=Limits(
                max_batch_ops=settings.max_batch_ops,
                max_body_bytes=settings.max_body_bytes,
                page_size=settings.page_size,
                max_page_size=settings.max_page_size,
                chunk_size=settings.chunk_size,
                max_attachment_bytes=settings.max_attachment_bytes,
            ),
        )

    @app.post("/v1/enroll", response_model=EnrollResponse, dependencies=[Proto], tags=["auth"])
    def enroll(body: EnrollRequest) -> EnrollResponse:
        with write_session(get_engine()) as session:
            enrolled = security.enrol_device(session, body.code, body.device_name)
            if enrolled is None:
                raise ApiError(
                    403,
                    "code_invalid",
                    "Kode pendaftaran salah, sudah dipakai, atau kedaluwarsa.",
                    "Minta kode baru ke admin server kabupaten.",
                )
            principal, refresh = enrolled
            logic.log_write(
                session,
                principal.id,
                "enroll",
                {"kecamatan": principal.kecamatan_code, "name": body.device_name},
            )
            return EnrollResponse(
                device_id=principal.id,
                refresh_token=refresh,
                kecamatan_code=str(principal.kecamatan_code),
            )

    @app.post("/v1/token", response_model=TokenResponse, dependencies=[Proto], tags=["auth"])
    def token(body: TokenRequest) -> TokenResponse:
        with write_session(get_engine()) as session:
            issued = security.issue_access_token(
                session, body.refresh_token, seconds=settings.access_token_seconds
            )
            if issued is None:
                raise ApiError(
                    401,
                    "token_invalid",
                    "Token perangkat tidak berlaku atau sudah dicabut.",
                    "Daftarkan ulang perangkat dengan kode baru.",
                )
            principal, access = issued
            return TokenResponse(
                access_token=access,
                expires_in=settings.access_token_seconds,
                principal_id=principal.id,
                role=principal.role,
                kecamatan_code=principal.kecamatan_code,
            )

    @app.post("/v1/push", response_model=PushResponse, dependencies=[Proto], tags=["sync"])
    def push(body: PushRequest, who: Auth) -> PushResponse:
        device(who)
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
            raise ApiError(
                422, "duplicate_in_batch", "op_id atau device_seq ganda dalam satu kiriman."
            )
        with write_session(get_engine()) as session:
            outcome = logic.push_batch(
                session, who, body.batch_id, body.ops, base_seq=body.base_seq
            )
            epoch = logic.get_epoch(session)
        return PushResponse(batch_id=body.batch_id, server_epoch=epoch, results=outcome.results)

    @app.get("/v1/changes", response_model=ChangesResponse, dependencies=[Proto], tags=["sync"])
    def changes(
        who: Auth,
        stream: Annotated[str, Query(pattern="^(office|reference|feedback)$")],
        since: Annotated[int, Query(ge=0)] = 0,
        limit: Annotated[int | None, Query(ge=1)] = None,
        kecamatan: Annotated[str | None, Query(pattern=protocol.KECAMATAN_PATTERN)] = None,
    ) -> ChangesResponse:
        size = min(limit or settings.page_size, settings.max_page_size)
        if who.role == "device" and kecamatan is not None and kecamatan != who.kecamatan_code:
            raise ApiError(
                403, "forbidden", "Perangkat ini hanya dapat membaca data kecamatannya sendiri."
            )
        with read_session(get_engine()) as session:
            items, cursor, more = logic.changes(session, who, stream, since, size, kecamatan)
            epoch = logic.get_epoch(session)
        return ChangesResponse(
            stream=stream, server_epoch=epoch, changes=items, next_cursor=str(cursor), has_more=more
        )

    @app.post(
        "/v1/attachments/missing",
        response_model=MissingResponse,
        dependencies=[Proto],
        tags=["attachments"],
    )
    def attachments_missing(body: MissingRequest, who: Auth) -> MissingResponse:
        device(who)
        with read_session(get_engine()) as session:
            missing = logic.missing_blobs(session, body.sha256)
        return MissingResponse(missing=missing, chunk_size=settings.chunk_size)

    @app.get(
        "/v1/attachments/{sha256}",
        response_model=BlobState,
        dependencies=[Proto],
        tags=["attachments"],
    )
    def attachment_state(sha256: Annotated[str, _sha_path()], who: Auth) -> BlobState:
        with read_session(get_engine()) as session:
            blob = session.get(Blob, sha256)
            if blob is None:
                raise ApiError(404, "not_found", "Lampiran belum pernah diunggah.")
            return BlobState(
                sha256=sha256, size=blob.size, received=blob.received, complete=blob.complete
            )

    @app.put(
        "/v1/attachments/{sha256}",
        response_model=BlobState,
        dependencies=[Proto],
        tags=["attachments"],
    )
    async def attachment_upload(
        request: Request,
        sha256: Annotated[str, _sha_path()],
        offset: Annotated[int, Query(ge=0)],
        size: Annotated[int, Query(ge=1)],
        who: Auth,
    ) -> BlobState:
        device(who)
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
        return await run_in_threadpool(_store_chunk, who, sha256, offset, size, chunk)

    def _store_chunk(who: Caller, sha: str, offset: int, size: int, chunk: bytes) -> BlobState:
        root = settings.blob_dir
        with write_session(get_engine()) as session:
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
                digest = _file_sha256(partial)
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
                logic.log_write(
                    session, who.principal_id, "attachment", {"sha256": sha, "size": size}
                )
            return BlobState(
                sha256=sha, size=blob.size, received=blob.received, complete=blob.complete
            )

    @app.get(
        "/v1/attachments/{sha256}/content",
        dependencies=[Proto],
        tags=["attachments"],
        responses={200: {"content": {"application/octet-stream": {}}}},
    )
    def attachment_content(sha256: Annotated[str, _sha_path()], who: Auth) -> Response:
        with read_session(get_engine()) as session:
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

    @app.get(
        "/v1/reference/{sha256}",
        dependencies=[Proto],
        tags=["sync"],
        responses={200: {"content": {"application/octet-stream": {}}}},
    )
    def reference_content(sha256: Annotated[str, _sha_path()], who: Auth) -> Response:
        with read_session(get_engine()) as session:
            row = session.get(ReferenceFile, sha256)
            if row is None:
                raise ApiError(404, "not_found", "Berkas referensi tidak ada.")
            return Response(row.content, media_type="application/octet-stream")

    @app.post(
        "/v1/conflicts/{conflict_id}/resolve",
        response_model=ConflictResolveResponse,
        dependencies=[Proto],
        tags=["sync"],
    )
    def conflict_resolve(
        conflict_id: int, body: ConflictResolveRequest, who: Auth
    ) -> ConflictResolveResponse:
        with write_session(get_engine()) as session:
            row = logic.resolve_conflict(session, who, conflict_id, body.choice)
            if row is None:
                raise ApiError(404, "not_found", "Konflik tidak ada.")
            return ConflictResolveResponse(conflict_id=row.id, resolution=str(row.resolution))

    @app.post(
        "/v1/feedback", response_model=FeedbackResponse, dependencies=[Proto], tags=["feedback"]
    )
    def feedback(body: FeedbackRequest, who: Auth) -> FeedbackResponse:
        if who.role not in ("bappeda", "agency"):
            raise ApiError(403, "forbidden", "Hanya Bappeda atau OPD yang memberi status usulan.")
        try:
            with write_session(get_engine()) as session:
                record = logic.set_status(session, who, body.proposal_id, body.status, body.reason)
                data = json.loads(record.data_json)
                return FeedbackResponse(
                    proposal_id=body.proposal_id,
                    rev=record.rev,
                    upstream_status=data["upstream_status"],
                    upstream_reason=data["upstream_reason"],
                )
        except logic.FeedbackRefused as refused:
            raise ApiError(refused.status, refused.code, refused.message) from refused

    @app.get("/v1/stats", dependencies=[Proto], tags=["feedback"])
    def stats_endpoint(who: Auth) -> dict[str, Any]:
        if who.role != "bappeda":
            raise ApiError(403, "forbidden", "Hanya Bappeda.")
        with read_session(get_engine()) as session:
            return logic.stats(session)

    @app.get("/bappeda", response_class=HTMLResponse, include_in_schema=False)
    def bappeda_page(authorization: Annotated[str | None, Header()] = None) -> HTMLResponse:
        with read_session(get_engine()) as session:
            if not _basic_user_ok(session, authorization):
                return HTMLResponse(
                    "Perlu login Bappeda (token pengguna sebagai kata sandi).",
                    status_code=401,
                    headers={"WWW-Authenticate": 'Basic realm="Bappeda"'},
                )
            rows = logic.proposals_overview(session)
        return HTMLResponse(_render_overview(rows))

    app.state.get_engine = get_engine
    install_portal(app, settings)
    # Answers (pages of changes, push results) shrink 5-10x; what matters on 256 kbit/s links.
    app.add_middleware(GZipMiddleware, minimum_size=GZIP_MIN_BYTES, compresslevel=6)
    wrapped = GuardMiddleware
    app.add_middleware(wrapped, settings=settings)
    return app


def _sha_path() -> Any:
    from fastapi import Path as PathParam

    return PathParam(pattern=protocol.SHA256_PATTERN)


def _version_tuple(text: str) -> tuple[int, ...]:
    parts = []
    for piece in text.split(".")[:3]:
        digits = "".join(ch for ch in piece if ch.isdigit())
        parts.append(int(digits) if digits else 0)
    return tuple(parts)


def _file_sha256(path: Any) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


def _basic_user_ok(session: Any, authorization: str | None) -> bool:
    if not authorization or not authorization.lower().startswith("basic "):
        return False
    try:
        decoded = base64.b64decode(authorization[6:]).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return False
    secret = decoded.split(":", 1)[-1]
    principal = session.execute(
        select(Principal).where(Principal.refresh_hash == security.token_hash(secret))
    ).scalar_one_or_none()
    return (
        principal is not None
        and principal.revoked_at is None
        and principal.role in ("bappeda", "agency")
    )


def _render_overview(rows: list[dict[str, Any]]) -> str:
    from app.core.money import format_rupiah

    by_kec: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        by_kec.setdefault(row["kecamatan"], []).append(row)
    parts = [
        "<!doctype html><html lang='id'><head><meta charset='utf-8'>",
        "<title>Usulan diterima per kecamatan</title>",
        "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:2em}"
        "td,th{border:1px solid #999;padding:4px 8px;text-align:left}</style></head><body>",
        "<h1>Usulan Musrenbang Kecamatan yang diterima</h1>",
    ]
    for code, items in sorted(by_kec.items()):
        parts.append(f"<h2>Kecamatan {html.escape(code)} ({len(items)} usulan)</h2>")
        parts.append(
            "<table><tr><th>Nomor</th><th>Usulan</th><th>Perkiraan biaya</th><th>Status kecamatan</th><th>Status kabupaten</th><th>Alasan</th></tr>"
        )
        for item in items:
            cost = item["estimated_cost"]
            upstream = protocol.UPSTREAM_STATUSES.get(
                item["upstream_status"] or "", "belum ditanggapi"
            )
            parts.append(
                "<tr>"
                + "".join(
                    f"<td>{html.escape(str(v))}</td>"
                    for v in (
                        item["number"] or "",
                        item["title"] or "",
                        format_rupiah(cost) if isinstance(cost, int) else "",
                        item["status"] or "",
                        upstream + (" (dihapus)" if item["deleted"] else ""),
                        item["upstream_reason"] or "",
                    )
                )
                + "</tr>"
            )
        parts.append("</table>")
    parts.append("</body></html>")
    return "".join(parts)
