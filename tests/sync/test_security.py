"""Authorisation between kecamatan, revoked tokens, and bad input to every endpoint."""

from __future__ import annotations

import hashlib
import uuid
from typing import Any

import pytest
import requests
from sqlmodel import select

from app.cli import run
from app.errors import EnvironmentProblem
from app.models import OutboxEntry, Proposal
from app.models.db import read_session, write_session
from app.sync.status import sync_status
from app.sync.transport import AuthRevoked
from tests.sync.conftest import ServerHandle
from tests.sync.helpers import (
    device_token,
    enrolled_office,
    headers,
    op,
    pending,
    push,
    server_record,
    server_snapshot,
    store_attachment,
)


def test_a_device_cannot_read_or_write_another_kecamatans_data(
    sync_server: ServerHandle, tmp_path: Any
) -> None:
    mine = sync_server.fresh_kecamatan()
    other = sync_server.fresh_kecamatan()
    engine, sync = enrolled_office(sync_server, mine)
    with read_session(engine) as session:
        target = session.exec(select(Proposal).order_by(Proposal.id)).first()
    assert target is not None
    sha = store_attachment(engine, target.id, b"rahasia kecamatan" * 100, "surat.pdf")
    sync.sync()
    sync_server.set_status(target.id, "received")
    before = server_record(sync_server, "proposal", target.id)

    intruder, token = device_token(sync_server, other)
    base = sync_server.url
    # Reading: the office stream is scoped to the device's own kecamatan.
    forbidden = requests.get(
        base + "/v1/changes",
        params={"stream": "office", "kecamatan": mine},
        headers=headers(token),
        timeout=10,
    )
    assert forbidden.status_code == 403
    for stream in ("office", "feedback"):
        page = requests.get(
            base + "/v1/changes", params={"stream": stream}, headers=headers(token), timeout=10
        ).json()
        assert all(change["id"] != target.id for change in page["changes"])
        assert page["changes"] == []
    assert (
        requests.get(
            base + f"/v1/attachments/{sha}/content", headers=headers(token), timeout=10
        ).status_code
        == 404
    )
    # Writing: each op is refused on its own, the others of the batch still apply.
    new_cycle = str(uuid.uuid4())
    answer = push(
        sync_server,
        token,
        intruder,
        [
            op(1, "proposal", target.id, {"title": "diambil alih"}, base_rev=1),
            op(
                2,
                "planning_cycle",
                new_cycle,
                {"kecamatan_code": mine, "year": 2027, "name": "x"},
                kind="insert",
            ),
            op(
                3,
                "proposal",
                str(uuid.uuid4()),
                {"title": "usulan sendiri", "upstream_status": "accepted"},
                kind="insert",
            ),
            op(
                4,
                "delegate",
                str(uuid.uuid4()),
                {"name": "Budi", "sex": "L", "session_id": str(uuid.uuid4())},
                kind="insert",
            ),
        ],
    )
    codes = [(r["status"], r["code"]) for r in answer["results"]]
    assert codes == [
        ("rejected", "forbidden"),
        ("rejected", "forbidden"),
        ("rejected", "forbidden_field"),
        ("applied", None),
    ]
    assert server_record(sync_server, "proposal", target.id) == before
    assert server_record(sync_server, "planning_cycle", new_cycle) is None
    # Feedback is for Bappeda and agencies only; stats for Bappeda only.
    assert (
        requests.post(
            base + "/v1/feedback",
            json={"proposal_id": target.id, "status": "rejected", "reason": "tidak"},
            headers=headers(token),
            timeout=10,
        ).status_code
        == 403
    )
    assert requests.get(base + "/v1/stats", headers=headers(token), timeout=10).status_code == 403


def test_roles_bappeda_and_agency(sync_server: ServerHandle) -> None:
    kecamatan = sync_server.fresh_kecamatan()
    engine, sync = enrolled_office(sync_server, kecamatan)
    with write_session(engine) as session:
        proposals = session.exec(select(Proposal).order_by(Proposal.id)).all()[:2]
        proposals[0].agency_code = "1.03.01"
        proposals[1].agency_code = "1.02.01"
        ids = [p.id for p in proposals]
    sync.sync()
    bappeda = sync_server.access_token(sync_server.add_user("bappeda"))
    agency = sync_server.access_token(sync_server.add_user("agency", "1.03.01"))
    url = sync_server.url + "/v1/feedback"

    def give(token: str, proposal_id: str) -> requests.Response:
        return requests.post(
            url,
            json={"proposal_id": proposal_id, "status": "deferred", "reason": "anggaran"},
            headers=headers(token),
            timeout=10,
        )

    assert give(agency, ids[0]).status_code == 200
    assert give(agency, ids[1]).status_code == 403  # not this agency's proposal
    assert give(bappeda, ids[1]).status_code == 200
    stats = requests.get(sync_server.url + "/v1/stats", headers=headers(bappeda), timeout=10)
    assert stats.json()["kecamatan"][kecamatan]["proposals"] == 150
    page = requests.get(sync_server.url + "/bappeda", timeout=10)
    assert page.status_code == 401
    bappeda_refresh = sync_server.add_user("bappeda")
    page = requests.get(sync_server.url + "/bappeda", auth=("bappeda", bappeda_refresh), timeout=10)
    assert page.status_code == 200
    with read_session(engine) as session:
        first = session.get(Proposal, ids[0])
    assert first is not None and first.title in page.text
    assert f"Kecamatan {kecamatan} (150 usulan)" in page.text
    assert "Ditunda ke tahun berikutnya" in page.text
    device_refresh = requests.get(
        sync_server.url + "/bappeda", auth=("x", "mrt_bukan-token"), timeout=10
    )
    assert device_refresh.status_code == 401
    report = sync.sync()
    assert report.pulled["feedback"] == 2


def test_a_revoked_token_stops_sync_and_keeps_the_outbox(
    sync_server: ServerHandle, capsys: pytest.CaptureFixture[str]
) -> None:
    kecamatan = sync_server.fresh_kecamatan()
    engine, sync = enrolled_office(sync_server, kecamatan)
    sync.sync()
    with read_session(engine) as session:
        from app.sync.settings import load_config

        config = load_config(session)
        proposal = session.exec(select(Proposal)).first()
    assert config is not None and proposal is not None
    with write_session(engine) as session:
        row = session.get(Proposal, proposal.id)
        assert row is not None
        row.title = "Semenisasi jalan RT 05 (perubahan luring)"
    sync_server.revoke(config.device_id)

    with pytest.raises(AuthRevoked):
        sync.sync()
    assert pending(engine) == 1
    assert run(["sync", "now"]) == 1
    assert "dicabut" in capsys.readouterr().err
    status = sync_status(engine)
    assert status["paused"] and status["pending"] == 1
    found = server_record(sync_server, "proposal", proposal.id)
    assert found is not None and found[1]["title"] != "Semenisasi jalan RT 05 (perubahan luring)"

    # A new code re-enrols the same office without losing anything.
    sync.enroll(sync_server.url, sync_server.enroll_code(kecamatan))
    report = sync.sync()
    assert report.up_to_date and pending(engine) == 0
    found = server_record(sync_server, "proposal", proposal.id)
    assert found is not None and found[1]["title"] == "Semenisasi jalan RT 05 (perubahan luring)"
    assert sync_status(engine)["paused"] is False


def _bad_requests(
    server: ServerHandle, device_id: str, token: str, existing_proposal: str
) -> list[tuple[str, str, dict[str, Any]]]:
    """(method, path, requests kwargs) for malformed, mistyped, unknown-field and huge input."""
    good_op = op(1, "proposal", existing_proposal, {"title": "x"}, base_rev=1)
    big = "x" * (3 * 1024 * 1024)
    sha = "a" * 64
    auth = headers(token)
    json_headers = {**auth, "Content-Type": "application/json"}
    cases: list[tuple[str, str, dict[str, Any]]] = []
    for path in (
        "/v1/enroll",
        "/v1/token",
        "/v1/push",
        "/v1/attachments/missing",
        "/v1/feedback",
        "/v1/conflicts/1/resolve",
    ):
        cases += [
            ("POST", path, {"data": b"{not json", "headers": json_headers}),
            ("POST", path, {"data": b"[1, 2", "headers": json_headers}),
            ("POST", path, {"json": {"unexpected": True}, "headers": auth}),
            ("POST", path, {"data": big.encode(), "headers": json_headers}),
            ("POST", path, {"json": [], "headers": auth}),
        ]
    cases += [
        ("POST", "/v1/enroll", {"json": {"code": 12345678}, "headers": auth}),
        ("POST", "/v1/enroll", {"json": {"code": "BAD-CODE-000"}, "headers": auth}),
        ("POST", "/v1/token", {"json": {"refresh_token": ["a"]}, "headers": auth}),
        ("POST", "/v1/token", {"json": {"refresh_token": "mrt_" + "x" * 40}, "headers": auth}),
        (
            "POST",
            "/v1/push",
            {
                "json": {"device_id": device_id, "batch_id": str(uuid.uuid4()), "ops": []},
                "headers": auth,
            },
        ),
        (
            "POST",
            "/v1/push",
            {
                "json": {"device_id": device_id, "batch_id": "nope", "ops": [good_op]},
                "headers": auth,
            },
        ),
        (
            "POST",
            "/v1/push",
            {
                "json": {
                    "device_id": device_id,
                    "batch_id": str(uuid.uuid4()),
                    "ops": [{**good_op, "device_seq": "1"}],
                },
                "headers": auth,
            },
        ),
        (
            "POST",
            "/v1/push",
            {
                "json": {
                    "device_id": device_id,
                    "batch_id": str(uuid.uuid4()),
                    "ops": [{**good_op, "extra": 1}],
                },
                "headers": auth,
            },
        ),
        (
            "POST",
            "/v1/push",
            {
                "json": {
                    "device_id": device_id,
                    "batch_id": str(uuid.uuid4()),
                    "ops": [{**good_op, "changed_fields": {"title": {"nested": 1}}}],
                },
                "headers": auth,
            },
        ),
        (
            "POST",
            "/v1/push",
            {
                "json": {
                    "device_id": device_id,
                    "batch_id": str(uuid.uuid4()),
                    "ops": [{**good_op, "changed_fields": {"Bad Name": 1}}],
                },
                "headers": auth,
            },
        ),
        (
            "POST",
            "/v1/push",
            {
                "json": {
                    "device_id": device_id,
                    "batch_id": str(uuid.uuid4()),
                    "ops": [{**good_op, "op": "drop"}],
                },
                "headers": auth,
            },
        ),
        (
            "POST",
            "/v1/push",
            {
                "json": {
                    "device_id": device_id,
                    "batch_id": str(uuid.uuid4()),
                    "ops": [good_op, good_op],
                },
                "headers": auth,
            },
        ),
        (
            "POST",
            "/v1/push",
            {
                "json": {
                    "device_id": device_id,
                    "batch_id": str(uuid.uuid4()),
                    "ops": [
                        op(i + 1, "proposal", existing_proposal, {"title": "x"}) for i in range(101)
                    ],
                },
                "headers": auth,
            },
        ),
        (
            "POST",
            "/v1/push",
            {
                "json": {
                    "device_id": str(uuid.uuid4()),
                    "batch_id": str(uuid.uuid4()),
                    "ops": [good_op],
                },
                "headers": auth,
            },
        ),
        (
            "POST",
            "/v1/push",
            {
                "json": {"device_id": device_id, "batch_id": str(uuid.uuid4()), "ops": [good_op]},
                "headers": headers(None),
            },
        ),
        (
            "POST",
            "/v1/push",
            {
                "json": {"device_id": device_id, "batch_id": str(uuid.uuid4()), "ops": [good_op]},
                "headers": headers("mat_forged"),
            },
        ),
        (
            "POST",
            "/v1/push",
            {
                "json": {"device_id": device_id, "batch_id": str(uuid.uuid4()), "ops": [good_op]},
                "headers": {"Authorization": f"Bearer {token}"},
            },
        ),
        (
            "POST",
            "/v1/push",
            {
                "json": {"device_id": device_id, "batch_id": str(uuid.uuid4()), "ops": [good_op]},
                "headers": {**auth, "X-Musrenbang-Protocol": "0"},
            },
        ),
        (
            "POST",
            "/v1/push",
            {
                "json": {"device_id": device_id, "batch_id": str(uuid.uuid4()), "ops": [good_op]},
                "headers": {**auth, "X-Musrenbang-Client": "0.0.1"},
            },
        ),
        ("GET", "/v1/changes", {"params": {"stream": "everything"}, "headers": auth}),
        ("GET", "/v1/changes", {"params": {"stream": "office", "since": "-5"}, "headers": auth}),
        ("GET", "/v1/changes", {"params": {"stream": "office", "since": "abc"}, "headers": auth}),
        ("GET", "/v1/changes", {"params": {"stream": "office", "limit": "0"}, "headers": auth}),
        (
            "GET",
            "/v1/changes",
            {"params": {"stream": "office", "kecamatan": "64.02"}, "headers": auth},
        ),
        ("POST", "/v1/attachments/missing", {"json": {"sha256": ["not-a-hash"]}, "headers": auth}),
        ("POST", "/v1/attachments/missing", {"json": {"sha256": []}, "headers": auth}),
        ("GET", "/v1/attachments/xyz", {"headers": auth}),
        ("GET", f"/v1/attachments/{sha}", {"headers": auth}),
        (
            "PUT",
            f"/v1/attachments/{sha}",
            {"params": {"offset": 0, "size": 10}, "data": b"", "headers": auth},
        ),
        (
            "PUT",
            f"/v1/attachments/{sha}",
            {"params": {"offset": 0, "size": 4}, "data": b"too long", "headers": auth},
        ),
        (
            "PUT",
            f"/v1/attachments/{sha}",
            {"params": {"offset": -1, "size": 4}, "data": b"abcd", "headers": auth},
        ),
        (
            "PUT",
            f"/v1/attachments/{sha}",
            {"params": {"offset": 0}, "data": b"abcd", "headers": auth},
        ),
        (
            "PUT",
            f"/v1/attachments/{sha}",
            {"params": {"offset": 0, "size": 10**12}, "data": b"abcd", "headers": auth},
        ),
        (
            "PUT",
            f"/v1/attachments/{sha}",
            {
                "params": {"offset": 0, "size": 5 * 1024 * 1024},
                "data": b"x" * (2 * 1024 * 1024),
                "headers": auth,
            },
        ),
        ("GET", f"/v1/attachments/{sha}/content", {"headers": auth}),
        ("GET", f"/v1/reference/{sha}", {"headers": auth}),
        ("GET", "/v1/reference/xyz", {"headers": auth}),
        ("POST", "/v1/conflicts/999999/resolve", {"json": {"choice": "mine"}, "headers": auth}),
        ("POST", "/v1/conflicts/abc/resolve", {"json": {"choice": "mine"}, "headers": auth}),
        ("POST", "/v1/conflicts/1/resolve", {"json": {"choice": "both"}, "headers": auth}),
        (
            "POST",
            "/v1/feedback",
            {"json": {"proposal_id": existing_proposal, "status": "accepted"}, "headers": auth},
        ),
        ("GET", "/v1/stats", {"headers": auth}),
        ("DELETE", "/v1/push", {"headers": auth}),
        ("GET", "/v1/nothing-here", {"headers": auth}),
    ]
    return cases


def test_bad_input_to_every_endpoint_is_refused_without_changing_anything(
    sync_server: ServerHandle,
) -> None:
    kecamatan = sync_server.fresh_kecamatan()
    _engine, sync = enrolled_office(sync_server, kecamatan, empty=True)
    sync.sync()
    device_id, token = device_token(sync_server, kecamatan)
    existing = str(uuid.uuid4())
    push(
        sync_server,
        token,
        device_id,
        [
            op(
                1,
                "delegate",
                existing,
                {"name": "A", "sex": "P", "session_id": existing},
                kind="insert",
            )
        ],
    )
    partial = hashlib.sha256(b"ab").hexdigest()
    half = requests.put(
        sync_server.url + f"/v1/attachments/{partial}",
        params={"offset": 0, "size": 2},
        data=b"a",
        headers=headers(token),
        timeout=10,
    )
    assert half.json() == {"sha256": partial, "size": 2, "received": 1, "complete": False}
    before = server_snapshot(sync_server)
    statuses = []
    cases = [
        *_bad_requests(sync_server, device_id, token, existing),
        (
            "PUT",
            f"/v1/attachments/{partial}",
            {"params": {"offset": 0, "size": 2}, "data": b"a", "headers": headers(token)},
        ),
        (
            "PUT",
            f"/v1/attachments/{partial}",
            {"params": {"offset": 1, "size": 3}, "data": b"b", "headers": headers(token)},
        ),
    ]
    for method, path, kwargs in cases:
        response = requests.request(method, sync_server.url + path, timeout=30, **kwargs)
        statuses.append((method, path, response.status_code))
        assert 400 <= response.status_code < 500, (
            method,
            path,
            response.status_code,
            response.text[:300],
        )
        if response.headers.get("content-type", "").startswith("application/json"):
            assert set(response.json()) == {"error"}, response.text[:300]
    assert server_snapshot(sync_server) == before
    codes = {code for _m, _p, code in statuses}
    assert {400, 401, 403, 404, 405, 409, 410, 413, 422} <= codes, statuses
    # The device still works afterwards.
    answer = push(sync_server, token, device_id, [op(2, "delegate", existing, {"deleted": True})])
    assert answer["results"][0]["status"] == "applied"


def test_unreachable_server_is_an_environment_problem(app_home: Any) -> None:
    from tests.sync.helpers import client, make_office

    engine = make_office("64.02.06", empty=True)
    sync = client(engine)
    with pytest.raises(EnvironmentProblem) as caught:
        sync.enroll("http://127.0.0.1:9", "ABCD-EFGH-JKLM")
    assert "tidak dapat dihubungi" in str(caught.value)
    with read_session(engine) as session:
        assert session.exec(select(OutboxEntry).where(OutboxEntry.state == "rejected")).all() == []
    assert sync_status(engine)["enrolled"] is False
