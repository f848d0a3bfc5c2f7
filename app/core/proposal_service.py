"""Saving (with attachments and routing), deleting and restoring proposals; form drafts.

Every write is one ``write_session`` transaction (BEGIN IMMEDIATE) holding the change, its
outbox entry (written by the flush hook) and its audit event with the before/after of the
fields that changed. Validation is ``app.core.proposal_rules``: errors refuse the save,
warnings are saved and counted in ``problem_count``. Status changes are
``app.core.status_change``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from app.core.attachments import PendingFile, check_files, link_file, store_file
from app.core.audit import AuditBatch, record_event
from app.core.proposal_queries import agency_names
from app.core.proposal_rules import (
    FieldProblem,
    ProposalInput,
    ProposalValues,
    RuleContext,
    ValidationResult,
    load_rule_context,
    problem_count,
    validate_proposal,
)
from app.core.workflow import FINAL, STATUS_LABELS
from app.errors import UserError
from app.models import PlanningCycle, Proposal, ProposalDraft, RoutingConfirmation
from app.models.db import read_session, write_session
from app.models.outbox import BulkInsert
from app.models.proposal import CONTENT_FIELDS, check_values, max_length
from app.models.types import utcnow
from common.i18n import _

NUMBER_PREFIX = "USL"
DRAFT_MAX_BYTES = 5 * 1024 * 1024
MAX_PROBLEMS_IN_MESSAGE = 10


class ProposalValidationFailed(UserError):
    """The proposal was not saved; ``problems`` names each field to fix."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        errors = [p for p in problems if p.severity == "error"]
        shown = "\n  ".join(str(p) for p in errors[:MAX_PROBLEMS_IN_MESSAGE])
        more = len(errors) - MAX_PROBLEMS_IN_MESSAGE
        tail = _("\n  … dan {more} lainnya.").format(more=more) if more > 0 else ""
        super().__init__(
            _("Usulan belum disimpan. Perbaiki {count} isian:\n  {shown}{tail}").format(
                count=len(errors), shown=shown, tail=tail
            ),
            hint=_("Draf isian tetap tersimpan; perbaiki lalu simpan lagi."),
        )
        self.problems = problems


class ProposalNotFound(UserError):
    pass


@dataclass(frozen=True)
class SaveResult:
    proposal_id: str
    number: str | None
    created: bool
    changed_fields: tuple[str, ...]
    problems: tuple[FieldProblem, ...]  # warnings kept with the proposal


# --- numbering ---------------------------------------------------------------------------------


class NumberSequence:
    """Hands out "USL-<year>-<nnnn>" numbers for one cycle inside a write transaction."""

    def __init__(self, session: Session, cycle: PlanningCycle) -> None:
        self.prefix = f"{NUMBER_PREFIX}-{cycle.year}-"
        pattern = re.compile(re.escape(self.prefix) + r"(\d+)$")
        highest = 0
        for number in session.exec(
            select(Proposal.number).where(
                Proposal.cycle_id == cycle.id, col(Proposal.number).startswith(self.prefix)
            )
        ).all():
            match = pattern.match(number or "")
            if match:
                highest = max(highest, int(match.group(1)))
        self._next = highest + 1

    def next(self) -> str:
        number = f"{self.prefix}{self._next:04d}"
        self._next += 1
        return number


def next_number(session: Session, cycle: PlanningCycle) -> str:
    return NumberSequence(session, cycle).next()


# --- create / update / delete ------------------------------------------------------------------


def _cycle(session: Session, cycle_id: str) -> PlanningCycle:
    cycle = session.get(PlanningCycle, cycle_id)
    if cycle is None or cycle.deleted:
        raise UserError(
            _("Siklus perencanaan tidak ditemukan."),
            hint=_("Pilih atau buat siklus perencanaan dulu."),
        )
    return cycle


def _proposal(session: Session, proposal_id: str) -> Proposal:
    proposal = session.get(Proposal, proposal_id)
    if proposal is None:
        raise ProposalNotFound(
            _("Usulan tidak ditemukan."), hint=_("Mungkin sudah dihapus; muat ulang daftar usulan.")
        )
    return proposal


def check_proposal(
    engine: Engine, cycle_id: str, data: ProposalInput, *, proposal_id: str | None = None
) -> ValidationResult:
    """Validate without saving (for a form showing problems as the operator types)."""
    with read_session(engine) as session:
        ctx = load_rule_context(session, cycle_id)
        return validate_proposal(data, ctx, proposal_id=proposal_id)


def insert_proposal(
    session: Session,
    cycle: PlanningCycle,
    values: ProposalValues,
    *,
    actor: str | None,
    count: int,
    number: str | None = None,
    numbers: NumberSequence | None = None,
    audit_action: str = "create",
    audit_reason: str | None = None,
    upstream_status: str | None = None,
    extra: dict[str, Any] | None = None,
    audit: AuditBatch | None = None,
) -> Proposal:
    """Add a validated proposal in the caller's transaction, numbered and audited.

    ``extra`` sets further columns (an import's SIPD id, status, pengusul) in the same insert.
    With ``audit`` (an import's batch) nothing is flushed here: the proposal, its outbox
    entry and its audit event are written at the batch's next ``flush``.
    """
    number = number or (numbers or NumberSequence(session, cycle)).next()
    proposal = Proposal(**_new_row(cycle, values, count, number, upstream_status, extra))
    session.add(proposal)
    after = {"number": proposal.number, **_jsonable(values.as_dict())}
    if audit is not None:
        audit.record(
            actor=actor,
            entity="proposal",
            entity_id=proposal.id,
            action=audit_action,
            after=after,
            reason=audit_reason,
        )
        return proposal
    session.flush()
    record_event(
        session,
        actor=actor,
        entity="proposal",
        entity_id=proposal.id,
        action=audit_action,
        after=after,
        reason=audit_reason,
    )
    return proposal


def new_proposal_rows(session: Session) -> BulkInsert:
    """Where ``queue_proposal`` puts an import's new proposals: checked as building a
    ``Proposal`` checks them, written with their outbox entries as multi-row inserts."""
    return BulkInsert(session, Proposal, validate=check_values)


def queue_proposal(
    rows: BulkInsert,
    cycle: PlanningCycle,
    values: ProposalValues,
    *,
    actor: str | None,
    count: int,
    audit: AuditBatch,
    numbers: NumberSequence,
    number: str | None = None,
    audit_action: str = "create",
    audit_reason: str | None = None,
    upstream_status: str | None = None,
    extra: dict[str, Any] | None = None,
) -> str:
    """``insert_proposal`` for many rows: the same row, outbox entry and audit event, queued in
    ``rows`` (from ``new_proposal_rows``) and ``audit``; both are written at their ``flush``,
    ``rows`` first. Returns the new proposal's id."""
    number = number or numbers.next()
    row = rows.add(**_new_row(cycle, values, count, number, upstream_status, extra))
    audit.record(
        actor=actor,
        entity="proposal",
        entity_id=row["id"],
        action=audit_action,
        after={"number": row["number"], **_jsonable(values.as_dict())},
        reason=audit_reason,
    )
    return str(row["id"])


def _new_row(
    cycle: PlanningCycle,
    values: ProposalValues,
    count: int,
    number: str,
    upstream_status: str | None,
    extra: dict[str, Any] | None,
) -> dict[str, Any]:
    """A new proposal's columns, the same for ``insert_proposal`` and ``queue_proposal``."""
    row: dict[str, Any] = {
        "cycle_id": cycle.id,
        "planning_year": cycle.year,
        "number": number,
        "problem_count": count,
        "upstream_status": upstream_status,
        **values.as_dict(),
    }
    for name, value in (extra or {}).items():
        if name in row:  # extra columns add to the values, never override them
            raise TypeError(f"extra column {name} is already set")
        row[name] = value
    return row


def apply_values(
    session: Session,
    proposal: Proposal,
    values: ProposalValues,
    *,
    actor: str | None,
    count: int,
    audit_action: str = "update",
    audit_reason: str | None = None,
    audit: AuditBatch | None = None,
) -> tuple[str, ...]:
    """Write changed content fields to ``proposal``; audit them (through ``audit`` when a
    batch is open); return their names."""
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    for name, new in values.as_dict().items():
        old = getattr(proposal, name)
        if old != new:
            before[name], after[name] = old, new
            setattr(proposal, name, new)
    if proposal.problem_count != count:
        proposal.problem_count = count
    if before and audit is not None:
        audit.record(
            actor=actor,
            entity="proposal",
            entity_id=proposal.id,
            action=audit_action,
            before=_jsonable(before),
            after=_jsonable(after),
            reason=audit_reason,
        )
    elif before:
        record_event(
            session,
            actor=actor,
            entity="proposal",
            entity_id=proposal.id,
            action=audit_action,
            before=_jsonable(before),
            after=_jsonable(after),
            reason=audit_reason,
        )
    session.add(proposal)
    return tuple(before)


def _jsonable(values: Mapping[str, Any]) -> dict[str, Any]:
    """A plain dict for the audit JSON (floats, ints, text and booleans only)."""
    return dict(values)


@dataclass(frozen=True)
class SuggestedRouting:
    """What the scorer suggested when the operator saved: tells a kept suggestion from a
    corrected one in the routing confirmation."""

    bidang_code: str | None = None
    agency_code: str | None = None
    sub_kegiatan_code: str | None = None


_ROUTING_FIELDS = ("agency_code", "bidang_code", "sub_kegiatan_code")


def save_proposal(
    engine: Engine,
    cycle_id: str,
    data: ProposalInput,
    *,
    actor: str | None,
    proposal_id: str | None = None,
    expected_rev: int | None = None,
    draft_id: str | None = None,
    attachments: Sequence[PendingFile] = (),
    suggested: SuggestedRouting | None = None,
) -> SaveResult:
    """The form's save: a new proposal in ``cycle_id`` (``proposal_id`` None) or the changes
    to an existing one, with its pending attachments and its routing confirmation.

    The attachments are checked first (each exists, has a type its kind accepts, is within
    its size limit): a bad file refuses the save before anything is written. Then the
    proposal, its attachment links, its routing confirmation (when a bidang is chosen) and
    its audit events are written in one transaction, the proposal's routing set before its
    single write, so each row gets one outbox op. The draft it came from is discarded with
    it. ``expected_rev`` (the revision the form was opened on) refuses to overwrite a change
    saved meanwhile by someone else or by sync.
    """
    stored = [store_file(c) for c in check_files(attachments)]
    with write_session(engine) as session:
        if proposal_id is None:
            cycle = _cycle(session, cycle_id)
            result = _validated(session, data, cycle.id, None)
            _derive_routing_codes(result.values)
            proposal = insert_proposal(
                session, cycle, result.values, actor=actor, count=problem_count(result)
            )
            before: dict[str, Any] | None = None
            changed = CONTENT_FIELDS
        else:
            proposal = _editable(session, proposal_id, expected_rev)
            result = _validated(session, data, proposal.cycle_id, proposal.id)
            _derive_routing_codes(result.values)
            before = {name: getattr(proposal, name) for name in _ROUTING_FIELDS}
            changed = apply_values(
                session, proposal, result.values, actor=actor, count=problem_count(result)
            )
        if proposal.bidang_code:
            _confirm_routing(session, proposal, before, suggested, actor=actor)
        for item in stored:
            link_file(session, proposal.id, item, actor=actor)
        if draft_id:
            _discard(session, draft_id)
        return SaveResult(
            proposal.id,
            proposal.number,
            proposal_id is None,
            changed,
            tuple(result.problems),
        )


def _validated(
    session: Session, data: ProposalInput, cycle_id: str, proposal_id: str | None
) -> ValidationResult:
    result = validate_proposal(data, load_rule_context(session, cycle_id), proposal_id=proposal_id)
    if not result.ok:
        raise ProposalValidationFailed(result.problems)
    return result


def _editable(session: Session, proposal_id: str, expected_rev: int | None) -> Proposal:
    proposal = _proposal(session, proposal_id)
    if proposal.deleted:
        raise UserError(
            _("Usulan ini sudah dihapus."), hint=_("Pulihkan dulu bila ingin mengubahnya.")
        )
    if proposal.status in FINAL:
        raise UserError(
            _("Usulan {number} berstatus {status}; isinya tidak dapat diubah lagi.").format(
                number=proposal.number, status=_(STATUS_LABELS[proposal.status])
            ),
            hint=_("Kembalikan statusnya ke 'Dibahas di forum' bila perlu diubah."),
        )
    if expected_rev is not None and proposal.rev != expected_rev:
        raise UserError(
            _("Usulan {number} sudah diubah di tempat lain sejak formulir dibuka.").format(
                number=proposal.number
            ),
            hint=_("Isian Anda tersimpan sebagai draf; muat ulang usulan lalu terapkan lagi."),
        )
    return proposal


def _derive_routing_codes(values: ProposalValues) -> None:
    """A routed proposal's program and kegiatan are the first parts of its sub kegiatan code
    (1.03.10.2.01.0001 → program 1.03.10, kegiatan 1.03.10.2.01). Both pass the code check
    the sub kegiatan passed, so the problem count stays the one just computed."""
    if not values.bidang_code or not values.sub_kegiatan_code:
        return
    parts = values.sub_kegiatan_code.split(".")
    if len(parts) >= 6:
        values.program_code = ".".join(parts[:3])
        values.kegiatan_code = ".".join(parts[:5])


def store_routing_confirmation(
    session: Session, proposal: Proposal, *, suggested_bidang_code: str | None, accepted: bool
) -> None:
    """The proposal's routing (already set on it) as the scorer's evidence: one confirmation per
    proposal, a later one replacing the earlier."""
    limit = max_length("text", RoutingConfirmation)
    text = " ".join(part for part in (proposal.title, proposal.problem or "") if part)[:limit]
    row = session.exec(
        select(RoutingConfirmation).where(
            RoutingConfirmation.proposal_id == proposal.id,
            col(RoutingConfirmation.deleted).is_(False),
        )
    ).first()
    if row is None:
        row = RoutingConfirmation(
            proposal_id=proposal.id, text=text, bidang_code=proposal.bidang_code or ""
        )
    row.text = text
    row.bidang_code = proposal.bidang_code or ""
    row.agency_code = proposal.agency_code
    row.sub_kegiatan_code = proposal.sub_kegiatan_code
    row.suggested_bidang_code = suggested_bidang_code
    row.accepted = accepted
    session.add(row)


def _confirm_routing(
    session: Session,
    proposal: Proposal,
    before: dict[str, Any] | None,
    suggested: SuggestedRouting | None,
    *,
    actor: str | None,
) -> None:
    """Record the operator's routing (already set on the proposal) as evidence for the scorer.

    ``accepted`` is True when the operator kept every suggestion, False when anything was
    corrected. One confirmation per proposal: a later save replaces the earlier one.
    """
    bidang = proposal.bidang_code or ""
    agency, sub = proposal.agency_code, proposal.sub_kegiatan_code
    hint = suggested or SuggestedRouting()
    accepted = (
        hint.bidang_code is not None
        and bidang == hint.bidang_code
        and (hint.agency_code is None or agency == hint.agency_code)
        and (hint.sub_kegiatan_code is None or sub == hint.sub_kegiatan_code)
    )
    store_routing_confirmation(
        session, proposal, suggested_bidang_code=hint.bidang_code, accepted=accepted
    )
    record_event(
        session,
        actor=actor,
        entity="proposal",
        entity_id=proposal.id,
        action="routing",
        before=before,
        after={"agency_code": agency, "bidang_code": bidang, "sub_kegiatan_code": sub}
        | {"accepted": accepted},
        reason=None if accepted else "koreksi operator atas saran penilai",
    )


def delete_proposal(
    engine: Engine, proposal_id: str, *, actor: str | None, reason: str | None = None
) -> None:
    """Soft-delete (the deletion syncs; the proposal can be restored)."""
    with write_session(engine) as session:
        proposal = _proposal(session, proposal_id)
        if proposal.deleted:
            return
        if proposal.status not in ("draft", "verified"):
            raise UserError(
                _(
                    "Usulan {number} sudah {status}; hanya usulan draf atau terverifikasi yang "
                    "dapat dihapus."
                ).format(number=proposal.number, status=_(STATUS_LABELS[proposal.status]).lower()),
                hint=_("Gunakan status 'Tidak disepakati' atau 'Digabung' dengan alasannya."),
            )
        proposal.deleted = True
        session.add(proposal)
        record_event(
            session,
            actor=actor,
            entity="proposal",
            entity_id=proposal.id,
            action="delete",
            before={"deleted": False},
            after={"deleted": True},
            reason=(reason or "").strip() or None,
        )


def restore_proposal(engine: Engine, proposal_id: str, *, actor: str | None) -> None:
    with write_session(engine) as session:
        proposal = _proposal(session, proposal_id)
        if not proposal.deleted:
            return
        proposal.deleted = False
        if proposal.village_rank is not None and proposal.desa_code:
            taken = session.exec(
                select(Proposal.id).where(
                    Proposal.cycle_id == proposal.cycle_id,
                    Proposal.desa_code == proposal.desa_code,
                    Proposal.village_rank == proposal.village_rank,
                    Proposal.id != proposal.id,
                    col(Proposal.deleted).is_(False),
                )
            ).first()
            if taken is not None:
                proposal.village_rank = None  # the rank went to another proposal meanwhile
        session.add(proposal)
        record_event(
            session,
            actor=actor,
            entity="proposal",
            entity_id=proposal.id,
            action="restore",
            before={"deleted": True},
            after={"deleted": False, "village_rank": proposal.village_rank},
        )


def load_input(engine: Engine, proposal_id: str) -> tuple[ProposalInput, int]:
    """The proposal as form input, with the revision to pass back as ``expected_rev``."""
    with read_session(engine) as session:
        proposal = _proposal(session, proposal_id)
        return ProposalInput.from_proposal(proposal), proposal.rev


@dataclass(frozen=True)
class FormData:
    """Everything the proposal form shows when it opens, read at once."""

    rules: RuleContext
    villages: list[tuple[str, str]]  # (code, name), by name
    agencies: list[tuple[str, str]]  # (code, abbreviation or name), by code
    data: ProposalInput | None  # the proposal to edit; None for a new one
    rev: int | None
    draft: DraftInfo | None  # an unsaved draft of the proposal to edit


def load_form(engine: Engine, cycle_id: str, proposal_id: str | None) -> FormData:
    """The form's lists, rules, the proposal to edit and its draft, in one read."""
    with read_session(engine) as session:
        rules = load_rule_context(session, cycle_id)
        villages = sorted(rules.villages.items(), key=lambda item: item[1])
        agencies = list(agency_names(session).items())
        if proposal_id is None:
            return FormData(rules, villages, agencies, None, None, None)
        proposal = _proposal(session, proposal_id)
        draft = session.exec(
            select(ProposalDraft).where(ProposalDraft.proposal_id == proposal_id)
        ).first()
        return FormData(
            rules,
            villages,
            agencies,
            ProposalInput.from_proposal(proposal),
            proposal.rev,
            _info(draft) if draft else None,
        )


def recount_problems(engine: Engine, cycle_id: str) -> int:
    """Re-validate every proposal of the cycle and store its problem count (e.g. after new
    reference data); returns how many counts changed."""
    changed = 0
    with write_session(engine) as session:
        ctx: RuleContext = load_rule_context(session, cycle_id)
        for proposal in session.exec(
            select(Proposal).where(Proposal.cycle_id == cycle_id, col(Proposal.deleted).is_(False))
        ).all():
            result = validate_proposal(
                ProposalInput.from_proposal(proposal), ctx, proposal_id=proposal.id
            )
            count = problem_count(result)
            if proposal.problem_count != count:
                proposal.problem_count = count
                session.add(proposal)
                changed += 1
    return changed


# --- drafts (autosave of the form; local, never synced) ---------------------------------------


@dataclass(frozen=True)
class DraftInfo:
    id: str
    proposal_id: str | None
    cycle_id: str
    form: dict[str, Any]
    updated_at: datetime


def save_draft(
    engine: Engine,
    *,
    cycle_id: str,
    form: Mapping[str, Any],
    draft_id: str | None = None,
    proposal_id: str | None = None,
) -> str:
    """Store the form as typed; returns the draft id to pass on the next autosave.

    Without ``draft_id``, an existing draft of the same proposal is reused, so one proposal
    never collects several drafts.
    """
    text = json.dumps(dict(form), ensure_ascii=False, default=str)
    if len(text.encode("utf-8")) > DRAFT_MAX_BYTES:
        raise UserError(
            _("Isian formulir terlalu besar untuk disimpan sebagai draf."),
            hint=_("Ringkas teks yang sangat panjang; lampirkan dokumen sebagai berkas."),
        )
    with write_session(engine) as session:
        draft: ProposalDraft | None = None
        if draft_id:
            draft = session.get(ProposalDraft, draft_id)
        if draft is None and proposal_id:
            draft = session.exec(
                select(ProposalDraft).where(ProposalDraft.proposal_id == proposal_id)
            ).first()
        if draft is None:
            draft = ProposalDraft(cycle_id=cycle_id, proposal_id=proposal_id, form_json=text)
            if draft_id:
                draft.id = draft_id
        else:
            draft.form_json = text
            draft.updated_at = utcnow()
            draft.proposal_id = proposal_id or draft.proposal_id
        session.add(draft)
        return draft.id


def _info(draft: ProposalDraft) -> DraftInfo:
    try:
        form = json.loads(draft.form_json)
    except ValueError:
        form = {}
    return DraftInfo(
        draft.id,
        draft.proposal_id,
        draft.cycle_id,
        form if isinstance(form, dict) else {},
        draft.updated_at,
    )


def load_draft(engine: Engine, draft_id: str) -> DraftInfo | None:
    with read_session(engine) as session:
        draft = session.get(ProposalDraft, draft_id)
        return _info(draft) if draft else None


def draft_for_proposal(engine: Engine, proposal_id: str) -> DraftInfo | None:
    with read_session(engine) as session:
        draft = session.exec(
            select(ProposalDraft).where(ProposalDraft.proposal_id == proposal_id)
        ).first()
        return _info(draft) if draft else None


def list_drafts(engine: Engine, cycle_id: str) -> list[DraftInfo]:
    """Drafts left in the cycle (newest first): what to offer to restore after a crash."""
    with read_session(engine) as session:
        drafts = session.exec(
            select(ProposalDraft)
            .where(ProposalDraft.cycle_id == cycle_id)
            .order_by(col(ProposalDraft.updated_at).desc())
        ).all()
        return [_info(d) for d in drafts]


def _discard(session: Session, draft_id: str) -> None:
    draft = session.get(ProposalDraft, draft_id)
    if draft is not None:
        session.delete(draft)


def discard_draft(engine: Engine, draft_id: str) -> None:
    with write_session(engine) as session:
        _discard(session, draft_id)
