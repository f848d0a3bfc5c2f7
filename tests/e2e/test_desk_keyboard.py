"""The proposal desk in a real window on a real X display (Xvfb): a proposal created with the
keyboard only, a village file imported, the list exported; screenshots go to docs/screenshots/
when UPDATE_SCREENSHOTS=1.

The desk runs in a subprocess (its own QApplication on the xcb platform, the real worker
thread); the test checks what it reports and what it left in the database and on disk.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.xvfb import screenshot_folder, xvfb_display, xvfb_path

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("desk_driver.py")


@pytest.mark.skipif(xvfb_path() is None, reason="Xvfb is not installed (apt-get install xvfb)")
def test_desk_by_keyboard_import_and_export(app_home: Path, tmp_path: Path) -> None:
    shots = screenshot_folder(tmp_path / "shots")
    report = tmp_path / "report.json"
    export = tmp_path / "daftar-usulan.xlsx"
    with xvfb_display(1366, 768) as env:
        env = {**env, "MUSRENBANG_HOME": str(app_home), "PYTHONPATH": str(ROOT)}
        result = subprocess.run(
            [sys.executable, str(DRIVER), str(report), str(export), str(shots)],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=240,
        )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    facts = json.loads(report.read_text())
    assert facts["typed_cost_text"] == "187.500.000"
    assert facts["rows_before"] == 150
    assert facts["rows_after_new"] == 151
    assert facts["imported"] == 3
    assert facts["rows_after_import"] == 154
    assert facts["exported"] == 154 and export.exists()
    db = sqlite3.connect(app_home / "data" / "musrenbang.sqlite3")
    try:
        row = db.execute(
            "SELECT title, desa_code, volume, satuan, estimated_cost FROM proposal WHERE title LIKE 'Rabat beton gang Mawar%'"
        ).fetchone()
        outbox = db.execute(
            "SELECT count(*) FROM outbox_entry WHERE entity = 'proposal'"
        ).fetchone()[0]
    finally:
        db.close()
    assert row == ("Rabat beton gang Mawar RT 09", "64.02.06.1001", 150.0, "m", 187_500_000)
    assert outbox >= 154
    for name in facts["screenshots"]:
        path = shots / name
        assert path.exists() and path.stat().st_size > 10_000, name
