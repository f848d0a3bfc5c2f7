"""Enrolment, a full demo cycle with attachments up, feedback back down, reference data down."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import col, select

from app import paths
from app.cli import run
from app.core.workflow import transition
from app.models import (
    Agency,
    Attendance,
    AuditEvent,
    Decision,
    ForumSession,
    OutboxEntry,
    Proposal,
    ReferenceImport,
    SyncBase,
    SyncCursor,
)
from app.models.db import read_session, write_session
from app.sync.credentials import FILE_NAME
from app.sync.status import sync_status, upstream_feedback
from tests.sync.conftest import ServerHandle
from tests.sync.helpers import (
    client,
    enrolled_office,
    make_office,
    outbox_total,
    pending,
    server_record,
    store_attachment,
)


def test_enrol_with_the_cli_binds_the_device_and_keeps_the_token_private(
    sync_server: ServerHandle, capsys: pytest.CaptureFixture[str]
) -> None:
    kecamatan = sync_server.fresh_kecamatan()
    make_office(kecamatan, empty=True)
    code = sync_server.enroll_code(kecamatan)

    assert run(["sync", "enroll", "--server", sync_server.url, "--code", code]) == 0
    assert kecamatan in capsys.readouterr().out

    assert run(["sync", "status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["kecamatan"] == kecamatan
    assert status["server"] == sync_server.url
    assert status["last_sync"] is None
    assert {"pending", "conflicts"} <= status.keys()

    token_file = paths.config_dir() / FILE_NAME
    assert stat.S_IMODE(os.stat(token_file).st_mode) == 0o600
    stored = json.loads(token_file.read_text())
    assert len(stored) == 1 and next(iter(stored.values())).startswith("mrt_")

    # The code was for one use only.
    assert run(["sync", "enroll", "--server", sync_server.url, "--code", code]) == 1
    assert "sudah dipakai" in capsys.readouterr().err


def test_enrol_refuses_plain_http_to_another_host(capsys: pytest.CaptureFixture[str]) -> None:
    make_office("64.02.06", empty=True)
    status = run(
        ["sync", "enroll", "--server", "http://192.0.2.10:8765", "--code", "ABCD-EFGH-JKLM"]
    )
    assert status == 1
    assert "https" in capsys.readouterr().err


def _hold_forum(engine_proposal_ids: list[str], engine: Engine) -> None:
    with write_session(engine) as session:
        cycle_id = session.get(Proposal, engine_proposal_ids[0]).cycle_id  # type: ignore[union-attr]
        forum = ForumSession(cycle_id=cycle_id, title="Musrenbang Kecamatan (uji)")
        session.add(forum)
        session.flush()
        session.add(Attendance(session_id=forum.id, name="Siti Aminah", unsur="desa", sex="P"))
        for proposal_id in engine_proposal_ids[:3]:
            proposal = session.get(Proposal, proposal_id)
            assert proposal is not None
            transition(session, proposal, "verified", actor="operator")
            transition(session, proposal, "in_forum", actor="operator")
            transition(session, proposal, "agreed", actor="camat")
            session.add(Decision(session_id=forum.id, proposal_id=proposal_id, outcome="agreed"))


def test_demo_cycle_round_trip_with_attachments(
    sync_server: ServerHandle, capsys: pytest.CaptureFixture[str]
) -> None:
    kecamatan = sync_server.fresh_kecamatan()
    engine, sync = enrolled_office(sync_server, kecamatan)
    with read_session(engine) as session:
        proposals = list(session.exec(select(Proposal).order_by(col(Proposal.number))).all())
    ids = [p.id for p in proposals]
    _hold_forum(ids, engine)
    photos = [
        store_attachment(engine, ids[i], f"foto jalan {i}".encode() * 5000, f"foto{i}.jpg")
        for i in range(3)
    ]
    # The same file attached to a second proposal is uploaded once.
    store_attachment(engine, ids[3], b"foto jalan 0" * 5000, "foto-sama.jpg")
    before = pending(engine)
    assert before > 160

    assert run(["sync", "now"]) == 0
    output = capsys.readouterr().out
    assert "sinkron" in output

    assert pending(engine) == 0
    stats = sync_server.stats()["kecamatan"][kecamatan]
    assert stats["proposals"] == 150
    assert stats["attachments"] == 3
    assert stats["batches"] >= 2  # more than 100 ops: several batches
    assert stats["conflicts"] == 0
    for proposal in proposals:
        found = server_record(sync_server, "proposal", proposal.id)
        assert found is not None
        _rev, data = found
        assert data["title"] == proposal.title
        assert data["estimated_cost"] == proposal.estimated_cost
    status_after = server_record(sync_server, "proposal", ids[0])
    assert status_after is not None and status_after[1]["status"] == "agreed"
    with read_session(engine) as session:
        audit_ids = session.exec(select(AuditEvent.id)).all()
        attendance_id = session.exec(select(Attendance.id)).one()
    assert len(audit_ids) == 9
    assert all(server_record(sync_server, "audit_event", a) for a in audit_ids)
    assert server_record(sync_server, "attendance", attendance_id) is not None
    blob_root = sync_server.home / "data" / "server-attachments"
    for sha in photos:
        assert (blob_root / sha[:2] / sha).read_bytes() == (
            paths.attachments_dir() / sha[:2] / sha
        ).read_bytes()

    # Nothing new: a second sync sends nothing and is up to date.
    report = sync.sync()
    assert (report.pushed, report.batches, report.attachments_uploaded) == (0, 0, 0)
    assert report.up_to_date

    # An edit goes up as an update of the same record.
    with write_session(engine) as session:
        edited = session.get(Proposal, ids[5])
        assert edited is not None
        edited.estimated_cost = 123_456_789
    report = sync.sync()
    assert (report.pushed, report.applied) == (1, 1)
    found = server_record(sync_server, "proposal", ids[5])
    assert found is not None and found[0] == 2 and found[1]["estimated_cost"] == 123_456_789
    with read_session(engine) as session:
        base = session.exec(select(SyncBase).where(SyncBase.entity_id == ids[5])).one()
    assert base.server_rev == 2

    status = sync_status(engine)
    assert (
        status["pending"] == 0 and status["last_sync"] is not None and status["last_result"] == "ok"
    )


def test_feedback_flows_back_without_being_pushed_again(
    sync_server: ServerHandle, capsys: pytest.CaptureFixture[str]
) -> None:
    kecamatan = sync_server.fresh_kecamatan()
    engine, sync = enrolled_office(sync_server, kecamatan)
    sync.sync()
    ids = sorted(_ids(engine))
    # Bappeda through the admin CLI, an agency through the API.
    done = sync_server.cli(
        "set-status",
        "--proposal",
        ids[0],
        "--status",
        "rejected",
        "--reason",
        "Lokasi sudah ditangani APBDes",
    )
    assert done.returncode == 0, done.stderr
    sync_server.set_status(ids[1], "in_review")
    outbox_before = outbox_total(engine)

    report = sync.sync()
    assert report.pulled["feedback"] == 2
    assert report.up_to_date
    with read_session(engine) as session:
        first = session.get(Proposal, ids[0])
        second = session.get(Proposal, ids[1])
        cursor = session.get(SyncCursor, "feedback")
    assert first is not None and second is not None and cursor is not None
    assert (first.upstream_status, first.upstream_reason) == (
        "rejected",
        "Lokasi sudah ditangani APBDes",
    )
    assert second.upstream_status == "in_review"
    assert int(cursor.cursor or 0) > 0
    assert outbox_total(engine) == outbox_before  # applied without outbox entries: no ping-pong
    feedback = {item.proposal_id: item for item in upstream_feedback(engine)}
    assert feedback[ids[0]].status_label == "Tidak diakomodasi"
    assert feedback[ids[0]].reason == "Lokasi sudah ditangani APBDes"

    # A later local edit merges with the upstream status rather than conflicting with it.
    with write_session(engine) as session:
        proposal = session.get(Proposal, ids[1])
        assert proposal is not None
        proposal.title = proposal.title + " (revisi)"
    report = sync.sync()
    assert (report.applied, report.conflicts) == (1, 0)
    found = server_record(sync_server, "proposal", ids[1])
    assert found is not None
    assert found[1]["upstream_status"] == "in_review" and found[1]["title"].endswith("(revisi)")

    # Pulling again brings nothing twice.
    assert sync.sync().pulled["feedback"] == 0


def _ids(engine: Engine) -> list[str]:
    with read_session(engine) as session:
        return list(session.exec(select(Proposal.id)).all())


def test_published_reference_data_is_pulled_and_imported(
    sync_server: ServerHandle, tmp_path: Path
) -> None:
    kecamatan = sync_server.fresh_kecamatan()
    engine, sync = enrolled_office(sync_server, kecamatan, empty=True)
    source = paths.resource("reference", "opd_kukar_default.csv").read_text(encoding="utf-8")
    lines = source.splitlines()
    lines.append("9.99.01,BADAN UJI SINKRONISASI,BUS,1.03,0")
    opd = tmp_path / f"opd_{sync_server.backend}_{kecamatan}.csv"
    opd.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = sync_server.cli("publish-reference", str(opd))
    assert done.returncode == 0, done.stderr
    outbox_before = outbox_total(engine)

    report = sync.sync()
    assert report.pulled["reference"] >= 1
    with read_session(engine) as session:
        agency = session.get(Agency, "9.99.01")
        imports = session.exec(
            select(ReferenceImport).where(ReferenceImport.source_name == opd.name)
        ).all()
        cursor = session.get(SyncCursor, "reference")
    assert agency is not None and agency.name == "BADAN UJI SINKRONISASI"
    assert len(imports) == 1
    assert cursor is not None and cursor.server_epoch
    assert outbox_total(engine) == outbox_before


@pytest.mark.slow
def test_server_cli_prints_codes_and_stats(sync_server: ServerHandle) -> None:
    kecamatan = sync_server.fresh_kecamatan()
    done = sync_server.cli("enroll-code", "--kecamatan", kecamatan)
    assert done.returncode == 0, done.stderr
    code = done.stdout.strip()
    assert len(code) == 14 and code.count("-") == 2
    engine = make_office(kecamatan, empty=True)
    sync = client(engine)
    sync.enroll(sync_server.url, code)
    sync.sync()
    stats = sync_server.cli("stats", "--json")
    assert stats.returncode == 0, stats.stderr
    data = json.loads(stats.stdout)
    assert data["kecamatan"][kecamatan] == {
        "proposals": 0,
        "attachments": 0,
        "batches": 1,
        "conflicts": 0,
    }
    with read_session(engine) as session:
        assert session.exec(select(OutboxEntry).where(OutboxEntry.state == "pending")).all() == []


def test_connectivity_probe_sees_the_server(sync_server: ServerHandle) -> None:
    from app.sync.scheduler import probe

    assert probe(sync_server.url) is True
    assert probe("http://127.0.0.1:9") is False


def test_server_schema_matches_its_models(sync_server: ServerHandle) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from server.db import Base

    with sync_server.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_an_imported_village_file_goes_up_whole(sync_server: ServerHandle, tmp_path: Path) -> None:
    """The import's bulk insert (#14) leaves outbox entries the client pushes like any other:
    every imported proposal and audit event arrives with its content, and a later edit of an
    imported proposal goes up as its second revision."""
    from app.core.proposal_io import commit_import, preview_import
    from app.core.regions import kecamatan_villages
    from tests.field_files import village_workbook

    kecamatan = sync_server.fresh_kecamatan()
    engine, sync = enrolled_office(sync_server, kecamatan, empty=True)
    with read_session(engine) as session:
        village = kecamatan_villages(session, kecamatan)[0].name
    path = village_workbook(tmp_path / "desa.xlsx", [village], dusun_sheets=30)
    outcome = commit_import(engine, preview_import(engine, path), "valid_only", actor="op")
    assert outcome.inserted == 120

    report = sync.sync()
    with read_session(engine) as session:
        states = {(e.state, e.last_error) for e in session.exec(select(OutboxEntry)).all()}
        proposals = session.exec(select(Proposal)).all()
        audit_ids = session.exec(select(AuditEvent.id)).all()
    assert states == {("sent", None)}, report
    assert report.batches >= 2 and report.conflicts == 0
    assert len(proposals) == 120 and len(audit_ids) == 121
    for proposal in proposals:
        found = server_record(sync_server, "proposal", proposal.id)
        assert found is not None
        rev, data = found
        assert rev == 1
        assert (data["title"], data["dusun"], data["estimated_cost"]) == (
            proposal.title,
            proposal.dusun,
            proposal.estimated_cost,
        )
    assert all(server_record(sync_server, "audit_event", a) for a in audit_ids)

    with write_session(engine) as session:
        edited = session.get(Proposal, proposals[0].id)
        assert edited is not None
        edited.estimated_cost = 7_654_321
    assert sync.sync().pushed == 1
    found = server_record(sync_server, "proposal", proposals[0].id)
    assert found is not None and found[0] == 2 and found[1]["estimated_cost"] == 7_654_321


def test_an_imported_sipd_export_with_statuses_goes_up_whole(
    sync_server: ServerHandle, tmp_path: Path
) -> None:
    """SIPD's STATUS column is kept as the SIPD status. Written into upstream_status (the
    kabupaten's answer), every row of a real export was refused by the server as
    forbidden_field and never reached the kabupaten."""
    from app.core.proposal_io import commit_import, preview_import
    from app.models import Region
    from tests.field_files import sipd_export

    kecamatan = sync_server.fresh_kecamatan()
    engine, sync = enrolled_office(sync_server, kecamatan, empty=True)
    with read_session(engine) as session:
        region = session.get(Region, kecamatan)
        assert region is not None
        name = region.name
    path = sipd_export(tmp_path / "sipd.xlsx", own_kecamatan=name, own_rows=40, other_rows=8)
    outcome = commit_import(engine, preview_import(engine, path), "valid_only", actor="op")
    assert outcome.inserted == 40

    report = sync.sync()
    with read_session(engine) as session:
        states = {(e.state, e.last_error) for e in session.exec(select(OutboxEntry)).all()}
        proposals = session.exec(select(Proposal)).all()
    assert states == {("sent", None)}, report
    assert {p.sipd_status for p in proposals} == {"Diterima", "Ditolak"}
    assert all(p.upstream_status is None for p in proposals)
    for proposal in proposals:
        found = server_record(sync_server, "proposal", proposal.id)
        assert found is not None and found[1]["sipd_id"] == proposal.sipd_id
