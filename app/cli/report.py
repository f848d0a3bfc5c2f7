"""``musrenbang report KIND (--session ID | --latest) -o FILE``: print a forum session's official
recap as PDF or its Excel twin (chosen by the file name)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.core.database import open_database
from app.core.reports import REPORT_KINDS, build_report
from app.core.reports.data import latest_session_id
from app.models.db import read_session


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "report",
        help="Cetak laporan resmi sesi forum (PDF) atau salinan Excel-nya (XLSX).",
        description="Menulis satu dokumen sesi forum: "
        + "; ".join(f"{k} = {v.label}" for k, v in REPORT_KINDS.items())
        + ". Format mengikuti akhiran berkas: .pdf atau .xlsx.",
    )
    parser.add_argument(
        "kind", metavar="JENIS", choices=list(REPORT_KINDS), help=", ".join(REPORT_KINDS)
    )
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--session", metavar="ID", help="sesi forum (lihat `musrenbang forum list`)")
    which.add_argument("--latest", action="store_true", help="sesi forum terbaru")
    parser.add_argument(
        "-o", "--output", required=True, metavar="BERKAS", help="berkas .pdf atau .xlsx"
    )
    parser.add_argument(
        "--logo", metavar="GAMBAR", help="logo kabupaten (PNG/JPEG) untuk kop laporan"
    )
    parser.add_argument("--nomor", metavar="NOMOR", help="nomor berita acara")
    parser.add_argument("--quiet", action="store_true", help="tanpa keterangan kemajuan")
    parser.set_defaults(handler=_report)


def _report(args: argparse.Namespace) -> int:
    db = open_database(load_reference=False)
    if args.latest:
        with read_session(db.engine) as session:
            session_id = latest_session_id(session)
    else:
        session_id = args.session
    last = [-1]

    def progress(done: int, total: int) -> None:
        percent = 100 * done // max(total, 1)
        if not args.quiet and sys.stderr.isatty() and percent != last[0]:
            last[0] = percent
            print(f"\rMenyusun laporan… {percent}%", end="", file=sys.stderr, flush=True)

    result = build_report(
        db.engine,
        args.kind,
        session_id,
        Path(args.output),
        progress,
        logo=Path(args.logo) if args.logo else None,
        number=args.nomor,
    )
    if last[0] >= 0:
        print(file=sys.stderr)
    unit = "halaman" if result.format == "pdf" else "lembar kerja"
    print(f"Laporan ditulis: {result.path} ({result.pages} {unit}).")
    state = "disegel" if result.sealed else "BELUM DISEGEL (draf)"
    print(f"Sesi {session_id}: {state}; digest {result.digest}, kode verifikasi {result.code}.")
    return 0
