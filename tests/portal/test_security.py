"""The portal's security rules, against a real server process: agency isolation, admin pages,
CSRF, escaping, session fixation, lockout and its end, cookie flags, the CLI reading the password."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, timedelta

import pytest
import time_machine
from sqlalchemy import select

from server.db import Record, read_session, utcnow, write_session
from server.portal import auth
from server.portal.models import PortalLoginFailure, PortalUser
from tests.portal import seed
from tests.portal.conftest import PASSWORD, Person, person
from tests.sync.conftest import ROOT, ServerHandle

ROADS, HOUSING = "1.03.01", "1.04.01"


@pytest.fixture(scope="module")
def world(server: ServerHandle) -> Iterator[dict[str, list[str]]]:
    ids = seed.seed_kecamatan(server.engine, "64.02.06", 28)
    caller = seed.device(server.engine, "64.02.07")
    xss = "<script>alert(1)</script>"
    evil = "11111111-2222-3333-4444-555555555555"
    import random

    fields = seed.proposal_fields("64.02.07", 1, ROADS, random.Random(1), title=xss)
    seed.push(server.engine, caller, [("proposal", evil, fields)], 0)
    seed.add_portal_user(server.engine, "pu.jalan", "agency", ROADS)
    seed.add_portal_user(server.engine, "perkim", "agency", HOUSING)
    seed.add_portal_user(server.engine, "admin.bappeda", "bappeda")
    seed.add_portal_user(server.engine, "korban", "agency", ROADS)
    roads = [i for n, i in enumerate(ids) if seed.AGENCIES[n % len(seed.AGENCIES)] == ROADS]
    housing = [i for n, i in enumerate(ids) if seed.AGENCIES[n % len(seed.AGENCIES)] == HOUSING]
    yield {"roads": roads, "housing": housing, "xss": [evil]}


def upstream(server: ServerHandle, proposal_id: str) -> str | None:
    with read_session(server.engine) as session:
        record = session.get(Record, ("proposal", proposal_id))
        assert record is not None
        return json.loads(record.data_json).get("upstream_status")


def decide(who: Person, ids: list[str], **form: str) -> int:
    token = who.csrf("/portal/kotak-masuk")
    return who.post(
        "/portal/keputusan", {"ids": ids, "csrf_token": token, **form}, allow_redirects=False
    ).status_code


def test_reviewer_sees_only_own_agency(server: ServerHandle, world: dict[str, list[str]]) -> None:
    housing = person(server, "perkim")
    assert housing.get(f"/portal/usulan/{world['housing'][0]}").status_code == 200
    other = world["roads"][0]
    page = housing.get(f"/portal/usulan/{other}")
    assert page.status_code == 404
    assert other not in housing.get("/portal/kotak-masuk?keadaan=semua&semua_status=1").text
    assert housing.get(f"/portal/ekspor/opd/{ROADS}.xlsx").status_code == 403
    assert decide(housing, [other], action="reject", reason="bukan kami") == 422
    assert upstream(server, other) is None


def test_reviewer_cannot_open_admin_pages(
    server: ServerHandle, world: dict[str, list[str]]
) -> None:
    roads = person(server, "pu.jalan")
    assert roads.get("/portal/admin/pengguna").status_code == 403
    assert roads.get("/portal/ekspor/kabupaten.xlsx").status_code == 403
    token = roads.csrf("/portal/kotak-masuk")
    created = roads.post(
        "/portal/admin/pengguna",
        {"username": "penyusup", "password": "x" * 12, "role": "bappeda", "csrf_token": token},
    )
    assert created.status_code == 403
    with read_session(server.engine) as session:
        assert (
            session.execute(select(PortalUser).where(PortalUser.username == "penyusup")).first()
            is None
        )
    # The dashboard is Bappeda's: a reviewer is sent to the inbox.
    assert roads.get("/portal/", allow_redirects=False).headers["location"] == "/portal/kotak-masuk"


def test_redirected_proposal_moves_to_the_other_inbox(
    server: ServerHandle, world: dict[str, list[str]]
) -> None:
    moved = world["roads"][1]
    roads, housing = person(server, "pu.jalan"), person(server, "perkim")
    assert (
        decide(roads, [moved], action="redirect", to_agency=HOUSING, reason="Rumah, bukan jalan")
        == 303
    )
    assert housing.get(f"/portal/usulan/{moved}").status_code == 200
    assert moved in housing.get("/portal/kotak-masuk").text
    assert roads.get(f"/portal/usulan/{moved}").status_code == 404
    assert decide(housing, [moved], action="accept", amount="Rp 75.000.000") == 303
    assert upstream(server, moved) == "accepted"
    page = housing.get(f"/portal/usulan/{moved}").text
    assert "pu.jalan" in page and "perkim" in page  # both decisions in the audit


def test_form_without_csrf_token_is_refused(
    server: ServerHandle, world: dict[str, list[str]]
) -> None:
    roads = person(server, "pu.jalan")
    target = world["roads"][2]
    refused = roads.post(
        "/portal/keputusan",
        {"ids": [target], "action": "reject", "reason": "x"},
        allow_redirects=False,
    )
    assert refused.status_code == 403 and "CSRF" in refused.text
    wrong = roads.post(
        "/portal/keputusan",
        {"ids": [target], "action": "reject", "reason": "x", "csrf_token": "palsu"},
        allow_redirects=False,
    )
    assert wrong.status_code == 403
    assert upstream(server, target) is None
    anonymous = person(server)
    anonymous.get("/portal/login")
    login = anonymous.post("/portal/login", {"username": "pu.jalan", "password": PASSWORD})
    assert login.status_code == 403


def test_script_in_title_is_escaped(server: ServerHandle, world: dict[str, list[str]]) -> None:
    roads = person(server, "pu.jalan")
    page = roads.get("/portal/kotak-masuk?kecamatan=64.02.07&keadaan=semua&semua_status=1").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>alert(1)</script>" not in page
    detail = roads.get(f"/portal/usulan/{world['xss'][0]}")
    assert "<script>alert(1)" not in detail.text
    assert "script-src 'self'" in detail.headers["Content-Security-Policy"]


def test_session_id_from_before_login_is_not_kept(
    server: ServerHandle, world: dict[str, list[str]]
) -> None:
    who = person(server)
    who.get("/portal/login")
    planted = who.http.cookies.get("portal_session")
    assert planted
    assert who.login("pu.jalan").status_code == 303
    after = who.http.cookies.get("portal_session")
    assert after and after != planted
    attacker = person(server)
    attacker.http.cookies.set("portal_session", planted, path="/portal")
    assert attacker.get("/portal/kotak-masuk", allow_redirects=False).status_code == 303


def test_cookie_is_httponly_and_samesite(server: ServerHandle, world: dict[str, list[str]]) -> None:
    header = person(server).get("/portal/login").headers["set-cookie"].lower()
    assert "httponly" in header and "samesite=lax" in header and "path=/portal" in header


def test_wrong_passwords_lock_the_account(
    server: ServerHandle, world: dict[str, list[str]]
) -> None:
    who = person(server)
    codes = [who.login("korban", "salah-salah-salah").status_code for _ in range(5)]
    assert codes == [401, 401, 401, 401, 429]
    locked = who.login("korban", PASSWORD)
    assert locked.status_code == 429 and "dikunci" in locked.text
    # Another account is not affected.
    assert person(server).login("pu.jalan").status_code == 303


def test_the_lock_ends_after_its_period(server: ServerHandle, world: dict[str, list[str]]) -> None:
    """Locked through the real server; then the same database checked with the clock moved by
    time-machine (the server process keeps the real clock): the right password is still refused
    one second before the lock ends and accepted once it has ended."""
    seed.add_portal_user(server.engine, "lupa.sandi", "agency", HOUSING)
    before = utcnow()
    who = person(server)
    codes = [who.login("lupa.sandi", "salah-salah-salah").status_code for _ in range(5)]
    assert codes == [401, 401, 401, 401, 429]
    after = utcnow()
    with read_session(server.engine) as session:
        row = session.get(PortalLoginFailure, "lupa.sandi")
        assert row is not None and row.locked_until is not None
        until = row.locked_until
    # Fifteen minutes from the fifth failure (auth.LOCKOUT).
    assert before + timedelta(minutes=15) <= until <= after + timedelta(minutes=15)

    def attempt() -> auth.LoginResult:
        with write_session(server.engine) as session:
            return auth.attempt_login(session, "lupa.sandi", PASSWORD)

    with time_machine.travel(until.replace(tzinfo=UTC) - timedelta(seconds=1), tick=False):
        almost = attempt()
    assert almost.user is None and almost.locked_until == until
    with time_machine.travel(until.replace(tzinfo=UTC), tick=False):
        ended = attempt()
    assert ended.user is not None and ended.user.username == "lupa.sandi"
    with read_session(server.engine) as session:
        assert session.get(PortalLoginFailure, "lupa.sandi") is None  # the count starts afresh
    assert person(server).login("lupa.sandi").status_code == 303


def test_logout_ends_the_session(server: ServerHandle, world: dict[str, list[str]]) -> None:
    who = person(server, "pu.jalan")
    cookie = who.http.cookies.get("portal_session")
    token = who.csrf("/portal/kotak-masuk")
    assert (
        who.post("/portal/logout", {"csrf_token": token}, allow_redirects=False).status_code == 303
    )
    again = person(server)
    again.http.cookies.set("portal_session", str(cookie), path="/portal")
    assert again.get("/portal/kotak-masuk", allow_redirects=False).status_code == 303


def test_password_change(server: ServerHandle, world: dict[str, list[str]]) -> None:
    seed.add_portal_user(server.engine, "ganti.sandi", "agency", ROADS)
    who = person(server, "ganti.sandi")
    other_device = person(server, "ganti.sandi")
    token = who.csrf("/portal/kata-sandi")
    short = who.post(
        "/portal/kata-sandi",
        {"old": PASSWORD, "new": "pendek", "repeat": "pendek", "csrf_token": token},
    )
    assert short.status_code == 422 and "10 karakter" in short.text
    new = "sandi-baru-yang-panjang"
    done = who.post(
        "/portal/kata-sandi", {"old": PASSWORD, "new": new, "repeat": new, "csrf_token": token}
    )
    assert done.status_code == 200 and "sudah diganti" in done.text
    assert other_device.get("/portal/kotak-masuk", allow_redirects=False).status_code == 303
    assert person(server).login("ganti.sandi").status_code == 401
    assert person(server).login("ganti.sandi", new).status_code == 303


@pytest.mark.slow
def test_cli_add_user_reads_password_from_stdin(server: ServerHandle) -> None:
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "server",
            "add-user",
            "kepala.bidang",
            "--role",
            "agency",
            "--agency",
            ROADS,
        ],
        input="sandi-dari-stdin-123\n",
        cwd=ROOT,
        env=server.env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert person(server).login("kepala.bidang", "sandi-dari-stdin-123").status_code == 303
    weak = subprocess.run(
        [sys.executable, "-m", "server", "add-user", "lemah", "--role", "bappeda"],
        input="123\n",
        cwd=ROOT,
        env=server.env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert weak.returncode == 2 and "10 karakter" in weak.stderr
