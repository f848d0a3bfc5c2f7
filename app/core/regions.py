"""The villages (desa and kelurahan) of a kecamatan: one query for every caller."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, select

from app.models import Region

VILLAGE_LEVELS = ("desa", "kelurahan")


@dataclass(frozen=True)
class Village:
    code: str
    name: str
    level: str  # "desa" or "kelurahan"


def kecamatan_villages(session: Session, kecamatan_code: str) -> list[Village]:
    """The desa and kelurahan whose parent is ``kecamatan_code``, by code."""
    rows = session.exec(
        select(Region.code, Region.name, Region.level)
        .where(Region.parent_code == kecamatan_code, col(Region.level).in_(VILLAGE_LEVELS))
        .order_by(col(Region.code))
    ).all()
    return [Village(code, name, level) for code, name, level in rows]
