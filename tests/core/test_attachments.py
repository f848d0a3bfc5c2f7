"""Attachments: content-addressed copies, dedupe, type by magic bytes, size limits, removal."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from app import paths
from app.core.attachments import (
    MB,
    add_attachment,
    detect_type,
    list_attachments,
    remove_attachment,
    stored_path,
    verify_attachment,
)
from app.errors import UserError
from app.models import Attachment, OutboxEntry, Proposal
from app.models.db import read_session

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"foto" * 100
PDF = b"%PDF-1.7\n" + b"isi surat" * 100


def _proposal(engine: Engine) -> str:
    with read_session(engine) as session:
        return session.exec(select(Proposal.id)).first() or ""


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _office_zip(path: Path, inner: str) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(inner, "<x/>")
    return _write(path, buffer.getvalue())


def test_a_photo_is_stored_by_its_hash_once(demo_engine: Engine, tmp_path: Path) -> None:
    pid = _proposal(demo_engine)
    source = _write(tmp_path / "jalan.jpg", JPEG)
    first = add_attachment(
        demo_engine, pid, source, kind="photo", caption="Kondisi jalan", actor="op"
    )
    sha = hashlib.sha256(JPEG).hexdigest()
    assert first.sha256 == sha and first.path == paths.attachments_dir() / sha[:2] / sha
    assert first.path.read_bytes() == JPEG and first.mime_type == "image/jpeg"
    # The same content again (another name): no second copy, no second link.
    again = add_attachment(demo_engine, pid, _write(tmp_path / "salinan.jpeg", JPEG), kind="photo")
    assert again.link_id == first.link_id
    assert [a.caption for a in list_attachments(demo_engine, pid)] == ["Kondisi jalan"]
    stored = [p for p in paths.attachments_dir().rglob("*") if p.is_file()]
    assert stored == [first.path]  # no temporary files left behind
    assert verify_attachment(sha) == "ok"
    with read_session(demo_engine) as session:
        assert session.get(Attachment, sha) is not None
        assert (
            session.exec(select(OutboxEntry).where(OutboxEntry.entity == "proposal_attachment"))
            .one()
            .op
            == "insert"
        )


def test_types_come_from_the_bytes_not_the_name(demo_engine: Engine, tmp_path: Path) -> None:
    pid = _proposal(demo_engine)
    fake = _write(tmp_path / "foto.jpg", b"MZ\x90\x00 this is a program")
    with pytest.raises(UserError, match="bukan foto"):
        add_attachment(demo_engine, pid, fake, kind="photo")
    pdf = _write(tmp_path / "surat.jpg", PDF)  # a PDF named .jpg
    with pytest.raises(UserError, match="Foto lokasi tidak dapat berupa PDF"):
        add_attachment(demo_engine, pid, pdf, kind="photo")
    assert add_attachment(demo_engine, pid, pdf, kind="letter").mime_type == "application/pdf"
    xlsx = _office_zip(tmp_path / "rab.xlsx", "xl/workbook.xml")
    docx = _office_zip(tmp_path / "surat.docx", "word/document.xml")
    assert detect_type(xlsx.read_bytes()[:16], xlsx) is not None
    assert add_attachment(demo_engine, pid, xlsx, kind="rab").mime_type.endswith("sheet")
    assert add_attachment(demo_engine, pid, docx, kind="letter").mime_type.endswith("document")
    other_zip = _office_zip(tmp_path / "arsip.xlsx", "random.txt")
    with pytest.raises(UserError):
        add_attachment(demo_engine, pid, other_zip, kind="other")
    assert not [p for p in paths.attachments_dir().rglob("*") if p.name.startswith(".incoming")]


def test_size_limits_by_type(demo_engine: Engine, tmp_path: Path) -> None:
    pid = _proposal(demo_engine)
    photo = tmp_path / "besar.jpg"
    with photo.open("wb") as handle:
        handle.write(JPEG)
        handle.truncate(10 * MB + 1)
    with pytest.raises(UserError) as caught:
        add_attachment(demo_engine, pid, photo, kind="photo")
    assert "terlalu besar" in caught.value.message and "10 MB" in caught.value.message
    pdf = tmp_path / "besar.pdf"
    with pdf.open("wb") as handle:
        handle.write(PDF)
        handle.truncate(15 * MB)
    assert add_attachment(demo_engine, pid, pdf, kind="letter").size == 15 * MB  # under 20 MB
    assert list(paths.attachments_dir().rglob("*.jpg")) == []


def test_remove_soft_deletes_the_link_and_verify_finds_damage(
    demo_engine: Engine, tmp_path: Path
) -> None:
    pid = _proposal(demo_engine)
    info = add_attachment(
        demo_engine,
        pid,
        _write(tmp_path / "a.png", b"\x89PNG\r\n\x1a\n" + b"px" * 50),
        kind="photo",
    )
    remove_attachment(demo_engine, info.link_id, actor="op")
    assert list_attachments(demo_engine, pid) == []
    assert stored_path(info.sha256).exists()  # the content stays for other links
    stored_path(info.sha256).write_bytes(b"rusak")
    assert verify_attachment(info.sha256) == "corrupt"
    stored_path(info.sha256).unlink()
    assert verify_attachment(info.sha256) == "missing"
