"""The pictures of the user guide (docs/panduan/gambar/), taken from real windows on a real X
display (Xvfb) with the demo office: the list, the proposal form, the import preview, the
wizard, the sign-in dialog, the forum and its projector window, the reports page, the sync page
and every tab of the settings page.

The screens are driven in a subprocess (its own QApplication on the xcb platform, the real
worker thread). The pictures land in docs/panduan/gambar/ only with UPDATE_SCREENSHOTS=1
(otherwise in a temporary folder), so an ordinary run still checks every screen and leaves the
tracked pictures alone:

    UPDATE_SCREENSHOTS=1 uv run pytest tests/e2e/test_guide_screenshots.py
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.e2e.xvfb import xvfb_display, xvfb_path

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("guide_driver.py")
GUIDE_PICTURES = ROOT / "docs" / "panduan" / "gambar"
EXPECTED = {
    "usulan-daftar.png",
    "usulan-formulir.png",
    "usulan-impor.png",
    "wizard-wilayah.png",
    "wizard-pengguna.png",
    "masuk.png",
    "forum-penilaian.png",
    "forum-pagu.png",
    "forum-proyektor.png",
    "laporan-pratinjau.png",
    "sinkronisasi.png",
    "panduan.png",
    # one per tab of Pengaturan; chapter 6 of the guide shows each
    "pengaturan-kantor.png",
    "pengaturan-server-sinkronisasi.png",
    "pengaturan-bahasa.png",
    "pengaturan-cadangan.png",
    "pengaturan-pindah-laptop.png",
    "pengaturan-log-diagnosis.png",
    "pengaturan-pengguna.png",
}


def guide_picture_folder(tmp: Path) -> Path:
    """docs/panduan/gambar/ when UPDATE_SCREENSHOTS=1, else ``tmp`` (same rule as
    tests/e2e/xvfb.py's screenshot_folder, for the guide's own folder)."""
    return GUIDE_PICTURES if os.environ.get("UPDATE_SCREENSHOTS") == "1" else tmp


@pytest.mark.skipif(
    xvfb_path() is None,
    reason="Xvfb is not installed: apt-get install xvfb libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0",
)
def test_guide_screens_on_a_real_display(app_home: Path, tmp_path: Path) -> None:
    shots = guide_picture_folder(tmp_path / "gambar")
    report_path = tmp_path / "report.json"
    with xvfb_display(1920, 1080) as env:
        env = {**env, "MUSRENBANG_HOME": str(app_home), "PYTHONPATH": str(ROOT)}
        result = subprocess.run(
            [sys.executable, str(DRIVER), str(report_path), str(shots)],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=180,
        )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    report = json.loads(report_path.read_text())

    assert set(report) >= EXPECTED, EXPECTED - set(report)
    settings = [name for name in report if name.startswith("pengaturan")]
    assert settings, "no picture of the settings page"
    for name, facts in report.items():
        picture = QImage(str(shots / name))
        assert not picture.isNull(), name
        assert (picture.width(), picture.height()) == (facts["width"], facts["height"]), name
        assert facts["busy"] > 0.05, f"{name}: the picture is (nearly) blank"

    # What each screen showed when it was taken.
    assert report["usulan-daftar.png"]["rows"] == 150
    assert report["usulan-formulir.png"]["cost"] == "187.500.000"
    assert "Skor keselarasan" in report["usulan-formulir.png"]["suggestion"]
    impor = report["usulan-impor.png"]
    assert (impor["rows"], impor["errors"]) == (3, 1)
    assert impor["valid_only_offered"]  # a file with a wrong row offers to skip it
    assert report["wizard-wilayah.png"]["kecamatan"] == "Tenggarong"
    assert report["wizard-pengguna.png"]["finish"].replace("&", "") == "Selesai"
    assert report["forum-penilaian.png"]["rows"] > 10
    assert report["forum-proyektor.png"]["heading"]
    assert report["laporan-pratinjau.png"]["pages"] >= 1
    assert "Kode verifikasi" in report["laporan-pratinjau.png"]["status"]
    assert report["sinkronisasi.png"]["pending_rows"] >= 1
    assert report["panduan.png"]["chapter"] == "02-usulan.md"
    assert report["panduan.png"]["chapters"] >= 9
