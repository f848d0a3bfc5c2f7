"""``musrenbang sync``: enrol this office's device, sync now, show the sync status."""

from __future__ import annotations

import argparse
import json
from typing import Any

from app.core.database import open_database
from app.core.diagnostics import redact_url
from app.sync.client import SyncClient
from app.sync.status import sync_status


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "sync", help="Sinkronisasi dengan server E-Perencanaan kabupaten."
    )
    commands = parser.add_subparsers(dest="sync_command", metavar="AKSI", required=True)
    enroll = commands.add_parser(
        "enroll", help="Daftarkan perangkat ini dengan kode dari admin kabupaten."
    )
    enroll.add_argument(
        "--server", required=True, metavar="URL", help="alamat server (https://...)"
    )
    enroll.add_argument(
        "--code", required=True, metavar="KODE", help="kode pendaftaran sekali pakai"
    )
    enroll.add_argument(
        "--allow-http",
        action="store_true",
        help="izinkan http tanpa enkripsi ke server di luar komputer ini (hanya jaringan tertutup)",
    )
    enroll.add_argument("--name", help="nama perangkat yang tampil di server")
    enroll.set_defaults(handler=_enroll)
    now = commands.add_parser("now", help="Kirim perubahan dan ambil tanggapan sekarang.")
    now.set_defaults(handler=_now)
    status = commands.add_parser("status", help="Keadaan sinkronisasi.")
    status.add_argument("--json", action="store_true", help="keluaran JSON")
    status.set_defaults(handler=_status)


def _enroll(args: argparse.Namespace) -> int:
    db = open_database()
    config = SyncClient(db.engine).enroll(
        args.server, args.code, allow_insecure_http=args.allow_http, device_name=args.name
    )
    print(
        f"Perangkat terdaftar untuk kecamatan {config.kecamatan_code} di {redact_url(config.server_url)} "
        f"(ID perangkat {config.device_id}). Jalankan `musrenbang sync now` untuk mengirim data."
    )
    return 0


def _now(args: argparse.Namespace) -> int:
    db = open_database()
    report = SyncClient(db.engine).sync()
    pulled = ", ".join(f"{stream} {n}" for stream, n in report.pulled.items())
    print(
        f"Terkirim {report.pushed} perubahan dalam {report.batches} kiriman "
        f"({report.merged} digabung, {report.conflicts} konflik, {report.rejected} ditolak); "
        f"lampiran diunggah {report.attachments_uploaded}; diterima: {pulled}."
    )
    for problem in report.problems:
        print(f"  Perhatian: {problem}")
    if report.up_to_date:
        print("Semua data sudah sinkron.")
        return 0
    reasons = []
    if report.pending_after:
        reasons.append(f"{report.pending_after} perubahan masih menunggu")
    if report.rejected_total:
        reasons.append(
            f"{report.rejected_total} perubahan ditolak server (lihat halaman Sinkronisasi)"
        )
    if report.open_conflicts:
        reasons.append(f"{report.open_conflicts} konflik perlu dipilih")
    if report.problems:
        reasons.append(f"{len(report.problems)} masalah di atas")
    print("Belum sinkron sepenuhnya: " + "; ".join(reasons) + ".")
    return 3


def _status(args: argparse.Namespace) -> int:
    db = open_database()
    status = sync_status(db.engine)
    if args.json:
        print(json.dumps(status, ensure_ascii=False, indent=2))
        return 0
    if not status["enrolled"]:
        print(
            "Belum terdaftar ke server. Daftarkan: musrenbang sync enroll --server URL --code KODE"
        )
    else:
        print(f"Kecamatan {status['kecamatan']} → {status['server']}")
    print(
        f"Menunggu dikirim: {status['pending']}; ditolak: {status['rejected']}; "
        f"konflik: {status['conflicts']}; sinkron terakhir: {status['last_sync'] or 'belum pernah'}"
    )
    if status["paused"]:
        print(f"Dijeda: {status['paused_reason']}")
    elif status["last_error"]:
        print(f"Kesalahan terakhir: {status['last_error']}")
    return 0
