"""The sync page and the status-bar indicator with its automatic sync on reconnect."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlmodel import col, func, select

from app.models import OutboxEntry, Proposal, SyncConflict
from app.models.db import read_session, write_session
from app.models.outbox import APPLYING_REMOTE
from app.sync.client import SyncReport
from app.sync.probe import ProbeResult
from app.sync.transport import AuthRevoked, Offline
from app.ui.sync_indicator import AutoSync, SyncIndicator
from app.ui.sync_page import SyncPage
from app.ui.tasks import InlineTaskRunner, TaskRunner


def _pending(engine: Engine) -> int:
    with read_session(engine) as session:
        return int(
            session.exec(
                select(func.count()).select_from(OutboxEntry).where(OutboxEntry.state == "pending")
            ).one()
        )


@pytest.fixture
def office(demo_engine: Engine) -> dict[str, Any]:
    """A demo office with one conflict, one refused change and two upstream answers."""
    with write_session(demo_engine) as session:
        proposals = session.exec(select(Proposal).order_by(col(Proposal.number))).all()
        first, second, third = proposals[0], proposals[1], proposals[2]
        refused = session.exec(select(OutboxEntry).where(OutboxEntry.entity_id == second.id)).one()
        refused.state = "rejected"
        refused.last_error = "Kolom 'upstream_status' diisi oleh Bappeda/OPD, bukan oleh kecamatan. [forbidden_field]"
        session.add(refused)
        for entry in session.exec(select(OutboxEntry).where(OutboxEntry.state == "pending")).all():
            entry.state = "sent"
            session.add(entry)
    with write_session(demo_engine) as session:
        session.info[APPLYING_REMOTE] = True
        row = session.get(Proposal, first.id)
        assert row is not None
        row.estimated_cost = 111_000_000
        row.upstream_status = "rejected"
        row.upstream_reason = "Sudah dianggarkan di APBDes"
        third_row = session.get(Proposal, third.id)
        assert third_row is not None
        third_row.upstream_status = "accepted"
        session.add(
            SyncConflict(
                server_conflict_id=7,
                entity="proposal",
                entity_id=first.id,
                field="estimated_cost",
                local_value_json=json.dumps(222_000_000),
                server_value_json=json.dumps(111_000_000),
                server_rev=3,
            )
        )
    return {"engine": demo_engine, "first": first, "second": second, "third": third}


def test_sync_page_shows_errors_conflicts_and_feedback(
    qtbot: QtBot, qtmodeltester: Any, office: dict[str, Any]
) -> None:
    engine = office["engine"]
    page = SyncPage(engine, InlineTaskRunner())
    qtbot.addWidget(page)

    assert "belum terdaftar" in page.status_label.text()
    assert page.errors_model.rowCount() == 1
    assert "Bappeda/OPD" in page.errors_model.data(page.errors_model.index(0, 4))
    assert page.errors_model.data(page.errors_model.index(0, 1)).endswith(office["second"].title)
    assert page.conflicts_model.rowCount() == 1
    mine = page.conflicts_model.data(page.conflicts_model.index(0, 2))
    theirs = page.conflicts_model.data(page.conflicts_model.index(0, 3))
    assert (mine, theirs) == ("Rp 222.000.000", "Rp 111.000.000")
    assert page.tabs.tabText(2) == "Konflik (1)"
    feedback = {
        page.feedback_model.data(page.feedback_model.index(r, 1)): (
            page.feedback_model.data(page.feedback_model.index(r, 2)),
            page.feedback_model.data(page.feedback_model.index(r, 3)),
        )
        for r in range(page.feedback_model.rowCount())
    }
    assert feedback[office["first"].title] == ("Tidak diakomodasi", "Sudah dianggarkan di APBDes")
    assert feedback[office["third"].title][0] == "Diakomodasi dalam RKPD/Renja"
    for model in (page.pending_model, page.errors_model, page.conflicts_model, page.feedback_model):
        qtmodeltester.check(model)

    # Choosing the office's version writes it back as an ordinary edit, to be pushed.
    assert not page.keep_mine_button.isEnabled()
    before = _pending(engine)
    page.conflicts_view.selectRow(0)
    assert page.keep_mine_button.isEnabled()
    page.keep_mine_button.click()
    with read_session(engine) as session:
        proposal = session.get(Proposal, office["first"].id)
        conflict = session.exec(select(SyncConflict)).one()
    assert proposal is not None and proposal.estimated_cost == 222_000_000
    assert conflict.resolution == "mine" and conflict.resolved_at is not None
    assert _pending(engine) == before + 1
    assert page.conflicts_model.rowCount() == 0
    assert page.pending_model.rowCount() == 1
    assert "dikirim ke server" in page.message_label.text()


def test_sync_now_without_enrolment_says_what_to_do(qtbot: QtBot, office: dict[str, Any]) -> None:
    page = SyncPage(office["engine"], InlineTaskRunner())
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.syncFinished) as finished:
        page.sync_button.click()
    assert "belum terdaftar" in page.message_label.text()
    assert "sync enroll" in page.message_label.text()
    assert page.sync_button.isEnabled()
    assert finished.args is not None


def test_sync_page_loads_on_the_worker_thread(qtbot: QtBot, office: dict[str, Any]) -> None:
    runner = TaskRunner()
    report = SyncReport(pushed=4)

    page = SyncPage(office["engine"], runner, sync_op=lambda: report)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.conflicts_model.rowCount() == 1, timeout=10_000)
    with qtbot.waitSignal(page.syncFinished, timeout=10_000) as finished:
        page.sync_now()
    assert finished.args == [report]
    qtbot.waitUntil(lambda: "4 perubahan terkirim" in page.message_label.text(), timeout=10_000)
    runner.wait()


def test_auto_sync_runs_when_the_connection_returns(qtbot: QtBot, demo_engine: Engine) -> None:
    probes = [
        ProbeResult(True, False, 3, False),
        ProbeResult(True, True, 3, False),
        ProbeResult(True, True, 0, False),
        ProbeResult(True, True, 2, False),
    ]
    synced: list[int] = []
    now = [0.0]

    def sync_op() -> SyncReport:
        synced.append(1)
        if len(synced) == 2:
            raise Offline("Server sinkronisasi tidak dapat dihubungi.")
        return SyncReport(pushed=3)

    auto = AutoSync(
        demo_engine,
        InlineTaskRunner(),
        probe_op=lambda: probes.pop(0),
        sync_op=sync_op,
        clock=lambda: now[0],
    )
    indicator = SyncIndicator(auto)
    qtbot.addWidget(indicator)

    auto.check_now()  # offline
    assert synced == [] and indicator.text() == "○ Luring · 3 menunggu"
    with qtbot.waitSignal(auto.syncFinished):
        now[0] = 5
        auto.check_now()  # the server is back: sync at once
    assert synced == [1] and indicator.text() == "● Sinkron · 0 menunggu"
    now[0] = 10
    auto.check_now()  # online, nothing pending, not due
    assert synced == [1]
    with qtbot.waitSignal(auto.syncFailed):
        now[0] = 15
        auto.check_now()  # a new change: sync; this attempt fails
    assert synced == [1, 1] and indicator.text().startswith("○ Gagal sinkron")
    assert auto.policy.failures == 1 and auto.policy.next_due > 15


def test_auto_sync_pauses_after_a_revoked_token(qtbot: QtBot, demo_engine: Engine) -> None:
    def refuse() -> SyncReport:
        raise AuthRevoked("Server menolak token perangkat ini.")

    results = iter([ProbeResult(True, True, 1, False), ProbeResult(True, True, 1, True)])
    auto = AutoSync(
        demo_engine,
        InlineTaskRunner(),
        probe_op=lambda: next(results),
        sync_op=refuse,
        clock=lambda: 1e9,
    )
    indicator = SyncIndicator(auto)
    qtbot.addWidget(indicator)
    auto.check_now()
    assert auto.policy.paused
    assert indicator.text().startswith("⏸")
    with qtbot.assertNotEmitted(auto.syncStarted):
        auto.check_now()
    assert indicator.text() == "⏸ Sinkronisasi dijeda · 1 menunggu"


def test_timer_drives_the_probe(qtbot: QtBot, demo_engine: Engine) -> None:
    calls: list[int] = []

    def probe_op() -> ProbeResult:
        calls.append(1)
        return ProbeResult(False, False, 0, False)

    auto = AutoSync(demo_engine, InlineTaskRunner(), interval_ms=10, probe_op=probe_op)
    indicator = SyncIndicator(auto)
    qtbot.addWidget(indicator)
    auto.start()
    qtbot.waitUntil(lambda: len(calls) >= 3, timeout=5_000)
    auto.stop()
    assert indicator.text() == "○ Belum terdaftar · 0 menunggu"
