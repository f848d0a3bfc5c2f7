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


# ---------------------------------------------------------------- what a reader sees on a page


@dataclass(frozen=True)
class Word:
    page: int
    text: str
    x0: float
    y0: float
    x1: float
    y1: float


def pdf_words(path: Path) -> tuple[list[Word], list[tuple[float, float]]]:
    """Every word with its box in points (``pdftotext -bbox``), and each page's size."""
    import html
    import re

    out = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    words: list[Word] = []
    sizes: list[tuple[float, float]] = []
    page = -1
    for line in out.splitlines():
        found = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', line)
        if found:
            page += 1
            sizes.append((float(found[1]), float(found[2])))
            continue
        found = re.search(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>',
            line,
        )
        if found:
            x0, y0, x1, y1 = (float(found[i]) for i in range(1, 5))
            words.append(Word(page, html.unescape(found[5]), x0, y0, x1, y1))
    return words, sizes


@dataclass(frozen=True)
class Gray:
    width: int
    height: int
    pixels: bytes

    def dark(self, x: int, y: int) -> bool:
        if not (0 <= x < self.width and 0 <= y < self.height):
            return False
        return self.pixels[y * self.width + x] < 140


def render_pages(path: Path, folder: Path, dpi: int = 144) -> list[Gray]:
    """Each page rendered by pdftoppm: a PNG to look at and a grey map to check."""
    folder.mkdir(parents=True, exist_ok=True)
    stem = folder / path.stem
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(path), str(stem)], check=True)
    subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), str(path), str(stem)], check=True)
    pages: list[Gray] = []
    for pgm in sorted(folder.glob(f"{path.stem}-*.pgm"), key=lambda p: int(p.stem.rsplit("-")[-1])):
        raw = pgm.read_bytes()
        # P5 header: magic, width, height, maxval, one whitespace, then the bytes.
        parts = raw.split(maxsplit=4)
        assert parts[0] == b"P5", pgm
        width, height = int(parts[1]), int(parts[2])
        pages.append(Gray(width, height, parts[4][: width * height]))
        pgm.unlink()
    return pages


def layout_problems(path: Path, folder: Path, dpi: int = 144) -> list[str]:
    """What a reader would see as broken: a word off the page, two words on top of each other,
    or a table's rule running through a word (text that left its cell)."""
    words, sizes = pdf_words(path)
    pages = render_pages(path, folder, dpi)
    assert len(pages) == len(sizes)
    scale = dpi / 72.0
    problems: list[str] = []
    by_page: dict[int, list[Word]] = {}
    for w in words:
        by_page.setdefault(w.page, []).append(w)
        width, height = sizes[w.page]
        if w.x0 < 1 or w.y0 < 1 or w.x1 > width - 1 or w.y1 > height - 1:
            problems.append(f"page {w.page + 1}: '{w.text}' is off the page")
    for number, items in by_page.items():
        items.sort(key=lambda w: (w.y0, w.x0))
        for i, a in enumerate(items):
            for b in items[i + 1 :]:
                if b.y0 >= a.y1:
                    break
                dx = min(a.x1, b.x1) - max(a.x0, b.x0)
                dy = min(a.y1, b.y1) - max(a.y0, b.y0)
                if dx > 0.8 and dy > 0.3 * min(a.y1 - a.y0, b.y1 - b.y0):
                    problems.append(f"page {number + 1}: '{a.text}' overlaps '{b.text}'")
        image = pages[number]
        for w in items:
            top, bottom = int(w.y0 * scale) - 3, int(w.y1 * scale) + 3
            left, right = int(w.x0 * scale) + 2, int(w.x1 * scale) - 2
            for x in range(left, right):
                if all(image.dark(x, y) for y in range(top, bottom + 1)):
                    problems.append(f"page {number + 1}: a rule runs through '{w.text}'")
                    break
            lo, hi = int(w.x0 * scale) - 3, int(w.x1 * scale) + 3
            # Above the baseline only: an underlined name is meant to have a line under it.
            for y in range(int(w.y0 * scale) + 2, int((w.y0 + 0.6 * (w.y1 - w.y0)) * scale)):
                if all(image.dark(x, y) for x in range(lo, hi + 1)):
                    problems.append(f"page {number + 1}: a rule runs across '{w.text}'")
                    break
    return problems
