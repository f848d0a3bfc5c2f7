"""Tables of the proposal desk that are local to this installation (never synchronised).

``proposal_draft`` keeps what an operator typed in the proposal form, written every few seconds,
so a crash or a power cut loses nothing: the form restores the draft on the next start.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from app.models.proposal import Proposal
from app.models.types import UTCDateTime, new_uuid, utcnow


class ProposalDraft(SQLModel, table=True):
    """Unsaved form content; ``proposal_id`` is empty for a proposal not yet created."""

    __tablename__ = "proposal_draft"

    id: str = Field(default_factory=new_uuid, primary_key=True, max_length=36)
    proposal_id: str | None = Field(
        default=None, foreign_key="proposal.id", index=True, max_length=36
    )
    cycle_id: str = Field(foreign_key="planning_cycle.id", index=True, max_length=36)
    form_json: str
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


# Indexes for the proposal list (filter and sort in SQL); declared here so that the proposal
# table's module stays as the data layer wrote it. Created by migration 0004.
_proposal = Proposal.__table__  # type: ignore[attr-defined]
Index(
    "ix_proposal_cycle_deleted_desa",
    _proposal.c.cycle_id,
    _proposal.c.deleted,
    _proposal.c.desa_code,
)
# The filter lists (which agencies, bidang and kewenangan occur in a cycle) read only these
# indexes instead of every proposal row. Created by migration 0006.
for _column in ("agency_code", "bidang_code", "kewenangan"):
    Index(
        f"ix_proposal_cycle_{_column}",
        _proposal.c.cycle_id,
        _proposal.c.deleted,
        _proposal.c[_column],
    )
