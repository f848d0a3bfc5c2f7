"""Moving an office to a new laptop: one file, every member verified before anything changes."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from app import paths
from app.core.attachments import add_attachment, stored_path
from app.core.database import open_database
from app.core.office_transfer import (
    MANIFEST,
    check_transfer,
    export_office,
    import_office,
    sidecar_path,
)
from app.errors import UserError
from app.models import Proposal
from app.models.db import read_session, write_session
from app.paths import HOME_ENV
from app.sync.credentials import FileStore
from app.sync.settings import SyncConfig, save_config

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"foto kantor" * 300
PDF = b"%PDF-1.7\n" + b"surat usulan" * 300
TOKEN = "rahasia-refresh-token-123"


def _counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
                " AND name NOT LIKE 'proposal_fts%'"
            )
        ]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _tree(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): _sha(p)
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "backups" not in p.parts
    }


@pytest.fixture
def office(demo_engine: Engine, tmp_path: Path) -> Engine:
    with read_session(demo_engine) as session:
        pids = session.exec(select(Proposal.id).limit(2)).all()
    (tmp_path / "foto.jpg").write_bytes(JPEG)
    (tmp_path / "surat.pdf").write_bytes(PDF)
    add_attachment(demo_engine, pids[0], tmp_path / "foto.jpg", kind="photo")
    add_attachment(demo_engine, pids[1], tmp_path / "surat.pdf", kind="letter")
    with write_session(demo_engine) as session:
        save_config(session, SyncConfig("https://server.example", "device-lama", "64.02.01"))
    FileStore().set("https://server.example|device-lama", TOKEN)
    (paths.config_dir() / "logo-kabupaten.png").write_bytes(b"\x89PNG\r\n\x1a\nlogo")
    return demo_engine


def _fresh_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> Path:
    home = tmp_path / name
    monkeypatch.setenv(HOME_ENV, str(home))
    return home


def test_round_trip_into_a_fresh_laptop(
    office: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old_db = paths.database_path()
    before = _counts(old_db)
    originals = {
        sha: stored_path(sha).read_bytes()
        for sha in (hashlib.sha256(JPEG).hexdigest(), hashlib.sha256(PDF).hexdigest())
    }
    (tmp_path / "pindah").mkdir()
    result = export_office(tmp_path / "pindah" / "kantor", db_path=old_db)
    assert result.path.name == "kantor.musrenbang"
    assert result.attachments == 2 and not result.missing_attachments
    assert sidecar_path(result.path).read_text().split()[0] == _sha(result.path)
    raw = result.path.read_bytes()
    assert TOKEN.encode() not in raw
    with zipfile.ZipFile(result.path) as archive:
        assert not any("credential" in name for name in archive.namelist())
        manifest = json.loads(archive.read(MANIFEST))
    assert manifest["server_url"] == "https://server.example"

    _fresh_home(tmp_path, monkeypatch, "laptop-baru")
    new_db = paths.database_path()
    assert not new_db.exists()
    check = check_transfer(result.path)
    assert check.preview.kecamatan_code is not None
    assert check.preview.proposals == before["proposal"]
    imported = import_office(result.path)
    assert imported.safety_backup is None and imported.attachments_added == 2
    assert any("didaftarkan ulang" in note for note in imported.notes)
    for sha, content in originals.items():
        assert stored_path(sha).read_bytes() == content
    assert (paths.config_dir() / "logo-kabupaten.png").read_bytes().startswith(b"\x89PNG")
    assert not (paths.config_dir() / "sync-credentials.json").exists()
    after = _counts(new_db)
    assert after.pop("app_setting") == before.pop("app_setting") - 1  # the device identity
    assert after == before
    db = open_database()
    try:
        with read_session(db.engine) as session:
            from app.sync.settings import load_config

            assert load_config(session) is None  # a moved office enrols again
    finally:
        db.engine.dispose()


def _export(office: Engine, tmp_path: Path) -> Path:
    return export_office(tmp_path / "kantor.musrenbang", db_path=paths.database_path()).path


def _rewrite(source: Path, target: Path, change: str) -> None:
    """Copy the archive, altering one attachment's bytes but keeping the manifest."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = old.read(info.filename)
            if info.filename == change:
                data = data[:-1] + bytes([data[-1] ^ 1])
            new.writestr(info, data)


@pytest.fixture
def other_laptop(office: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Export from the office, then switch to a second laptop with its own office data."""
    path = _export(office, tmp_path)
    _fresh_home(tmp_path, monkeypatch, "laptop-lain")
    db = open_database()
    db.engine.dispose()
    (paths.attachments_dir() / "ab").mkdir(parents=True)
    (paths.attachments_dir() / "ab" / "ab12").write_bytes(b"lampiran lain")
    return path


def _refused(path: Path) -> None:
    home = paths.data_dir()
    before = _tree(home)
    config_before = _tree(paths.config_dir())
    with pytest.raises(UserError) as caught:
        import_office(path)
    assert "Tidak ada data yang diubah" in caught.value.message or "bukan" in caught.value.message
    assert _tree(home) == before
    assert _tree(paths.config_dir()) == config_before
    assert not list(home.glob(".import-*"))
    assert not list(paths.backup_dir().glob("*before-import*"))


def test_a_tampered_attachment_is_refused_and_nothing_changes(
    other_laptop: Path, tmp_path: Path
) -> None:
    with zipfile.ZipFile(other_laptop) as archive:
        member = next(n for n in archive.namelist() if n.startswith("attachments/"))
    tampered = tmp_path / "diubah.musrenbang"
    _rewrite(other_laptop, tampered, member)
    _refused(tampered)
    with pytest.raises(UserError, match="berbeda dari kode SHA-256"):
        check_transfer(tampered)


def test_a_tampered_database_is_refused(other_laptop: Path, tmp_path: Path) -> None:
    tampered = tmp_path / "db-diubah.musrenbang"
    _rewrite(other_laptop, tampered, "database.sqlite3")
    _refused(tampered)


def test_a_truncated_file_is_refused_and_nothing_changes(
    other_laptop: Path, tmp_path: Path
) -> None:
    truncated = tmp_path / "terpotong.musrenbang"
    data = other_laptop.read_bytes()
    truncated.write_bytes(data[: len(data) // 2])
    _refused(truncated)


def test_a_file_differing_from_its_sha256_sidecar_is_refused(other_laptop: Path) -> None:
    sidecar = sidecar_path(other_laptop)
    sidecar.write_text("0" * 64 + "  kantor.musrenbang\n")
    _refused(other_laptop)


def test_an_unrelated_zip_is_not_a_transfer_file(other_laptop: Path, tmp_path: Path) -> None:
    other = tmp_path / "lain.musrenbang"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("isi.txt", "bukan data kantor")
    _refused(other)


def test_import_over_an_office_keeps_the_current_one_as_backup(other_laptop: Path) -> None:
    old = _sha(paths.database_path())
    result = import_office(other_laptop)
    assert result.safety_backup is not None and "before-import" in result.safety_backup.path.name
    assert result.replaced_file is not None and _sha(result.replaced_file) == old
    assert (paths.attachments_dir() / "ab" / "ab12").read_bytes() == b"lampiran lain"
