"""Where the client keeps its sync configuration and state: ``AppSetting`` rows (office data,
so they travel with a backup), never the token itself (that goes to the keyring)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from sqlmodel import Session

from app.models import AppSetting
from app.models.types import utcnow

CONFIG_KEY = "sync"
STATE_KEY = "sync_state"


@dataclass
class SyncConfig:
    server_url: str
    device_id: str
    kecamatan_code: str
    allow_insecure_http: bool = False
    enrolled_at: str = ""
    # The first outbox number this enrolment sends (``base_seq`` + 1 in every push).
    first_seq: int | None = None


@dataclass
class SyncState:
    last_sync_at: str | None = None
    last_attempt_at: str | None = None
    last_result: str | None = None  # ok | error | paused
    last_error: str | None = None
    paused_reason: str | None = None
    server_epoch: str | None = None
    issues: list[str] = field(default_factory=list)


def _get(session: Session, key: str) -> dict[str, Any] | None:
    row = session.get(AppSetting, key)
    return json.loads(row.value_json) if row else None


def _put(session: Session, key: str, value: dict[str, Any]) -> None:
    row = session.get(AppSetting, key)
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    if row is None:
        session.add(AppSetting(key=key, value_json=text))
    else:
        row.value_json, row.updated_at = text, utcnow()
        session.add(row)


def load_config(session: Session) -> SyncConfig | None:
    data = _get(session, CONFIG_KEY)
    return SyncConfig(**data) if data else None


def save_config(session: Session, config: SyncConfig) -> None:
    _put(session, CONFIG_KEY, asdict(config))


def load_state(session: Session) -> SyncState:
    data = _get(session, STATE_KEY)
    return SyncState(**data) if data else SyncState()


def save_state(session: Session, state: SyncState) -> None:
    _put(session, STATE_KEY, asdict(state))


def iso(moment: datetime) -> str:
    return moment.isoformat()
