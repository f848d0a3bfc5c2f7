"""Conflicts the server reported: list them with both versions, and resolve one.

Choosing "mine" writes the office's value back into the record as an ordinary local edit (so
it gets its outbox entry and goes up with the next sync); "theirs" keeps the server's value,
which the record already shows. Either way the choice is reported to the server.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine
from sqlmodel import col, select

from app.errors import UserError
from app.models import Proposal, SyncConflict
from app.models.db import read_session, write_session
from app.models.proposal import field_label
from app.models.types import utcnow
from app.sync import apply
from common import protocol
from common.i18n import _


def _field_label(row: SyncConflict) -> str:
    model = apply.model_for(row.entity) or Proposal
    label = _(field_label(row.field, model))
    if row.kind == "locked":
        return _("{label} (sudah diputuskan kabupaten)").format(label=label)
    if row.kind == "delete":
        return _("{label} (dihapus di server)").format(label=label)
    return label


@dataclass(frozen=True)
class ConflictView:
    id: int
    entity: str
    entity_id: str
    label: str
    field: str
    field_label: str
    kind: str
    local_value: Any
    server_value: Any
    detected_at: str


def open_conflicts(engine: Engine) -> list[ConflictView]:
    with read_session(engine) as session:
        rows = session.exec(
            select(SyncConflict)
            .where(col(SyncConflict.resolved_at).is_(None))
            .order_by(col(SyncConflict.id))
        ).all()
        views = []
        for row in rows:
            label = row.entity_id
            if row.entity == "proposal":
                proposal = session.get(Proposal, row.entity_id)
                if proposal is not None:
                    label = proposal.display_label
            views.append(
                ConflictView(
                    id=int(row.id or 0),
                    entity=row.entity,
                    entity_id=row.entity_id,
                    label=label,
                    field=row.field,
                    field_label=_field_label(row),
                    kind=row.kind,
                    local_value=json.loads(row.local_value_json or "null"),
                    server_value=json.loads(row.server_value_json or "null"),
                    detected_at=row.detected_at.isoformat(),
                )
            )
    return views


def resolve(engine: Engine, conflict_id: int, choice: str) -> None:
    if choice not in ("mine", "theirs"):
        raise UserError(
            _("Pilihan '{choice}' tidak dikenal.").format(choice=choice),
            hint=_("Pilih 'mine' atau 'theirs'."),
        )
    with write_session(engine) as session:
        row = session.get(SyncConflict, conflict_id)
        if row is None or row.resolved_at is not None:
            raise UserError(_("Konflik ini sudah diselesaikan atau tidak ada."))
        if choice == "mine" and row.kind == "locked" and row.entity == "proposal":
            proposal = session.get(Proposal, row.entity_id)
            decided = proposal.upstream_status if proposal is not None else None
            if decided in protocol.UPSTREAM_LOCKING_STATUSES:
                raise UserError(
                    _(
                        "Usulan ini sudah diputuskan kabupaten ({status}), jadi perubahan kecamatan "
                        "belum bisa dipakai. Nilai Anda tetap tersimpan di daftar konflik."
                    ).format(status=_(protocol.UPSTREAM_STATUSES.get(decided, decided))),
                    hint=_(
                        "Minta Bappeda membuka kembali usulan ini (status 'Sedang ditelaah'), "
                        "sinkronkan, lalu pilih 'Pakai versi kantor ini' lagi."
                    ),
                )
        if choice == "mine":
            value = json.loads(row.local_value_json or "null")
            # An ordinary local edit: the outbox hook records it for the next push.
            if not apply.set_local_field(session, row.entity, row.entity_id, row.field, value):
                raise UserError(_("Data yang berkonflik tidak ditemukan lagi di basis data ini."))
        row.resolved_at = utcnow()
        row.resolution = choice
        session.add(row)
