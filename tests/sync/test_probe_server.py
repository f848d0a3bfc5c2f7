"""The server-side defects of the security and fault probe (issue #15, items 8, 9, 10, 12 and
15), against a real server process (SQLite, and PostgreSQL when MUSRENBANG_TEST_PG is set)."""

from __future__ import annotations

import asyncio
import hashlib
import json
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import pytest
import requests

from common import protocol
from tests.sync.conftest import ServerHandle, _start, _stop
from tests.sync.helpers import device_token, headers, op, push, server_record


def _put(server: ServerHandle, token: str, sha: str, offset: int, size: int, body: bytes) -> Any:
    return requests.put(
        server.url + f"/v1/attachments/{sha}",
        params={"offset": offset, "size": size},
        data=body,
        headers={**headers(token), "Content-Type": "application/octet-stream"},
        timeout=10,
    )


def _is_error_shape(response: requests.Response) -> bool:
    body = response.json()
    return set(body) == {"error"} and {"code", "message", "hint"} <= set(body["error"])


def test_knowing_a_hash_does_not_give_another_kecamatans_attachment(
    sync_server: ServerHandle,
) -> None:
    """Item 8: one byte no longer makes an office an owner; existence and size stay hidden;
    no office can spoil another's upload in progress."""
    owner_id, owner = device_token(sync_server, sync_server.fresh_kecamatan())
    _intruder_id, intruder = device_token(sync_server, sync_server.fresh_kecamatan())
    content = b"surat pernyataan hibah tanah " * 400
    sha = hashlib.sha256(content).hexdigest()
    assert _put(sync_server, owner, sha, 0, len(content), content).json()["complete"]
    assert (
        requests.get(
            sync_server.url + f"/v1/attachments/{sha}/content", headers=headers(owner), timeout=10
        ).content
        == content
    )

    # Existence and size are not told to another office.
    missing = requests.post(
        sync_server.url + "/v1/attachments/missing",
        json={"sha256": [sha]},
        headers=headers(intruder),
        timeout=10,
    ).json()
    assert missing["missing"] == [sha]
    state = requests.get(
        sync_server.url + f"/v1/attachments/{sha}", headers=headers(intruder), timeout=10
    )
    assert state.status_code == 404 and _is_error_shape(state)
    # One byte (the probe's trick) registers nothing: the content stays out of reach.
    one = _put(sync_server, intruder, sha, 0, len(content), content[:1])
    assert one.status_code == 200 and one.json()["complete"] is False
    for path in (f"/v1/attachments/{sha}/content", f"/v1/attachments/{sha}"):
        answer = requests.get(sync_server.url + path, headers=headers(intruder), timeout=10)
        if path.endswith("content"):
            assert answer.status_code == 404
        else:
            assert answer.json()["complete"] is False and answer.json()["received"] == 1
    # The file, all of it, is proof: then the second office may read it.
    rest = _put(sync_server, intruder, sha, 1, len(content), content[1:])
    assert rest.json()["complete"] is True

    # An upload in progress is the uploader's own: another office's garbage cannot reset it.
    big = b"foto lokasi " * 5000
    big_sha = hashlib.sha256(big).hexdigest()
    half = len(big) // 2
    assert _put(sync_server, owner, big_sha, 0, len(big), big[:half]).json()["received"] == half
    spoil = _put(sync_server, intruder, big_sha, 0, len(big), b"x" * len(big))
    assert spoil.status_code == 422 and spoil.json()["error"]["code"] == "hash_mismatch"
    state = requests.get(
        sync_server.url + f"/v1/attachments/{big_sha}", headers=headers(owner), timeout=10
    ).json()
    assert state["received"] == half
    done = _put(sync_server, owner, big_sha, half, len(big), big[half:])
    assert done.json()["complete"] is True
    _ = owner_id


def test_references_into_another_kecamatan_are_refused(sync_server: ServerHandle) -> None:
    """Item 10: a proposal naming another kecamatan's cycle or desa is refused per op."""
    mine = sync_server.fresh_kecamatan()
    theirs = sync_server.fresh_kecamatan()
    their_id, their_token = device_token(sync_server, theirs)
    their_cycle = str(uuid.uuid4())
    answer = push(
        sync_server,
        their_token,
        their_id,
        [
            op(
                1,
                "planning_cycle",
                their_cycle,
                {"kecamatan_code": theirs, "year": 2027},
                kind="insert",
            )
        ],
    )
    assert answer["results"][0]["status"] == "applied"
    my_id, my_token = device_token(sync_server, mine)
    own_cycle = str(uuid.uuid4())
    stolen, bad_desa, fine = (str(uuid.uuid4()) for _ in range(3))
    answer = push(
        sync_server,
        my_token,
        my_id,
        [
            op(
                1,
                "planning_cycle",
                own_cycle,
                {"kecamatan_code": mine, "year": 2027},
                kind="insert",
            ),
            op(2, "proposal", stolen, {"title": "x", "cycle_id": their_cycle}, kind="insert"),
            op(
                3,
                "proposal",
                bad_desa,
                {"title": "y", "cycle_id": own_cycle, "desa_code": theirs + ".2001"},
                kind="insert",
            ),
            op(
                4,
                "proposal",
                fine,
                {"title": "z", "cycle_id": own_cycle, "desa_code": mine + ".2001"},
                kind="insert",
            ),
        ],
    )
    statuses = [(r["status"], r.get("code")) for r in answer["results"]]
    assert statuses == [
        ("applied", None),
        ("rejected", "forbidden_reference"),
        ("rejected", "forbidden_reference"),
        ("applied", None),
    ]
    assert server_record(sync_server, "proposal", stolen) is None
    assert server_record(sync_server, "proposal", bad_desa) is None


def test_out_of_range_and_malformed_input_gets_a_json_4xx(sync_server: ServerHandle) -> None:
    """Item 15: numbers past BIGINT/INTEGER, a lone surrogate, a NUL in an id, a 5,000-digit
    client header, NaN: each a 4xx (or a per-op refusal) in the documented shape, never 5xx."""
    device, token = device_token(sync_server, sync_server.fresh_kecamatan())
    base = sync_server.url
    big = 2**63

    def push_raw(text: str) -> requests.Response:
        return requests.post(
            base + "/v1/push",
            data=text.encode("utf-8"),
            headers={**headers(token), "Content-Type": "application/json"},
            timeout=10,
        )

    def one_op(**override: Any) -> dict[str, Any]:
        body = op(1, "proposal", str(uuid.uuid4()), {"title": "t"}, kind="insert")
        body.update(override)
        return {"device_id": device, "batch_id": str(uuid.uuid4()), "ops": [body]}

    answers = [
        requests.get(
            base + "/v1/changes",
            params={"stream": "office", "since": str(big)},
            headers=headers(token),
            timeout=10,
        ),
        push_raw(json.dumps(one_op(device_seq=big))),
        push_raw(json.dumps({**one_op(), "base_seq": big})),
        push_raw(json.dumps(one_op(id="abc\x00def"))),
        push_raw(json.dumps(one_op(base_rev=2**31))),
        requests.post(
            base + f"/v1/conflicts/{2**31}/resolve",
            json={"choice": "mine"},
            headers=headers(token),
            timeout=10,
        ),
        requests.post(
            base + "/v1/enroll",
            data=b'{"code": "ABCD-EFGH-\\ud800", "device_name": "x"}',
            headers={**headers(), "Content-Type": "application/json"},
            timeout=10,
        ),
        requests.get(
            base + "/v1/changes",
            params={"stream": "office"},
            headers={**headers(token), protocol.CLIENT_HEADER: "9" * 5000},
            timeout=10,
        ),
    ]
    for answer in answers:
        assert 200 <= answer.status_code < 500, (answer.status_code, answer.text[:200])
        if answer.status_code >= 400:
            assert _is_error_shape(answer), answer.text[:200]
    assert [a.status_code for a in answers[:7]] == [422] * 7
    # A lone surrogate in a value cannot be stored anywhere: the request is refused whole.
    surrogate = json.dumps(one_op(changed_fields={"title": "\ud800"}))
    answer = push_raw(surrogate)
    assert answer.status_code == 422 and _is_error_shape(answer)

    # Values inside an op: refused for that op only, the rest of the batch applies.
    fine = str(uuid.uuid4())
    text = json.dumps(
        {
            "device_id": device,
            "batch_id": str(uuid.uuid4()),
            "ops": [
                op(
                    1, "proposal", str(uuid.uuid4()), {"title": "a", "latitude": 1.0}, kind="insert"
                ),
                op(2, "proposal", str(uuid.uuid4()), {"title": "nul\x00di tengah"}, kind="insert"),
                op(
                    3,
                    "proposal",
                    str(uuid.uuid4()),
                    {"title": "b", "estimated_cost": 2**70},
                    kind="insert",
                ),
                op(4, "proposal", fine, {"title": "c"}, kind="insert"),
            ],
        }
    ).replace("1.0", "NaN")
    answer = push_raw(text)
    assert answer.status_code == 200, answer.text[:300]
    codes = [(r["status"], r.get("code")) for r in answer.json()["results"]]
    assert codes == [
        ("rejected", "invalid_number"),
        ("rejected", "invalid_text"),
        ("rejected", "number_out_of_range"),
        ("applied", None),
    ]
    assert server_record(sync_server, "proposal", fine) is not None


def test_openapi_lists_410_and_the_error_shape_for_every_error() -> None:
    from server.app import create_app

    spec = create_app().openapi()
    for path, methods in spec["paths"].items():
        for method, operation in methods.items():
            for status, response in operation["responses"].items():
                if status.startswith(("4", "5")):
                    schema = response["content"]["application/json"]["schema"]
                    assert schema == {"$ref": "#/components/schemas/ErrorBody"}, (path, status)
            if path != "/v1/info":
                assert "410" in operation["responses"], (path, method)


# ---- rate limiting (the middleware alone, driven as ASGI) ---------------------------------


def _drive(app: Any, path: str, auth: str | None, address: str) -> int:
    statuses: list[int] = []

    async def inner(scope: Any, receive: Any, send: Any) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"{}"})

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"{}", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            statuses.append(int(message["status"]))

    raw_headers = [(b"content-length", b"2")]
    if auth:
        raw_headers.append((b"authorization", auth.encode()))
    scope = {
        "type": "http",
        "method": "POST",
        "path": path,
        "headers": raw_headers,
        "client": (address, 40000),
    }
    app.app = inner
    asyncio.run(app(scope, receive, send))
    return statuses[0]


def test_a_made_up_authorization_header_per_request_does_not_escape_the_rate_limit(
    tmp_path: Path,
) -> None:
    """Item 12: the limit is keyed on the client address (and the token), not on whatever
    Authorization header the caller sends."""
    from server.config import Settings
    from server.middleware import ADDRESS_FACTOR, GuardMiddleware

    settings = Settings(
        database_url="sqlite://", data_dir=tmp_path, rate_per_second=0.001, rate_burst=5
    )
    guard = GuardMiddleware(lambda *_a: None, settings)  # type: ignore[arg-type]
    guesses = [_drive(guard, "/v1/enroll", f"Bearer {uuid.uuid4()}", "10.0.0.7") for _ in range(50)]
    assert guesses.count(200) == 5 and guesses.count(429) == 45
    # Made-up bearer tokens on other paths: capped by the address's share.
    other = [_drive(guard, "/v1/push", f"Bearer {uuid.uuid4()}", "10.0.0.8") for _ in range(50)]
    assert other.count(200) == 5 * ADDRESS_FACTOR
    # Another address is not affected.
    assert _drive(guard, "/v1/enroll", None, "10.0.0.9") == 200


# ---- revocations survive a server restore -------------------------------------------------


def _snapshot(db_file: Path, target: Path) -> None:
    with sqlite3.connect(db_file) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
    copy.close()
    source.close()


@pytest.mark.expected_log(r"revoked principal\(s\) were active", logger="server.__main__")
@pytest.mark.slow
def test_a_revoked_device_stays_revoked_after_the_server_database_is_restored(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """Item 9: the revocation is also written outside the database and applied again when
    the server starts and at ``new-epoch``."""
    home = tmp_path_factory.mktemp("server-revoked")
    server = _start("sqlite", home, None)
    try:
        kecamatan = "64.02.05"
        answer = requests.post(
            server.url + "/v1/enroll",
            json={"code": server.enroll_code(kecamatan), "device_name": "uji"},
            headers=headers(),
            timeout=10,
        ).json()
        refresh = str(answer["refresh_token"])
        server_db = Path(server.database_url.split("///", 1)[1])
        snapshot = home / "before-revoke.sqlite3"
        _snapshot(server_db, snapshot)
        done = server.cli("revoke-device", str(answer["device_id"]))
        assert done.returncode == 0, done.stderr
        url = server.url
    finally:
        _stop(server)

    def token_status(target: ServerHandle) -> int:
        return requests.post(
            target.url + "/v1/token",
            json={"refresh_token": refresh},
            headers=headers(),
            timeout=10,
        ).status_code

    _snapshot(snapshot, server_db)  # the database from before the revocation
    restored = _start("sqlite", home, None, port=int(url.rsplit(":", 1)[1]))
    try:
        assert token_status(restored) == 401
        # Restored while running (no restart): new-epoch applies the revocations again.
        _snapshot(snapshot, server_db)
        assert token_status(restored) == 200
        done = restored.cli("new-epoch")
        assert done.returncode == 0, done.stderr
        assert token_status(restored) == 401
        listed = restored.cli("devices", "--json")
        devices = json.loads(listed.stdout)
        assert [d["revoked_at"] is not None for d in devices] == [True]
    finally:
        _stop(restored)
