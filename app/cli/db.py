"""``musrenbang db``: upgrade, backup, list backups, restore, check."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app import paths
from app.core.backup_service import all_backups, restore_with_safety_backup, take_backup
from app.core.database import check_office_database, database_is_blank, open_database
from app.errors import UserError
from app.models.health import check_database_file
from common.numbers import format_integer


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "db", help="Basis data: pemutakhiran skema, cadangan, pemulihan."
    )
    commands = parser.add_subparsers(dest="db_command", metavar="AKSI", required=True)
    commands.add_parser(
        "upgrade", help="Perbarui skema basis data (cadangan dibuat dulu)."
    ).set_defaults(handler=_upgrade)
    backup = commands.add_parser(
        "backup", help="Buat cadangan sekarang (ke folder cadangan yang diatur)."
    )
    backup.add_argument(
        "--to", type=Path, metavar="FOLDER", help="folder tujuan, mis. flashdisk (harus ada)"
    )
    backup.set_defaults(handler=_backup)
    commands.add_parser("backups", help="Daftar cadangan yang ada.").set_defaults(handler=_list)
    commands.add_parser("check", help="Periksa keutuhan basis data.").set_defaults(handler=_check)
    restore = commands.add_parser("restore", help="Pulihkan dari cadangan (bawaan: yang terbaru).")
    restore.add_argument(
        "file", nargs="?", type=Path, help="berkas cadangan; kosongkan untuk yang terbaru"
    )
    restore.set_defaults(handler=_restore)


def _upgrade(_args: argparse.Namespace) -> int:
    db = open_database()
    result = db.migration
    if result.changed:
        print(f"Skema diperbarui: {result.from_revision or 'kosong'} → {result.to_revision}.")
        if result.backup:
            print(f"Cadangan sebelum pemutakhiran: {result.backup.path}")
    else:
        print(f"Skema sudah terbaru ({result.to_revision}).")
    return 0


def _backup(args: argparse.Namespace) -> int:
    db_path = paths.database_path()
    if not db_path.exists():
        raise UserError(
            "Belum ada basis data untuk dicadangkan.",
            hint="Jalankan `musrenbang demo` atau buka aplikasinya dulu.",
        )
    check_database_file(db_path)
    info, target = take_backup(db_path, reason="manual", folder=args.to)
    if target.fell_back:
        print(
            f"Folder cadangan {target.configured} tidak ditemukan (flashdisk tidak terpasang?); "
            "cadangan disimpan di folder bawaan."
        )
    print(f"Cadangan dibuat: {info.path} ({format_integer(info.size)} bait)")
    return 0


def _list(_args: argparse.Namespace) -> int:
    backups = all_backups()
    if not backups:
        print("Belum ada cadangan.")
    for info in backups:
        print(f"{info.taken_at:%Y-%m-%d %H:%M:%S} UTC  {info.reason:<24} {info.path}")
    return 0


def _check(_args: argparse.Namespace) -> int:
    db_path = paths.database_path()
    check_office_database(db_path)  # missing/empty with backups present: DatabaseMissing
    if database_is_blank(db_path):
        print(f"Basis data belum ada: {db_path} (akan dibuat saat aplikasi dibuka).")
        return 0
    check_database_file(db_path)
    print(f"Basis data utuh: {db_path}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    backup: Path | None = args.file
    if backup is None:
        newest = next(iter(all_backups()), None)
        if newest is None:
            raise UserError(
                "Tidak ada cadangan untuk dipulihkan.",
                hint=f"Folder cadangan: {paths.backup_dir()}",
            )
        backup = newest.path
    result = restore_with_safety_backup(backup, paths.database_path())
    print(f"Dipulihkan dari {backup}.")
    if result.safety_backup:
        print(f"Basis data sebelumnya dicadangkan di {result.safety_backup.path}.")
    if result.replaced_file:
        print(f"Berkas lama disimpan sebagai {result.replaced_file}.")
    return 0
