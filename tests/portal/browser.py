"""Debian's chromium driven by Playwright (never ``playwright install``): headless, no sandbox
(CI runs as root), a fresh profile in tmp, no network beyond the loopback server."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def update_screenshots() -> bool:
    return os.environ.get("UPDATE_SCREENSHOTS") == "1"


@contextmanager
def chromium(profile: Path) -> Iterator[object]:
    if not Path(CHROMIUM).exists() or shutil.which("chromium") is None:
        pytest.fail("Debian's chromium is missing: .ci/run installs it (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        context = driver.chromium.launch_persistent_context(
            str(profile),
            executable_path=CHROMIUM,
            headless=True,
            args=FLAGS,
            viewport={"width": 1400, "height": 900},
            locale="id-ID",
            timezone_id="Asia/Makassar",
        )
        try:
            yield context
        finally:
            context.close()
