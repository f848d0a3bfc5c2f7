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
    return 0
