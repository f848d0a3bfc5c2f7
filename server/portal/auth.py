"""Accounts, passwords (argon2), server-side sessions, CSRF tokens and the login lockout.

A session cookie holds 256 random bits; the database keeps only their SHA-256. Every visitor
gets a session (anonymous until login) so that the login form carries a CSRF token too; a
successful login throws that session away and issues a new one, so a session id planted
before login is worthless after it.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from server.db import utcnow
from server.portal.models import PortalLoginFailure, PortalSession, PortalUser

ROLES = ("bappeda", "agency")
SESSION_IDLE = timedelta(hours=8)
SESSION_TOUCH = timedelta(minutes=1)
MAX_FAILURES = 5
FAILURE_WINDOW = timedelta(minutes=15)
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD = 10
USERNAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{2,59}$")

_hasher = PasswordHasher()
_DUMMY_HASH = _hasher.hash("no-such-user-" + secrets.token_hex(8))


class AccountError(ValueError):
    """A user-facing refusal (bad user name, weak password, unknown agency)."""


@dataclass(frozen=True)
class PortalIdentity:
    user_id: str
    username: str
    full_name: str
    role: str
    agency_code: str | None

    @property
    def is_admin(self) -> bool:
        return self.role == "bappeda"


@dataclass(frozen=True)
class SessionInfo:
    token: str
    csrf_token: str
    user: PortalIdentity | None


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def check_password_rules(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"Kata sandi paling sedikit {MIN_PASSWORD} karakter.")
    if len(password) > 200:
        raise AccountError("Kata sandi paling banyak 200 karakter.")


def create_user(
    session: Session,
    username: str,
    password: str,
    role: str,
    agency_code: str | None = None,
    full_name: str = "",
) -> PortalUser:
    name = username.strip().lower()
    if not USERNAME_PATTERN.match(name):
        raise AccountError(
            "Nama pengguna 3–60 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung."
        )
    if role not in ROLES:
        raise AccountError("Peran harus bappeda atau agency.")
    if role == "agency" and not (agency_code or "").strip():
        raise AccountError("Pengguna OPD harus terikat pada satu kode OPD (--agency).")
    if role == "bappeda":
        agency_code = None
    check_password_rules(password)
    if session.execute(select(PortalUser.id).where(PortalUser.username == name)).first():
        raise AccountError(f"Nama pengguna {name} sudah dipakai.")
    user = PortalUser(
        id=str(uuid.uuid4()),
        username=name,
        full_name=full_name.strip()[:120],
        role=role,
        agency_code=(agency_code or "").strip() or None,
        password_hash=hash_password(password),
        created_at=utcnow(),
    )
    session.add(user)
    session.flush()
    return user


def identity(user: PortalUser) -> PortalIdentity:
    return PortalIdentity(user.id, user.username, user.full_name, user.role, user.agency_code)


# ---- sessions ------------------------------------------------------------------------------


def new_session(session: Session, user_id: str | None) -> SessionInfo:
    token = secrets.token_urlsafe(32)
    csrf = secrets.token_urlsafe(32)
    now = utcnow()
    session.add(
        PortalSession(
            token_hash=token_hash(token),
            user_id=user_id,
            csrf_token=csrf,
            created_at=now,
            last_seen=now,
        )
    )
    return SessionInfo(token, csrf, None)


def load_session(
    session: Session, token: str | None
) -> tuple[PortalSession, PortalUser | None] | None:
    """The live session for a cookie value, or None (unknown, expired)."""
    if not token or len(token) > 100:
        return None
    # One statement for the session and its user: every portal request starts here.
    found = session.execute(
        select(PortalSession, PortalUser)
        .outerjoin(PortalUser, PortalUser.id == PortalSession.user_id)
        .where(PortalSession.token_hash == token_hash(token))
    ).first()
    if found is None:
        return None
    row, user = found
    if row.last_seen < utcnow() - SESSION_IDLE:
        return None
    if row.user_id and (user is None or user.disabled_at is not None):
        return None
    return row, user


def touch(row: PortalSession, now: datetime) -> bool:
    if now - row.last_seen >= SESSION_TOUCH:
        row.last_seen = now
        return True
    return False


def end_session(session: Session, token: str | None) -> None:
    if token:
        session.execute(delete(PortalSession).where(PortalSession.token_hash == token_hash(token)))


def end_sessions_of(session: Session, user_id: str, keep: str | None = None) -> None:
    query = delete(PortalSession).where(PortalSession.user_id == user_id)
    if keep:
        query = query.where(PortalSession.token_hash != token_hash(keep))
    session.execute(query)


def csrf_ok(expected: str, given: str | None) -> bool:
    return bool(given) and secrets.compare_digest(expected.encode(), str(given).encode())


# ---- login and lockout -----------------------------------------------------------------------


@dataclass(frozen=True)
class LoginResult:
    user: PortalUser | None
    locked_until: datetime | None = None


def locked_until(session: Session, username: str, now: datetime) -> datetime | None:
    row = session.get(PortalLoginFailure, username)
    if row is not None and row.locked_until is not None and row.locked_until > now:
        return row.locked_until
    return None


def attempt_login(session: Session, username: str, password: str) -> LoginResult:
    """Check a password; count failures per user name (known or not) and lock after 5 in 15
    minutes for 15 minutes. While locked even the right password is refused."""
    name = username.strip().lower()[:60]
    now = utcnow()
    until = locked_until(session, name, now)
    if until is not None:
        return LoginResult(None, until)
    user = session.execute(
        select(PortalUser).where(PortalUser.username == name)
    ).scalar_one_or_none()
    ok = False
    try:
        ok = _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        ok = False
    if ok and user is not None and user.disabled_at is None:
        session.execute(delete(PortalLoginFailure).where(PortalLoginFailure.username == name))
        if _hasher.check_needs_rehash(user.password_hash):
            user.password_hash = hash_password(password)
        return LoginResult(user)
    row = session.get(PortalLoginFailure, name)
    if row is None or row.first_at < now - FAILURE_WINDOW:
        if row is None:
            row = PortalLoginFailure(username=name, count=0, first_at=now)
            session.add(row)
        row.count = 0
        row.first_at = now
        row.locked_until = None
    row.count += 1
    if row.count >= MAX_FAILURES:
        row.locked_until = now + LOCKOUT
        return LoginResult(None, row.locked_until)
    return LoginResult(None)


def change_password(session: Session, user: PortalUser, old: str, new: str) -> None:
    try:
        _hasher.verify(user.password_hash, old)
    except (VerificationError, InvalidHashError) as exc:
        raise AccountError("Kata sandi lama salah.") from exc
    check_password_rules(new)
    if new == old:
        raise AccountError("Kata sandi baru harus berbeda dari yang lama.")
    user.password_hash = hash_password(new)
    user.password_changed_at = utcnow()
