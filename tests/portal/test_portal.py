"""The portal's rules beyond security, against a real server process: decisions all-or-none
with their required fields, exports, the admin page, and the read model's ordering cases."""

from __future__ import annotations

import io
import json
import random
import uuid
from collections.abc import Iterator

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from server.db import Record, read_session
from server.portal import projection
from server.portal.models import PortalProposal
from tests.portal import seed
from tests.portal.conftest import Person, person
from tests.sync.conftest import ServerHandle

ROADS, HOUSING = "1.03.01", "1.04.01"


@pytest.fixture(scope="module")
def world(server: ServerHandle) -> Iterator[dict[str, list[str]]]:
    ids = seed.seed_kecamatan(server.engine, "64.02.03", 35)
    seed.add_portal_user(server.engine, "pu.jalan", "agency", ROADS)
    seed.add_portal_user(server.engine, "admin.bappeda", "bappeda")
    agreed = [i for n, i in enumerate(ids) if n % 5]
    roads = [i for n, i in enumerate(ids) if n % 5 and seed.AGENCIES[n % 7] == ROADS]
    housing = [i for n, i in enumerate(ids) if n % 5 and seed.AGENCIES[n % 7] == HOUSING]
    yield {"all": ids, "agreed": agreed, "roads": roads, "housing": housing}


def status_of(server: ServerHandle, pid: str) -> tuple[str | None, str | None]:
    with read_session(server.engine) as session:
        record = session.get(Record, ("proposal", pid))
        assert record is not None
        data = json.loads(record.data_json)
        return data.get("upstream_status"), data.get("upstream_reason")


def post_decision(who: Person, ids: list[str], **form: str) -> tuple[int, str]:
    token = who.csrf("/portal/kotak-masuk")
    answer = who.post(
        "/portal/keputusan", {"ids": ids, "csrf_token": token, **form}, allow_redirects=False
    )
    return answer.status_code, answer.text


def test_required_fields_and_all_or_none(server: ServerHandle, world: dict[str, list[str]]) -> None:
    admin = person(server, "admin.bappeda")
    first, second = world["roads"][:2]
    code, text = post_decision(admin, [first], action="reject", reason="  ")
    assert code == 422 and "Alasan wajib diisi" in text
    code, text = post_decision(admin, [first], action="accept", amount="")
    assert code == 422 and "besaran" in text.lower()
    code, text = post_decision(admin, [first], action="accept", amount="-5")
    assert code == 422
    code, text = post_decision(admin, [first], action="redirect", reason="x", to_agency="9.99.99")
    assert code == 422 and "OPD tujuan" in text
    unknown = str(uuid.uuid4())
    code, text = post_decision(admin, [first, unknown], action="defer", reason="tahun depan")
    assert code == 422
    assert status_of(server, first) == (None, None)  # nothing of the refused batch applied
    code, _ = post_decision(admin, [first, second], action="defer", reason="tahun depan")
    assert code == 303
    assert status_of(server, first) == ("deferred", "tahun depan")
    assert status_of(server, second) == ("deferred", "tahun depan")


def test_exports_hold_agreed_rows_with_rupiah(
    server: ServerHandle, world: dict[str, list[str]]
) -> None:
    roads = person(server, "pu.jalan")
    answer = roads.get(f"/portal/ekspor/opd/{ROADS}.xlsx")
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("application/vnd.openxmlformats")
    sheet = load_workbook(io.BytesIO(answer.content)).active
    assert sheet is not None
    rows = list(sheet.iter_rows(min_row=3, values_only=True))
    assert len(rows) == len(world["roads"])
    assert all(row[6] == "Dinas Pekerjaan Umum" for row in rows)
    assert sheet.cell(row=3, column=12).number_format == '"Rp" #,##0'
    kecamatan = roads.get("/portal/ekspor/kecamatan/64.02.03.xlsx")
    sheet = load_workbook(io.BytesIO(kecamatan.content)).active
    assert sheet is not None
    assert sheet.max_row - 2 == len(world["roads"])  # a reviewer exports only what they see
    admin = person(server, "admin.bappeda")
    everything = load_workbook(
        io.BytesIO(admin.get("/portal/ekspor/kabupaten.xlsx").content)
    ).active
    assert everything is not None
    assert everything.max_row - 2 == len(world["agreed"])


def test_admin_creates_users_and_enrolment_codes(
    server: ServerHandle, world: dict[str, list[str]]
) -> None:
    admin = person(server, "admin.bappeda")
    token = admin.csrf("/portal/admin/pengguna")
    made = admin.post(
        "/portal/admin/pengguna",
        {
            "username": "dinkes.satu",
            "full_name": "Penelaah Dinkes",
            "role": "agency",
            "agency": "1.02.01",
            "password": "sandi-awal-panjang",
            "csrf_token": token,
        },
    )
    assert made.status_code == 200 and "Pengguna dinkes.satu dibuat" in made.text
    again = admin.post(
        "/portal/admin/pengguna",
        {
            "username": "dinkes.satu",
            "role": "agency",
            "agency": "1.02.01",
            "password": "sandi-awal-panjang",
            "csrf_token": token,
        },
    )
    assert again.status_code == 422 and "sudah dipakai" in again.text
    no_agency = admin.post(
        "/portal/admin/pengguna",
        {
            "username": "tanpa.opd",
            "role": "agency",
            "password": "sandi-awal-panjang",
            "csrf_token": token,
        },
    )
    assert no_agency.status_code == 422
    assert person(server).login("dinkes.satu", "sandi-awal-panjang").status_code == 303
    code = admin.post("/portal/admin/kode", {"kecamatan": "64.02.09", "csrf_token": token})
    assert code.status_code == 200 and "64.02.09:" in code.text


def test_priority_before_its_proposal_and_dashboard_counts(
    server: ServerHandle, world: dict[str, list[str]]
) -> None:
    caller = seed.device(server.engine, "64.02.04")
    pid = str(uuid.uuid4())
    decision = (
        "decision",
        str(uuid.uuid4()),
        {"proposal_id": pid, "outcome": "agreed", "priority": 3},
    )
    seed.push(server.engine, caller, [decision], 0)
    projection.catch_up(server.engine)
    with read_session(server.engine) as session:
        row = session.get(PortalProposal, pid)
        assert row is not None and not row.received and row.priority == 3
    fields = seed.proposal_fields("64.02.04", 1, ROADS, random.Random(3))
    seed.push(server.engine, caller, [("proposal", pid, fields)], 1)
    admin = person(server, "admin.bappeda")
    page = admin.get("/portal/").text
    assert "Anggana" in page  # the kecamatan with its first proposal
    projection.catch_up(server.engine)
    with read_session(server.engine) as session:
        row = session.get(PortalProposal, pid)
        assert row is not None and row.received and row.priority == 3 and row.agency_now == ROADS
        live = session.execute(
            select(PortalProposal.id).where(
                PortalProposal.kecamatan_code == "64.02.03", PortalProposal.received.is_(True)
            )
        ).all()
    assert len(live) == len(world["all"])


def test_photos_only_for_those_who_may_see_the_proposal(
    server: ServerHandle, world: dict[str, list[str]]
) -> None:
    import hashlib

    from server import logic

    content = b"\xff\xd8\xff\xe0 foto uji portal"
    sha = hashlib.sha256(content).hexdigest()
    target = logic.blob_path(server.home / "data" / "server-attachments", sha)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(content)
    caller = seed.device(server.engine, "64.02.05")
    pid = str(uuid.uuid4())
    fields = seed.proposal_fields("64.02.05", 2, HOUSING, random.Random(5))
    photo = {
        "proposal_id": pid,
        "sha256": sha,
        "kind": "photo",
        "original_name": "a.jpg",
        "caption": "Kondisi rumah",
    }
    seed.push(
        server.engine,
        caller,
        [("proposal", pid, fields), ("proposal_attachment", str(uuid.uuid4()), photo)],
        0,
    )
    seed.add_portal_user(server.engine, "perkim.foto", "agency", HOUSING)
    housing, roads = person(server, "perkim.foto"), person(server, "pu.jalan")
    page = housing.get(f"/portal/usulan/{pid}").text
    assert f"/portal/foto/{sha}" in page and "Kondisi rumah" in page
    shown = housing.get(f"/portal/foto/{sha}")
    assert shown.status_code == 200 and shown.content == content
    assert roads.get(f"/portal/foto/{sha}").status_code == 404
    assert person(server).get(f"/portal/foto/{sha}", allow_redirects=False).status_code == 303
