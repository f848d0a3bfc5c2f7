"""Fixtures shared by the report tests (no tests here): the sealed demo forum built once per
run and copied into each test's data folder, PDF text and font helpers (poppler)."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine

from app.paths import HOME_ENV


@dataclass
class ReportDb:
    engine: Engine
    session_id: str
    home: Path


def _build_template(folder: Path) -> str:
    from app.core.database import open_database
    from app.core.demo import create_demo
    from app.core.forum.demo_forum import create_demo_forum

    previous = os.environ.get(HOME_ENV)
    os.environ[HOME_ENV] = str(folder)
    try:
        db = open_database()
        create_demo(db.engine)
        result = create_demo_forum(db.engine)
        db.engine.dispose()
    finally:
        if previous is None:
            os.environ.pop(HOME_ENV, None)
        else:
            os.environ[HOME_ENV] = previous
    return result.session_id


@pytest.fixture(scope="session")
def demo_forum_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("demo-forum-home")
    session_id = _build_template(folder)
    return folder / "data", session_id


@pytest.fixture
def report_db(app_home: Path, demo_forum_template: tuple[Path, str]) -> Iterator[ReportDb]:
    """A private copy of the sealed demo forum database in this test's data folder."""
    from app.core.database import open_database

    data, session_id = demo_forum_template
    target = app_home / "data"
    target.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(data / "musrenbang.sqlite3", target / "musrenbang.sqlite3")
    db = open_database(load_reference=False)
    yield ReportDb(db.engine, session_id, app_home)
    db.engine.dispose()


def pdf_text(path: Path, *, layout: bool = False) -> str:
    args = ["pdftotext", *(["-layout"] if layout else []), str(path), "-"]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def pdf_pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    for line in out.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    raise AssertionError("pdfinfo printed no page count")


def pdf_fonts(path: Path) -> list[tuple[str, str]]:
    """(font name, emb) per font pdffonts lists."""
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        if len(parts) >= 5:
            # columns from the right: object ID (2 fields), uni, sub, emb
            rows.append((parts[0], parts[-5]))
    return rows


def one_line(text: str) -> str:
    return " ".join(text.split())


def make_large_session(engine: Engine, n: int) -> str:
    """A forum session with ``n`` agreed proposals (copies of the demo's kabupaten proposals
    spread over their agencies), written straight as rows: setup for size tests and the
    benchmark, not a verifiable record (the session stays open)."""
    from sqlmodel import col, select

    from app.core.forum.sessions import SessionDetails, create_session
    from app.core.proposal_queries import current_cycle
    from app.models import Decision, Proposal
    from app.models.db import write_session

    with write_session(engine) as session:
        cycle = current_cycle(session)
        assert cycle is not None
        templates = [
            p
            for p in session.exec(select(Proposal).order_by(col(Proposal.number))).all()
            if p.kewenangan == "kabupaten"
        ]
        agencies = ["1.03.01", "1.04.01", "1.02.01", "1.01.01", "2.15.01", "3.27.01"]
        forum = create_session(
            session,
            cycle_id=cycle.id,
            details=SessionDetails(kind="musrenbang_kecamatan", title=f"Musrenbang besar {n}"),
            actor="bench",
        )
        session.flush()
        priorities: dict[str, int] = {}
        for i in range(n):
            t = templates[i % len(templates)]
            agency = agencies[i % len(agencies)]
            priorities[agency] = priorities.get(agency, 0) + 1
            proposal = Proposal(
                cycle_id=cycle.id,
                number=f"B-{i + 1:05d}",
                planning_year=t.planning_year,
                desa_code=t.desa_code,
                dusun=t.dusun,
                rt=t.rt,
                title=f"{t.title} paket {i + 1}",
                problem=t.problem,
                volume=t.volume,
                satuan=t.satuan,
                estimated_cost=t.estimated_cost,
                beneficiaries=t.beneficiaries,
                beneficiaries_women=t.beneficiaries_women,
                kewenangan="kabupaten",
                agency_code=agency,
                sub_kegiatan_code=t.sub_kegiatan_code,
                status="agreed",
            )
            session.add(proposal)
            session.flush()
            session.add(
                Decision(
                    session_id=forum.id,
                    proposal_id=proposal.id,
                    outcome="agreed",
                    priority=priorities[agency],
                    agreed_amount=(t.estimated_cost or 0) // 1_000_000 * 1_000_000,
                    decided_by="bench",
                )
            )
        return forum.id
