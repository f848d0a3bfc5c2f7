"""SQLModel tables of the client database (Qt-free)."""

from app.models.audit import AuditEvent
from app.models.base import SyncedRecord
from app.models.cycle import PaguAgency, PlanningCycle
from app.models.forum import Attendance, Decision, Delegate, ForumSession
from app.models.proposal import Attachment, Proposal, ProposalAttachment, RoutingConfirmation
from app.models.reference import (
    Agency,
    AgencyBidang,
    KamusItem,
    NomenclatureEntry,
    PlanItem,
    ReferenceImport,
    Region,
    RenstraItem,
)
from app.models.sync_state import AppSetting, OutboxEntry, SyncBase, SyncCursor
from app.models.user import LocalUser

__all__ = [
    "Agency",
    "AgencyBidang",
    "AppSetting",
    "Attachment",
    "Attendance",
    "AuditEvent",
    "Decision",
    "Delegate",
    "ForumSession",
    "KamusItem",
    "LocalUser",
    "NomenclatureEntry",
    "OutboxEntry",
    "PaguAgency",
    "PlanItem",
    "PlanningCycle",
    "Proposal",
    "ProposalAttachment",
    "ReferenceImport",
    "Region",
    "RenstraItem",
    "RoutingConfirmation",
    "SyncBase",
    "SyncCursor",
    "SyncedRecord",
]
