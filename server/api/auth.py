"""Server information, device enrolment and access tokens."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter

from common import protocol
from common.protocol import (
    EnrollRequest,
    EnrollResponse,
    InfoResponse,
    Limits,
    TokenRequest,
    TokenResponse,
)
from server import logic, security
from server.config import MIN_CLIENT_VERSION, SERVER_NAME, SERVER_VERSION
from server.db import read_session, write_session
from server.deps import EngineDep, Proto, SettingsDep
from server.errors import ApiError

router = APIRouter()


@router.get("/v1/info", response_model=InfoResponse, tags=["info"])
def info(engine: EngineDep, settings: SettingsDep) -> InfoResponse:
    with read_session(engine) as session:
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


@router.post("/v1/enroll", response_model=EnrollResponse, dependencies=[Proto], tags=["auth"])
def enroll(body: EnrollRequest, engine: EngineDep) -> EnrollResponse:
    with write_session(engine) as session:
        enrolled = security.enrol_device(session, body.code, body.device_name, body.enrol_key)
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


@router.post("/v1/token", response_model=TokenResponse, dependencies=[Proto], tags=["auth"])
def token(body: TokenRequest, engine: EngineDep, settings: SettingsDep) -> TokenResponse:
    with write_session(engine) as session:
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
