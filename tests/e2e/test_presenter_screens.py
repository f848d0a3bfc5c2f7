"""Screenshots of every presenter view on a real X display (Xvfb) at 1920×1080 and 1024×768.

A subprocess opens the demo forum's presenter window full-screen on the Xvfb display with the
xcb platform, shows each view and grabs the whole screen into docs/screenshots/. The test then
checks each picture has the display's size and is not blank.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.xvfb import screenshot_folder, xvfb_display, xvfb_path

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
SIZES = ((1920, 1080), (1024, 768))
VIEWS = ("proposal", "ranking", "pagu", "attendance", "summary")

SCRIPT = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from app.core.database import open_database
from app.core.demo import create_demo
from app.core.forum.demo_forum import create_demo_forum
from app.ui.forum import VIEWS, ForumPage
from app.ui.tasks import InlineTaskRunner

out, width, height = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
app = QApplication([])
db = open_database()
create_demo(db.engine)
create_demo_forum(db.engine)
page = ForumPage(db.engine, InlineTaskRunner(), actor="demo")
window = page.open_presenter()
window.set_fullscreen(True)

def wait(ms):
    # An event loop that quits on a timer; a tight processEvents() loop is avoided on purpose
    # (each call leaks a reference to None in some PySide6 builds, which ends in a crash).
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()

def settle(predicate=lambda: True, tries=60):
    for _ in range(tries):
        wait(50)
        if predicate():
            wait(100)
            return True
    return predicate()

assert settle(lambda: window.isFullScreen() and window.width() == width and window.height() == height), (window.width(), window.height())
board = page.controller.board
agreed = next(p for p in board.proposals if p.outcome == "agreed" and p.alignment is not None)
page.controller.set_current(agreed.id)
report = {}
for view in VIEWS:
    page.controller.set_view(view)
    settle()
    screen = window.screen()
    image = screen.grabWindow(0).toImage()
    path = out / f"presenter-{view}-{width}x{height}.png"
    image.save(str(path))
    small = image.scaled(96, 54)
    bright = sum(1 for x in range(small.width()) for y in range(small.height()) if small.pixelColor(x, y).lightness() > 128)
    report[view] = {"path": str(path), "width": image.width(), "height": image.height(), "bright": bright}
print(json.dumps(report))
"""


@pytest.mark.skipif(
    xvfb_path() is None,
    reason="Xvfb is not installed: apt-get install xvfb libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0",
)
@pytest.mark.parametrize(("width", "height"), SIZES)
def test_presenter_views_on_a_real_display(width: int, height: int, tmp_path: Path) -> None:
    shots = screenshot_folder(tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    with xvfb_display(width, height) as env:
        result = subprocess.run(
            [sys.executable, "-c", SCRIPT, str(shots), str(width), str(height)],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=180,
        )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert set(report) == set(VIEWS)
    for view, shot in report.items():
        path = Path(shot["path"])
        assert path.is_file() and path.stat().st_size > 5_000, view
        assert (shot["width"], shot["height"]) == (width, height), view
        assert shot["bright"] > 20, f"{view}: the screenshot is (nearly) blank"
