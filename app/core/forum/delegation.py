"""The delegation to the Forum Perangkat Daerah and Musrenbang Kabupaten: 3–5 people, women
represented."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlmodel import Session, col, select

from app.core.forum.attendance import normalise_sex, normalise_unsur
from app.core.forum.sessions import require_open
from app.errors import UserError
from app.models import Delegate
from common.i18n import _

MIN_DELEGATES = 3
MAX_DELEGATES = 5


@dataclass(frozen=True)
class DelegationCheck:
    count: int
    women: int
    warnings: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.warnings


def check_delegation(delegates: Iterable[Delegate]) -> DelegationCheck:
    rows = list(delegates)
    women = sum(1 for d in rows if d.sex == "P")
    warnings: list[str] = []
    if len(rows) < MIN_DELEGATES:
        warnings.append(
            _("Delegasi baru {count} orang; tetapkan {minimum}–{maximum} orang.").format(
                count=len(rows), minimum=MIN_DELEGATES, maximum=MAX_DELEGATES
            )
        )
    if rows and women == 0:
        warnings.append(
            _(
                "Belum ada perempuan di delegasi; Permendagri 86/2017 meminta keterwakilan "
                "perempuan."
            )
        )
    return DelegationCheck(len(rows), women, tuple(warnings))


def list_delegates(session: Session, forum_session_id: str) -> list[Delegate]:
    return list(
        session.exec(
            select(Delegate)
            .where(Delegate.session_id == forum_session_id, col(Delegate.deleted).is_(False))
            .order_by(col(Delegate.created_at), col(Delegate.id))
        ).all()
    )


def add_delegate(
    session: Session,
    forum_session_id: str,
    *,
    name: str,
    sex: str,
    unsur: str | None = None,
    institution: str | None = None,
    role: str | None = None,
) -> Delegate:
    require_open(session, forum_session_id)
    clean_name = " ".join(name.split())
    if not clean_name:
        raise UserError(_("Nama delegasi wajib diisi."))
    sex_code = normalise_sex(sex)
    if sex_code is None:
        raise UserError(
            _("Jenis kelamin '{sex}' tidak dikenal.").format(sex=sex), hint=_("Isi L atau P.")
        )
    current = list_delegates(session, forum_session_id)
    if len(current) >= MAX_DELEGATES:
        raise UserError(
            _("Delegasi sudah {delegates} orang, jumlah terbanyak.").format(
                delegates=MAX_DELEGATES
            ),
            hint=_("Hapus salah satu dulu bila ingin mengganti."),
        )
    if any(d.name.lower() == clean_name.lower() for d in current):
        raise UserError(_("{clean_name} sudah ada di delegasi.").format(clean_name=clean_name))
    unsur_code = normalise_unsur(unsur) if unsur else None
    if unsur and unsur_code is None:
        raise UserError(_("Unsur '{unsur}' tidak dikenal.").format(unsur=unsur))
    row = Delegate(
        session_id=forum_session_id,
        name=clean_name,
        sex=sex_code,
        unsur=unsur_code,
        institution=" ".join((institution or "").split()) or None,
        role=" ".join((role or "").split()) or None,
    )
    session.add(row)
    return row


def remove_delegate(session: Session, delegate_id: str) -> None:
    row = session.get(Delegate, delegate_id)
    if row is None or row.deleted:
        raise UserError(_("Delegasi itu tidak ada."))
    require_open(session, row.session_id)
    row.deleted = True
    session.add(row)
