"""Reference data: regions, planning nomenclature, agencies, RPJMD, Renstra, kamus usulan.

These tables are replaced wholesale by importers (from the bundled files, the kabupaten's own
files, or the sync server's reference stream); they are not edited row by row in the office,
so they carry natural codes as keys instead of UUIDs.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from app.models.types import UTCDateTime, utcnow

REGION_LEVELS = ("provinsi", "kabupaten", "kecamatan", "desa", "kelurahan")
NOMENCLATURE_LEVELS = ("urusan", "bidang", "program", "kegiatan", "sub_kegiatan")
RPJMD_LEVELS = ("visi", "misi", "tujuan", "sasaran", "program_prioritas")
RENSTRA_LEVELS = ("program", "kegiatan", "sub_kegiatan")


class Region(SQLModel, table=True):
    __tablename__ = "region"

    code: str = Field(primary_key=True, max_length=20)
    level: str = Field(index=True, max_length=12)
    name: str = Field(max_length=200)
    parent_code: str | None = Field(default=None, index=True, max_length=20)


class NomenclatureEntry(SQLModel, table=True):
    __tablename__ = "nomenclature_entry"

    code: str = Field(primary_key=True, max_length=40)
    level: str = Field(index=True, max_length=12)
    name: str = Field(max_length=1000)
    kinerja: str | None = Field(default=None, max_length=2000)
    indikator: str | None = Field(default=None, max_length=2000)
    satuan: str | None = Field(default=None, max_length=100)
    parent_code: str | None = Field(default=None, index=True, max_length=40)


class Agency(SQLModel, table=True):
    """An OPD (perangkat daerah). ``is_default`` marks the bundled placeholder list."""

    __tablename__ = "agency"

    code: str = Field(primary_key=True, max_length=40)
    name: str = Field(max_length=300)
    abbreviation: str | None = Field(default=None, max_length=40)
    is_default: bool = Field(default=False)


class AgencyBidang(SQLModel, table=True):
    """Which bidang urusan an agency holds; an agency usually holds one, sometimes several."""

    __tablename__ = "agency_bidang"

    agency_code: str = Field(primary_key=True, foreign_key="agency.code", max_length=40)
    bidang_code: str = Field(primary_key=True, index=True, max_length=10)


class PlanItem(SQLModel, table=True):
    """One node of the RPJMD tree (visi → misi → tujuan → sasaran → program prioritas)."""

    __tablename__ = "plan_item"
    __table_args__ = (UniqueConstraint("plan_kind", "code"),)

    id: int | None = Field(default=None, primary_key=True)
    plan_kind: str = Field(default="rpjmd", max_length=20)
    period: str | None = Field(default=None, max_length=20)
    level: str = Field(index=True, max_length=20)
    code: str = Field(max_length=40)
    parent_code: str | None = Field(default=None, index=True, max_length=40)
    name: str = Field(max_length=2000)
    indikator: str | None = Field(default=None, max_length=2000)
    satuan: str | None = Field(default=None, max_length=100)
    baseline: str | None = Field(default=None, max_length=100)
    target: str | None = Field(default=None, max_length=100)
    nomenclature_code: str | None = Field(default=None, index=True, max_length=40)
    agency_code: str | None = Field(default=None, max_length=40)
    is_demo: bool = Field(default=False)


class RenstraItem(SQLModel, table=True):
    """An agency's Renstra line: program, kegiatan or sub kegiatan with target and budget."""

    __tablename__ = "renstra_item"

    id: int | None = Field(default=None, primary_key=True)
    agency_code: str = Field(index=True, max_length=40)
    level: str = Field(max_length=20)
    nomenclature_code: str = Field(index=True, max_length=40)
    name: str = Field(max_length=1000)
    indikator: str | None = Field(default=None, max_length=2000)
    satuan: str | None = Field(default=None, max_length=100)
    target: str | None = Field(default=None, max_length=100)
    year: int | None = Field(default=None)
    indicative_budget: int | None = Field(default=None)


class KamusItem(SQLModel, table=True):
    """One entry of the region's kamus usulan (menu of allowed proposal items)."""

    __tablename__ = "kamus_item"

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(index=True, max_length=40)
    name: str = Field(max_length=500)
    jenis: str | None = Field(default=None, max_length=40)
    agency_name: str | None = Field(default=None, max_length=300)
    agency_code: str | None = Field(default=None, max_length=40)
    sub_kegiatan_code: str | None = Field(default=None, max_length=40)
    satuan: str | None = Field(default=None, max_length=100)
    unit_price: int | None = Field(default=None)


class ReferenceImport(SQLModel, table=True):
    """Provenance of every reference import: which file, its hash, when, how many rows."""

    __tablename__ = "reference_import"

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=20)
    source_name: str = Field(max_length=500)
    sha256: str = Field(max_length=64)
    rows: int
    imported_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
