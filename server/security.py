"""Tokens: random, short enough for any OS keyring, stored only as SHA-256 hashes.

Tokens carry 256 bits of randomness, so a plain SHA-256 is the right hash (a slow password hash
protects low-entropy secrets; it would only slow every request here).
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from server.db import AccessToken, EnrolmentCode, Principal, utcnow

ROLES = ("device", "bappeda", "agency")


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_token(prefix: str) -> str:
    return f"{prefix}_{secrets.token_urlsafe(32)}"


def new_enrolment_code() -> str:
    """Twelve characters people can read aloud over a phone: no 0/O, 1/I/L."""
    alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
    raw = "".join(secrets.choice(alphabet) for _ in range(12))
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


def normalise_code(code: str) -> str:
    return code.strip().upper().replace(" ", "")


@dataclass(frozen=True)
class Caller:
    principal_id: str
    role: str
    kecamatan_code: str | None
    agency_code: str | None


def create_enrolment_code(session: Session, kecamatan_code: str, *, hours: int) -> str:
    code = new_enrolment_code()
    now = utcnow()
    session.add(
        EnrolmentCode(
            code_hash=token_hash(normalise_code(code)),
            kecamatan_code=kecamatan_code,
            created_at=now,
            expires_at=now + timedelta(hours=hours),
        )
    )
    return code


def enrol_device(session: Session, code: str, device_name: str) -> tuple[Principal, str] | None:
    """Consume a one-time code; None when it is unknown, used or expired."""
    row = session.get(EnrolmentCode, token_hash(normalise_code(code)), with_for_update=True)
    now = utcnow()
    if row is None or row.used_at is not None or row.expires_at < now:
        return None
    refresh = new_token("mrt")
    principal = Principal(
        id=str(uuid.uuid4()),
        role="device",
        name=device_name,
        kecamatan_code=row.kecamatan_code,
        refresh_hash=token_hash(refresh),
        created_at=now,
    )
    session.add(principal)
    row.used_at = now
    row.device_id = principal.id
    return principal, refresh


def create_user(
    session: Session, role: str, name: str, agency_code: str | None = None
) -> tuple[Principal, str]:
    if role not in ("bappeda", "agency"):
        raise ValueError(f"unknown role {role}")
    refresh = new_token("mrt")
    principal = Principal(
        id=str(uuid.uuid4()),
        role=role,
        name=name,
        agency_code=agency_code,
        refresh_hash=token_hash(refresh),
        created_at=utcnow(),
    )
    session.add(principal)
    return principal, refresh


def issue_access_token(
    session: Session, refresh_token: str, *, seconds: int
) -> tuple[Principal, str] | None:
    principal = session.execute(
        select(Principal).where(Principal.refresh_hash == token_hash(refresh_token))
    ).scalar_one_or_none()
    if principal is None or principal.revoked_at is not None:
        return None
    now = utcnow()
    session.execute(delete(AccessToken).where(AccessToken.expires_at < now))
    token = new_token("mat")
    session.add(
        AccessToken(
            token_hash=token_hash(token),
            principal_id=principal.id,
            expires_at=now + timedelta(seconds=seconds),
        )
    )
    return principal, token


def authenticate(session: Session, access_token: str) -> Caller | None:
    row = session.get(AccessToken, token_hash(access_token))
    if row is None or row.expires_at < utcnow():
        return None
    principal = session.get(Principal, row.principal_id)
    if principal is None or principal.revoked_at is not None:
        return None
    return Caller(principal.id, principal.role, principal.kecamatan_code, principal.agency_code)


def revoke(session: Session, principal_id: str) -> bool:
    principal = session.get(Principal, principal_id)
    if principal is None:
        return False
    principal.revoked_at = utcnow()
    session.execute(delete(AccessToken).where(AccessToken.principal_id == principal_id))
    return True
