"""Proposals (usulan), their attachments, and the office's confirmed routings."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from app.models.base import SyncedRecord
from app.models.types import UTCDateTime, utcnow

PROPOSAL_SOURCES = ("musrenbang_desa", "kecamatan", "pokir_dprd")
KEWENANGAN_LEVELS = ("desa", "kabupaten", "provinsi", "pusat")
PROPOSAL_STATUSES = (
    "draft",
    "verified",
    "in_forum",
    "agreed",
    "not_agreed",
    "moved_to_village",
    "postponed",
    "merged",
)
ATTACHMENT_KINDS = ("photo", "letter", "rab", "land_evidence", "other")


class Proposal(SyncedRecord, table=True):
    __tablename__ = "proposal"

    cycle_id: str = Field(foreign_key="planning_cycle.id", index=True, max_length=36)
    number: str | None = Field(default=None, max_length=40)
    source: str = Field(default="musrenbang_desa", max_length=20)
    planning_year: int
    desa_code: str | None = Field(
        default=None, foreign_key="region.code", index=True, max_length=20
    )
    dusun: str | None = Field(default=None, max_length=100)
    rt: str | None = Field(default=None, max_length=10)
    rw: str | None = Field(default=None, max_length=10)
    title: str = Field(max_length=500)
    problem: str | None = Field(default=None, max_length=5000)
    address: str | None = Field(default=None, max_length=500)
    latitude: float | None = Field(default=None, ge=-90, le=90)
    longitude: float | None = Field(default=None, ge=-180, le=180)
    volume: float | None = Field(default=None, ge=0)
    satuan: str | None = Field(default=None, max_length=50)
    estimated_cost: int | None = Field(default=None, ge=0)
    agreed_amount: int | None = Field(default=None, ge=0)
    beneficiaries: int | None = Field(default=None, ge=0)
    beneficiaries_women: int | None = Field(default=None, ge=0)
    beneficiaries_poor: int | None = Field(default=None, ge=0)
    beneficiaries_disabled: int | None = Field(default=None, ge=0)
    village_rank: int | None = Field(default=None, ge=1)
    kewenangan: str | None = Field(default=None, max_length=12)
    agency_code: str | None = Field(default=None, max_length=40)
    bidang_code: str | None = Field(default=None, max_length=10)
    program_code: str | None = Field(default=None, max_length=40)
    kegiatan_code: str | None = Field(default=None, max_length=40)
    sub_kegiatan_code: str | None = Field(default=None, max_length=40)
    rpjmd_code: str | None = Field(default=None, max_length=40)
    land_ready: bool = Field(default=False)
    land_certificate: bool = Field(default=False)
    status: str = Field(default="draft", index=True, max_length=20)
    status_reason: str | None = Field(default=None, max_length=2000)
    merged_into_id: str | None = Field(default=None, max_length=36)
    upstream_status: str | None = Field(default=None, max_length=40)
    upstream_reason: str | None = Field(default=None, max_length=2000)
    # From a SIPD export: its ID USULAN (re-importing the export updates, never duplicates),
    # SIPD's own STATUS beside ours, and who proposed it (PENGUSUL).
    sipd_id: str | None = Field(default=None, index=True, max_length=60)
    sipd_status: str | None = Field(default=None, max_length=100)
    pengusul: str | None = Field(default=None, max_length=300)
    is_demo: bool = Field(default=False)
    problem_count: int = Field(default=0, ge=0)


class Attachment(SQLModel, table=True):
    """A file in the content-addressed store; the path is derived from the hash."""

    __tablename__ = "attachment"

    sha256: str = Field(primary_key=True, max_length=64)
    size: int = Field(ge=0)
    mime_type: str = Field(max_length=100)
    stored_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class ProposalAttachment(SyncedRecord, table=True):
    __tablename__ = "proposal_attachment"

    proposal_id: str = Field(foreign_key="proposal.id", index=True, max_length=36)
    sha256: str = Field(foreign_key="attachment.sha256", max_length=64)
    kind: str = Field(default="photo", max_length=20)
    original_name: str = Field(max_length=255)
    caption: str | None = Field(default=None, max_length=500)


class RoutingConfirmation(SyncedRecord, table=True):
    """An operator accepted or corrected the scorer's routing: evidence for later proposals."""

    __tablename__ = "routing_confirmation"

    proposal_id: str | None = Field(default=None, foreign_key="proposal.id", max_length=36)
    text: str = Field(max_length=5000)
    bidang_code: str = Field(max_length=10)
    agency_code: str | None = Field(default=None, max_length=40)
    sub_kegiatan_code: str | None = Field(default=None, max_length=40)
    suggested_bidang_code: str | None = Field(default=None, max_length=10)
    accepted: bool = Field(default=True)
