"""The data-delivery defects of the security and fault probe (issue #15, items 1, 5, 6 and 7),
each reproduced through the real client and a real server process, each ending with the sync
invariants: a restored local backup, an access token that expires mid-sync, a lost enrolment
answer, and one ``op_id_reused`` refusal."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
import requests
from sqlalchemy import Engine, update
from sqlmodel import col, select

from app import paths
from app.models import OutboxEntry, Proposal
from app.models.backup import backup_database, restore_backup
from app.models.db import read_session, write_session
from app.sync.client import SyncClient
from app.sync.settings import load_config
from app.sync.transport import Offline, Transport
from tests.sync.conftest import ServerHandle
from tests.sync.faultproxy import FaultProxy, fresh_connection_transport
from tests.sync.helpers import device_token, enrolled_office, make_office, op, pending, push
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


def _states(engine: Engine) -> dict[str, int]:
    with read_session(engine) as session:
        out: dict[str, int] = {}
        for entry in session.exec(select(OutboxEntry)).all():
            out[entry.state] = out.get(entry.state, 0) + 1
        return out


def _op_ids(engine: Engine) -> set[str]:
    with read_session(engine) as session:
        return set(session.exec(select(OutboxEntry.op_id)).all())


def _device_id(engine: Engine) -> str:
    with read_session(engine) as session:
        config = load_config(session)
    assert config is not None
    return config.device_id


@pytest.mark.expected_log(r"outbox restored from a backup", logger="app.sync.client")
def test_restoring_a_local_backup_keeps_delivering(sync_server: ServerHandle) -> None:
    """Item 1: after ``db restore`` the outbox hands out numbers the server has seen; the
    unsent entries are renumbered after the server's last one (after a safety copy)."""
    kecamatan = sync_server.fresh_kecamatan()
    db_path = paths.database_path().with_name("restore-office.sqlite3")
    engine, sync = enrolled_office(sync_server, kecamatan, db_path)
    assert sync.sync().up_to_date
    backup = backup_database(db_path, paths.backup_dir(), reason="uji", prune=False)
    first, second, third = _proposals(engine, 3)
    lost_locally = _edit(engine, first.id, title="Perbaikan drainase (sebelum pemulihan)")
    assert sync.sync().applied == 1
    forgotten = _op_ids(engine)

    engine.dispose()
    restore_backup(backup.path, db_path)
    forgotten -= _op_ids(engine)  # the op the restored database no longer knows
    assert len(forgotten) == 1
    saved = [
        _edit(engine, second.id, title="Pengerasan jalan usaha tani (setelah pemulihan)"),
        _edit(engine, third.id, estimated_cost=321_000_000),
        _edit(engine, first.id, title="Perbaikan drainase (setelah pemulihan)"),
    ]
    safety_before = {p.name for p in paths.backup_dir().iterdir()}
    report = sync.sync()
    assert report.up_to_date, (report.problems, _states(engine))
    assert report.applied + report.merged == 3
    assert report.renumbered == 3 and report.rejected == 0  # renumbered before sending
    assert _states(engine).get("rejected", 0) == 0
    assert any(
        "sebelum-penomoran-ulang" in name
        for name in {p.name for p in paths.backup_dir().iterdir()} - safety_before
    )
    # Later edits go straight through, no renumbering needed again.
    later = _edit(engine, second.id, problem="Jalan berlumpur saat hujan")
    assert sync.sync().applied == 1
    assert lost_locally.title != saved[2].title
    assert_sync_invariants(
        sync_server,
        engine,
        kecamatan,
        confirmed={
            **confirmed_values(saved[:1] + saved[2:], "title"),
            **confirmed_values([saved[1]], "estimated_cost"),
            **confirmed_values([later], "problem"),
        },
        forgotten_ops=forgotten,
    )


class _ExpiringTransport(Transport):
    """The real transport; after the first push answer every access token of the server
    expires (the server's clock moved past them), as on a slow line after 15 minutes."""

    server: ServerHandle

    def __init__(self, url: str) -> None:
        super().__init__(url, sleep=lambda _s: None, retries=2)
        self.pushes = 0
        self.tokens = 0

    def _request(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        response = super()._request(method, path, **kwargs)
        if path == "/v1/token":
            self.tokens += 1
        if path == "/v1/push":
            self.pushes += 1
            if self.pushes == 1:
                _expire_access_tokens(self.server)
        return response


def _expire_access_tokens(server: ServerHandle) -> None:
    from datetime import timedelta

    from server.db import AccessToken, utcnow
    from server.db import write_session as server_write

    with server_write(server.engine) as session:
        session.execute(update(AccessToken).values(expires_at=utcnow() - timedelta(seconds=5)))


def test_an_access_token_expiring_mid_sync_is_renewed_not_called_a_revocation(
    sync_server: ServerHandle,
) -> None:
    """Item 5: the first sync of a demo office takes two batches; the token expires after the
    first: it is renewed and the sync completes."""
    kecamatan = sync_server.fresh_kecamatan()
    engine = make_office(kecamatan)
    transports: list[_ExpiringTransport] = []

    def factory(url: str) -> Transport:
        transport = _ExpiringTransport(url)
        transport.server = sync_server
        transports.append(transport)
        return transport

    sync = SyncClient(engine, transport_factory=factory)
    sync.enroll(sync_server.url, sync_server.enroll_code(kecamatan))
    waiting = pending(engine)
    assert waiting > 100  # more than one batch
    report = sync.sync()
    assert report.up_to_date, report.problems
    assert report.batches >= 2 and transports[-1].pushes >= 2
    assert transports[-1].tokens == 2  # the login, then one renewal after the expiry
    assert pending(engine) == 0
    assert_sync_invariants(sync_server, engine, kecamatan)

    # A revocation is still told as one: the device token itself is refused.
    from app.sync.transport import AuthRevoked

    sync_server.revoke(_device_id(engine))
    _edit(engine, _proposals(engine, 1)[0].id, title="Sesudah dicabut")
    with pytest.raises(AuthRevoked):
        sync.sync()
    assert pending(engine) == 1


@pytest.fixture
def proxy(sync_server: ServerHandle) -> Iterator[FaultProxy]:
    port = int(sync_server.url.rsplit(":", 1)[1])
    with FaultProxy(port) as fault_proxy:
        yield fault_proxy


def test_a_lost_enrolment_answer_does_not_strand_the_device(
    sync_server: ServerHandle, proxy: FaultProxy
) -> None:
    """Item 6: the server commits the enrolment, the answer is cut. The client's retry (and
    the person trying again with the same code) gets the same device, not ``code_invalid``."""
    kecamatan = sync_server.fresh_kecamatan()
    engine = make_office(kecamatan)
    url = f"http://127.0.0.1:{proxy.port}"
    code = sync_server.enroll_code(kecamatan)

    # Every answer lost (three tries): the person sees "offline" ...
    proxy.drop_responses(times=3, match=b"POST /v1/enroll")
    sync = SyncClient(engine, transport_factory=fresh_connection_transport)
    with pytest.raises(Offline):
        sync.enroll(url, code)
    # ... and tries again with the same code: the same device comes back, with a token.
    proxy.drop_responses(times=1, match=b"POST /v1/enroll")  # the client retries this one
    config = sync.enroll(url, code)

    from server.db import Principal
    from server.db import read_session as server_read

    with server_read(sync_server.engine) as session:
        devices = list(
            session.execute(
                select(Principal).where(col(Principal.kecamatan_code) == kecamatan)
            ).scalars()
        )
    assert [d.id for d in devices] == [config.device_id]
    report = sync.sync()
    assert report.up_to_date, report.problems
    assert_sync_invariants(sync_server, engine, kecamatan)

    # Another device with the same (used) code and no key is still refused.
    other = make_office(kecamatan, paths.database_path().with_name("other.sqlite3"))
    from app.errors import UserError

    with pytest.raises(UserError):
        SyncClient(other, transport_factory=lambda u: Transport(u, retries=0)).enroll(
            sync_server.url, code
        )

    listed = sync_server.cli("devices", "--kecamatan", kecamatan, "--json")
    assert listed.returncode == 0, listed.stderr
    assert config.device_id in listed.stdout


def test_one_op_id_reused_refusal_leaves_no_gap(sync_server: ServerHandle) -> None:
    """Item 7: an op refused ``op_id_reused`` still takes its number, so the device's later
    ops apply instead of waiting forever behind it."""
    kecamatan = sync_server.fresh_kecamatan()
    engine, sync = enrolled_office(sync_server, kecamatan)
    assert sync.sync().up_to_date
    # An op id another office's device has used already.
    stranger, token = device_token(sync_server, sync_server.fresh_kecamatan())
    taken = str(uuid.uuid4())
    push(
        sync_server,
        token,
        stranger,
        [op(1, "proposal", str(uuid.uuid4()), {"title": "x"}, kind="insert", op_id=taken)],
    )
    first, second, third = _proposals(engine, 3)
    _edit(engine, first.id, title="Kiriman dengan op_id yang sudah dipakai")
    with write_session(engine) as session:
        newest = session.exec(select(OutboxEntry).where(OutboxEntry.state == "pending")).one()
        newest.op_id = taken  # e.g. a bug in an older client
        session.add(newest)
    report = sync.sync()
    assert report.rejected == 1
    later = [
        _edit(engine, second.id, title="Sesudah penolakan 1"),
        _edit(engine, third.id, title="Sesudah penolakan 2"),
    ]
    report = sync.sync()
    assert report.held == 0 and report.applied == 2, report
    assert _states(engine).get("rejected") == 1
    assert_sync_invariants(
        sync_server, engine, kecamatan, confirmed=confirmed_values(later, "title")
    )
