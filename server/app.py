"""The HTTP application (FastAPI): ``create_app`` builds it from the routers in ``server.api``
(and, when present, the portal), with the middleware and the error handlers. Routers stay
thin: validation, authentication and limits there, rules in ``server.logic``. Every error body
is ``{"error": {"code", "message", "hint"}}``."""

from __future__ import annotations

import gc
import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy import Engine
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import GZipMiddleware

from common import protocol
from common.protocol import ErrorBody
from server import api
from server.config import SERVER_VERSION, Settings, load_settings
from server.db import create_server_engine
from server.errors import ApiError, error_response
from server.middleware import GuardMiddleware, TokenBucket
from server.portal import install_portal

log = logging.getLogger(__name__)

GZIP_MIN_BYTES = 1024
COMMON_ERROR_STATUSES = (400, 401, 403, 410, 413, 415, 422, 429, 500)

__all__ = ["ApiError", "TokenBucket", "create_app", "create_served_app", "freeze_built"]


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
        # Every status any route can answer, all in the one error shape (routes add 404/409).
        responses={status: {"model": ErrorBody} for status in COMMON_ERROR_STATUSES},
    )
    app.state.settings = settings
    app.state.get_engine = get_engine

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message, exc.hint, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        if any(e.get("type") == "json_invalid" for e in errors):
            return error_response(400, "malformed_json", "Isi permintaan bukan JSON yang sah.")
        parts = []
        for error in errors[:5]:
            where = ".".join(str(p) for p in error.get("loc", ()) if p != "body")
            parts.append(f"{where}: {error.get('msg')}")
        return error_response(422, "invalid_request", "Permintaan tidak sah: " + "; ".join(parts))

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        return error_response(exc.status_code, code, str(exc.detail))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        # A bug, never an answer: logged with its traceback, the batch rolled back by its
        # session, and the caller still gets the documented shape.
        log.error("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
        return error_response(
            500,
            "internal_error",
            "Terjadi kesalahan di server; tidak ada perubahan yang disimpan dari permintaan ini.",
            "Coba lagi nanti; bila berulang, hubungi admin server kabupaten.",
        )

    app.include_router(api.router)
    install_portal(app, settings)

    # Answers (pages of changes, push results) shrink 5-10x; what matters on 256 kbit/s links.
    app.add_middleware(GZipMiddleware, minimum_size=GZIP_MIN_BYTES, compresslevel=6)
    app.add_middleware(GuardMiddleware, settings=settings)
    return app


def freeze_built(app: FastAPI) -> FastAPI:
    """Move everything built so far out of the collector's generations (``gc.freeze``).

    The ~140,000 objects made at start-up (modules, routes, SQLAlchemy and Jinja machinery) live
    as long as the process: frozen, a full collection no longer walks them. Under load such a
    walk stalled one request in thirty by 200-400 ms (portal dashboard, 40,000 proposals). Only
    for a serving process: tests and the CLI build apps without it."""
    gc.freeze()
    return app


def create_served_app() -> FastAPI:
    """The factory ``musrenbang-server serve --workers N`` gives uvicorn: each worker process
    builds its app from the environment's settings and then freezes it, like the single process."""
    return freeze_built(create_app())
