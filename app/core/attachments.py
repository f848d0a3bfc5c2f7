"""Attachments in a content-addressed store: ``attachments_dir()/<sha[:2]>/<sha256>``.

A file is hashed while it is copied into a temporary file in the store, flushed to disk, then
renamed into place (atomic); the same content is stored once however often it is attached.
The type is taken from the file's first bytes, never from its name: JPEG, PNG, PDF, XLSX and
DOCX are accepted. Removing an attachment soft-deletes its link (the removal syncs); the stored
file stays, since other proposals may share it.
"""

from __future__ import annotations

import hashlib
import os
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from app import paths
from app.core.audit import record_event
from app.errors import EnvironmentProblem, UserError
from app.models import Attachment, Proposal, ProposalAttachment
from app.models.db import read_session, write_session
from app.models.proposal import ATTACHMENT_KINDS
from common.i18n import N_, _

MB = 1024 * 1024
CHUNK = 1024 * 1024

MIME_JPEG = "image/jpeg"
MIME_PNG = "image/png"
MIME_PDF = "application/pdf"
MIME_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MIME_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
TYPE_LABELS = {
    MIME_JPEG: N_("foto JPEG"),
    MIME_PNG: N_("gambar PNG"),
    MIME_PDF: N_("PDF"),
    MIME_XLSX: N_("Excel (.xlsx)"),
    MIME_DOCX: N_("Word (.docx)"),
}
# Size limit by what the file is: photos 10 MB, documents 20 MB.
SIZE_LIMITS = {
    MIME_JPEG: 10 * MB,
    MIME_PNG: 10 * MB,
    MIME_PDF: 20 * MB,
    MIME_XLSX: 20 * MB,
    MIME_DOCX: 20 * MB,
}
# Which types each kind of attachment accepts.
KIND_TYPES: dict[str, frozenset[str]] = {
    "photo": frozenset({MIME_JPEG, MIME_PNG}),
    "letter": frozenset({MIME_PDF, MIME_JPEG, MIME_PNG, MIME_DOCX}),
    "rab": frozenset({MIME_PDF, MIME_XLSX, MIME_DOCX, MIME_JPEG, MIME_PNG}),
    "land_evidence": frozenset({MIME_PDF, MIME_JPEG, MIME_PNG}),
    "other": frozenset(SIZE_LIMITS),
}
KIND_LABELS = {
    "photo": N_("Foto lokasi"),
    "letter": N_("Surat usulan"),
    "rab": N_("Rencana anggaran biaya (RAB)"),
    "land_evidence": N_("Bukti status lahan"),
    "other": N_("Lainnya"),
}


@dataclass(frozen=True)
class AttachmentInfo:
    link_id: str
    proposal_id: str
    sha256: str
    kind: str
    original_name: str
    caption: str | None
    size: int
    mime_type: str
    path: Path


def stored_path(sha256: str) -> Path:
    return paths.attachments_dir() / sha256[:2] / sha256


def detect_type(head: bytes, path: Path | None = None) -> str | None:
    """The MIME type from the first bytes (and, for ZIP containers, the parts inside)."""
    if head.startswith(b"\xff\xd8\xff"):
        return MIME_JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return MIME_PNG
    if head.startswith(b"%PDF-"):
        return MIME_PDF
    if head.startswith(b"PK\x03\x04") and path is not None:
        try:
            with zipfile.ZipFile(path) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, OSError):
            return None
        if "xl/workbook.xml" in names:
            return MIME_XLSX
        if "word/document.xml" in names:
            return MIME_DOCX
    return None


def _too_big(name: str, size: int, limit: int, mime: str) -> UserError:
    return UserError(
        _("Berkas {name} terlalu besar: {size:.1f} MB; batas {type} adalah {limit} MB.").format(
            name=name, size=size / MB, type=_(TYPE_LABELS[mime]), limit=limit // MB
        ),
        hint=_(
            "Perkecil fotonya (mis. kirim ulang lewat WhatsApp atau ubah ukurannya) atau "
            "pindai dokumen dengan resolusi lebih rendah."
        ),
    )


def _copy_into_store(source: Path, limit: int, mime: str) -> tuple[str, int]:
    """Copy ``source`` into the store, hashing as it goes; returns (sha256, size)."""
    folder = paths.attachments_dir()
    digest = hashlib.sha256()
    size = 0
    tmp = folder / f".incoming-{os.getpid()}-{os.urandom(6).hex()}"
    try:
        with source.open("rb") as reader, tmp.open("wb") as writer:
            while chunk := reader.read(CHUNK):
                size += len(chunk)
                if size > limit:
                    raise _too_big(source.name, size, limit, mime)
                digest.update(chunk)
                writer.write(chunk)
            writer.flush()
            os.fsync(writer.fileno())
        sha = digest.hexdigest()
        target = stored_path(sha)
        if target.exists() and verify_attachment(sha) == "ok":
            return sha, size  # the same content is already stored
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(tmp, target)
        return sha, size
    except OSError as exc:
        raise EnvironmentProblem(
            _("Lampiran {name} tidak dapat disalin ({strerror}).").format(
                name=source.name, strerror=exc.strerror
            ),
            hint=_("Periksa ruang disk dan bahwa berkasnya tidak sedang dipindahkan."),
        ) from exc
    finally:
        tmp.unlink(missing_ok=True)


@dataclass(frozen=True)
class PendingFile:
    """A file chosen for a proposal that is not saved yet."""

    path: Path
    kind: str = "photo"
    caption: str | None = None


@dataclass(frozen=True)
class CheckedFile:
    """A file that passed the checks: it exists, its content is of a type its kind accepts,
    and it is within that type's size limit."""

    path: Path
    kind: str
    caption: str | None
    mime_type: str
    limit: int


def check_file(pending: PendingFile) -> CheckedFile:
    """Refuse a file that is missing, of an unknown type or a type its kind does not take,
    or too big; nothing is copied or written."""
    source = Path(pending.path)
    kind = pending.kind
    if kind not in ATTACHMENT_KINDS:
        raise UserError(_("Jenis lampiran '{kind}' tidak dikenal.").format(kind=kind))
    if not source.is_file():
        raise UserError(
            _("Berkas {source} tidak ditemukan.").format(source=source),
            hint=_("Pilih berkasnya lagi."),
        )
    with source.open("rb") as handle:
        head = handle.read(16)
    mime = detect_type(head, source)
    if mime is None:
        raise UserError(
            _("Berkas {name} bukan foto (JPEG/PNG), PDF, Excel (.xlsx) atau Word (.docx).").format(
                name=source.name
            ),
            hint=_("Simpan ulang dalam salah satu format itu; nama berkas saja tidak cukup."),
        )
    if mime not in KIND_TYPES[kind]:
        allowed = ", ".join(sorted(TYPE_LABELS[m] for m in KIND_TYPES[kind]))
        raise UserError(
            _("{kind} tidak dapat berupa {type} ({name}).").format(
                kind=_(KIND_LABELS[kind]), type=_(TYPE_LABELS[mime]), name=source.name
            ),
            hint=_("Jenis yang diterima: {allowed}; atau pilih jenis lampiran lain.").format(
                allowed=allowed
            ),
        )
    limit = SIZE_LIMITS[mime]
    size_now = source.stat().st_size
    if size_now > limit:
        raise _too_big(source.name, size_now, limit, mime)
    caption = (pending.caption or "").strip()[:500] or None
    return CheckedFile(source, kind, caption, mime, limit)


def check_files(pending: Sequence[PendingFile]) -> list[CheckedFile]:
    """Check every file before anything is saved; one refusal names each file that fails."""
    checked: list[CheckedFile] = []
    refused: list[UserError] = []
    for item in pending:
        try:
            checked.append(check_file(item))
        except UserError as exc:
            refused.append(exc)
    if len(refused) == 1:
        raise refused[0]
    if refused:
        raise UserError(
            f"{len(refused)} lampiran tidak dapat dipakai:\n  "
            + "\n  ".join(exc.message for exc in refused),
            hint=refused[0].hint,
        )
    return checked


@dataclass(frozen=True)
class StoredFile:
    """A checked file copied into the store, ready to be linked in a transaction."""

    checked: CheckedFile
    sha256: str
    size: int


def store_file(checked: CheckedFile) -> StoredFile:
    """Copy the file into the content-addressed store (outside any transaction: a copy that
    is never linked is harmless, the same content is stored once)."""
    sha, size = _copy_into_store(checked.path, checked.limit, checked.mime_type)
    return StoredFile(checked, sha, size)


def link_file(
    session: Session, proposal_id: str, stored: StoredFile, *, actor: str | None
) -> AttachmentInfo:
    """Link a stored file to the proposal in the caller's transaction (once per content)."""
    checked, sha, size = stored.checked, stored.sha256, stored.size
    if session.get(Attachment, sha) is None:
        session.add(Attachment(sha256=sha, size=size, mime_type=checked.mime_type))
    link = session.exec(
        select(ProposalAttachment).where(
            ProposalAttachment.proposal_id == proposal_id,
            ProposalAttachment.sha256 == sha,
            col(ProposalAttachment.deleted).is_(False),
        )
    ).first()
    if link is None:
        link = ProposalAttachment(
            proposal_id=proposal_id,
            sha256=sha,
            kind=checked.kind,
            original_name=checked.path.name[:255],
            caption=checked.caption,
        )
        session.add(link)
        session.flush()
        record_event(
            session,
            actor=actor,
            entity="proposal",
            entity_id=proposal_id,
            action="attach",
            after={"sha256": sha, "kind": checked.kind, "name": link.original_name, "size": size},
        )
    return AttachmentInfo(
        link.id,
        proposal_id,
        sha,
        link.kind,
        link.original_name,
        link.caption,
        size,
        checked.mime_type,
        stored_path(sha),
    )


def add_attachment(
    engine: Engine,
    proposal_id: str,
    source: Path,
    *,
    kind: str = "photo",
    caption: str | None = None,
    actor: str | None = None,
) -> AttachmentInfo:
    """Copy ``source`` into the store and link it to a saved proposal (once per content)."""
    stored = store_file(check_file(PendingFile(Path(source), kind, caption)))
    with write_session(engine) as session:
        proposal = session.get(Proposal, proposal_id)
        if proposal is None or proposal.deleted:
            raise UserError(_("Usulan tidak ditemukan."), hint=_("Muat ulang daftar usulan."))
        return link_file(session, proposal_id, stored, actor=actor)


def list_attachments(engine: Engine, proposal_id: str) -> list[AttachmentInfo]:
    with read_session(engine) as session:
        rows = session.exec(
            select(ProposalAttachment, Attachment)
            .join(Attachment, col(Attachment.sha256) == col(ProposalAttachment.sha256))
            .where(
                ProposalAttachment.proposal_id == proposal_id,
                col(ProposalAttachment.deleted).is_(False),
            )
            .order_by(col(ProposalAttachment.created_at))
        ).all()
        return [
            AttachmentInfo(
                link.id,
                link.proposal_id,
                link.sha256,
                link.kind,
                link.original_name,
                link.caption,
                blob.size,
                blob.mime_type,
                stored_path(link.sha256),
            )
            for link, blob in rows
        ]


def remove_attachment(engine: Engine, link_id: str, *, actor: str | None = None) -> None:
    """Soft-delete the link (the stored file stays: other links may use it)."""
    with write_session(engine) as session:
        link = session.get(ProposalAttachment, link_id)
        if link is None or link.deleted:
            return
        link.deleted = True
        session.add(link)
        record_event(
            session,
            actor=actor,
            entity="proposal",
            entity_id=link.proposal_id,
            action="detach",
            before={"sha256": link.sha256, "kind": link.kind, "name": link.original_name},
        )


def verify_attachment(sha256: str) -> str:
    """ "ok", "missing" or "corrupt": the stored file is re-hashed."""
    path = stored_path(sha256)
    if not path.is_file():
        return "missing"
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return "ok" if digest.hexdigest() == sha256 else "corrupt"
