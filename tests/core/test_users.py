"""Local users: argon2 hashes, sign-in, password changes, deactivation, role permissions."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from app.core.users import (
    ACTIONS,
    AuthenticationFailed,
    authenticate,
    can,
    change_password,
    create_user,
    deactivate,
    has_users,
    list_users,
    reset_password,
    set_active,
)
from app.errors import UserError
from app.models import AuditEvent, LocalUser
from app.models.db import read_session

PASSWORD = "rahasia-kecamatan-1"


def test_first_user_is_stored_with_an_argon2_hash_only(
    engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    assert not has_users(engine)
    user = create_user(
        engine, " Operator.Jahab ", "Siti Aminah", "operator", PASSWORD, actor="wizard"
    )
    assert user.username == "operator.jahab" and has_users(engine)
    with read_session(engine) as session:
        row = session.exec(select(LocalUser)).one()
        events = session.exec(select(AuditEvent).where(AuditEvent.entity == "local_user")).all()
    assert row.password_hash.startswith("$argon2id$")
    assert PASSWORD not in row.password_hash
    assert all(PASSWORD not in (e.after_json or "") for e in events)
    assert PASSWORD not in caplog.text
    assert authenticate(engine, "OPERATOR.JAHAB", PASSWORD).role == "operator"


@pytest.mark.parametrize(
    ("username", "password", "role", "match"),
    [
        ("ab", PASSWORD, "operator", "tidak dapat dipakai"),
        ("nama dengan spasi", PASSWORD, "operator", "tidak dapat dipakai"),
        ("operator2", "pendek", "operator", "terlalu pendek"),
        ("operator2", PASSWORD, "camat", "tidak dikenal"),
    ],
)
def test_bad_accounts_are_refused(
    engine: Engine, username: str, password: str, role: str, match: str
) -> None:
    with pytest.raises(UserError, match=match):
        create_user(engine, username, "Nama", role, password)
    assert list_users(engine) == []


def test_wrong_password_and_unknown_user_get_the_same_message(engine: Engine) -> None:
    create_user(engine, "admin", "Admin Kecamatan", "admin", PASSWORD)
    with pytest.raises(AuthenticationFailed) as wrong:
        authenticate(engine, "admin", "salah-sekali-123")
    with pytest.raises(AuthenticationFailed) as unknown:
        authenticate(engine, "siapa", PASSWORD)
    assert wrong.value.message == unknown.value.message
    with pytest.raises(UserError, match="sudah dipakai"):
        create_user(engine, "ADMIN", "Lagi", "admin", PASSWORD)


def test_change_reset_and_deactivate(engine: Engine) -> None:
    create_user(engine, "admin", "Admin", "admin", PASSWORD)
    create_user(engine, "operator", "Operator", "operator", PASSWORD)
    with pytest.raises(AuthenticationFailed):
        change_password(engine, "operator", "bukan-sandinya", "sandi-baru-123")
    change_password(engine, "operator", PASSWORD, "sandi-baru-123")
    with pytest.raises(AuthenticationFailed):
        authenticate(engine, "operator", PASSWORD)
    assert authenticate(engine, "operator", "sandi-baru-123").username == "operator"
    reset_password(engine, "operator", "sandi-dari-admin", actor="admin")
    authenticate(engine, "operator", "sandi-dari-admin")
    deactivate(engine, "operator", actor="admin")
    with pytest.raises(AuthenticationFailed, match="dinonaktifkan"):
        authenticate(engine, "operator", "sandi-dari-admin")
    with pytest.raises(UserError, match="Admin terakhir"):
        deactivate(engine, "admin", actor="admin")
    assert set_active(engine, "operator", True, actor="admin").active


def test_role_permissions() -> None:
    assert all(can("admin", action) for action in ACTIONS)
    assert can("operator", "proposals.edit") and can("operator", "proposals.import")
    assert can("operator", "forum.edit")
    assert not can("operator", "users") and not can("operator", "settings")
    assert not can("operator", "reference_data")
    assert can("presenter", "forum.present") and can("presenter", "proposals.view")
    assert not any(
        can("presenter", a)
        for a in ("proposals.edit", "proposals.import", "forum.edit", "settings", "sync.run")
    )
    assert not can("tamu", "proposals.view")
    with pytest.raises(ValueError):
        can("admin", "format_disk")
