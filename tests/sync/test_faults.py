"""SYNC.md fault scenarios 2, 3, 5, 6, 7 and 14, a server killed mid-batch and a client killed
mid-sync, against a real server process (``tests/sync/faultserver.py``) behind a
fault-injecting proxy (``tests/sync/faultproxy.py``). Each test ends with the sync invariants.

One server serves the whole module (starting one costs seconds): faults are armed per test
through its plan file, its pull pages hold 15 changes so 150 proposals make 10 pages.
"""

from __future__ import annotations

import hashlib
import http.server
import os
import random
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import Engine
from sqlmodel import select

from app.models import OutboxEntry, Proposal, ProposalAttachment, SyncCursor
from app.models.db import read_session, write_session
from app.sync import apply
from app.sync.client import SyncReport
from app.sync.status import item_errors, sync_status
from app.sync.transport import Offline
from common import protocol
from tests.sync import faultserver
from tests.sync.conftest import ROOT, ServerHandle
from tests.sync.faultkit import (
    Sleeps,
    device_id,
    fault_client,
    office_through,
    pending_ops,
    query_value,
    seen,
    server_counts,
    states,
)
from tests.sync.faultproxy import FaultProxy, fresh_connection_transport
from tests.sync.helpers import (
    headers,
    outbox_total,
    proposal_ids,
    server_record,
    store_attachment,
)
from tests.sync.invariants import assert_sync_invariants

PUSH = b"POST /v1/push"
FEEDBACK = b"GET /v1/changes?stream=feedback"
PUT = b"PUT /v1/attachments/"
PAGE = 15
WAIT = 30.0


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerHandle]:
    handle = faultserver.start(tmp_path_factory.mktemp("fault-server"), page_size=PAGE)
    yield handle
    faultserver.stop(handle)


@pytest.fixture(autouse=True)
def _no_fault_left_over(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    if "server" in request.fixturenames:
        faultserver.disarm(request.getfixturevalue("server"))


@pytest.fixture
def proxy(server: ServerHandle) -> Iterator[FaultProxy]:
    port = int(server.url.rsplit(":", 1)[1])
    with FaultProxy(port) as fault_proxy:
        yield fault_proxy


def _nothing_arrived(server: ServerHandle, kecamatan: str, device: str) -> None:
    counts = server_counts(server, kecamatan, device)
    assert counts == {"records": 0, "results": 0, "versions": 0, "batches": 0, "changes": 0}


def _all_applied_once(server: ServerHandle, engine: Engine, kecamatan: str) -> None:
    total = outbox_total(engine)
    counts = server_counts(server, kecamatan, device_id(engine))
    assert states(engine) == {"sent": total}
    assert counts["results"] == total
    assert counts["versions"] == total  # one stored version per op: none applied twice
    assert_sync_invariants(server, engine, kecamatan)


def test_connection_reset_halfway_through_a_push_body(
    server: ServerHandle, proxy: FaultProxy
) -> None:
    kecamatan = server.fresh_kecamatan()
    engine = office_through(server, proxy.url, kecamatan)
    device = device_id(engine)
    before = outbox_total(engine)

    # Without retries the sync stops at the cut: the server must not have kept any of it.
    proxy.reset_request_after(0, match=PUSH, fraction=0.5)
    with pytest.raises(Offline):
        fault_client(engine, retries=0).sync()
    assert proxy.pending_faults() == 0
    assert len(seen(proxy.requests_seen, PUSH)) == 1
    _nothing_arrived(server, kecamatan, device)
    assert states(engine) == {"pending": before}

    # With retries the same cut is survived within one sync, and each op applies once.
    proxy.reset_request_after(0, match=PUSH, fraction=0.5)
    report = fault_client(engine, retries=2).sync()
    assert proxy.pending_faults() == 0
    assert report.duplicates == 0  # the cut batch never reached the server
    assert report.applied == before
    assert len(seen(proxy.requests_seen, PUSH)) == 1 + 1 + report.batches
    _all_applied_once(server, engine, kecamatan)


def test_server_commits_response_lost(server: ServerHandle, proxy: FaultProxy) -> None:
    kecamatan = server.fresh_kecamatan()
    engine = office_through(server, proxy.url, kecamatan)
    device = device_id(engine)
    total = outbox_total(engine)
    first_batch = len(pending_ops(engine, protocol.MAX_BATCH_OPS))

    # The answer to the first push is lost after the server committed it.
    proxy.drop_responses(match=PUSH)
    with pytest.raises(Offline):
        fault_client(engine, retries=0).sync()
    assert proxy.pending_faults() == 0
    assert server_counts(server, kecamatan, device)["results"] == first_batch
    assert states(engine) == {"pending": total}  # nothing is marked sent without an answer

    # Lost again on the next try, this time retried at once: the retry gets stored results.
    proxy.drop_responses(match=PUSH)
    report = fault_client(engine, retries=2).sync()
    assert report.duplicates == first_batch  # counted as their original result, "applied"
    assert report.applied == total
    assert report.pending_after == 0
    _all_applied_once(server, engine, kecamatan)


def test_one_invalid_and_one_forbidden_op_in_a_batch_of_100(
    server: ServerHandle, proxy: FaultProxy
) -> None:
    kecamatan = server.fresh_kecamatan()
    engine = office_through(server, proxy.url, kecamatan)
    assert fault_client(engine).sync().pending_after == 0
    with read_session(engine) as session:
        ids = list(session.exec(select(Proposal.id).order_by(Proposal.id)).all())[:100]
    too_long = "Jalan " * 4000  # over the protocol's 20,000-character limit
    with write_session(engine) as session:
        for index, proposal_id in enumerate(ids):
            proposal = session.get(Proposal, proposal_id)
            assert proposal is not None
            if index == 30:
                proposal.title = too_long
            elif index == 70:
                proposal.upstream_status = "accepted"  # the kabupaten's field
            else:
                # not a demo title: one demo proposal is "Semenisasi jalan lingkungan RT 39", and
                # if it sorted to index 39 its unchanged title would make no op
                proposal.title = f"Semenisasi jalan lingkungan RT {index:02d} (uji sinkron)"
            session.add(proposal)
    pushes_before = len(seen(proxy.requests_seen, PUSH))

    report = fault_client(engine).sync()
    assert (report.batches, report.applied, report.rejected) == (1, 98, 2)
    assert len(seen(proxy.requests_seen, PUSH)) == pushes_before + 1
    assert report.rejected_total == 2 and not report.up_to_date

    # The two stay visible locally: the values, the refused entries and why.
    with read_session(engine) as session:
        assert session.get(Proposal, ids[30]).title == too_long  # type: ignore[union-attr]
        assert session.get(Proposal, ids[70]).upstream_status == "accepted"  # type: ignore[union-attr]
        refused = list(session.exec(select(OutboxEntry).where(OutboxEntry.state == "rejected")))
    assert sorted(e.entity_id for e in refused) == sorted([ids[30], ids[70]])
    shown = item_errors(engine)
    assert {e.entity_id for e in shown} == {ids[30], ids[70]}
    assert any("value_too_long" in e.error for e in shown)
    assert any("forbidden_field" in e.error for e in shown)
    status = sync_status(engine)
    assert (status["rejected"], status["pending"]) == (2, 0)  # nothing for auto-sync to resend

    # No retry loop: the next sync sends nothing and the refusals stay.
    again = fault_client(engine).sync()
    assert len(seen(proxy.requests_seen, PUSH)) == pushes_before + 1
    assert (again.batches, again.pushed, again.rejected_total) == (0, 0, 2)
    assert_sync_invariants(server, engine, kecamatan)


def _signal_files(folder: Path) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "stalled", folder / "release"


def _wait_for_file(path: Path, thread: threading.Thread) -> None:
    stop = threading.Event()
    waited = 0.0
    while not path.exists():
        assert thread.is_alive(), "the sync ended before the server reached the fault"
        assert waited < WAIT, f"{path.name} never appeared"
        stop.wait(0.01)
        waited += 0.01


def _sync_in_thread(
    engine: Engine, *, retries: int, sleep: Sleeps | None = None
) -> tuple[threading.Thread, dict[str, object]]:
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["report"] = fault_client(engine, retries=retries, sleep=sleep).sync()
        except Exception as exc:  # handed to the test thread
            outcome["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, outcome


def _office_readers_see(server: ServerHandle, kecamatan: str, access_token: str) -> int:
    """Changes of the kecamatan that a Bappeda reader gets from the API."""
    response = requests.get(
        server.url + "/v1/changes",
        params={"stream": "office", "since": "0", "limit": "1000", "kecamatan": kecamatan},
        headers=headers(access_token),
        timeout=10,
    )
    response.raise_for_status()
    return len(response.json()["changes"])


def test_503_with_retry_after_in_the_middle_of_a_batch(
    server: ServerHandle, tmp_path: Path
) -> None:
    stalled, release = _signal_files(tmp_path / "signals")
    kecamatan = server.fresh_kecamatan()
    engine = office_through(server, server.url, kecamatan)
    device = device_id(engine)
    # Taken before the stall: issuing a token writes, and the stalled batch holds the lock.
    bappeda = server.access_token(server.add_user("bappeda"))
    total = outbox_total(engine)
    faultserver.arm(
        server,
        {"signal": str(stalled), "wait": str(release), "status": 503, "retry_after": "2"},
    )
    sleeps = Sleeps()
    thread, outcome = _sync_in_thread(engine, retries=2, sleep=sleeps)

    _wait_for_file(stalled, thread)
    # The batch is written inside the server's open transaction: nobody sees any of it.
    _nothing_arrived(server, kecamatan, device)
    assert _office_readers_see(server, kecamatan, bappeda) == 0
    release.write_text("go")
    thread.join(WAIT)
    assert not thread.is_alive()

    assert "error" not in outcome, outcome
    report = outcome["report"]
    assert isinstance(report, SyncReport)
    assert sleeps == [2.0]  # retried once, after the announced delay
    assert report.duplicates == 0  # the 503 rolled the first attempt back entirely
    assert report.applied == total and report.pending_after == 0
    assert (
        _office_readers_see(server, kecamatan, bappeda)
        == server_counts(server, kecamatan, device)["changes"]
    )
    _all_applied_once(server, engine, kecamatan)


def test_server_killed_mid_batch_and_restarted(server: ServerHandle, tmp_path: Path) -> None:
    stalled, never = _signal_files(tmp_path / "signals")
    kecamatan = server.fresh_kecamatan()
    engine = office_through(server, server.url, kecamatan)
    device = device_id(engine)
    total = outbox_total(engine)
    faultserver.arm(server, {"signal": str(stalled), "wait": str(never)})
    thread, outcome = _sync_in_thread(engine, retries=1)
    try:
        _wait_for_file(stalled, thread)
        faultserver.kill(server)  # the batch dies inside its open transaction
        thread.join(WAIT)
        assert isinstance(outcome.get("error"), Offline)
        _nothing_arrived(server, kecamatan, device)
        assert states(engine) == {"pending": total}
    finally:
        if server.process.poll() is None:
            faultserver.kill(server)
        faultserver.restart(server)  # same database, same port (the module's later tests too)
    report = fault_client(engine).sync()
    assert report.applied == total and report.duplicates == 0
    _all_applied_once(server, engine, kecamatan)


class SimulatedCrash(BaseException):
    """Stands for the process dying: nothing in the client catches it."""


def _feedback_applied(engine: Engine) -> dict[str, str | None]:
    with read_session(engine) as session:
        rows = session.exec(select(Proposal.id, Proposal.upstream_status)).all()
    return {pid: status for pid, status in rows if status is not None}


def _cursor(engine: Engine, stream: str) -> str | None:
    with read_session(engine) as session:
        row = session.get(SyncCursor, stream)
        return row.cursor if row else None


def test_pull_cut_at_page_4_of_10_and_crash_before_saving_the_cursor(
    server: ServerHandle, proxy: FaultProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    kecamatan = server.fresh_kecamatan()
    engine = office_through(server, proxy.url, kecamatan)
    assert fault_client(engine).sync().pending_after == 0
    ids = proposal_ids(engine)
    assert len(ids) == 10 * PAGE
    expected = {pid: ("accepted" if i % 2 else "in_review") for i, pid in enumerate(ids)}
    for pid, status in expected.items():
        server.set_status(pid, status)

    # The answer carrying page 4 is cut: pages 1-3 stay applied with their cursor.
    proxy.reset_response_after(300, match=FEEDBACK, skip=3)
    before = len(proxy.requests_seen)
    with pytest.raises(Offline):
        fault_client(engine, retries=0).sync()
    assert proxy.pending_faults() == 0
    assert len(_feedback_applied(engine)) == 3 * PAGE
    pages = seen(proxy.requests_seen[before:], FEEDBACK)
    assert len(pages) == 4
    assert query_value(pages[3], "since") == _cursor(engine, "feedback")

    # The client dies after applying page 5, before its cursor is saved.
    saved: list[str] = []
    real_save = apply.save_cursor

    def crash_on_page_5(session: Any, stream: str, cursor: str, epoch: str) -> None:
        if stream == protocol.STREAM_FEEDBACK:
            saved.append(cursor)
            if len(saved) == 2:
                raise SimulatedCrash
        real_save(session, stream, cursor, epoch)

    monkeypatch.setattr(apply, "save_cursor", crash_on_page_5)
    with pytest.raises(SimulatedCrash):
        fault_client(engine).sync()
    monkeypatch.setattr(apply, "save_cursor", real_save)
    assert len(_feedback_applied(engine)) == 4 * PAGE  # page 5 rolled back with its cursor
    assert _cursor(engine, "feedback") == saved[0]

    # Resumes at page 5: no gap, nothing applied twice.
    before = len(proxy.requests_seen)
    report = fault_client(engine).sync()
    resumed = seen(proxy.requests_seen[before:], FEEDBACK)
    assert query_value(resumed[0], "since") == saved[0]
    assert len(resumed) == 6
    assert report.pulled[protocol.STREAM_FEEDBACK] == 6 * PAGE
    assert _feedback_applied(engine) == expected
    assert_sync_invariants(server, engine, kecamatan)


def _blob(server: ServerHandle, sha: str) -> tuple[int, bool] | None:
    from sqlalchemy import select

    from server.db import Blob, BlobUpload
    from server.db import read_session as server_read

    with server_read(server.engine) as s:
        row = s.get(Blob, sha)
        if row is not None and row.complete:
            return (row.received, True)
        # An upload in progress is kept per kecamatan (one office cannot touch another's).
        upload = s.execute(select(BlobUpload).where(BlobUpload.sha256 == sha)).scalar_one_or_none()
        return (upload.received, False) if upload else None


def test_20_mb_attachment_cut_at_60_percent(server: ServerHandle, proxy: FaultProxy) -> None:
    kecamatan = server.fresh_kecamatan()
    engine = office_through(server, proxy.url, kecamatan)
    assert fault_client(engine).sync().pending_after == 0
    proposal = proposal_ids(engine)[0]
    chunk = protocol.CHUNK_SIZE
    size = 20 * chunk
    content = random.Random(14).randbytes(size)
    sha = store_attachment(engine, proposal, content, "rab-jalan.pdf")
    with read_session(engine) as session:
        row = session.exec(select(ProposalAttachment).where(ProposalAttachment.sha256 == sha)).one()
    cut = int(size * 0.6) // chunk  # the chunk being sent at 60 %

    proxy.reset_request_after(chunk // 2, match=PUT, skip=cut)
    with pytest.raises(Offline):
        fault_client(engine, retries=0).sync()
    assert _blob(server, sha) == (cut * chunk, False)
    # Incomplete until the file is there: the record waits locally, the server has not got it.
    assert server_record(server, "proposal_attachment", row.id) is None
    assert sync_status(engine)["pending"] >= 1
    bappeda = server.access_token(server.add_user("bappeda"))
    answer = requests.get(
        f"{server.url}/v1/attachments/{sha}/content", headers=headers(bappeda), timeout=10
    )
    assert answer.status_code >= 400

    # Resume; on the way the answer to one stored chunk is lost too, so its retry is refused
    # (409, the server already has it) and the client asks where to go on.
    proxy.drop_responses(match=PUT, skip=2)
    lines, up = len(proxy.requests_seen), proxy.bytes_up
    report = fault_client(engine).sync()
    puts = seen(proxy.requests_seen[lines:], PUT)
    offsets = [i * chunk for i in range(cut, size // chunk)]
    offsets.insert(3, offsets[2])
    assert [int(query_value(p, "offset")) for p in puts] == offsets
    # The rest and the one chunk sent twice, not the whole file again.
    assert proxy.bytes_up - up < size - (cut - 1) * chunk + 256 * 1024
    assert report.attachments_uploaded == 1 and report.pending_after == 0
    assert _blob(server, sha) == (size, True)
    answer = requests.get(
        f"{server.url}/v1/attachments/{sha}/content", headers=headers(bappeda), timeout=30
    )
    assert answer.status_code == 200 and hashlib.sha256(answer.content).hexdigest() == sha
    assert server_record(server, "proposal_attachment", row.id) is not None
    assert_sync_invariants(server, engine, kecamatan)


def _run_cli_sync_until(condition: Callable[[], bool], proxy: FaultProxy) -> int | None:
    """``musrenbang sync now`` in its own process, SIGKILLed once ``condition()`` holds.

    Returns the exit status when the process ended by itself first (the test then fails)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "app", "sync", "now"],
        cwd=ROOT,
        env=dict(os.environ),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        proxy.wait_for(lambda: condition() or process.poll() is not None, timeout=WAIT)
        if process.poll() is not None:
            return process.returncode
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
        return None
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)


@pytest.mark.slow
def test_client_killed_mid_sync(server: ServerHandle) -> None:
    kecamatan = server.fresh_kecamatan()
    port = int(server.url.rsplit(":", 1)[1])
    # Slow enough that each kill lands inside the step it aims at.
    with FaultProxy(port, latency=0.1, bandwidth=300_000) as proxy:
        engine = office_through(server, proxy.url, kecamatan)  # the default file the CLI opens
        device = device_id(engine)
        total = outbox_total(engine)

        # 1: halfway through sending the first batch. (What the client had already handed to
        # the network may still arrive whole: both outcomes must end exactly once.)
        assert _run_cli_sync_until(lambda: proxy.request_progress(PUSH) > 0.5, proxy) is None
        assert states(engine) == {"pending": total}  # no answer was stored

        # 2: the server committed a batch; its answer is still on the way (100 ms latency).
        batches = server_counts(server, kecamatan, device)["batches"]
        assert (
            _run_cli_sync_until(
                lambda: server_counts(server, kecamatan, device)["batches"] > batches, proxy
            )
            is None
        )
        assert server_counts(server, kecamatan, device)["results"] >= protocol.MAX_BATCH_OPS

        # 3: once the first answer is stored, while the next batch is under way.
        assert _run_cli_sync_until(lambda: states(engine).get("sent", 0) > 0, proxy) is None
        assert 0 < states(engine)["sent"] < total

        report = fault_client(engine).sync()
        assert report.pending_after == 0
        _all_applied_once(server, engine, kecamatan)


class _HotspotPage(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = b"<html><body>Masuk ke Wi-Fi Kantor Camat</body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def test_a_hotspot_login_page_instead_of_the_server_is_offline_not_a_crash() -> None:
    page = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _HotspotPage)
    thread = threading.Thread(target=page.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        transport = fresh_connection_transport(f"http://127.0.0.1:{page.server_port}")
        with pytest.raises(Offline, match="bukan dari server"):
            transport.get_json("/v1/info", auth=False)
        transport.close()
    finally:
        page.shutdown()
        page.server_close()
        thread.join(5)
