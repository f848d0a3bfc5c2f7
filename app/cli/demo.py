"""``musrenbang demo``: create the demo office with its data."""

from __future__ import annotations

import argparse
from typing import Any

from app.core.database import open_database
from app.core.demo import DEFAULT_KECAMATAN, create_demo


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "demo", help="Buat kantor demo (wilayah, siklus, RPJMD contoh, usulan contoh)."
    )
    parser.add_argument(
        "--kecamatan",
        default=DEFAULT_KECAMATAN,
        metavar="KODE",
        help=f"kode kecamatan (bawaan {DEFAULT_KECAMATAN}, Tenggarong)",
    )
    parser.add_argument(
        "--empty", action="store_true", help="tanpa usulan: hanya kantor, data referensi dan siklus"
    )
    parser.add_argument(
        "--with-forum",
        action="store_true",
        help="tambahkan sesi Musrenbang Kecamatan demo yang sudah disegel (kehadiran, penilaian, keputusan, delegasi)",
    )
    parser.set_defaults(handler=_demo)


def _demo(args: argparse.Namespace) -> int:
    db = open_database()
    result = create_demo(db.engine, kecamatan_code=args.kecamatan, empty=args.empty)
    if result.already_present:
        print(
            f"Data demo Kecamatan {result.kecamatan_name} tahun {result.cycle_year} sudah ada "
            f"({result.proposals} usulan); tidak ada yang diubah."
        )
    else:
        print(
            f"Data demo dibuat: Kecamatan {result.kecamatan_name}, tahun perencanaan {result.cycle_year}, "
            f"{result.proposals} usulan. Basis data: {db.path}"
        )
    if getattr(args, "with_forum", False):
        from app.core.forum.demo_forum import create_demo_forum

        forum = create_demo_forum(db.engine)
        if forum.already_present:
            print(f"Sesi forum demo sudah ada: {forum.session_id}; tidak ada yang diubah.")
        else:
            print(
                f"Sesi forum demo disegel: {forum.session_id} «{forum.title}», {forum.attendance} "
                f"peserta, {forum.decisions} keputusan ({forum.agreed} disepakati). "
                f"Kode verifikasi {forum.code}. Periksa dengan `musrenbang verify`."
            )
    return 0
