"""A whole forum day by keyboard in a real window on a real X display (issue #17), at 1920×1080
and at 1024×768, from the first start's demo: bulk routing, attendance, weights, 20 decisions
entered fast, sealing, the T-D.4 and the berita acara saved from the Laporan page. Checks that
every decision is recorded and that no text leaves its cell on any page of either document
(pdftoppm + pdftotext -bbox). Screenshots of every page, the form and the presenter go to
docs/screenshots/ when UPDATE_SCREENSHOTS=1."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.core.test_report_support import layout_problems
from tests.e2e.xvfb import screenshot_folder, xvfb_display, xvfb_path

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("forum_driver.py")


@pytest.mark.skipif(xvfb_path() is None, reason="Xvfb is not installed (apt-get install xvfb)")
@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils is not installed")
@pytest.mark.parametrize("size", [(1920, 1080), (1024, 768)])
def test_a_forum_day_by_keyboard(app_home: Path, tmp_path: Path, size: tuple[int, int]) -> None:
    shots = screenshot_folder(tmp_path / "shots")
    report = tmp_path / "report.json"
    out = tmp_path / "out"
    width, height = size
    with xvfb_display(width, height) as env:
        env = {**env, "MUSRENBANG_HOME": str(app_home), "PYTHONPATH": str(ROOT)}
        result = subprocess.run(
            [sys.executable, str(DRIVER), str(report), str(out), str(shots), f"{width}x{height}"],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=480,
        )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    facts = json.loads(report.read_text())
    # Nothing opens larger than the screen.
    assert facts["window"][0] <= width and facts["window"][1] <= height
    assert facts["form"][0] <= width and facts["form"][1] <= height
    # The first start's demo: routed, an open session with its attendance list.
    assert facts["demo_created"] is True and facts["open_at_start"] is True
    assert facts["attendance_at_start"] > 0
    # Every low-confidence suggestion ticked with Space; nothing left "tanpa OPD".
    assert facts["ticked"] == facts["to_review"] > 0
    assert facts["left_without_agency"] == 0
    assert facts["attendee_fields"] == ["perempuan", "PKK Kecamatan", "P"]
    assert facts["attendance"] == facts["attendance_at_start"] + 1
    assert facts["apply_at_110"] is False and facts["apply_at_100"] is True
    assert "Keputusan tersimpan" in facts["status_bar"]
    entered: dict[str, dict[str, object]] = facts["entered"]
    assert len(entered) == 20
    assert sum(1 for e in entered.values() if e["outcome"] == "not_agreed") == 4
    db = sqlite3.connect(app_home / "data" / "musrenbang.sqlite3")
    try:
        rows = db.execute(
            "SELECT proposal_id, outcome, agreed_amount, priority FROM decision "
            "WHERE session_id = ? ORDER BY created_at",
            (facts["session_id"],),
        ).fetchall()
        status = db.execute(
            "SELECT status FROM forum_session WHERE id = ?", (facts["session_id"],)
        ).fetchone()[0]
    finally:
        db.close()
    latest = {pid: (outcome, amount, priority) for pid, outcome, amount, priority in rows}
    for pid, entry in entered.items():  # every decision entered is recorded, none lost
        assert latest[pid][0] == entry["outcome"], pid
        if entry["outcome"] == "agreed":
            assert latest[pid][1] == entry["amount"], pid
    assert status == "sealed"
    assert facts["undecided_listed"] == len(latest) - 20
    assert facts["seal_default_is_back"] is True  # Enter alone never seals
    assert [Path(p).name for p in facts["saved"]] == ["td4.pdf", "berita-acara.pdf"]
    for kind in ("td4", "berita-acara"):
        pdf = out / f"{kind}.pdf"
        assert pdf.is_file()
        assert layout_problems(pdf, tmp_path / "pages" / kind) == []
    for name in facts["screenshots"]:
        assert (shots / name).stat().st_size > 5_000, name
