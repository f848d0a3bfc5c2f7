"""Dependencies shared by every router: the settings and engine of the running app, the
protocol header check and the authenticated caller."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import Depends, Header, Request
from fastapi import Path as PathParam
from sqlalchemy import Engine

from common import protocol
from server import security
from server.config import MIN_CLIENT_VERSION, Settings
from server.db import read_session
from server.errors import ApiError
from server.security import Caller


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_engine(request: Request) -> Engine:
    factory: Callable[[], Engine] = request.app.state.get_engine
    return factory()


SettingsDep = Annotated[Settings, Depends(get_settings)]
EngineDep = Annotated[Engine, Depends(get_engine)]


def version_tuple(text: str) -> tuple[int, ...]:
    parts = []
    for piece in text.split(".")[:3]:
        digits = "".join(ch for ch in piece[:12] if ch.isdigit())
        parts.append(int(digits) if digits else 0)
    return tuple(parts)


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
    if x_musrenbang_client is not None and version_tuple(x_musrenbang_client) < version_tuple(
        MIN_CLIENT_VERSION
    ):
        raise ApiError(
            410,
            "client_too_old",
            "Versi aplikasi terlalu lama.",
            f"Perbarui ke versi {MIN_CLIENT_VERSION} atau lebih baru.",
        )


def caller(engine: EngineDep, authorization: Annotated[str | None, Header()] = None) -> Caller:
    if not authorization or not authorization.lower().startswith("bearer "):
        raise ApiError(
            401, "unauthenticated", "Token akses tidak ada.", headers={"WWW-Authenticate": "Bearer"}
        )
    token = authorization[7:].strip()
    with read_session(engine) as session:
        found = security.authenticate(session, token)
        problem = security.token_problem(session, token) if found is None else ""
    if found is None:
        if problem == "expired":
            # Not a revocation: the client asks /v1/token for a fresh one and carries on.
            raise ApiError(
                401,
                "token_expired",
                "Token akses sudah kedaluwarsa.",
                "Minta token akses baru dengan token perangkat (POST /v1/token).",
                {"WWW-Authenticate": 'Bearer error="invalid_token"'},
            )
        raise ApiError(
            401,
            "token_invalid",
            "Token tidak berlaku atau sudah dicabut.",
            "Daftarkan ulang perangkat.",
            {"WWW-Authenticate": "Bearer"},
        )
    return found


def require_device(who: Caller) -> Caller:
    """The caller, who must be an enrolled kecamatan device."""
    if who.role != "device" or who.kecamatan_code is None:
        raise ApiError(403, "forbidden", "Hanya perangkat kecamatan yang terdaftar.")
    return who


Proto = Depends(protocol_check)
Auth = Annotated[Caller, Depends(caller)]


def sha_path() -> Any:
    return PathParam(pattern=protocol.SHA256_PATTERN)
