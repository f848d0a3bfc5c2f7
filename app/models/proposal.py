"""Proposals (usulan), their attachments, and the office's confirmed routings."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

import annotated_types
from sqlmodel import Field, SQLModel
from sqlmodel.main import finish_init

from app.models.base import SyncedRecord
from app.models.types import UTCDateTime, utcnow
from common.i18n import N_

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


class ProposalContent(SQLModel):
    """What a person fills in for a proposal, declared once: each field's type, limits and
    Indonesian label (``title=``). The form, the village template, the import and export, the
    rules' typed values (``ProposalValues``) and the raw input (``ProposalInput``) all derive
    from these fields; ``Proposal`` stores them."""

    title: str = Field(
        max_length=500,
        title=N_("Judul usulan"),
        schema_extra={"json_schema_extra": {"short": N_("Usulan")}},
    )
    problem: str | None = Field(default=None, max_length=5000, title=N_("Permasalahan"))
    source: str = Field(default="musrenbang_desa", max_length=20, title=N_("Sumber usulan"))
    desa_code: str | None = Field(
        default=None,
        foreign_key="region.code",
        index=True,
        max_length=20,
        title=N_("Desa/kelurahan"),
        schema_extra={"json_schema_extra": {"short": N_("Desa/Kelurahan")}},
    )
    dusun: str | None = Field(default=None, max_length=100, title=N_("Dusun"))
    rt: str | None = Field(default=None, max_length=10, title=N_("RT"))
    rw: str | None = Field(default=None, max_length=10, title=N_("RW"))
    address: str | None = Field(default=None, max_length=500, title=N_("Alamat/lokasi"))
    latitude: float | None = Field(default=None, ge=-90, le=90, title=N_("Lintang"))
    longitude: float | None = Field(default=None, ge=-180, le=180, title=N_("Bujur"))
    volume: float | None = Field(default=None, ge=0, title=N_("Volume"))
    satuan: str | None = Field(default=None, max_length=50, title=N_("Satuan"))
    estimated_cost: int | None = Field(
        default=None,
        ge=0,
        title=N_("Perkiraan biaya"),
        schema_extra={"json_schema_extra": {"short": N_("Perkiraan Biaya")}},
    )
    beneficiaries: int | None = Field(default=None, ge=0, title=N_("Penerima manfaat"))
    beneficiaries_women: int | None = Field(
        default=None, ge=0, title=N_("Penerima manfaat perempuan")
    )
    beneficiaries_poor: int | None = Field(default=None, ge=0, title=N_("Penerima manfaat miskin"))
    beneficiaries_disabled: int | None = Field(
        default=None, ge=0, title=N_("Penerima manfaat disabilitas")
    )
    village_rank: int | None = Field(
        default=None,
        ge=1,
        title=N_("Peringkat prioritas desa"),
        schema_extra={"json_schema_extra": {"short": N_("Peringkat")}},
    )
    kewenangan: str | None = Field(default=None, max_length=12, title=N_("Kewenangan"))
    agency_code: str | None = Field(default=None, max_length=40, title=N_("OPD"))
    bidang_code: str | None = Field(
        default=None,
        max_length=10,
        title=N_("Bidang urusan"),
        schema_extra={"json_schema_extra": {"short": N_("Bidang")}},
    )
    program_code: str | None = Field(default=None, max_length=40, title=N_("Program"))
    kegiatan_code: str | None = Field(default=None, max_length=40, title=N_("Kegiatan"))
    sub_kegiatan_code: str | None = Field(default=None, max_length=40, title=N_("Sub kegiatan"))
    rpjmd_code: str | None = Field(default=None, max_length=40, title=N_("Sasaran/program RPJMD"))
    land_ready: bool = Field(default=False, title=N_("Lahan siap"))
    land_certificate: bool = Field(default=False, title=N_("Sertifikat lahan"))


class ProposalBase(ProposalContent):
    """A stored proposal without the sync bookkeeping: the content plus what the office and
    the kabupaten add (number, cycle, status, decisions). ``Proposal`` validates against it."""

    cycle_id: str = Field(foreign_key="planning_cycle.id", index=True, max_length=36)
    number: str | None = Field(default=None, max_length=40, title=N_("Nomor"))
    planning_year: int
    agreed_amount: int | None = Field(default=None, ge=0, title=N_("Pagu disepakati"))
    status: str = Field(
        default="draft",
        index=True,
        max_length=20,
        title=N_("Status kecamatan"),
        schema_extra={"json_schema_extra": {"short": N_("Status")}},
    )
    status_reason: str | None = Field(default=None, max_length=2000, title=N_("Alasan status"))
    merged_into_id: str | None = Field(default=None, max_length=36)
    upstream_status: str | None = Field(
        default=None, max_length=40, title=N_("Keputusan kabupaten")
    )
    upstream_reason: str | None = Field(default=None, max_length=2000)
    # From a SIPD export: its ID USULAN (re-importing the export updates, never duplicates),
    # SIPD's own STATUS beside ours, and who proposed it (PENGUSUL).
    sipd_id: str | None = Field(
        default=None, index=True, max_length=60, title=N_("ID usulan (SIPD)")
    )
    sipd_status: str | None = Field(default=None, max_length=100, title=N_("Status SIPD"))
    pengusul: str | None = Field(default=None, max_length=300, title=N_("Pengusul"))
    is_demo: bool = Field(default=False)
    problem_count: int = Field(
        default=0,
        ge=0,
        title=N_("Masalah data"),
        schema_extra={"json_schema_extra": {"short": N_("Masalah")}},
    )


class Proposal(ProposalBase, SyncedRecord, table=True):
    """A proposal row. Unlike a plain SQLModel table, building one validates its values
    against ``ProposalBase`` (limits, ranges, types) and raises pydantic's ``ValidationError``;
    rows loaded from the database are not re-validated."""

    __tablename__ = "proposal"

    if not TYPE_CHECKING:  # type checkers keep SQLModel's typed keyword signature

        def __init__(self, **data: Any) -> None:
            if finish_init.get():  # not SQLModel's own construction inside model_validate
                check_values(data)
            super().__init__(**data)

    @property
    def display_label(self) -> str:
        """How a proposal is named in lists and messages: its number and title."""
        return f"{self.number or ''} {self.title}".strip()


def check_values(data: Mapping[str, Any]) -> None:
    """What building a ``Proposal`` checks (raises pydantic's ``ValidationError``); a bulk
    insert of new rows runs it on each row's values, so no path stores an unchecked proposal."""
    ProposalBase.model_validate(data)


CONTENT_FIELDS: tuple[str, ...] = tuple(ProposalContent.model_fields)


def field_label(name: str, model: type[SQLModel] = ProposalBase) -> str:
    """The Indonesian label of a field (its ``title=``), or the name when it has none."""
    info = model.model_fields.get(name)
    return info.title if info is not None and info.title else name


def column_label(name: str, model: type[SQLModel] = ProposalBase) -> str:
    """The field's label as a table column heads it: its ``short`` label, else its label."""
    info = model.model_fields.get(name)
    extra = info.json_schema_extra if info is not None else None
    short = extra.get("short") if isinstance(extra, dict) else None
    return short if isinstance(short, str) else field_label(name, model)


@functools.cache  # the rules ask it for every text field of every row
def max_length(name: str, model: type[SQLModel] = ProposalBase) -> int:
    """The longest text a field holds."""
    for item in model.model_fields[name].metadata:
        if isinstance(item, annotated_types.MaxLen):
            return int(item.max_length)
    raise KeyError(f"{name} has no max_length")


def bounds(name: str, model: type[SQLModel] = ProposalBase) -> tuple[float | None, float | None]:
    """A number field's lowest and highest allowed value (``ge``/``le``), None where open."""
    low: float | None = None
    high: float | None = None
    for item in model.model_fields[name].metadata:
        if isinstance(item, annotated_types.Ge):
            low = float(item.ge)  # type: ignore[arg-type]
        elif isinstance(item, annotated_types.Le):
            high = float(item.le)  # type: ignore[arg-type]
    return low, high


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
