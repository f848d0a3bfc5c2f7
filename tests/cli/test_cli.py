"""The command line as a person uses it: real processes, exit codes, no tracebacks."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import COMMAND_MODULES, build_parser
from tests.cli.runner import ROOT, run


def test_version(app_home: Path) -> None:
    result = run("--version", home=app_home)
    assert result.returncode == 0
    assert result.stdout.startswith("musrenbang ")


@pytest.mark.slow
def test_ref_stats_json_on_a_fresh_installation(app_home: Path) -> None:
    result = run("ref", "stats", "--json", home=app_home)
    assert result.returncode == 0, result.stderr
    stats = json.loads(result.stdout)
    assert stats["nomenclature"]["sub_kegiatan"] >= 2470
    assert stats["nomenclature"]["urusan"] == 9
    assert stats["regions"]["kecamatan"] == 20
    assert stats["regions"]["desa"] + stats["regions"]["kelurahan"] == 237
    assert stats["agencies"] == 54


@pytest.mark.slow
def test_demo_then_db_commands(app_home: Path) -> None:
    created = run("demo", home=app_home)
    assert created.returncode == 0 and "150 usulan" in created.stdout
    again = run("demo", home=app_home)
    assert again.returncode == 0 and "sudah ada" in again.stdout
    assert run("db", "upgrade", home=app_home).stdout.startswith("Skema sudah terbaru")
    backup = run("db", "backup", home=app_home)
    assert backup.returncode == 0 and "Cadangan dibuat" in backup.stdout
    assert run("db", "check", home=app_home).returncode == 0
    listing = run("db", "backups", home=app_home)
    assert "manual" in listing.stdout
    restored = run("db", "restore", home=app_home)
    assert restored.returncode == 0 and "Dipulihkan" in restored.stdout


@pytest.mark.slow
def test_demo_empty(app_home: Path) -> None:
    result = run("demo", "--kecamatan", "64.02.12", "--empty", home=app_home)
    assert result.returncode == 0 and "Tabang" in result.stdout and "0 usulan" in result.stdout


@pytest.mark.slow
def test_ref_import_good_and_bad(app_home: Path, tmp_path: Path) -> None:
    good = tmp_path / "kamus.csv"
    good.write_text("kode;nama;harga_satuan\n1;Sumur bor;45.000.000\n", encoding="utf-8")
    ok = run("ref", "import", "kamus", str(good), home=app_home)
    assert ok.returncode == 0 and "1 baris" in ok.stdout
    bad = tmp_path / "opd.csv"
    bad.write_text("kode,nama\n9.99,X\n", encoding="utf-8")
    failed = run("ref", "import", "opd", str(bad), home=app_home)
    assert failed.returncode == 1
    assert (
        "kolom 'bidang_urusan'" in failed.stderr and "tidak ada data yang diubah" in failed.stderr
    )
    stats = json.loads(run("ref", "stats", "--json", home=app_home).stdout)
    assert stats["kamus"] == 1 and stats["agencies"] == 54


@pytest.mark.slow
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("ref", "import", "anggaran", "x.csv"), "tidak dikenal"),
        (("ref", "import", "kamus", "tidak-ada.csv"), "tidak ditemukan"),
        (("demo", "--kecamatan", "12.34.56"), "tidak ada di data wilayah"),
        (("db", "restore"), "Tidak ada cadangan"),
    ],
)
def test_errors_exit_non_zero_with_a_message(
    app_home: Path, args: tuple[str, ...], message: str
) -> None:
    result = run(*args, home=app_home)
    assert result.returncode != 0
    assert message in result.stderr


@pytest.mark.slow
def test_corrupt_database_is_reported_not_crashed(app_home: Path) -> None:
    db = app_home / "data" / "musrenbang.sqlite3"
    db.parent.mkdir(parents=True)
    db.write_bytes(b"%PDF-1.7 definitely not sqlite")
    result = run("ref", "stats", home=app_home)
    assert result.returncode == 1
    assert "rusak" in result.stderr and "Pulihkan" in result.stderr


@pytest.mark.slow
def test_usage_error_is_not_a_traceback(app_home: Path) -> None:
    result = run("ref", home=app_home)
    assert result.returncode == 2


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    (action,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_a_command_line_gets_the_same_command_parser_as_the_whole_parser() -> None:
    """`musrenbang score ...` builds the score module's parser only; it must be the one the whole
    parser holds, and the table must name every command each module adds."""
    whole = _commands(build_parser())
    assert list(whole) == [name for names in COMMAND_MODULES.values() for name in names]
    for module_names in COMMAND_MODULES.values():
        for name in module_names:
            alone = _commands(build_parser([name, "--help"]))
            assert list(alone) == list(module_names)
            assert alone[name].format_help() == whole[name].format_help()
    assert list(_commands(build_parser(["--help"]))) == list(whole)
    assert list(_commands(build_parser(["scor"]))) == list(whole)  # the error lists them all


# The other commands' machinery: loading any of it made `musrenbang score` take seconds.
NOT_FOR_SCORE = {"sqlalchemy", "sqlmodel", "alembic", "openpyxl", "reportlab", "PySide6"}
SCORE_PROBE = """
import sys
from app.cli import run
status = run(sys.argv[1:])
print(",".join(sorted({name.split(".")[0] for name in sys.modules})))
sys.exit(status)
"""


@pytest.mark.slow
def test_score_without_the_database_loads_none_of_the_other_commands(
    app_home: Path, tmp_path: Path
) -> None:
    src = tmp_path / "usulan.csv"
    src.write_text("id,text\n1,Semenisasi jalan gang RT 05\n", encoding="utf-8")
    args = ["score", str(src), "-o", str(tmp_path / "o.csv"), "--tanpa-basis-data"]
    result = subprocess.run(
        [sys.executable, "-c", SCORE_PROBE, *args],
        cwd=ROOT,
        env={**os.environ, "MUSRENBANG_HOME": str(app_home)},
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    loaded = set(result.stdout.strip().splitlines()[-1].split(","))
    assert "numpy" in loaded  # the probe did score
    assert loaded & NOT_FOR_SCORE == set()
