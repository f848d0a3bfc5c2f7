"""The portal in real headless chromium: an OPD reviewer filters, decides and redirects; the
other OPD finds the redirected proposal; Bappeda sees the dashboard and its charts; and the
end-to-end loop office → server → OPD decides in the browser → office syncs → the status and
reason are in the office database and on its village feedback letter."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from server.db import Record, read_session
from tests.portal import seed
from tests.portal.browser import SCREENSHOTS, chromium, update_screenshots
from tests.portal.conftest import PASSWORD
from tests.sync.conftest import ServerHandle

pytestmark = pytest.mark.slow

ROADS, HOUSING = "1.03.01", "1.04.01"


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with chromium(tmp_path_factory.mktemp("chromium-profile")) as context:
        yield context


@pytest.fixture(scope="module")
def seeded(server: ServerHandle) -> dict[str, list[str]]:
    first = seed.seed_kecamatan(server.engine, "64.02.01", 140)
    second = seed.seed_kecamatan(server.engine, "64.02.02", 140)
    seed.add_portal_user(server.engine, "pu.jalan", "agency", ROADS)
    seed.add_portal_user(server.engine, "perkim", "agency", HOUSING)
    seed.add_portal_user(server.engine, "admin.bappeda", "bappeda")
    return {"first": first, "second": second}


def login(context: Any, server: ServerHandle, username: str) -> Any:
    context.clear_cookies()
    page = context.pages[0] if context.pages else context.new_page()
    page.goto(server.url + "/portal/login")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state()
    return page


def shot(page: Any, name: str) -> None:
    if update_screenshots():
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"portal-{name}.png"), full_page=False)


def upstream(server: ServerHandle, proposal_id: str) -> dict[str, Any]:
    with read_session(server.engine) as session:
        record = session.get(Record, ("proposal", proposal_id))
        assert record is not None
        return dict(json.loads(record.data_json))


def test_reviewer_filters_decides_and_redirects(
    browser: Any, server: ServerHandle, seeded: dict[str, list[str]]
) -> None:
    page = browser.new_page()
    page.goto(server.url + "/portal/login")
    shot(page, "login")
    page.close()
    page = login(browser, server, "pu.jalan")
    assert page.url.endswith("/portal/kotak-masuk")
    assert "Kotak masuk Dinas Pekerjaan Umum" in page.inner_text("h1")
    # Filter: one kecamatan, searched by a word of the titles.
    page.select_option("select[name=kecamatan]", "64.02.02")
    page.fill("input[name=cari]", "rt")
    page.click("#filters button[type=submit]")
    page.wait_for_load_state()
    rows = page.locator("table.inbox tbody tr")
    assert rows.count() >= 2
    for text in rows.all_inner_texts():
        assert "Loa Kulu" in text and "RT" in text
    shot(page, "inbox")
    # Decide two at once: accept with the amount taken into the Renja.
    boxes = page.locator('table.inbox input[name="ids"]')
    chosen = [boxes.nth(0).get_attribute("value"), boxes.nth(1).get_attribute("value")]
    boxes.nth(0).check()
    boxes.nth(1).check()
    page.select_option("select[name=action]", "accept")
    page.fill("input[name=amount]", "Rp 150.000.000")
    page.click("fieldset.decide button[type=submit]")
    page.wait_for_load_state()
    assert "Keputusan disimpan untuk 2 usulan" in page.inner_text("main")
    for pid in chosen:
        data = upstream(server, str(pid))
        assert data["upstream_status"] == "accepted"
        assert "Rp 150.000.000" in data["upstream_reason"]
    # A reason is required to reject: the page says so and nothing changes.
    page.goto(server.url + "/portal/kotak-masuk?kecamatan=64.02.01")
    target = page.locator('table.inbox input[name="ids"]').first.get_attribute("value")
    page.locator('table.inbox input[name="ids"]').first.check()
    page.select_option("select[name=action]", "reject")
    page.click("fieldset.decide button[type=submit]")
    page.wait_for_load_state()
    assert "Alasan wajib diisi" in page.inner_text("main")
    assert upstream(server, str(target)).get("upstream_status") is None
    # Redirect it to the housing agency from the proposal's own page.
    page.goto(server.url + f"/portal/usulan/{target}")
    page.select_option("select[name=action]", "redirect")
    page.select_option("select[name=to_agency]", HOUSING)
    page.fill("textarea[name=reason]", "Rehab rumah, bukan jalan")
    page.click("fieldset.decide button[type=submit]")
    page.wait_for_load_state()
    # The reviewer no longer sees it; the housing agency does.
    assert "tidak ditemukan" in page.inner_text("main")
    title = upstream(server, str(target))["title"]
    page = login(browser, server, "perkim")
    page.goto(server.url + "/portal/kotak-masuk?kecamatan=64.02.01")
    link = page.locator(f'a[href="/portal/usulan/{target}"]')
    assert link.count() == 1 and link.inner_text() == title
    assert "dialihkan dari DPU" in page.locator("table.inbox tbody").inner_text()
    link.click()
    page.wait_for_load_state()
    audit = page.inner_text("#audit")
    assert "pu.jalan" in audit and "Alihkan ke OPD lain" in audit and "Rehab rumah" in audit
    shot(page, "proposal")


def test_bappeda_dashboard_charts_and_forum(
    browser: Any, server: ServerHandle, seeded: dict[str, list[str]]
) -> None:
    page = login(browser, server, "admin.bappeda")
    assert page.url.endswith("/portal/")
    assert page.locator("svg.chart").count() == 3
    assert page.locator("svg.map circle").count() > 20
    per_kec = page.inner_text("#per-kecamatan")
    assert "Muara Muntai" in per_kec and "Loa Kulu" in per_kec
    assert "Rp 7.500.000.000" in per_kec
    per_opd = page.inner_text("#per-opd")
    assert "Dinas Pekerjaan Umum" in per_opd
    # Every script and style came from this server.
    sources = page.evaluate(
        "[...document.querySelectorAll('script[src],link[href]')].map(e => e.src || e.href)"
    )
    assert sources and all(s.startswith(server.url) for s in sources)
    shot(page, "dashboard")
    page.goto(server.url + "/portal/pra-forum/64.02.01")
    groups = page.locator("section.forum-group h2")
    assert groups.count() >= 5
    first_row = page.locator("section.forum-group table tbody tr").first
    first_row.locator("button[value=accept]").click()
    page.wait_for_load_state()
    assert "Keputusan disimpan" in page.inner_text("main")
    assert "Diakomodasi" in page.locator("section.forum-group table tbody tr").first.inner_text()
    shot(page, "forum")


def test_office_to_opd_and_back_to_the_village_letter(
    browser: Any,
    server: ServerHandle,
    seeded: dict[str, list[str]],
    app_home: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from sqlmodel import col
    from sqlmodel import select as sql_select

    from app.core.database import open_database
    from app.core.demo import create_demo
    from app.core.forum.demo_forum import create_demo_forum
    from app.core.reports import build_report
    from app.models import Proposal
    from app.models.db import read_session as office_read
    from app.sync.client import SyncClient
    from tests.core.test_report_support import one_line, pdf_text
    from tests.sync.conftest import no_sleep_transport

    db = open_database()
    create_demo(db.engine)
    forum = create_demo_forum(db.engine)
    office = SyncClient(db.engine, transport_factory=no_sleep_transport)
    with office_read(db.engine) as session:
        proposal = session.exec(
            sql_select(Proposal)
            .where(Proposal.status == "agreed", col(Proposal.agency_code).is_not(None))
            .order_by(col(Proposal.number))
        ).first()
        assert proposal is not None
        pid, agency, title = proposal.id, str(proposal.agency_code), proposal.title
    office.enroll(server.url, server.enroll_code("64.02.06"))
    report = office.sync()
    assert report.pending_after == 0
    seed.add_portal_user(server.engine, "opd.kantor", "agency", agency)
    page = login(browser, server, "opd.kantor")
    page.fill("input[name=cari]", title.split()[0])
    page.select_option("select[name=kecamatan]", "64.02.06")
    page.click("#filters button[type=submit]")
    page.wait_for_load_state()
    page.locator(f'a[href="/portal/usulan/{pid}"]').click()
    page.wait_for_load_state()
    page.select_option("select[name=action]", "defer")
    page.fill("textarea[name=reason]", "Menunggu kesiapan lahan; diusulkan lagi tahun depan")
    page.click("fieldset.decide button[type=submit]")
    page.wait_for_load_state()
    assert "Menunggu kesiapan lahan" in page.inner_text("#audit")
    office.sync()
    with office_read(db.engine) as session:
        back = session.get(Proposal, pid)
        assert back is not None
        assert back.upstream_status == "deferred"
        assert back.upstream_reason == "Menunggu kesiapan lahan; diusulkan lagi tahun depan"
    letter = app_home / "rekap-desa.pdf"
    build_report(db.engine, "rekap-desa", forum.session_id, letter)
    text = one_line(pdf_text(letter))
    # The decision and its reason wrap inside their cell, and pdftotext may read a neighbouring
    # cell's wrapped word in between: their words must all be there, in order.
    words = iter(text.split())
    phrase = "Ditunda ke tahun berikutnya: Menunggu kesiapan lahan; diusulkan lagi tahun depan"
    assert all(word in words for word in phrase.split()), text
    assert "deferred" not in text  # the village reads words, not the protocol's code
    db.engine.dispose()
    with read_session(server.engine) as session:
        assert session.execute(select(Record.entity_id).where(Record.entity_id == pid)).first()
    assert re.search(r"deferred", json.dumps(upstream(server, pid)))
