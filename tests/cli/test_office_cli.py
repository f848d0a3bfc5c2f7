"""``musrenbang office``, ``db backup --to`` and ``diagnostics`` as a person runs them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.cli.runner import run

pytestmark = pytest.mark.slow


def _proposals(home: Path) -> int:
    conn = sqlite3.connect(home / "data" / "musrenbang.sqlite3")
    try:
        return int(conn.execute("SELECT count(*) FROM proposal").fetchone()[0])
    finally:
        conn.close()


def test_office_export_then_import_on_another_laptop(tmp_path: Path) -> None:
    old, new = tmp_path / "lama", tmp_path / "baru"
    assert run("demo", home=old).returncode == 0
    target = tmp_path / "kantor.musrenbang"
    exported = run("office", "export", str(target), home=old)
    assert exported.returncode == 0, exported.stderr
    assert "SHA-256" in exported.stdout and target.is_file()
    assert "daftarkan laptop baru" in exported.stdout

    refused = run("office", "import", str(target), home=new)  # no terminal, no --yes
    assert refused.returncode == 1 and "--yes" in refused.stderr
    assert not (new / "data" / "musrenbang.sqlite3").exists()

    imported = run("office", "import", str(target), "--yes", home=new)
    assert imported.returncode == 0, imported.stderr
    assert "semua kode SHA-256 cocok" in imported.stdout and "Usulan: 150" in imported.stdout
    assert _proposals(new) == _proposals(old) == 150


def test_office_import_of_a_damaged_file_fails_cleanly(tmp_path: Path) -> None:
    broken = tmp_path / "rusak.musrenbang"
    broken.write_bytes(b"PK\x03\x04 bukan zip utuh")
    result = run("office", "import", str(broken), "--yes", home=tmp_path / "home")
    assert result.returncode == 1
    assert "rusak atau tidak lengkap" in result.stderr


def test_db_backup_to_a_folder_and_diagnostics(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert run("demo", home=home).returncode == 0
    usb = tmp_path / "flashdisk"
    usb.mkdir()
    backup = run("db", "backup", "--to", str(usb), home=home)
    assert backup.returncode == 0, backup.stderr
    assert len(list(usb.glob("musrenbang-*-manual.sqlite3"))) == 1
    missing = run("db", "backup", "--to", str(tmp_path / "tidak-ada"), home=home)
    assert missing.returncode == 1 and "tidak ada" in missing.stderr

    diagnosis = run("diagnostics", home=home)
    assert diagnosis.returncode == 0, diagnosis.stderr
    assert "quick_check): ok" in diagnosis.stdout
    assert "Antrean keluar" in diagnosis.stdout and "baris terakhir log" in diagnosis.stdout
