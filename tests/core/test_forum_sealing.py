"""Sealing: digest, verification, tampering behind the application's back, admin re-open."""

from __future__ import annotations

import sqlite3

import pytest
from argon2 import PasswordHasher
from sqlmodel import select

from app import paths
from app.cli import run
from app.core.forum.decisions import DecisionInput, decide
from app.core.forum.sealing import (
    authenticate_admin,
    reopen_session,
    seal_session,
    session_digest,
    verification_code,
    verify,
)
from app.errors import UserError
from app.models import AuditEvent, Decision, ForumSession, LocalUser
from app.models.db import read_session, write_session
from tests.core.test_forum_support import ForumFixture, forum

__all__ = ["forum"]


def _sealed(f: ForumFixture) -> str:
    with write_session(f.engine) as session:
        decide(
            session,
            f.session_id,
            DecisionInput(f.proposal_ids[0], "agreed", priority=1),
            actor="op",
        )
        decide(
            session,
            f.session_id,
            DecisionInput(f.proposal_ids[1], "postponed", reason="Pagu habis"),
            actor="op",
        )
        decide(
            session,
            f.session_id,
            DecisionInput(f.proposal_ids[2], "agreed", priority=1),
            actor="op",
        )
        forum_row = seal_session(session, f.session_id, actor="camat")
        assert forum_row.digest is not None
        return forum_row.digest


def _raw(sql: str, *params: object) -> None:
    conn = sqlite3.connect(paths.database_path())
    try:
        conn.execute(sql, params)
        conn.commit()
    finally:
        conn.close()


def _decide_event(f: ForumFixture, proposal_id: str) -> AuditEvent:
    with read_session(f.engine) as session:
        decision = session.exec(select(Decision).where(Decision.proposal_id == proposal_id)).one()
        return session.exec(select(AuditEvent).where(AuditEvent.entity_id == decision.id)).one()


def test_sealing_stores_the_digest_and_verify_accepts(forum: ForumFixture) -> None:
    digest = _sealed(forum)
    with read_session(forum.engine) as session:
        row = session.get(ForumSession, forum.session_id)
        assert row is not None and row.status == "sealed" and row.sealed_at is not None
        assert session_digest(session, forum.session_id) == digest
        report = verify(session, forum.session_id)
    assert report.ok, report.problem
    assert report.sessions[0].decisions == 3
    assert report.sessions[0].code == verification_code(digest)
    assert len(digest) == 64


def test_verification_code_groups_the_first_eight_hex_digits() -> None:
    assert verification_code("ab12cd34" + "0" * 56) == "AB12-CD34"
    with pytest.raises(ValueError):
        verification_code("abc")


def test_sealing_needs_decisions_and_happens_once(forum: ForumFixture) -> None:
    with (
        write_session(forum.engine) as session,
        pytest.raises(UserError, match="Belum ada keputusan"),
    ):
        seal_session(session, forum.session_id, actor="camat")
    _sealed(forum)
    with write_session(forum.engine) as session, pytest.raises(UserError, match="sudah disegel"):
        seal_session(session, forum.session_id, actor="camat")


def test_a_decision_edited_in_the_database_is_named_by_its_event(forum: ForumFixture) -> None:
    _sealed(forum)
    event = _decide_event(forum, forum.proposal_ids[2])
    _raw("UPDATE decision SET agreed_amount = 1 WHERE id = ?", event.entity_id)
    with read_session(forum.engine) as session:
        report = verify(session, forum.session_id)
    assert not report.ok and report.problem is not None
    assert report.problem.event_seq == event.seq
    assert report.problem.event_id == event.id
    assert "diubah di luar aplikasi" in report.problem.message


def test_an_edited_event_breaks_the_chain_at_that_event(forum: ForumFixture) -> None:
    _sealed(forum)
    event = _decide_event(forum, forum.proposal_ids[0])
    _raw(
        "UPDATE audit_event SET after_json = replace(after_json, '\"priority\":1', '\"priority\":2') WHERE seq = ?",
        event.seq,
    )
    with read_session(forum.engine) as session:
        report = verify(session)
    assert report.problem is not None and report.problem.event_seq == event.seq


def test_a_deleted_decision_is_named_by_its_event(forum: ForumFixture) -> None:
    _sealed(forum)
    event = _decide_event(forum, forum.proposal_ids[1])
    _raw("DELETE FROM decision WHERE id = ?", event.entity_id)
    with read_session(forum.engine) as session:
        report = verify(session)
    assert report.problem is not None and report.problem.event_seq == event.seq
    assert "tidak ada lagi" in report.problem.message


def test_a_changed_stored_digest_is_named_by_the_seal_event(forum: ForumFixture) -> None:
    _sealed(forum)
    _raw("UPDATE forum_session SET digest = ? WHERE id = ?", "0" * 64, forum.session_id)
    with read_session(forum.engine) as session:
        report = verify(session)
        seal_event = session.exec(select(AuditEvent).where(AuditEvent.action == "seal")).one()
    assert report.problem is not None and report.problem.event_seq == seal_event.seq
    assert "digest" in report.problem.message


_COPY = (
    "INSERT INTO decision (id, created_at, updated_at, rev, deleted, session_id, proposal_id, "
    "outcome, priority, agreed_amount, reason, merged_into_id, decided_by) "
    "SELECT 'forged-1', created_at, updated_at, rev, deleted, session_id, proposal_id, outcome, "
    "priority, agreed_amount, reason, merged_into_id, decided_by FROM decision LIMIT 1"
)


def test_an_inserted_decision_is_reported(forum: ForumFixture) -> None:
    with write_session(forum.engine) as session:
        decide(
            session,
            forum.session_id,
            DecisionInput(forum.proposal_ids[0], "agreed", priority=1),
            actor="op",
        )
    _raw(_COPY)
    with read_session(forum.engine) as session:
        report = verify(session, forum.session_id)
    assert report.problem is not None and "forged-1" in report.problem.message
    assert "tidak punya peristiwa" in report.problem.message


def test_an_inserted_decision_in_a_sealed_session_breaks_the_seal(forum: ForumFixture) -> None:
    _sealed(forum)
    _raw(_COPY)
    with read_session(forum.engine) as session:
        report = verify(session, forum.session_id)
        seal_event = session.exec(select(AuditEvent).where(AuditEvent.action == "seal")).one()
    assert report.problem is not None and report.problem.event_seq == seal_event.seq


def test_cli_verify_names_the_first_bad_event(
    forum: ForumFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    _sealed(forum)
    assert run(["verify", "--session", forum.session_id]) == 0
    out = capsys.readouterr().out
    assert "Rantai audit utuh" in out and "kode verifikasi" in out
    event = _decide_event(forum, forum.proposal_ids[0])
    _raw("UPDATE decision SET outcome = 'not_agreed' WHERE id = ?", event.entity_id)
    assert run(["verify"]) == 1
    err = capsys.readouterr().err
    assert f"peristiwa #{event.seq} ({event.id})" in err


def _admin(f: ForumFixture, role: str = "admin") -> None:
    with write_session(f.engine) as session:
        session.add(
            LocalUser(
                username="admin" if role == "admin" else "op",
                full_name="Admin Kantor",
                role=role,
                password_hash=PasswordHasher().hash("rahasia-123"),
            )
        )


def test_reopen_is_an_admin_action_with_a_reason_recorded_in_the_chain(forum: ForumFixture) -> None:
    first = _sealed(forum)
    _admin(forum)
    _admin(forum, role="operator")
    with read_session(forum.engine) as session:
        with pytest.raises(UserError, match="salah"):
            authenticate_admin(session, "admin", "keliru")
        with pytest.raises(UserError, match="bukan admin"):
            authenticate_admin(session, "op", "rahasia-123")
        admin = authenticate_admin(session, "admin", "rahasia-123")
    with write_session(forum.engine) as session, pytest.raises(UserError, match="Alasan"):
        reopen_session(session, forum.session_id, admin=admin, reason=" ")
    with write_session(forum.engine) as session:
        reopen_session(
            session, forum.session_id, admin=admin, reason="Salah ketik nilai pagu usulan"
        )
    with read_session(forum.engine) as session:
        event = session.exec(select(AuditEvent).where(AuditEvent.action == "reopen")).one()
        assert event.actor == "admin" and event.reason == "Salah ketik nilai pagu usulan"
        assert first in (event.before_json or "")
    with write_session(forum.engine) as session:
        decide(
            session,
            forum.session_id,
            DecisionInput(forum.proposal_ids[0], "agreed", priority=1, agreed_amount=2_000_000),
            actor="op",
        )
        second = seal_session(session, forum.session_id, actor="camat").digest
    assert second is not None and second != first
    with read_session(forum.engine) as session:
        assert verify(session).ok
