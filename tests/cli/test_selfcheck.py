"""``musrenbang --self-check`` from source: every check passes on a complete copy, a missing file
fails its checks (and only those), and nothing lands in the user's data folder."""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app import __version__, paths
from app.__main__ import main
from app.core.selfcheck import CORE_CHECKS, Check, SelfCheckContext, run_checks, self_check
from app.ui.selfcheck import UI_CHECKS
from tests.cli.runner import run

ALL_NAMES = [check.name for check in (*CORE_CHECKS, *UI_CHECKS)]


@pytest.mark.slow
def test_self_check_process_passes_every_check_and_leaves_the_home_alone(app_home: Path) -> None:
    result = run("--self-check", home=app_home)

    assert result.returncode == 0, result.stdout + result.stderr
    for name in ALL_NAMES:
        assert f"[LULUS] {name}:" in result.stdout
    assert "[GAGAL]" not in result.stdout
    assert f"{len(ALL_NAMES)} dari {len(ALL_NAMES)} pemeriksaan lulus" in result.stdout
    assert not (app_home / "data").exists(), "the self-check wrote into the user's data folder"


def test_version_is_the_package_version(app_home: Path) -> None:
    result = run("--version", home=app_home)

    assert result.returncode == 0
    assert result.stdout.strip() == f"musrenbang {__version__}"


def test_a_missing_catalogue_fails_its_checks_and_the_others_still_run(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    damaged = tmp_path / "resources"
    shutil.copytree(paths.resources_dir(), damaged)
    (damaged / "i18n" / "musrenbang_en.qm").unlink()
    monkeypatch.setattr(paths, "resources_dir", lambda: damaged)

    status = main(["--self-check"])

    out = capsys.readouterr().out
    assert status == 1
    assert "[GAGAL] Berkas terjemahan: berkas terjemahan tidak ada" in out
    assert "[GAGAL] Terjemahan (Qt): Qt tidak dapat memuat musrenbang_en.qm" in out
    assert "[LULUS] Basis data:" in out
    assert "[LULUS] PDF satu halaman:" in out
    assert "ADA YANG GAGAL" in out


def test_a_crashing_check_is_a_failure_with_its_cause(tmp_path: Path) -> None:
    def crashes(context: SelfCheckContext) -> str:
        raise ValueError("rusak")

    def passes(context: SelfCheckContext) -> str:
        return "baik"

    results = run_checks(
        [Check("Rusak", crashes), Check("Baik", passes)], SelfCheckContext(tmp_path)
    )

    assert [(result.name, result.passed) for result in results] == [
        ("Rusak", False),
        ("Baik", True),
    ]
    assert results[0].detail.startswith("ValueError: rusak (test_selfcheck.py:")


def test_checks_run_in_a_temporary_home_that_is_removed_afterwards(app_home: Path) -> None:
    seen: list[Path] = []

    def probe(context: SelfCheckContext) -> str:
        seen.append(paths.database_path())
        return str(context.workspace)

    out = io.StringIO()
    self_check((Check("Percobaan", probe),), out)

    assert os.environ[paths.HOME_ENV] == str(app_home)
    assert seen and app_home not in seen[0].parents
    assert not seen[0].exists(), "the temporary home outlived the self-check"
    assert "[LULUS] Percobaan:" in out.getvalue()
