"""SQLModel tables of the client database (Qt-free)."""

from app.models.audit import AuditEvent
from app.models.base import SyncedRecord
from app.models.cycle import PaguAgency, PlanningCycle
from app.models.desk import ProposalDraft
from app.models.forum import Attendance, Decision, Delegate, ForumSession
from app.models.forum_scoring import ForumCriterion, ForumOrderOverride, ForumRating
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
from app.models.sync_client import SyncConflict
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
    "ForumCriterion",
    "ForumOrderOverride",
    "ForumRating",
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
    "ProposalDraft",
    "ReferenceImport",
    "Region",
    "RenstraItem",
    "RoutingConfirmation",
    "SyncBase",
    "SyncConflict",
    "SyncCursor",
    "SyncedRecord",
]
