"""``musrenbang ref``: import reference data and show what is loaded."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from app.core.database import open_database
from app.core.reference_import import KINDS, import_reference
from app.core.reference_stats import reference_stats


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("ref", help="Data referensi: impor dan ringkasan.")
    commands = parser.add_subparsers(dest="ref_command", metavar="AKSI", required=True)
    imp = commands.add_parser(
        "import", help="Impor data referensi dari CSV atau XLSX (semua atau tidak sama sekali)."
    )
    imp.add_argument(
        "kind",
        metavar="JENIS",
        help=f"salah satu: {', '.join(KINDS)} (juga: nomenklatur, wilayah, opd)",
    )
    imp.add_argument("file", metavar="BERKAS", type=Path)
    imp.add_argument("--sheet", help="nama lembar XLSX (bawaan: lembar pertama)")
    imp.set_defaults(handler=_import)
    stats = commands.add_parser("stats", help="Jumlah data referensi per tabel dan tingkat.")
    stats.add_argument("--json", action="store_true", help="keluaran JSON")
    stats.set_defaults(handler=_stats)


def _import(args: argparse.Namespace) -> int:
    db = open_database()
    result = import_reference(db.engine, args.kind, args.file, sheet=args.sheet)
    print(
        f"{KINDS[result.kind].label}: {result.rows} baris dari {result.source_name} diimpor "
        f"({result.inserted} baru, {result.updated} diperbarui, {result.removed} diganti)."
    )
    for note in result.notes:
        print(f"  {note}")
    return 0


def _stats(args: argparse.Namespace) -> int:
    db = open_database()
    stats = reference_stats(db.engine)
    if args.json:
        print(json.dumps(stats, indent=2))
        return 0
    nomen = stats["nomenclature"]
    print(
        "Nomenklatur: " + ", ".join(f"{level.replace('_', ' ')} {n}" for level, n in nomen.items())
    )
    print("Wilayah:     " + ", ".join(f"{level} {n}" for level, n in stats["regions"].items()))
    print(f"OPD:         {stats['agencies']}")
    print(
        "RPJMD:       "
        + ", ".join(f"{level.replace('_', ' ')} {n}" for level, n in stats["rpjmd"].items())
    )
    print(f"Renstra:     {stats['renstra']} baris")
    print(f"Kamus:       {stats['kamus']} butir")
    return 0
