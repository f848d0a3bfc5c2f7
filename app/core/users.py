"""Local users of this installation, their passwords (argon2id) and what each role may do.

Roles: ``admin`` (settings, reference data, users, and everything else), ``operator``
(proposals, imports/exports, forum data entry), ``presenter`` (forum screens; read-only
elsewhere). Passwords are never logged nor stored: only their argon2 hash. Account changes are
written to the audit chain (without any password).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import Engine, func
from sqlmodel import Session, col, select

from app.core.audit import record_event
from app.errors import UserError
from app.models import LocalUser
from app.models.db import read_session, write_session
from app.models.types import utcnow
from app.models.user import ROLES
from common.i18n import N_, _

log = logging.getLogger(__name__)

MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 256
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{2,59}$")
_hasher = PasswordHasher()

ROLE_LABELS = {"admin": N_("Admin"), "operator": N_("Operator"), "presenter": N_("Penyaji forum")}

# Actions the application asks about. "*.view" is reading; the rest change something.
ACTIONS = (
    "settings",
    "reference_data",
    "users",
    "proposals.view",
    "proposals.edit",
    "proposals.status",
    "proposals.import",
    "proposals.export",
    "forum.view",
    "forum.present",
    "forum.edit",
    "reports.view",
    "reports.print",
    "sync.view",
    "sync.run",
)
PERMISSIONS: dict[str, frozenset[str]] = {
    "admin": frozenset(ACTIONS),
    "operator": frozenset(
        {
            "proposals.view",
            "proposals.edit",
            "proposals.status",
            "proposals.import",
            "proposals.export",
            "forum.view",
            "forum.present",
            "forum.edit",
            "reports.view",
            "reports.print",
            "sync.view",
            "sync.run",
        }
    ),
    "presenter": frozenset(
        {"proposals.view", "forum.view", "forum.present", "reports.view", "sync.view"}
    ),
}


def can(user_role: str, action: str) -> bool:
    """Whether a role may do ``action`` (one of ``ACTIONS``); unknown actions are refused."""
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    return action in PERMISSIONS.get(user_role, frozenset())


@dataclass(frozen=True)
class UserInfo:
    id: str
    username: str
    full_name: str
    role: str
    active: bool


class AuthenticationFailed(UserError):
    pass


def _info(user: LocalUser) -> UserInfo:
    return UserInfo(user.id, user.username, user.full_name, user.role, user.active)


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserError(
            _("Kata sandi terlalu pendek (minimal {min_password_length} karakter).").format(
                min_password_length=MIN_PASSWORD_LENGTH
            ),
            hint=_("Gunakan gabungan kata yang mudah Anda ingat tetapi sulit ditebak."),
        )
    if len(password) > MAX_PASSWORD_LENGTH:
        raise UserError(
            _("Kata sandi terlalu panjang (maksimal {password_length} karakter).").format(
                password_length=MAX_PASSWORD_LENGTH
            )
        )
    if not password.strip():
        raise UserError(_("Kata sandi tidak boleh hanya berisi spasi."))


def normalise_username(username: str) -> str:
    return username.strip().lower()


def _get(session: Session, username: str) -> LocalUser | None:
    return session.exec(
        select(LocalUser).where(LocalUser.username == normalise_username(username))
    ).first()


def has_users(engine: Engine) -> bool:
    """False on a fresh installation: the first-run wizard creates the first user."""
    with read_session(engine) as session:
        return int(session.exec(select(func.count()).select_from(LocalUser)).one()) > 0


def list_users(engine: Engine) -> list[UserInfo]:
    with read_session(engine) as session:
        users = session.exec(select(LocalUser).order_by(col(LocalUser.username))).all()
        return [_info(u) for u in users]


def create_user(
    engine: Engine,
    username: str,
    full_name: str,
    role: str,
    password: str,
    *,
    actor: str | None = None,
) -> UserInfo:
    name = normalise_username(username)
    if not _USERNAME.match(name):
        raise UserError(
            _("Nama pengguna '{value}' tidak dapat dipakai.").format(value=username.strip()[:60]),
            hint=_(
                "Gunakan 3–60 huruf kecil, angka, titik, garis bawah atau tanda hubung, "
                "diawali huruf atau angka (contoh: operator.tenggarong)."
            ),
        )
    if role not in ROLES:
        raise UserError(
            _("Peran '{role}' tidak dikenal.").format(role=role),
            hint=_("Pilih admin, operator atau presenter."),
        )
    full = full_name.strip()
    if not full or len(full) > 200:
        raise UserError(_("Nama lengkap wajib diisi (maksimal 200 huruf)."))
    _check_password(password)
    hashed = _hasher.hash(password)
    with write_session(engine) as session:
        if _get(session, name) is not None:
            raise UserError(
                _("Nama pengguna '{name}' sudah dipakai.").format(name=name),
                hint=_("Pilih nama pengguna lain."),
            )
        user = LocalUser(username=name, full_name=full, role=role, password_hash=hashed)
        session.add(user)
        session.flush()
        record_event(
            session,
            actor=actor,
            entity="local_user",
            entity_id=user.id,
            action="create",
            after={"username": name, "full_name": full, "role": role},
        )
        log.info("local user %s created with role %s", name, role)
        return _info(user)


def authenticate(engine: Engine, username: str, password: str) -> UserInfo:
    """The active user with this password; otherwise one message for every failure, so it
    does not tell whether the name exists."""
    failure = AuthenticationFailed(
        _("Nama pengguna atau kata sandi salah."),
        hint=_("Periksa Caps Lock; admin dapat mengatur ulang kata sandi Anda."),
    )
    with read_session(engine) as session:
        user = _get(session, username)
        if user is None:
            _hasher.hash("timing-equaliser")  # the same work as a real check
            raise failure
        stored = user.password_hash
        info = _info(user)
    try:
        _hasher.verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        log.info("failed sign-in for %s", info.username)
        raise failure from None
    if not info.active:
        raise AuthenticationFailed(
            _("Akun {username} sudah dinonaktifkan.").format(username=info.username),
            hint=_("Hubungi admin kecamatan."),
        )
    if _hasher.check_needs_rehash(stored):
        with write_session(engine) as session:
            user = _get(session, username)
            if user is not None:
                user.password_hash = _hasher.hash(password)
                user.updated_at = utcnow()
    return info


def change_password(engine: Engine, username: str, old_password: str, new_password: str) -> None:
    """The user changes their own password (the old one is checked)."""
    authenticate(engine, username, old_password)
    _set_password(engine, username, new_password, actor=normalise_username(username))


def reset_password(engine: Engine, username: str, new_password: str, *, actor: str) -> None:
    """An admin sets a new password for someone who forgot theirs."""
    _set_password(engine, username, new_password, actor=actor)


def _set_password(engine: Engine, username: str, new_password: str, *, actor: str) -> None:
    _check_password(new_password)
    hashed = _hasher.hash(new_password)
    with write_session(engine) as session:
        user = _get(session, username)
        if user is None:
            raise UserError(_("Pengguna '{username}' tidak ada.").format(username=username))
        user.password_hash = hashed
        user.updated_at = utcnow()
        session.add(user)
        record_event(
            session,
            actor=actor,
            entity="local_user",
            entity_id=user.id,
            action="password",
            after={"username": user.username},
        )


def set_active(engine: Engine, username: str, active: bool, *, actor: str) -> UserInfo:
    """Deactivate (or reactivate) an account; the last active admin cannot be deactivated."""
    with write_session(engine) as session:
        user = _get(session, username)
        if user is None:
            raise UserError(_("Pengguna '{username}' tidak ada.").format(username=username))
        if not active and user.role == "admin" and user.active:
            admins = session.exec(
                select(func.count())
                .select_from(LocalUser)
                .where(LocalUser.role == "admin", col(LocalUser.active).is_(True))
            ).one()
            if int(admins) <= 1:
                raise UserError(
                    _("Admin terakhir tidak dapat dinonaktifkan."),
                    hint=_("Buat atau aktifkan admin lain terlebih dahulu."),
                )
        if user.active != active:
            user.active = active
            user.updated_at = utcnow()
            session.add(user)
            record_event(
                session,
                actor=actor,
                entity="local_user",
                entity_id=user.id,
                action="activate" if active else "deactivate",
                before={"active": not active},
                after={"active": active},
            )
        return _info(user)


def deactivate(engine: Engine, username: str, *, actor: str) -> UserInfo:
    return set_active(engine, username, False, actor=actor)
