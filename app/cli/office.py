"""``musrenbang office``: move the whole office (data, attachments, logo) to another laptop."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app import paths
from app.core.backup_service import format_size
from app.core.database import open_database
from app.core.office_transfer import TransferCheck, check_transfer, export_office, import_office
from app.core.workflow import STATUS_LABELS
from app.errors import UserError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "office", help="Pindah laptop: ekspor/impor seluruh data kantor dalam satu berkas."
    )
    commands = parser.add_subparsers(dest="office_command", metavar="AKSI", required=True)
    export = commands.add_parser(
        "export", help="Simpan seluruh data kantor ke satu berkas .musrenbang."
    )
    export.add_argument("file", type=Path, metavar="BERKAS", help="berkas tujuan (.musrenbang)")
    export.set_defaults(handler=_export)
    imp = commands.add_parser(
        "import", help="Ganti data kantor di laptop ini dengan isi berkas .musrenbang."
    )
    imp.add_argument("file", type=Path, metavar="BERKAS", help="berkas .musrenbang")
    imp.add_argument("--yes", action="store_true", help="jangan tanya konfirmasi")
    imp.set_defaults(handler=_import)


def _describe(check: TransferCheck) -> list[str]:
    preview = check.preview
    name = preview.kecamatan_name or preview.kecamatan_code or "-"
    lines = [
        f"Kantor: Kecamatan {name} ({preview.kecamatan_code or '-'})"
        + (" — DATA DEMO" if preview.is_demo else ""),
        f"Dibuat: {check.manifest.created_at} dengan versi aplikasi {check.manifest.app_version}",
        f"Tahun perencanaan: {', '.join(str(y) for y in preview.years) or '-'}",
        f"Usulan: {preview.proposals}",
    ]
    for status, count in sorted(preview.proposals_by_status.items()):
        lines.append(f"  {STATUS_LABELS.get(status, status)}: {count}")
    lines += [
        f"Sesi forum: {preview.forum_sessions}",
        f"Lampiran: {check.attachments}",
        f"Perubahan terakhir: {preview.last_change:%Y-%m-%d %H:%M} UTC"
        if preview.last_change
        else "Perubahan terakhir: -",
        f"SHA-256 berkas: {check.file_sha256}",
    ]
    return lines


def _export(args: argparse.Namespace) -> int:
    db_path = paths.database_path()
    if not db_path.exists():
        raise UserError(
            "Belum ada data kantor di laptop ini.", hint="Buka aplikasinya atau siapkan kantor."
        )
    open_database(db_path).engine.dispose()  # the schema is current before it is moved
    result = export_office(args.file, db_path=db_path)
    print(f"Data kantor disimpan ke {result.path} ({format_size(result.size)}).")
    print(f"Lampiran: {result.attachments}")
    if result.missing_attachments:
        print(
            f"Peringatan: {len(result.missing_attachments)} lampiran tidak ditemukan atau rusak "
            "di laptop ini dan tidak ikut."
        )
    print(f"SHA-256: {result.file_sha256} (juga di {result.path.name}.sha256)")
    print("Kredensial sinkronisasi tidak ikut: daftarkan laptop baru ke server lagi setelah impor.")
    return 0


def _import(args: argparse.Namespace) -> int:
    check = check_transfer(args.file)
    print("Berkas utuh; semua kode SHA-256 cocok.")
    for line in _describe(check):
        print(line)
    if not args.yes:
        if not sys.stdin.isatty():
            raise UserError(
                "Impor mengganti data kantor di laptop ini; konfirmasi diperlukan.",
                hint="Tambahkan --yes untuk melanjutkan tanpa pertanyaan.",
            )
        answer = input("Ganti data kantor di laptop ini dengan isi berkas ini? [y/N] ")
        if answer.strip().lower() not in ("y", "ya", "yes"):
            print("Dibatalkan; tidak ada yang diubah.")
            return 1
    result = import_office(args.file)
    db = open_database()
    db.engine.dispose()
    print(f"Data kantor diimpor ke {db.path}.")
    print(
        f"Lampiran: {result.attachments_added} ditambahkan, {result.attachments_present} sudah ada."
    )
    if result.safety_backup is not None:
        print(f"Data lama dicadangkan di {result.safety_backup.path}.")
    for note in result.notes:
        print(note)
    print("Kredensial sinkronisasi tidak ikut dipindahkan: daftarkan laptop ini ke server lagi.")
    return 0
