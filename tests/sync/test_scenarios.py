"""SYNC.md scenarios 4, 9, 10, 12 and 13 against a real server process, each ending with the
sync invariants (tests/sync/invariants.py). The network-fault scenarios are in test_faults*.py,
the simulation in test_simulation.py, the kill -9 writer in tests/models/test_crash.py."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import time_machine
from sqlalchemy import Engine
from sqlmodel import col, select

from app.models import OutboxEntry, Proposal
from app.models.db import read_session, write_session
from app.sync.client import SyncClient
from app.sync.conflicts import open_conflicts, resolve
from app.sync.credentials import account_name
from app.sync.settings import load_config, load_state
from app.sync.transport import AuthRevoked
from tests.sync.conftest import ServerHandle, _start, _stop
from tests.sync.helpers import (
    device_token,
    enrolled_office,
    headers,
    op,
    pending,
    push,
    server_record,
)
from tests.sync.invariants import assert_sync_invariants, confirmed_values


def _proposals(engine: Engine, count: int) -> list[Proposal]:
    with read_session(engine) as session:
        return list(session.exec(select(Proposal).order_by(col(Proposal.id)).limit(count)).all())


def _edit(engine: Engine, proposal_id: str, **fields: Any) -> Proposal:
    with write_session(engine) as session:
        row = session.get(Proposal, proposal_id)
        assert row is not None
        for name, value in fields.items():
            setattr(row, name, value)
        session.add(row)
    with read_session(engine) as session:
        saved = session.get(Proposal, proposal_id)
        assert saved is not None
        return saved


def _device_access(server: ServerHandle, sync: SyncClient, engine: Engine) -> tuple[str, str]:
    with read_session(engine) as session:
        config = load_config(session)
    assert config is not None
    refresh = sync.store.get(account_name(config.server_url, config.device_id))
    assert refresh is not None
    return config.device_id, server.access_token(refresh)


def _pending_ops(engine: Engine) -> list[dict[str, Any]]:
    """The outbox as the client would send it (no merge bases yet: a first sync)."""
    with read_session(engine) as session:
        entries = session.exec(
            select(OutboxEntry)
            .where(OutboxEntry.state == "pending")
            .order_by(col(OutboxEntry.device_seq))
        ).all()
        return [
            op(
                int(e.device_seq or 0),
                e.entity,
                e.entity_id,
                json.loads(e.changed_fields),
                kind=e.op,
                op_id=e.op_id,
            )
            for e in entries
        ]


def _client_push(
    server: ServerHandle, token: str, device: str, ops: list[dict[str, Any]], base_seq: int
) -> Any:
    """A batch exactly as the client frames it (with where its numbering starts)."""
    import uuid

    import requests

    response = requests.post(
        server.url + "/v1/push",
        json={"device_id": device, "batch_id": str(uuid.uuid4()), "ops": ops, "base_seq": base_seq},
        headers=headers(token),
        timeout=30,
    )
    response.raise_for_status()
    return response.json()


def test_scenario_4_batches_out_of_order_and_twice_apply_in_order_once(
    sync_server: ServerHandle,
) -> None:
    kecamatan = sync_server.fresh_kecamatan()
    engine, sync = enrolled_office(sync_server, kecamatan)
    # Later edits of early rows: applying them out of order would leave the wrong values.
    targets = _proposals(engine, 40)
    for index, proposal in enumerate(targets):
        _edit(engine, proposal.id, estimated_cost=1_000_000 * (index + 1))
    for index, proposal in enumerate(targets):
        _edit(engine, proposal.id, estimated_cost=2_000_000 * (index + 1), volume=float(index + 1))
    ops = _pending_ops(engine)
    assert len(ops) > 200
    batches = [ops[i : i + 100] for i in range(0, len(ops), 100)]
    first, second, last = batches[0], batches[1], batches[2:]
    device, token = _device_access(sync_server, sync, engine)
    with read_session(engine) as session:
        config = load_config(session)
    assert config is not None and config.first_seq == 1
    base_seq = config.first_seq - 1

    # The tail arrives first and is held; nothing of it is visible.
    for batch in last:
        statuses = {
            r["status"]
            for r in _client_push(sync_server, token, device, batch, base_seq)["results"]
        }
        assert statuses == {"held"}
    assert all(
        server_record(sync_server, o["entity"], o["id"]) is None
        for o in last[0][:5]
        if o["op"] == "insert"
    )
    # The second batch too, and then the tail again (delivered twice).
    assert {
        r["status"] for r in _client_push(sync_server, token, device, second, base_seq)["results"]
    } == {"held"}
    for batch in last:
        _client_push(sync_server, token, device, batch, base_seq)
    # The first fills the gap: everything applies, in device order.
    results = _client_push(sync_server, token, device, first, base_seq)["results"]
    assert {r["status"] for r in results} == {"applied"}
    # Replays of any of it return the stored results and change nothing.
    replay = _client_push(sync_server, token, device, second, base_seq)["results"]
    assert {r["status"] for r in replay} == {"duplicate"}
    for index, proposal in enumerate(targets):
        found = server_record(sync_server, "proposal", proposal.id)
        assert found is not None
        assert found[1]["estimated_cost"] == 2_000_000 * (index + 1)
        assert found[1]["volume"] == float(index + 1)

    # The office's own sync then learns the results, sends nothing twice, and settles.
    report = sync.sync()
    with read_session(engine) as session:
        refused = session.exec(select(OutboxEntry).where(OutboxEntry.state == "rejected")).all()
    assert not refused, [(e.device_seq, e.op, e.entity, e.last_error) for e in refused[:5]]
    assert report.duplicates == len(ops) and report.up_to_date
    assert pending(engine) == 0
    assert_sync_invariants(sync_server, engine, kecamatan)


def test_scenario_9_title_edit_and_upstream_status_are_both_kept_with_a_soft_conflict(
    sync_server: ServerHandle,
) -> None:
    from server.db import Conflict
    from server.db import read_session as server_read

    kecamatan = sync_server.fresh_kecamatan()
    engine, sync = enrolled_office(sync_server, kecamatan)
    sync.sync()
    [proposal] = _proposals(engine, 1)
    # Bappeda sets the status while the office, not having pulled it, edits the title.
    sync_server.set_status(proposal.id, "in_review")
    saved = _edit(engine, proposal.id, title="Rehab jalan usaha tani RT 03 (revisi forum)")

    report = sync.sync()
    assert (report.merged, report.conflicts, report.pulled["feedback"]) == (1, 0, 1)
    found = server_record(sync_server, "proposal", proposal.id)
    assert found is not None
    assert found[1]["title"] == "Rehab jalan usaha tani RT 03 (revisi forum)"
    assert found[1]["upstream_status"] == "in_review"
    with server_read(sync_server.engine) as session:
        logged = (
            session.execute(select(Conflict).where(Conflict.entity_id == proposal.id))
            .scalars()
            .all()
        )
    assert [(c.kind, c.hard) for c in logged] == [("soft", False)]
    assert "upstream_status" in logged[0].field
    with read_session(engine) as session:
        local = session.get(Proposal, proposal.id)
    assert local is not None and local.upstream_status == "in_review"
    assert local.title == "Rehab jalan usaha tani RT 03 (revisi forum)"
    assert open_conflicts(engine) == []  # a soft conflict needs nobody's decision
    assert_sync_invariants(
        sync_server, engine, kecamatan, confirmed=confirmed_values([saved], "title")
    )


def test_scenario_10_both_sides_edit_the_cost_the_other_side_wins_when_chosen(
    sync_server: ServerHandle,
) -> None:
    kecamatan = sync_server.fresh_kecamatan()
    engine, sync = enrolled_office(sync_server, kecamatan)
    sync.sync()
    [proposal] = _proposals(engine, 1)
    found = server_record(sync_server, "proposal", proposal.id)
    assert found is not None
    other, token = device_token(sync_server, kecamatan)
    answer = push(
        sync_server,
        token,
        other,
        [op(1, "proposal", proposal.id, {"estimated_cost": 75_000_000}, base_rev=found[0])],
    )
    assert answer["results"][0]["status"] == "applied"
    saved = _edit(engine, proposal.id, estimated_cost=90_000_000)

    report = sync.sync()
    assert report.conflicts == 1
    [conflict] = open_conflicts(engine)
    assert (conflict.field, conflict.local_value, conflict.server_value) == (
        "estimated_cost",
        90_000_000,
        75_000_000,
    )
    # Shown, kept on both sides: the office's figure waits in the conflict log.
    assert_sync_invariants(
        sync_server, engine, kecamatan, confirmed=confirmed_values([saved], "estimated_cost")
    )
    resolve(engine, conflict.id, "theirs")
    assert pending(engine) == 0  # taking the server's value is not a new edit
    report = sync.sync()
    assert report.up_to_date and open_conflicts(engine) == []
    from server.db import Conflict
    from server.db import read_session as server_read

    with server_read(sync_server.engine) as session:
        settled = session.execute(
            select(Conflict).where(Conflict.entity_id == proposal.id)
        ).scalar_one()
    assert (settled.resolution, settled.resolved_at is not None) == ("theirs", True)
    assert json.loads(settled.client_value_json or "null") == 90_000_000  # still on record
    with read_session(engine) as session:
        local = session.get(Proposal, proposal.id)
    assert local is not None and local.estimated_cost == 75_000_000
    assert_sync_invariants(sync_server, engine, kecamatan)


@pytest.mark.expected_log(r"clock skew", logger="app.sync.client")
@pytest.mark.parametrize(
    ("offset", "direction"),
    [(timedelta(days=-3653), "lebih lambat"), (timedelta(days=2), "lebih cepat")],
    ids=["ten-years-back", "two-days-ahead"],
)
def test_scenario_12_a_wrong_client_clock_changes_no_outcome_and_warns(
    sync_server: ServerHandle, offset: timedelta, direction: str
) -> None:
    kecamatan = sync_server.fresh_kecamatan()
    engine, sync = enrolled_office(sync_server, kecamatan)
    first = sync.sync()
    assert first.up_to_date and not first.problems  # the right clock: no warning
    other, token = device_token(sync_server, kecamatan)
    targets = _proposals(engine, 3)
    found = server_record(sync_server, "proposal", targets[0].id)
    assert found is not None
    push(
        sync_server,
        token,
        other,
        [op(1, "proposal", targets[0].id, {"estimated_cost": 5_000_000}, base_rev=found[0])],
    )
    sync_server.set_status(targets[1].id, "accepted")

    with time_machine.travel(datetime.now(UTC) + offset, tick=True):
        saved = [
            _edit(engine, targets[0].id, estimated_cost=6_000_000),
            _edit(engine, targets[2].id, title="Pembangunan siring beton Gang Mawar"),
        ]
        report = sync.sync()
    # The same outcomes as with a right clock: one conflict, one plain update, feedback in.
    assert (report.applied, report.conflicts, report.pulled["feedback"]) == (1, 1, 1)
    found = server_record(sync_server, "proposal", targets[2].id)
    assert found is not None and found[1]["title"] == "Pembangunan siring beton Gang Mawar"
    warnings = [p for p in report.problems if "Jam komputer" in p]
    assert len(warnings) == 1 and direction in warnings[0]
    with read_session(engine) as session:
        state = load_state(session)
    assert any("Jam komputer" in issue for issue in state.issues)  # shown on the sync page
    assert_sync_invariants(
        sync_server,
        engine,
        kecamatan,
        confirmed=confirmed_values([saved[0]], "estimated_cost")
        | confirmed_values([saved[1]], "title"),
    )


def _snapshot(db_file: Path, target: Path) -> None:
    """A consistent copy of a live database with the backup API (never a file copy)."""
    with sqlite3.connect(db_file) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
    copy.close()
    source.close()


@pytest.mark.expected_log(r"server epoch changed", logger="app.sync.client")
@pytest.mark.expected_log(r"revoked principal\(s\) were active", logger="server.__main__")
@pytest.mark.slow
def test_scenario_13_restored_server_gets_the_history_again_and_a_revoked_token_pauses(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    home = tmp_path_factory.mktemp("server-restored")
    server = _start("sqlite", home, None)
    try:
        kecamatan = "64.02.01"
        engine, sync = enrolled_office(server, kecamatan)
        assert sync.sync().up_to_date
        server_db = Path(server.database_url.split("///", 1)[1])
        snapshot = home / "snapshot.sqlite3"
        _snapshot(server_db, snapshot)
        # Work the server will lose: it is on the server when the snapshot is restored over it.
        targets = _proposals(engine, 5)
        saved = [_edit(engine, p.id, estimated_cost=10_000_000 + i) for i, p in enumerate(targets)]
        assert sync.sync().applied == 5
        url = server.url
    finally:
        _stop(server)
    _snapshot(snapshot, server_db)
    port = int(url.rsplit(":", 1)[1])
    restored = _start("sqlite", home, None, port=port)
    try:
        done = restored.cli("new-epoch")
        assert done.returncode == 0, done.stderr
        assert all(
            (server_record(restored, "proposal", p.id) or (0, {}))[1]["estimated_cost"]
            != 10_000_000 + i
            for i, p in enumerate(targets)
        )
        report = sync.sync()
        assert report.epoch_reset and report.up_to_date
        for index, proposal in enumerate(targets):
            found = server_record(restored, "proposal", proposal.id)
            assert found is not None and found[1]["estimated_cost"] == 10_000_000 + index
        assert_sync_invariants(
            restored, engine, kecamatan, confirmed=confirmed_values(saved, "estimated_cost")
        )

        # Revoked: sync pauses, the outbox stays, nothing is sent, re-enrolment resumes.
        with read_session(engine) as session:
            config = load_config(session)
        assert config is not None
        restored.revoke(config.device_id)
        edited = _edit(engine, targets[0].id, title="Normalisasi parit RT 07")
        with pytest.raises(AuthRevoked):
            sync.sync()
        with read_session(engine) as session:
            assert load_state(session).last_result == "paused"
        assert pending(engine) == 1
        import requests

        info = requests.get(restored.url + "/v1/info", headers=headers(), timeout=10).json()
        assert info["server_epoch"]
        sync.enroll(restored.url, restored.enroll_code(kecamatan))
        assert sync.sync().up_to_date
        assert_sync_invariants(
            restored, engine, kecamatan, confirmed=confirmed_values([edited], "title")
        )
    finally:
        _stop(restored)


def test_scenario_11_upstream_decision_or_deletion_keeps_the_offline_edit_restorable(
    sync_server: ServerHandle,
) -> None:
    from app.errors import UserError

    kecamatan = sync_server.fresh_kecamatan()
    engine, sync = enrolled_office(sync_server, kecamatan)
    sync.sync()
    decided, removed = _proposals(engine, 2)
    # Upstream: Bappeda decides one proposal, another device of the office deletes the other,
    # while this office, offline, edits both.
    sync_server.set_status(decided.id, "accepted")
    other, token = device_token(sync_server, kecamatan)
    found = server_record(sync_server, "proposal", removed.id)
    assert found is not None
    push(
        sync_server,
        token,
        other,
        [op(1, "proposal", removed.id, {"deleted": True}, base_rev=found[0])],
    )
    decided_before = (server_record(sync_server, "proposal", decided.id) or (0, {}))[1]
    # values that differ from the demo's (the two proposals are the first by a random id, and an
    # edit to the value already there is no change to send)
    new_cost = (decided.estimated_cost or 0) + 1_000_000
    new_volume = (removed.volume or 0.0) + 7.5
    saved = [
        _edit(engine, decided.id, estimated_cost=new_cost),
        _edit(engine, removed.id, volume=new_volume),
    ]

    report = sync.sync()
    assert report.conflicts == 2
    conflicts = {c.entity_id: c for c in open_conflicts(engine)}
    lock, deletion = conflicts[decided.id], conflicts[removed.id]
    assert (lock.kind, lock.local_value, lock.server_value) == (
        "locked",
        new_cost,
        decided_before["estimated_cost"],
    )
    assert "diputuskan kabupaten" in lock.field_label
    assert (deletion.kind, deletion.local_value, deletion.server_value) == ("delete", False, True)
    found = server_record(sync_server, "proposal", decided.id)
    assert found is not None and found[1]["estimated_cost"] == decided_before["estimated_cost"]
    with read_session(engine) as session:
        shown = session.get(Proposal, decided.id)
    assert shown is not None and shown.estimated_cost == decided_before["estimated_cost"]
    assert shown.upstream_status == "accepted"
    # Nothing lost: both edits are in the conflict log, on both sides.
    assert_sync_invariants(
        sync_server,
        engine,
        kecamatan,
        confirmed=confirmed_values([saved[0]], "estimated_cost")
        | confirmed_values([saved[1]], "volume"),
    )

    # While decided, the office cannot push its value through; the message says what to do.
    with pytest.raises(UserError, match="diputuskan kabupaten") as refused:
        resolve(engine, lock.id, "mine")
    assert "Bappeda" in (refused.value.hint or "")
    # The deleted one is restored at once.
    resolve(engine, deletion.id, "mine")
    # Bappeda reopens the decided one; after the next sync the office's value can be restored.
    sync_server.set_status(decided.id, "in_review")
    assert sync.sync().pulled["feedback"] == 1
    resolve(engine, lock.id, "mine")
    report = sync.sync()
    assert report.up_to_date and report.conflicts == 0
    found = server_record(sync_server, "proposal", decided.id)
    assert found is not None and found[1]["estimated_cost"] == new_cost
    found = server_record(sync_server, "proposal", removed.id)
    assert found is not None and found[1]["deleted"] is False and found[1]["volume"] == new_volume
    assert open_conflicts(engine) == []
    assert_sync_invariants(sync_server, engine, kecamatan)
