"""Tokens: random, short enough for any OS keyring, stored only as SHA-256 hashes.

Tokens carry 256 bits of randomness, so a plain SHA-256 is the right hash (a slow password hash
protects low-entropy secrets; it would only slow every request here).
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import uuid
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from server.db import AccessToken, EnrolmentCode, Principal, utcnow

ROLES = ("device", "bappeda", "agency")
EXPIRED_KEPT = timedelta(days=1)


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


def enrol_device(
    session: Session, code: str, device_name: str, enrol_key: str | None = None
) -> tuple[Principal, str] | None:
    """Consume a one-time code; None when it is unknown, used or expired.

    With ``enrol_key``: a second call with the same code and key (the device never received the
    first answer) returns the same device with a fresh refresh token, which replaces the one
    nobody has; the code stays used for everyone else."""
    row = session.get(EnrolmentCode, token_hash(normalise_code(code)), with_for_update=True)
    now = utcnow()
    if row is None:
        return None
    key_hash = token_hash(enrol_key.lower()) if enrol_key else None
    if row.used_at is not None:
        if key_hash is None or row.enrol_key_hash != key_hash or row.device_id is None:
            return None
        earlier = session.get(Principal, row.device_id, with_for_update=True)
        if earlier is None or earlier.revoked_at is not None:
            return None
        refresh = new_token("mrt")
        earlier.refresh_hash = token_hash(refresh)
        return earlier, refresh
    if row.expires_at < now:
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
    row.enrol_key_hash = key_hash
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
    # Expired tokens are kept a day, so a late request hears "expired", not "revoked".
    session.execute(delete(AccessToken).where(AccessToken.expires_at < now - EXPIRED_KEPT))
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


def token_problem(session: Session, access_token: str) -> str:
    """Why an access token was refused: ``expired`` (ask for a new one), else ``invalid``."""
    row = session.get(AccessToken, token_hash(access_token))
    if row is None or row.expires_at >= utcnow():
        return "invalid"
    principal = session.get(Principal, row.principal_id)
    if principal is None or principal.revoked_at is not None:
        return "invalid"
    return "expired"


def revoke(session: Session, principal_id: str, ledger: Path | None = None) -> bool:
    """Revoke a device or user. With ``ledger`` the revocation is also appended to that file
    (outside the database), so restoring an older database cannot bring the device back:
    ``reapply_revocations`` runs at every start and at ``new-epoch``."""
    principal = session.get(Principal, principal_id)
    if principal is None:
        return False
    principal.revoked_at = principal.revoked_at or utcnow()
    session.execute(delete(AccessToken).where(AccessToken.principal_id == principal_id))
    if ledger is not None:
        entry = {"principal_id": principal_id, "at": principal.revoked_at.isoformat()}
        ledger.parent.mkdir(parents=True, exist_ok=True)
        with ledger.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(entry) + "\n")
            handle.flush()
            os.fsync(handle.fileno())
    return True


def reapply_revocations(session: Session, ledger: Path) -> int:
    """Revoke again every principal the ledger names that the database shows active (it was
    restored from a copy older than the revocation). Returns how many were revoked again."""
    if not ledger.is_file():
        return 0
    again = 0
    for line in ledger.read_text(encoding="utf-8").splitlines():
        try:
            entry = json.loads(line)
            principal_id = str(entry["principal_id"])
        except (ValueError, KeyError, TypeError):
            continue  # a torn last line after a crash
        principal = session.get(Principal, principal_id)
        if principal is not None and principal.revoked_at is None:
            revoke(session, principal_id)
            again += 1
    return again


def ledger_path(data_dir: Path) -> Path:
    return data_dir / "revocations.jsonl"
