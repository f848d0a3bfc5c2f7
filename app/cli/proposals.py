"""``musrenbang proposals``: import, export and the village template."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.core.database import open_database
from app.core.proposal_io import (
    ImportRejected,
    commit_import,
    export_proposals,
    export_sipd,
    preview_import,
    write_template,
)
from app.core.proposal_io.importer import ImportMode, ImportPreview, PreviewRow
from app.core.proposal_queries import current_cycle, filtered_proposal_ids
from app.errors import UserError
from app.models.db import read_session

ACTOR = "cli"
MAX_PROBLEMS_PRINTED = 200


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "proposals", help="Usulan: impor, ekspor, dan templat desa (siklus yang berjalan)."
    )
    commands = parser.add_subparsers(dest="proposals_command", metavar="AKSI", required=True)
    imp = commands.add_parser(
        "import",
        help="Impor usulan dari XLSX/CSV (templat desa, ekspor aplikasi, atau ekspor SIPD).",
    )
    imp.add_argument("file", metavar="BERKAS", type=Path)
    imp.add_argument(
        "--valid-only",
        action="store_true",
        help="impor baris yang valid saja (bawaan: semua atau tidak sama sekali)",
    )
    imp.add_argument(
        "--dry-run",
        action="store_true",
        help="tampilkan apa yang akan terjadi tanpa mengubah apa pun",
    )
    imp.add_argument("--json", action="store_true", help="keluaran JSON (bersama --dry-run)")
    imp.set_defaults(handler=_import)
    exp = commands.add_parser(
        "export", help="Ekspor semua usulan siklus berjalan ke .xlsx atau .csv (format impor)."
    )
    exp.add_argument("file", metavar="BERKAS", type=Path)
    exp.add_argument(
        "--sipd",
        action="store_true",
        help="susunan kolom SIPD (untuk diunggah manual ke SIPD/E-Perencanaan)",
    )
    exp.set_defaults(handler=_export)
    tpl = commands.add_parser("template", help="Tulis templat Excel untuk desa/kelurahan.")
    tpl.add_argument("file", metavar="BERKAS", type=Path)
    tpl.set_defaults(handler=_template)


def _row_json(row: PreviewRow, action: str) -> dict[str, Any]:
    return {
        "sheet": row.sheet,
        "row": row.row,
        "action": action,
        "sipd_id": row.sipd_id,
        "title": row.values.title,
        "desa": row.values.desa_code,
        "estimated_cost": row.values.estimated_cost,
        "agency_code": row.values.agency_code,
        "agency_confidence": row.agency_confidence,
        "sub_kegiatan_code": row.values.sub_kegiatan_code,
        "changes": row.changes if action != "skip" else [],
        "problems": [
            {"severity": p.severity, "column": p.column, "message": p.message}
            for p in sorted(row.problems, key=lambda p: p.severity != "error")
        ]
        + (
            [{"severity": "info", "column": None, "message": row.changes[0]}]
            if action == "skip"
            else []
        ),
    }


def _dry_run_json(preview: ImportPreview) -> dict[str, Any]:
    rows = [_row_json(r, r.action if r.ok else "error") for r in preview.rows]
    rows += [_row_json(r, "skip") for r in preview.skipped]
    rows.sort(key=lambda r: (r["sheet"], r["row"]))
    summary = preview.summary()
    return {
        "summary": {
            "new": summary["new"],
            "update": summary["update"],
            "unchanged": summary["unchanged"],
            "skipped": summary["skipped"],
            "error": summary["error"],
        },
        "format": preview.format,
        "columns": {
            preview.written_headers.get(header, header): key
            for key, header in preview.columns.items()
        },
        "ignored_columns": [preview.written_headers.get(h, h) for h in preview.ignored_columns],
        "file_problems": [str(p) for p in preview.file_problems],
        "rows": rows,
    }


def _import(args: argparse.Namespace) -> int:
    db = open_database()
    preview = preview_import(db.engine, args.file)
    if args.dry_run:
        if args.json:
            print(json.dumps(_dry_run_json(preview), ensure_ascii=False, indent=2))
        else:
            s = preview.summary()
            print(
                f"{preview.source_name} (uji coba, tidak ada yang diubah): {s['new']} baru, "
                f"{s['update']} diperbarui, {s['unchanged']} sama, {s['skipped']} dilewati, "
                f"{s['error']} bermasalah."
            )
            for problem in preview.problems[:MAX_PROBLEMS_PRINTED]:
                print(f"  {problem}")
        return 1 if preview.file_problems else 0
    kind = "ekspor SIPD" if preview.format == "sipd" else "templat/ekspor aplikasi"
    print(f"{preview.source_name}: {len(preview.rows)} baris ({kind}).")
    if preview.skipped:
        print(f"{len(preview.skipped)} baris dari kecamatan lain dilewati.")
    if preview.ignored_columns:
        print("Kolom yang diabaikan: " + ", ".join(preview.ignored_columns))
    problems = preview.problems
    for problem in problems[:MAX_PROBLEMS_PRINTED]:
        label = "Kesalahan" if problem.severity == "error" else "Peringatan"
        print(f"  {label}: {problem}")
    if len(problems) > MAX_PROBLEMS_PRINTED:
        print(f"  … dan {len(problems) - MAX_PROBLEMS_PRINTED} masalah lain.")
    if preview.file_problems:
        print("Tidak ada usulan yang diimpor: perbaiki baris judul berkasnya.", file=sys.stderr)
        return 1
    mode: ImportMode = "valid_only" if args.valid_only else "all_or_nothing"
    try:
        outcome = commit_import(db.engine, preview, mode, actor=ACTOR)
    except ImportRejected:
        print(
            f"Tidak ada usulan yang diimpor: {len(preview.error_rows)} baris bermasalah. "
            "Perbaiki berkasnya, atau ulangi dengan --valid-only untuk mengimpor "
            f"{len(preview.valid_rows)} baris yang valid saja.",
            file=sys.stderr,
        )
        return 1
    print(
        f"Selesai: {outcome.inserted} usulan baru, {outcome.updated} diperbarui, "
        f"{outcome.unchanged} tidak berubah, {outcome.locked} dilewati karena sudah diputuskan, "
        f"{len(outcome.rejected_rows)} baris ditolak."
    )
    if outcome.imported == 0:
        print("Tidak ada usulan yang diimpor.", file=sys.stderr)
        return 1
    return 0


def _export(args: argparse.Namespace) -> int:
    db = open_database()
    with read_session(db.engine) as session:
        cycle = current_cycle(session)
        if cycle is None:
            raise UserError(
                "Belum ada siklus perencanaan.", hint="Jalankan wizard awal atau `musrenbang demo`."
            )
        ids = filtered_proposal_ids(session, cycle.id)
    if args.sipd:
        count = export_sipd(db.engine, ids, args.file)
    else:
        count = export_proposals(db.engine, ids, args.file)
    print(f"{count} usulan diekspor ke {args.file}.")
    return 0


def _template(args: argparse.Namespace) -> int:
    db = open_database()
    write_template(db.engine, args.file)
    print(f"Templat usulan desa ditulis ke {args.file}.")
    return 0
