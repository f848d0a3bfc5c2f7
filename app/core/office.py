"""The identity of this installation's office: which kabupaten and kecamatan it serves."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from sqlmodel import Session

from app.models import AppSetting
from app.models.types import utcnow

_KEY = "office"


@dataclass(frozen=True)
class Office:
    kabupaten_code: str
    kecamatan_code: str
    is_demo: bool = False


def get_office(session: Session) -> Office | None:
    row = session.get(AppSetting, _KEY)
    return Office(**json.loads(row.value_json)) if row else None


def set_office(session: Session, office: Office) -> None:
    row = session.get(AppSetting, _KEY)
    value = json.dumps(asdict(office))
    if row is None:
        session.add(AppSetting(key=_KEY, value_json=value))
    else:
        row.value_json, row.updated_at = value, utcnow()
