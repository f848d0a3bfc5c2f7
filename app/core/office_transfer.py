"""Moving an office to another laptop: the whole office data in one ``.musrenbang`` file.

The file is a ZIP holding a consistent snapshot of the database (``VACUUM INTO``), every stored
attachment (``attachments/<sha[:2]>/<sha256>``), the letterhead logo when one is set, and
``manifest.json`` listing each member with its size and SHA-256 plus ``content_sha256``, one hash
over that whole list. The SHA-256 of the file itself is written beside it
(``<file>.sha256``) and shown to the person, so the copy on the new laptop can be compared.

Importing checks every member against the manifest (and every attachment against its own name)
while extracting into a staging folder; only when all of it is right is anything replaced, and
the current database is backed up first.

The sync device identity is taken out of the snapshot and the refresh token never was in the
database (it lives in the OS keyring): a moved office enrols again on the new laptop.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, Protocol

from app import __version__, paths
from app.core.attachments import stored_path, verify_attachment
from app.core.backup_service import BackupPreview, preview_backup
from app.core.progress import CancelCheck, Progress
from app.errors import Cancelled, EnvironmentProblem, UserError
from app.models.backup import BackupInfo, backup_database, restore_backup
from app.models.health import check_database_file
from common.i18n import _

log = logging.getLogger(__name__)

FORMAT = "musrenbang-office"
FORMAT_VERSION = 1
SUFFIX = ".musrenbang"
MANIFEST = "manifest.json"
DB_MEMBER = "database.sqlite3"
ATTACHMENT_PREFIX = "attachments/"
CONFIG_PREFIX = "config/"
LOGO_NAMES = ("logo-kabupaten.png", "logo-kabupaten.jpg", "logo-kabupaten.jpeg")
# AppSetting rows that identify this laptop to the sync server: never moved.
DEVICE_SETTINGS = ("sync",)
CHUNK = 1024 * 1024


def _no_progress(_done: int, _total: int) -> None:
    return None


def _never() -> bool:
    return False


@dataclass(frozen=True)
class Member:
    name: str
    size: int
    sha256: str


@dataclass
class TransferManifest:
    created_at: str
    app_version: str
    members: list[Member]
    content_sha256: str
    kecamatan_code: str | None = None
    kecamatan_name: str | None = None
    server_url: str | None = None

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
                "created_at": self.created_at,
                "app_version": self.app_version,
                "kecamatan_code": self.kecamatan_code,
                "kecamatan_name": self.kecamatan_name,
                "server_url": self.server_url,
                "members": [
                    {"name": m.name, "size": m.size, "sha256": m.sha256} for m in self.members
                ],
                "content_sha256": self.content_sha256,
            },
            ensure_ascii=False,
            indent=2,
        )


@dataclass
class ExportResult:
    path: Path
    size: int
    file_sha256: str
    attachments: int
    missing_attachments: list[str]
    preview: BackupPreview


@dataclass
class TransferCheck:
    """A verified transfer file: what it holds, before anything is replaced."""

    path: Path
    size: int
    file_sha256: str
    manifest: TransferManifest
    preview: BackupPreview
    attachments: int
    has_logo: bool


@dataclass
class ImportResult:
    check: TransferCheck
    safety_backup: BackupInfo | None
    replaced_file: Path | None
    attachments_added: int
    attachments_present: int
    notes: list[str] = field(default_factory=list)


def content_digest(members: list[Member]) -> str:
    """One hash over every member's name, size and hash, in name order."""
    digest = hashlib.sha256()
    for member in sorted(members, key=lambda m: m.name):
        digest.update(f"{member.name}\t{member.size}\t{member.sha256}\n".encode())
    return digest.hexdigest()


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.name + ".sha256")


def _logo_file() -> Path | None:
    for name in LOGO_NAMES:
        candidate = paths.config_dir() / name
        if candidate.is_file():
            return candidate
    return None


def _snapshot(db_path: Path, target: Path) -> None:
    try:
        with sqlite3.connect(db_path) as conn:
            conn.execute("VACUUM INTO ?", (str(target),))
        conn.close()
        with sqlite3.connect(target) as snap:
            marks = ",".join("?" for _ in DEVICE_SETTINGS)
            snap.execute(f"DELETE FROM app_setting WHERE key IN ({marks})", DEVICE_SETTINGS)
        snap.close()
    except sqlite3.Error as exc:
        raise EnvironmentProblem(
            _("Salinan basis data tidak dapat dibuat ({exc}).").format(exc=exc),
            hint=_("Periksa ruang kosong di disk laptop, lalu coba lagi."),
        ) from exc


def _server_url(db_path: Path) -> str | None:
    try:
        conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value_json FROM app_setting WHERE key='sync'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    if not row:
        return None
    value = json.loads(row[0]).get("server_url")
    return str(value) if value else None


def _attachment_hashes(snapshot: Path) -> list[str]:
    conn = sqlite3.connect(snapshot)
    try:
        return sorted(str(r[0]) for r in conn.execute("SELECT sha256 FROM attachment"))
    finally:
        conn.close()


class _Writer(Protocol):
    def write(self, data: bytes, /) -> int: ...


def _copy_hashing(
    source: IO[bytes], target: _Writer, step: Callable[[int], None], cancelled: CancelCheck
) -> tuple[int, str]:
    digest = hashlib.sha256()
    size = 0
    while chunk := source.read(CHUNK):
        if cancelled():
            raise Cancelled()
        digest.update(chunk)
        target.write(chunk)
        size += len(chunk)
        step(len(chunk))
    return size, digest.hexdigest()


def export_office(
    target: Path,
    *,
    db_path: Path | None = None,
    progress: Progress = _no_progress,
    cancelled: CancelCheck = _never,
) -> ExportResult:
    """Write the whole office (database, attachments, logo) to ``target``."""
    db_path = db_path or paths.database_path()
    if target.suffix.lower() != SUFFIX:
        target = target.with_name(target.name + SUFFIX)
    if not db_path.exists() or db_path.stat().st_size == 0:
        raise UserError(
            _("Belum ada data kantor untuk dipindahkan."), hint=_("Siapkan kantor lebih dulu.")
        )
    if not target.parent.is_dir():
        raise UserError(
            _("Folder {parent} tidak ada.").format(parent=target.parent),
            hint=_("Pasang flashdisk-nya atau pilih folder lain."),
        )
    check_database_file(db_path)
    partial = target.with_name(target.name + ".partial")
    with tempfile.TemporaryDirectory(prefix="musrenbang-export-") as work:
        snapshot = Path(work) / DB_MEMBER
        _snapshot(db_path, snapshot)
        preview = preview_backup(snapshot)
        wanted = _attachment_hashes(snapshot)
        present: list[str] = []
        missing: list[str] = []
        for sha in wanted:
            (present if verify_attachment(sha) == "ok" else missing).append(sha)
        logo = _logo_file()
        sources: list[tuple[str, Path, int]] = [(DB_MEMBER, snapshot, zipfile.ZIP_DEFLATED)]
        sources += [
            (f"{ATTACHMENT_PREFIX}{sha[:2]}/{sha}", stored_path(sha), zipfile.ZIP_STORED)
            for sha in present
        ]
        if logo is not None:
            sources.append((CONFIG_PREFIX + logo.name, logo, zipfile.ZIP_STORED))
        total = sum(path.stat().st_size for _name, path, _c in sources)
        done = 0

        def step(count: int) -> None:
            nonlocal done
            done += count
            progress(done, total)

        members: list[Member] = []
        try:
            with zipfile.ZipFile(partial, "w", allowZip64=True) as archive:
                for name, path, compression in sources:
                    info = zipfile.ZipInfo(name, date_time=datetime.now(UTC).timetuple()[:6])
                    info.compress_type = compression
                    with path.open("rb") as reader, archive.open(info, "w", force_zip64=True) as w:
                        size, sha = _copy_hashing(reader, w, step, cancelled)
                    members.append(Member(name, size, sha))
                manifest = TransferManifest(
                    created_at=datetime.now(UTC).isoformat(timespec="seconds"),
                    app_version=__version__,
                    members=members,
                    content_sha256=content_digest(members),
                    kecamatan_code=preview.kecamatan_code,
                    kecamatan_name=preview.kecamatan_name,
                    server_url=_server_url(db_path),
                )
                archive.writestr(MANIFEST, manifest.to_json(), zipfile.ZIP_DEFLATED)
            with partial.open("rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(partial, target)
        except BaseException as exc:
            partial.unlink(missing_ok=True)
            if isinstance(exc, OSError):
                raise EnvironmentProblem(
                    _("Berkas pindahan tidak dapat ditulis ke {parent} ({strerror}).").format(
                        parent=target.parent, strerror=exc.strerror
                    ),
                    hint=_("Periksa ruang kosong di flashdisk/disk tujuan, lalu coba lagi."),
                ) from exc
            raise
    whole = file_sha256(target)
    sidecar_path(target).write_text(f"{whole}  {target.name}\n", encoding="utf-8")
    log.info("office exported to %s (%s attachments, sha256 %s)", target, len(present), whole)
    if missing:
        log.warning("attachments missing or damaged, not exported: %s", ", ".join(missing))
    return ExportResult(target, target.stat().st_size, whole, len(present), missing, preview)


# ---------------------------------------------------------------- reading and checking


def _damaged(path: Path, why: str) -> UserError:
    return UserError(
        _("Berkas {name} rusak atau tidak lengkap: {why}. Tidak ada data yang diubah.").format(
            name=path.name, why=why
        ),
        hint=_(
            "Salin ulang berkasnya dari laptop lama (periksa kode SHA-256-nya sama), "
            "lalu coba lagi."
        ),
    )


def _read_manifest(path: Path, archive: zipfile.ZipFile) -> TransferManifest:
    try:
        raw: Any = json.loads(archive.read(MANIFEST).decode("utf-8"))
    except KeyError:
        raise UserError(
            _("Berkas {name} bukan berkas pindahan Musrenbang (tanpa manifest).").format(
                name=path.name
            ),
            hint=_("Pilih berkas .musrenbang yang dibuat lewat Pengaturan → Pindah laptop."),
        ) from None
    except (ValueError, zipfile.BadZipFile, OSError) as exc:
        raise _damaged(path, f"manifest tidak terbaca ({exc})") from exc
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise UserError(
            _("Berkas {name} bukan berkas pindahan Musrenbang.").format(name=path.name),
            hint=_("Pilih berkas .musrenbang yang dibuat lewat Pengaturan → Pindah laptop."),
        )
    if int(raw.get("format_version", 0)) > FORMAT_VERSION:
        raise UserError(
            _("Berkas {name} dibuat oleh versi aplikasi yang lebih baru ({get}).").format(
                name=path.name, get=raw.get("app_version")
            ),
            hint=_("Pasang versi aplikasi yang sama atau lebih baru di laptop ini dulu."),
        )
    try:
        members = [Member(str(m["name"]), int(m["size"]), str(m["sha256"])) for m in raw["members"]]
        return TransferManifest(
            created_at=str(raw["created_at"]),
            app_version=str(raw.get("app_version", "")),
            members=members,
            content_sha256=str(raw["content_sha256"]),
            kecamatan_code=raw.get("kecamatan_code"),
            kecamatan_name=raw.get("kecamatan_name"),
            server_url=raw.get("server_url"),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise _damaged(path, "isi manifest tidak lengkap") from exc


def _check_layout(path: Path, archive: zipfile.ZipFile, manifest: TransferManifest) -> None:
    if content_digest(manifest.members) != manifest.content_sha256:
        raise _damaged(path, "daftar isi tidak cocok dengan kodenya")
    names = [m.name for m in manifest.members]
    if DB_MEMBER not in names or len(set(names)) != len(names):
        raise _damaged(path, "basis data tidak ada di dalamnya")
    stored = set(archive.namelist()) - {MANIFEST}
    if stored != set(names):
        raise _damaged(path, "isi berkas tidak sama dengan daftar isinya")
    for member in manifest.members:
        if member.name.startswith(ATTACHMENT_PREFIX):
            sha = member.name.rsplit("/", 1)[-1]
            if member.name != f"{ATTACHMENT_PREFIX}{sha[:2]}/{sha}" or sha != member.sha256:
                raise _damaged(path, f"lampiran {member.name} tidak sesuai namanya")
        elif member.name != DB_MEMBER and not (
            member.name.startswith(CONFIG_PREFIX)
            and member.name[len(CONFIG_PREFIX) :] in LOGO_NAMES
        ):
            raise _damaged(path, f"anggota tak dikenal {member.name}")


@contextmanager
def _open_archive(path: Path) -> Iterator[zipfile.ZipFile]:
    if not path.is_file():
        raise UserError(
            _("Berkas {path} tidak ditemukan.").format(path=path), hint=_("Pilih berkasnya lagi.")
        )
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise _damaged(path, "bukan ZIP yang utuh (mungkin terpotong saat disalin)") from exc
    with archive:
        yield archive


def _verify_members(
    path: Path,
    archive: zipfile.ZipFile,
    manifest: TransferManifest,
    staging: Path | None,
    progress: Progress,
    cancelled: CancelCheck,
) -> None:
    """Hash every member (writing it under ``staging`` when given); raise on the first that
    differs from the manifest."""
    total = sum(m.size for m in manifest.members)
    done = 0

    def step(count: int) -> None:
        nonlocal done
        done += count
        progress(done, total)

    for member in manifest.members:
        try:
            with archive.open(member.name) as reader:
                if staging is None:
                    size, sha = _copy_hashing(reader, _Discard(), step, cancelled)
                else:
                    out = staging / member.name
                    out.parent.mkdir(parents=True, exist_ok=True)
                    with out.open("wb") as writer:
                        size, sha = _copy_hashing(reader, writer, step, cancelled)
        except (zipfile.BadZipFile, EOFError, OSError, zipfile.LargeZipFile) as exc:
            if isinstance(exc, OSError) and staging is not None and exc.errno is not None:
                raise EnvironmentProblem(
                    _("Data tidak dapat disiapkan di laptop ini ({strerror}).").format(
                        strerror=exc.strerror
                    ),
                    hint=_("Periksa ruang kosong di disk laptop, lalu coba lagi."),
                ) from exc
            raise _damaged(path, f"{member.name} tidak terbaca ({exc})") from exc
        if size != member.size or sha != member.sha256:
            raise _damaged(path, f"isi {member.name} berbeda dari kode SHA-256-nya")


class _Discard:
    def write(self, data: bytes) -> int:
        return len(data)


def _check_sidecar(path: Path) -> str:
    whole = file_sha256(path)
    sidecar = sidecar_path(path)
    if sidecar.is_file():
        expected = sidecar.read_text(encoding="utf-8").split()[:1]
        if expected and expected[0].lower() != whole:
            raise _damaged(
                path, "kode SHA-256 berkas tidak sama dengan berkas .sha256 di sebelahnya"
            )
    return whole


def _check_schema(path: Path, preview: BackupPreview) -> None:
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    from app.models.migrate import alembic_config

    if preview.schema_revision is None:
        return
    try:
        known = ScriptDirectory.from_config(alembic_config()).get_revision(preview.schema_revision)
    except CommandError:
        known = None
    if known is None:
        raise UserError(
            _("Data di {name} berasal dari versi aplikasi yang lebih baru.").format(name=path.name),
            hint=_("Pasang versi aplikasi yang sama dengan laptop lama, lalu impor lagi."),
        )


def check_transfer(
    path: Path, *, progress: Progress = _no_progress, cancelled: CancelCheck = _never
) -> TransferCheck:
    """Verify every hash of a transfer file and say what it holds; changes nothing."""
    whole = _check_sidecar(path)
    with _open_archive(path) as archive:
        manifest = _read_manifest(path, archive)
        _check_layout(path, archive, manifest)
        _verify_members(path, archive, manifest, None, progress, cancelled)
        with tempfile.TemporaryDirectory(prefix="musrenbang-check-") as work:
            db = Path(work) / DB_MEMBER
            with archive.open(DB_MEMBER) as reader, db.open("wb") as writer:
                shutil.copyfileobj(reader, writer, CHUNK)
            preview = _preview_office(path, db)
    preview.path, preview.size = path, path.stat().st_size
    return _summary(path, whole, manifest, preview)


def _preview_office(path: Path, db: Path) -> BackupPreview:
    try:
        check_database_file(db)
    except EnvironmentProblem as exc:
        raise _damaged(path, "basis data di dalamnya rusak") from exc
    preview = preview_backup(db)
    if preview.kecamatan_code is None:
        raise UserError(
            _("Berkas {name} tidak berisi data kantor (identitas kecamatan kosong).").format(
                name=path.name
            ),
            hint=_("Ekspor ulang dari laptop lama setelah kantornya disiapkan."),
        )
    _check_schema(path, preview)
    return preview


def _summary(
    path: Path, whole: str, manifest: TransferManifest, preview: BackupPreview
) -> TransferCheck:
    return TransferCheck(
        path=path,
        size=path.stat().st_size,
        file_sha256=whole,
        manifest=manifest,
        preview=preview,
        attachments=sum(1 for m in manifest.members if m.name.startswith(ATTACHMENT_PREFIX)),
        has_logo=any(m.name.startswith(CONFIG_PREFIX) for m in manifest.members),
    )


def import_office(
    path: Path,
    *,
    db_path: Path | None = None,
    progress: Progress = _no_progress,
    cancelled: CancelCheck = _never,
) -> ImportResult:
    """Replace this laptop's office data with the file's, after verifying all of it.

    The caller must have closed its connections to the database first. The current database is
    backed up to the default backup folder and also kept beside it, renamed."""
    db_path = db_path or paths.database_path()
    whole = _check_sidecar(path)
    staging = Path(tempfile.mkdtemp(prefix=".import-", dir=paths.data_dir()))
    try:
        with _open_archive(path) as archive:
            manifest = _read_manifest(path, archive)
            _check_layout(path, archive, manifest)
            _verify_members(path, archive, manifest, staging, progress, cancelled)
        preview = _preview_office(path, staging / DB_MEMBER)
        preview.path, preview.size = path, path.stat().st_size
        check = _summary(path, whole, manifest, preview)
        if cancelled():
            raise Cancelled()
        # Everything verified: from here on the office's data is replaced.
        safety: BackupInfo | None = None
        if db_path.exists() and db_path.stat().st_size > 0:
            safety = backup_database(
                db_path, paths.backup_dir(), reason="before-import", prune=False
            )
        added = present = 0
        for member in manifest.members:
            if not member.name.startswith(ATTACHMENT_PREFIX):
                continue
            sha = member.sha256
            if verify_attachment(sha) == "ok":
                present += 1
                continue
            target = stored_path(sha)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staging / member.name, target)
            added += 1
        notes: list[str] = []
        logos = [m for m in manifest.members if m.name.startswith(CONFIG_PREFIX)]
        if logos:
            for name in LOGO_NAMES:
                (paths.config_dir() / name).unlink(missing_ok=True)
            logo_name = logos[0].name[len(CONFIG_PREFIX) :]
            shutil.copyfile(staging / logos[0].name, paths.config_dir() / logo_name)
            notes.append("Logo kop surat ikut dipindahkan.")
        replaced = restore_backup(staging / DB_MEMBER, db_path)
        if manifest.server_url:
            notes.append(
                f"Laptop ini perlu didaftarkan ulang ke server {manifest.server_url} "
                "(halaman Sinkronisasi)."
            )
        log.info(
            "office imported from %s (%s attachments added, %s present; safety copy %s)",
            path,
            added,
            present,
            safety and safety.path,
        )
        return ImportResult(check, safety, replaced, added, present, notes)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
