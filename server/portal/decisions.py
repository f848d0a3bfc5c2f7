"""Decisions taken in the portal: through ``server.logic.set_status`` (the same rules and the
same feedback stream as ``POST /v1/feedback``), plus the portal's audit row and, for a
redirect, the new routing that puts the proposal in the other OPD's inbox."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine

from common import protocol
from common.money import format_rupiah, parse_rupiah
from server import logic
from server.db import utcnow, write_session
from server.portal import projection
from server.portal.auth import PortalIdentity
from server.portal.models import PortalDecision, PortalProposal
from server.portal.queries import can_see
from server.security import Caller

ACTIONS: dict[str, tuple[str, str]] = {
    "accept": ("accepted", "Terima (masuk Renja)"),
    "defer": ("deferred", "Tunda"),
    "reject": ("rejected", "Tolak"),
    "redirect": ("in_review", "Alihkan ke OPD lain"),
}
NEEDS_REASON = {"defer", "reject", "redirect"}
MAX_REASON = 2000
MAX_AMOUNT = 10**13


class DecisionError(ValueError):
    """A decision the portal refuses, with a message for the person."""


@dataclass(frozen=True)
class DecisionRequest:
    action: str
    reason: str = ""
    amount: str = ""
    to_agency: str = ""


def _feedback_reason(
    request: DecisionRequest, amount: int | None, agency_name: str | None
) -> str | None:
    reason = request.reason.strip()
    if request.action == "accept":
        head = f"Diakomodasi dalam Renja OPD sebesar {format_rupiah(amount or 0)}."
        return f"{head} {reason}".strip()
    if request.action == "redirect":
        return f"Dialihkan ke {agency_name} untuk ditelaah. {reason}".strip()
    return reason or None


def decide(
    engine: Engine,
    user: PortalIdentity,
    proposal_ids: list[str],
    request: DecisionRequest,
    agency_names: dict[str, str],
) -> int:
    """Apply one decision to every proposal in ``proposal_ids`` in one transaction: all or none."""
    if request.action not in ACTIONS:
        raise DecisionError("Pilih keputusan: terima, tunda, tolak, atau alihkan.")
    ids = list(dict.fromkeys(i for i in proposal_ids if i))[:500]
    if not ids:
        raise DecisionError("Pilih paling sedikit satu usulan.")
    reason = request.reason.strip()
    if len(reason) > MAX_REASON:
        raise DecisionError(f"Alasan paling banyak {MAX_REASON} karakter.")
    if request.action in NEEDS_REASON and not reason:
        raise DecisionError(
            "Alasan wajib diisi untuk keputusan ini; tulis alasannya lalu simpan lagi."
        )
    amount: int | None = None
    if request.action == "accept":
        if not request.amount.strip():
            raise DecisionError("Isi besaran yang masuk Renja (Rupiah) untuk menerima usulan.")
        try:
            amount = parse_rupiah(request.amount)
        except ValueError as exc:
            raise DecisionError(
                "Besaran tidak terbaca; tulis angka Rupiah, mis. 150.000.000."
            ) from exc
        if amount < 0 or amount > MAX_AMOUNT:
            raise DecisionError("Besaran harus angka Rupiah yang wajar (tidak negatif).")
    target = request.to_agency.strip() or None
    if request.action == "redirect" and (target is None or target not in agency_names):
        raise DecisionError("Pilih OPD tujuan pengalihan dari daftar.")
    status = ACTIONS[request.action][0]
    caller = Caller(user.user_id, user.role, None, user.agency_code)
    with write_session(engine) as session:
        for pid in ids:
            row = session.get(PortalProposal, pid, with_for_update=True)
            if row is None or not can_see(user, row):
                raise DecisionError("Usulan tidak ditemukan atau bukan untuk OPD Anda.")
            if request.action == "redirect" and target == row.agency_now:
                raise DecisionError("Usulan sudah berada di OPD tujuan; pilih OPD lain.")
            text = _feedback_reason(request, amount, agency_names.get(target or "", target))
            try:
                logic.set_status(session, caller, pid, status, text, routed_agency=row.agency_now)
            except logic.FeedbackRefused as refused:
                raise DecisionError(refused.message) from refused
            session.add(
                PortalDecision(
                    proposal_id=pid,
                    user_id=user.user_id,
                    username=user.username,
                    action=request.action,
                    status=status,
                    amount=amount,
                    reason=reason or None,
                    from_agency=row.agency_now,
                    to_agency=target if request.action == "redirect" else None,
                    at=utcnow(),
                )
            )
            if request.action == "redirect":
                row.routed_agency = target
                row.agency_now = target
    projection.catch_up(engine)
    return len(ids)


def status_label(status: str | None) -> str:
    if not status:
        return "Belum ditanggapi"
    return protocol.UPSTREAM_STATUSES.get(status, status)
