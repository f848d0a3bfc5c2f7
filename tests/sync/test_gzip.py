"""Compressed requests and answers: a gzip push applies, a gzip bomb gets 413, answers shrink."""

from __future__ import annotations

import gzip
import json
import uuid
import zlib
from typing import Any

import pytest
import requests

from app.sync.transport import Transport, encode_json_body
from tests.sync.conftest import ServerHandle
from tests.sync.helpers import device_token, headers, op, server_record, server_snapshot

# Compression is HTTP plumbing, the same whatever database is behind it.
sqlite_only = pytest.mark.parametrize("sync_server", ["sqlite"], indirect=True)

PROBLEM = "Jalan tanah licin saat hujan; akses anak sekolah dan hasil kebun terhambat. " * 3


def _proposal_ops(count: int, start: int = 1) -> list[dict[str, Any]]:
    return [
        op(
            start + i,
            "proposal",
            str(uuid.uuid4()),
            {"title": f"Semenisasi jalan RT {i:02d}", "problem": PROBLEM, "status": "draft"},
            kind="insert",
        )
        for i in range(count)
    ]


def _bomb(unpacked: int) -> bytes:
    """A gzip body of a few kilobytes that unpacks to ``unpacked`` bytes of JSON-ish text."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = b" " * (1024 * 1024)
    parts = [packer.compress(b'{"ops": [')]
    for _ in range(unpacked // len(block)):
        parts.append(packer.compress(block))
    parts.append(packer.flush())
    return b"".join(parts)


@sqlite_only
def test_transport_sends_big_json_bodies_compressed_and_the_push_applies(
    sync_server: ServerHandle,
) -> None:
    kecamatan = sync_server.fresh_kecamatan()
    device_id, token = device_token(sync_server, kecamatan)
    sent: list[requests.PreparedRequest] = []
    http = requests.Session()
    http.hooks["response"].append(lambda response, **_: sent.append(response.request))
    transport = Transport(sync_server.url, session=http, retries=0)
    transport.access_token = token
    ops = _proposal_ops(20)
    answer = transport.post_json(
        "/v1/push", {"device_id": device_id, "batch_id": str(uuid.uuid4()), "ops": ops}
    )
    assert [r["status"] for r in answer["results"]] == ["applied"] * 20
    request = sent[-1]
    assert request.headers["Content-Encoding"] == "gzip"
    assert isinstance(request.body, bytes)
    plain = json.loads(gzip.decompress(request.body))
    assert len(request.body) * 3 < len(json.dumps(plain).encode())  # it paid
    stored = server_record(sync_server, "proposal", ops[7]["id"])
    assert stored is not None and stored[1]["problem"] == PROBLEM


def test_small_bodies_stay_plain() -> None:
    found: dict[str, str] = {}
    body = encode_json_body({"refresh_token": "x" * 40}, found)
    assert json.loads(body) == {"refresh_token": "x" * 40}
    assert "Content-Encoding" not in found and found["Content-Type"] == "application/json"


@sqlite_only
def test_gzip_bomb_is_refused_with_413_and_changes_nothing(sync_server: ServerHandle) -> None:
    kecamatan = sync_server.fresh_kecamatan()
    device_id, token = device_token(sync_server, kecamatan)
    body = _bomb(64 * 1024 * 1024)
    assert len(body) < 200_000  # well under the 2 MiB limit on what travels
    before = server_snapshot(sync_server)
    answer = requests.post(
        sync_server.url + "/v1/push",
        data=body,
        headers={
            **headers(token),
            "Content-Type": "application/json",
            "Content-Encoding": "gzip",
        },
        timeout=30,
    )
    assert answer.status_code == 413
    assert answer.json()["error"]["code"] == "body_too_large"
    assert server_snapshot(sync_server) == before
    # The device is not harmed: a proper push right after still applies.
    ok = requests.post(
        sync_server.url + "/v1/push",
        data=gzip.compress(
            json.dumps(
                {"device_id": device_id, "batch_id": str(uuid.uuid4()), "ops": _proposal_ops(1)}
            ).encode()
        ),
        headers={**headers(token), "Content-Type": "application/json", "Content-Encoding": "gzip"},
        timeout=30,
    )
    assert ok.status_code == 200 and ok.json()["results"][0]["status"] == "applied"


@sqlite_only
@pytest.mark.parametrize(
    ("encoding", "body", "status", "code"),
    [
        ("gzip", b"not gzip at all", 400, "bad_gzip"),
        # mtime=0: the test id holds the bytes, and every xdist worker must collect the same ids
        ("gzip", gzip.compress(b'{"device_id": "x"}', mtime=0)[:-6], 400, "bad_gzip"),
        ("br", b"{}", 415, "unsupported_encoding"),
    ],
)
def test_broken_or_unknown_encodings_are_refused(
    sync_server: ServerHandle, encoding: str, body: bytes, status: int, code: str
) -> None:
    answer = requests.post(
        sync_server.url + "/v1/push",
        data=body,
        headers={**headers("whatever"), "Content-Encoding": encoding},
        timeout=30,
    )
    assert answer.status_code == status
    assert answer.json()["error"]["code"] == code


@sqlite_only
def test_big_answers_come_back_compressed(sync_server: ServerHandle) -> None:
    kecamatan = sync_server.fresh_kecamatan()
    device_id, token = device_token(sync_server, kecamatan)
    transport = Transport(sync_server.url, retries=0)
    transport.access_token = token
    transport.post_json(
        "/v1/push",
        {"device_id": device_id, "batch_id": str(uuid.uuid4()), "ops": _proposal_ops(10)},
    )
    answer = requests.get(
        sync_server.url + "/v1/changes",
        params={"stream": "office"},
        headers={**headers(token), "Accept-Encoding": "gzip"},
        timeout=30,
        stream=True,
    )
    assert answer.status_code == 200
    assert answer.headers.get("Content-Encoding") == "gzip"
    wire = answer.raw.read(decode_content=False)
    page = json.loads(gzip.decompress(wire))
    assert len(page["changes"]) == 10
    assert len(wire) * 3 < len(json.dumps(page).encode())
    small = requests.get(
        sync_server.url + "/v1/info", headers={"Accept-Encoding": "gzip"}, timeout=30
    )
    assert "Content-Encoding" not in small.headers  # not worth it under 1 KiB
