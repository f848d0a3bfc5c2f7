"""Push semantics: idempotent replays, per-device order, three-way merge and conflicts."""

from __future__ import annotations

import json
import uuid

import pytest
from sqlmodel import select

from app.models import OutboxEntry, Proposal, SyncConflict
from app.models.db import read_session, write_session
from app.sync.conflicts import open_conflicts, resolve
from tests.sync.conftest import ServerHandle
from tests.sync.helpers import device_token, enrolled_office, op, pending, push, server_record


def test_replays_are_idempotent_and_gaps_are_held_until_filled(sync_server: ServerHandle) -> None:
    kecamatan = sync_server.fresh_kecamatan()
    device, token = device_token(sync_server, kecamatan)
    delegate = str(uuid.uuid4())
    first = op(
        1, "delegate", delegate, {"name": "Rina", "sex": "P", "session_id": delegate}, kind="insert"
    )
    second = op(2, "delegate", delegate, {"role": "ketua delegasi"})
    third = op(3, "delegate", delegate, {"role": "anggota"})

    assert [r["status"] for r in push(sync_server, token, device, [first])["results"]] == [
        "applied"
    ]
    # The third arrives before the second: held, not applied out of order.
    held = push(sync_server, token, device, [third])["results"][0]
    assert held["status"] == "held"
    found = server_record(sync_server, "delegate", delegate)
    assert found is not None and found[0] == 1 and "role" not in found[1]
    # The second fills the gap: both apply, in order.
    assert push(sync_server, token, device, [second])["results"][0]["status"] == "applied"
    found = server_record(sync_server, "delegate", delegate)
    assert found is not None and found[0] == 3 and found[1]["role"] == "anggota"

    # A replay of everything gets the stored results and changes nothing.
    replay = push(sync_server, token, device, [first, second, third])["results"]
    assert [(r["status"], r["original_status"]) for r in replay] == [
        ("duplicate", "applied"),
        ("duplicate", "applied"),
        ("duplicate", "applied"),
    ]
    assert [r["rev"] for r in replay] == [1, 2, 3]
    assert server_record(sync_server, "delegate", delegate) == found
    # The same op id with another payload is refused, not applied.
    reused = push(sync_server, token, device, [{**second, "changed_fields": {"role": "lain"}}])
    assert reused["results"][0]["code"] == "op_id_reused"
    assert server_record(sync_server, "delegate", delegate) == found


def _second_device_edit(
    server: ServerHandle, kecamatan: str, proposal_id: str, fields: dict[str, object]
) -> None:
    device, token = device_token(server, kecamatan)
    found = server_record(server, "proposal", proposal_id)
    assert found is not None
    result = push(
        server, token, device, [op(1, "proposal", proposal_id, fields, base_rev=found[0])]
    )
    assert result["results"][0]["status"] == "applied"


def test_same_field_edited_on_both_sides_is_a_hard_conflict_shown_and_resolvable(
    sync_server: ServerHandle,
) -> None:
    kecamatan = sync_server.fresh_kecamatan()
    engine, sync = enrolled_office(sync_server, kecamatan, empty=False)
    sync.sync()
    with read_session(engine) as session:
        proposal = session.exec(select(Proposal).order_by(Proposal.id)).first()
    assert proposal is not None
    # Another device of the office changes the cost and the title on the server ...
    _second_device_edit(
        sync_server,
        kecamatan,
        proposal.id,
        {"estimated_cost": 111_000_000, "title": "Judul dari perangkat lain"},
    )
    # ... while this one, offline, changes the cost and the problem text.
    with write_session(engine) as session:
        row = session.get(Proposal, proposal.id)
        assert row is not None
        row.estimated_cost = 222_000_000
        row.problem = "Jalan tergenang setiap hujan"

    report = sync.sync()
    assert report.conflicts == 1 and not report.up_to_date
    server_rev, data = server_record(sync_server, "proposal", proposal.id) or (0, {})
    assert data["estimated_cost"] == 111_000_000  # the current value is kept
    assert data["problem"] == "Jalan tergenang setiap hujan"  # the other field merged
    assert data["title"] == "Judul dari perangkat lain"
    conflicts = open_conflicts(engine)
    assert [(c.field, c.local_value, c.server_value) for c in conflicts] == [
        ("estimated_cost", 222_000_000, 111_000_000)
    ]
    with read_session(engine) as session:
        local = session.get(Proposal, proposal.id)
        entry = session.exec(
            select(OutboxEntry).where(
                OutboxEntry.entity_id == proposal.id, OutboxEntry.state == "conflict"
            )
        ).one()
    assert local is not None and local.estimated_cost == 111_000_000  # shows what the server keeps
    assert local.title == "Judul dari perangkat lain"  # the other side's field merged in locally
    assert entry.op == "update"
    assert sync_server.stats()["kecamatan"][kecamatan]["conflicts"] == 1

    # The office keeps its own figure: it goes up as an ordinary edit and settles the conflict.
    resolve(engine, conflicts[0].id, "mine")
    assert pending(engine) == 1
    report = sync.sync()
    assert report.up_to_date, report
    found = server_record(sync_server, "proposal", proposal.id)
    assert (
        found is not None
        and found[1]["estimated_cost"] == 222_000_000
        and found[0] == server_rev + 1
    )
    with read_session(engine) as session:
        settled = session.exec(select(SyncConflict)).one()
    assert settled.resolution == "mine" and settled.reported_at is not None
    from server.db import Conflict
    from server.db import read_session as server_read

    with server_read(sync_server.engine) as server_session:
        stored = server_session.get(Conflict, settled.server_conflict_id)
        assert stored is not None and stored.resolution == "mine"


def test_edit_of_a_record_deleted_elsewhere_is_kept_and_restorable(
    sync_server: ServerHandle,
) -> None:
    kecamatan = sync_server.fresh_kecamatan()
    engine, sync = enrolled_office(sync_server, kecamatan)
    sync.sync()
    with read_session(engine) as session:
        proposal = session.exec(select(Proposal).order_by(Proposal.id)).first()
    assert proposal is not None
    _second_device_edit(sync_server, kecamatan, proposal.id, {"deleted": True})
    with write_session(engine) as session:
        row = session.get(Proposal, proposal.id)
        assert row is not None
        row.volume = 750.0

    report = sync.sync()
    assert report.conflicts == 1
    found = server_record(sync_server, "proposal", proposal.id)
    assert found is not None and found[1]["deleted"] is True and found[1]["volume"] == 750.0
    [conflict] = open_conflicts(engine)
    assert (conflict.kind, conflict.local_value, conflict.server_value) == ("delete", False, True)
    resolve(engine, conflict.id, "mine")  # restore
    assert sync.sync().up_to_date
    found = server_record(sync_server, "proposal", proposal.id)
    assert found is not None and found[1]["deleted"] is False and found[1]["volume"] == 750.0


@pytest.mark.expected_log(r"server epoch changed", logger="app.sync.client")
def test_a_new_server_epoch_makes_the_client_send_its_history_again(
    sync_server: ServerHandle,
) -> None:
    kecamatan = sync_server.fresh_kecamatan()
    engine, sync = enrolled_office(sync_server, kecamatan, empty=True)
    first = sync.sync()
    assert first.pushed > 0
    done = sync_server.cli("new-epoch")
    assert done.returncode == 0, done.stderr
    report = sync.sync()
    assert report.epoch_reset
    assert report.duplicates == first.pushed  # the server already had all of it: nothing twice
    assert report.up_to_date
    with read_session(engine) as session:
        states = {e.state for e in session.exec(select(OutboxEntry)).all()}
    assert states == {"sent"}
    assert json.loads(json.dumps(sync_server.stats()))["kecamatan"][kecamatan]["batches"] == 2
