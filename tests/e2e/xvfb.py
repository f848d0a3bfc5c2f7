"""Start Xvfb on a free display for a test, hand back an environment that uses it, stop it.

Generic: any test that needs a real X display (screenshots of real windows) can use it.

    with xvfb_display(1920, 1080) as env:
        subprocess.run([...], env=env, check=True)

Xvfb picks the display number itself (``-displayfd``), so parallel runs never collide.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

START_TIMEOUT_S = 15.0


class XvfbUnavailable(RuntimeError):
    pass


def xvfb_path() -> str | None:
    return shutil.which("Xvfb")


@contextmanager
def xvfb_display(
    width: int = 1920, height: int = 1080, depth: int = 24
) -> Iterator[dict[str, str]]:
    exe = xvfb_path()
    if exe is None:
        raise XvfbUnavailable("Xvfb is not installed (apt-get install xvfb)")
    read_fd, write_fd = os.pipe()
    process = subprocess.Popen(
        [
            exe,
            "-displayfd",
            str(write_fd),
            "-screen",
            "0",
            f"{width}x{height}x{depth}",
            "-nolisten",
            "tcp",
            "-noreset",
        ],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    os.close(write_fd)
    try:
        ready, _, _ = select.select([read_fd], [], [], START_TIMEOUT_S)
        number = os.read(read_fd, 32).decode().strip() if ready else ""
        if not number:
            process.kill()
            _, err = process.communicate(timeout=5)
            raise XvfbUnavailable(f"Xvfb did not start: {err.decode(errors='replace')[-500:]}")
        env = dict(os.environ)
        env["DISPLAY"] = f":{number}"
        env["QT_QPA_PLATFORM"] = "xcb"
        env.pop("WAYLAND_DISPLAY", None)
        yield env
    finally:
        os.close(read_fd)
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)
        if process.stderr is not None:
            process.stderr.close()


def screenshot_folder(tmp: Path) -> Path:
    """Where end-to-end screenshots go: docs/screenshots/ (shown by the README) when
    UPDATE_SCREENSHOTS=1, else a temporary folder, so an ordinary test run leaves the tracked
    pictures alone (they carry a fresh digest and time on every run)."""
    if os.environ.get("UPDATE_SCREENSHOTS") == "1":
        return Path(__file__).resolve().parents[2] / "docs" / "screenshots"
    return tmp
