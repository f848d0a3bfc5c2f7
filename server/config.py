"""Server settings, read from the environment once per process.

``DATABASE_URL`` selects PostgreSQL (``postgresql+psycopg://...``); without it the server keeps a
SQLite file ``server.sqlite3`` in the data folder (``MUSRENBANG_HOME`` when set, as for the client,
else the platform's per-user data folder). Attachments always live on disk in that folder.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from app import paths
from common import protocol

SERVER_NAME = "musrenbang-reference-server"
SERVER_VERSION = "1.0.0"
MIN_CLIENT_VERSION = "0.1.0"


def _int_env(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


def _float_env(name: str, default: float) -> float:
    value = os.environ.get(name, "").strip()
    return float(value) if value else default


@dataclass(frozen=True)
class Settings:
    database_url: str
    data_dir: Path
    max_batch_ops: int = protocol.MAX_BATCH_OPS
    max_body_bytes: int = protocol.MAX_BODY_BYTES
    page_size: int = protocol.PAGE_SIZE
    max_page_size: int = protocol.MAX_PAGE_SIZE
    chunk_size: int = protocol.CHUNK_SIZE
    max_attachment_bytes: int = protocol.MAX_ATTACHMENT_BYTES
    access_token_seconds: int = 900
    enrol_code_hours: int = 72
    # Token buckets per access token and per client address: sustained requests per second
    # and burst (an address gets ADDRESS_FACTOR times more, offices may share one).
    rate_per_second: float = 20.0
    rate_burst: int = 200
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def blob_dir(self) -> Path:
        path = self.data_dir / "server-attachments"
        path.mkdir(parents=True, exist_ok=True)
        return path


def load_settings() -> Settings:
    data_dir = paths.data_dir()
    url = os.environ.get("DATABASE_URL", "").strip()
    if not url:
        url = f"sqlite:///{data_dir / 'server.sqlite3'}"
    return Settings(
        database_url=url,
        data_dir=data_dir,
        max_batch_ops=_int_env("MUSRENBANG_SERVER_MAX_BATCH_OPS", protocol.MAX_BATCH_OPS),
        max_body_bytes=_int_env("MUSRENBANG_SERVER_MAX_BODY_BYTES", protocol.MAX_BODY_BYTES),
        chunk_size=_int_env("MUSRENBANG_SERVER_CHUNK_SIZE", protocol.CHUNK_SIZE),
        rate_per_second=_float_env("MUSRENBANG_SERVER_RATE", 20.0),
        rate_burst=_int_env("MUSRENBANG_SERVER_BURST", 200),
        access_token_seconds=_int_env("MUSRENBANG_SERVER_TOKEN_SECONDS", 900),
    )
