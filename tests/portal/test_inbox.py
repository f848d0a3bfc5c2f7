"""The inbox's order, paging and bidang filter, against a real server process (SQLite and
PostgreSQL): every sortable column gives the order it promises across all pages, the pages
continue each other without overlap or gap, and the bidang filter keeps exactly that bidang."""

from __future__ import annotations

import random
import re
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import select

from server.db import read_session
from server.portal.models import PortalProposal
from server.portal.queries import PAGE_SIZE
from tests.portal import seed
from tests.portal.conftest import Person, person
from tests.sync.conftest import ServerHandle

ROW_ID = re.compile(r'name="ids" value="([^"]+)"')
EVERYTHING = "/portal/kotak-masuk?keadaan=semua&semua_status=1"

# The order each sort promises, written out here rather than taken from server.portal.queries:
# kecamatan priority, cost largest first, title, kecamatan then number, newest change first; a
# missing priority, cost or number comes last on both backends (SQLite and PostgreSQL place NULL
# at opposite ends by default); the id breaks every tie so that pages never overlap.
ORDERS: dict[str, Callable[[PortalProposal], Any]] = {
    "prioritas": lambda p: (p.kecamatan_code, p.priority is None, p.priority or 0, p.id),
    "biaya": lambda p: (p.estimated_cost is None, -(p.estimated_cost or 0), p.id),
    "judul": lambda p: (p.title, p.id),
    "kecamatan": lambda p: (p.kecamatan_code, p.number is None, p.number or "", p.id),
    "terbaru": lambda p: (-p.updated_seq, p.id),
}


@pytest.fixture(scope="module")
def world(server: ServerHandle) -> Iterator[Person]:
    # Two kecamatan, so that the kecamatan and priority sorts cross a kecamatan boundary; many
    # equal costs and titles, so that the tie-break decides; and proposals no forum ranked.
    seed.seed_kecamatan(server.engine, "64.02.10", 64)
    seed.seed_kecamatan(server.engine, "64.02.11", 40, seed=2)
    caller = seed.device(server.engine, "64.02.11")
    rng = random.Random(11)
    # Not ranked by the forum; two without a cost estimate, one without a number yet.
    blanks: list[dict[str, Any]] = [
        {},
        {"estimated_cost": None},
        {"estimated_cost": None},
        {"number": None},
    ]
    unranked = [
        (
            "proposal",
            str(uuid.uuid4()),
            seed.proposal_fields("64.02.11", 900 + n, "1.03.01", rng, **extra),
        )
        for n, extra in enumerate(blanks)
    ]
    seed.push(server.engine, caller, unranked, 0)
    seed.add_portal_user(server.engine, "admin.bappeda", "bappeda")
    yield person(server, "admin.bappeda")


def ids_on(who: Person, query: str) -> list[str]:
    answer = who.get(query)
    assert answer.status_code == 200, answer.text
    return ROW_ID.findall(answer.text)


def read_model(server: ServerHandle) -> list[PortalProposal]:
    with read_session(server.engine) as session:
        return list(
            session.execute(
                select(PortalProposal).where(
                    PortalProposal.received.is_(True), PortalProposal.deleted.is_(False)
                )
            ).scalars()
        )


@pytest.mark.parametrize("sort", sorted(ORDERS))
def test_every_sort_orders_all_pages(server: ServerHandle, world: Person, sort: str) -> None:
    first = ids_on(world, f"{EVERYTHING}&urut={sort}&hal=1")  # also catches the read model up
    rows = read_model(server)
    assert len(rows) > 2 * PAGE_SIZE  # at least three pages
    assert sum(row.priority is None for row in rows) >= 4
    assert sum(row.estimated_cost is None for row in rows) >= 2
    assert sum(row.number is None for row in rows) >= 1
    expected = [row.id for row in sorted(rows, key=ORDERS[sort])]
    pages = -(-len(rows) // PAGE_SIZE)
    shown = list(first)
    for page in range(2, pages + 1):
        shown += ids_on(world, f"{EVERYTHING}&urut={sort}&hal={page}")
    # Page after page: each full but the last, no row twice, none left out, in the promised order.
    assert len(first) == PAGE_SIZE
    assert len(set(shown)) == len(shown)
    assert shown == expected


def test_page_two_continues_page_one(server: ServerHandle, world: Person) -> None:
    one = ids_on(world, f"{EVERYTHING}&urut=biaya&hal=1")
    two = ids_on(world, f"{EVERYTHING}&urut=biaya&hal=2")
    expected = [row.id for row in sorted(read_model(server), key=ORDERS["biaya"])]
    assert not set(one) & set(two)
    assert one + two == expected[: 2 * PAGE_SIZE]
    # A page past the end shows the last page, not an empty one.
    pages = -(-len(expected) // PAGE_SIZE)
    assert (
        ids_on(world, f"{EVERYTHING}&urut=biaya&hal={pages + 5}")
        == expected[(pages - 1) * PAGE_SIZE :]
    )


def test_bidang_filter_keeps_only_that_bidang(server: ServerHandle, world: Person) -> None:
    ids_on(world, EVERYTHING)
    rows = read_model(server)
    bidang_of = {row.id: row.bidang_code for row in rows}
    for bidang in ("1.03", "2.15"):
        shown = ids_on(world, f"{EVERYTHING}&bidang={bidang}")
        wanted = {row.id for row in rows if row.bidang_code == bidang}
        assert 0 < len(wanted) <= PAGE_SIZE  # one page holds them all
        assert {bidang_of[pid] for pid in shown} == {bidang}
        assert set(shown) == wanted
    assert ids_on(world, f"{EVERYTHING}&bidang=9.99") == []
