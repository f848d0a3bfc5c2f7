"""Counts of the reference data, for ``musrenbang ref stats`` and the reference page."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, func
from sqlmodel import SQLModel, col, select

from app.models import (
    Agency,
    KamusItem,
    NomenclatureEntry,
    PlanItem,
    Region,
    RenstraItem,
)
from app.models.db import read_session
from app.models.reference import NOMENCLATURE_LEVELS, REGION_LEVELS, RPJMD_LEVELS


def _count_by_level(
    session: Any, model: type[SQLModel], level_column: Any, levels: tuple[str, ...]
) -> dict[str, int]:
    rows = session.exec(
        select(level_column, func.count()).select_from(model).group_by(level_column)
    ).all()
    found = {str(level): int(n) for level, n in rows}
    return {level: found.get(level, 0) for level in levels}


def reference_stats(engine: Engine) -> dict[str, Any]:
    with read_session(engine) as session:

        def total(model: type[SQLModel]) -> int:
            return int(session.exec(select(func.count()).select_from(model)).one())

        regions = _count_by_level(session, Region, col(Region.level), REGION_LEVELS)
        return {
            "nomenclature": _count_by_level(
                session, NomenclatureEntry, col(NomenclatureEntry.level), NOMENCLATURE_LEVELS
            ),
            "regions": {level: n for level, n in regions.items() if level != "provinsi" or n},
            "agencies": total(Agency),
            "rpjmd": _count_by_level(session, PlanItem, col(PlanItem.level), RPJMD_LEVELS),
            "renstra": total(RenstraItem),
            "kamus": total(KamusItem),
        }
