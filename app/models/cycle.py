"""Planning cycles and their indicative ceilings (pagu indikatif)."""

from __future__ import annotations

from sqlalchemy import UniqueConstraint
from sqlmodel import Field

from app.models.base import SyncedRecord


class PlanningCycle(SyncedRecord, table=True):
    """One kecamatan's Musrenbang for one planning year (the RKPD year it feeds)."""

    __tablename__ = "planning_cycle"
    __table_args__ = (UniqueConstraint("kecamatan_code", "year"),)

    year: int = Field(index=True)
    kecamatan_code: str = Field(foreign_key="region.code", max_length=20)
    name: str = Field(max_length=200)
    pagu_total: int = Field(default=0, ge=0)
    status: str = Field(default="open", max_length=20)
    is_demo: bool = Field(default=False)


class PaguAgency(SyncedRecord, table=True):
    __tablename__ = "pagu_agency"
    __table_args__ = (UniqueConstraint("cycle_id", "agency_code"),)

    cycle_id: str = Field(foreign_key="planning_cycle.id", index=True, max_length=36)
    agency_code: str = Field(foreign_key="agency.code", max_length=40)
    amount: int = Field(default=0, ge=0)
