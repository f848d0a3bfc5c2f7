"""``musrenbang score INPUT -o OUTPUT.csv``: route and score a table of proposals."""

from __future__ import annotations

import argparse
import csv
import logging
import sys
import time
from pathlib import Path
from typing import Any

from app import paths
from app.core.scorer.engine import Scorer
from app.core.scorer.inputs import ScorerReference, load_bundled_reference, read_kamus_csv
from app.core.scorer.tableio import output_row, read_proposal_table, write_score_table
from app.errors import UserError

log = logging.getLogger(__name__)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "score",
        help="Sarankan bidang, OPD, sub kegiatan, kewenangan dan skor keselarasan usulan.",
        description=(
            "Membaca tabel usulan (CSV, XLSX, XLS atau ODS) dengan kolom id,text dan "
            "opsional masalah (permasalahan),desa,kecamatan,volume,satuan,biaya; judul menentukan "
            "sektor, masalah menambah bukti; menulis CSV berisi saran rute, "
            "kewenangan, skor 0-100 dan penjelasannya. Memakai RPJMD, Renstra, kamus dan rute "
            "terkonfirmasi dari basis data bila ada; bila tidak, hanya data rujukan bawaan."
        ),
    )
    parser.add_argument("input", type=Path, metavar="INPUT", help="berkas CSV, XLSX, XLS atau ODS")
    parser.add_argument(
        "-o", "--output", type=Path, required=True, metavar="OUTPUT.csv", help="berkas hasil"
    )
    parser.add_argument(
        "--kamus",
        type=Path,
        metavar="KAMUS.csv",
        help="kamus usulan tambahan (CSV, XLSX, XLS atau ODS, termasuk ekspor SIPD)",
    )
    parser.add_argument(
        "--tanpa-basis-data",
        dest="no_database",
        action="store_true",
        help="abaikan basis data; pakai data rujukan bawaan saja",
    )
    parser.set_defaults(handler=run_score)


def _reference(no_database: bool) -> tuple[ScorerReference, str]:
    db_path = paths.database_path()
    if no_database or not db_path.exists() or db_path.stat().st_size == 0:
        return load_bundled_reference(), "data rujukan bawaan"
    try:
        from app.core.scorer.from_db import load_reference_from_session
        from app.models.db import create_db_engine, read_session

        engine = create_db_engine(db_path)
        try:
            with read_session(engine) as session:
                reference = load_reference_from_session(session)
        finally:
            engine.dispose()
    except Exception as exc:  # a damaged or outdated database must not stop scoring
        log.warning("scorer: database %s unreadable, using bundled data", db_path, exc_info=True)
        print(
            f"Peringatan: basis data {db_path} tidak dapat dibaca ({type(exc).__name__}); "
            "memakai data rujukan bawaan.",
            file=sys.stderr,
        )
        return load_bundled_reference(), "data rujukan bawaan"
    return reference, f"basis data {db_path.name}"


def run_score(args: argparse.Namespace) -> int:
    input_path: Path = args.input
    output_path: Path = args.output
    if output_path.resolve() == input_path.resolve():
        raise UserError("Berkas keluaran tidak boleh sama dengan berkas masukan.")
    rows, fmt = read_proposal_table(input_path)
    reference, source = _reference(bool(args.no_database))
    if args.kamus is not None:
        if not args.kamus.is_file():
            raise UserError(f"Berkas kamus tidak ditemukan: {args.kamus}.")
        try:
            extra = read_kamus_csv(args.kamus)
        except (UnicodeDecodeError, ValueError, OSError, csv.Error) as exc:
            raise UserError(
                f"Kamus {args.kamus.name} tidak dapat dibaca.", hint="Gunakan CSV UTF-8."
            ) from exc
        reference = ScorerReference(
            nomenclature=reference.nomenclature,
            agencies=reference.agencies,
            plan_items=reference.plan_items,
            renstra_items=reference.renstra_items,
            kamus_items=reference.kamus_items + extra,
            confirmed_routings=reference.confirmed_routings,
            cost_history=reference.cost_history,
            regions=reference.regions,
        )
    started = time.perf_counter()
    scorer = Scorer(reference)
    # one batch call: the same results as scoring row by row, in chunks (faster)
    results = iter(scorer.score_batch(row.proposal for row in rows if not row.is_empty))
    out_rows = []
    scored = skipped = 0
    for row in rows:
        if row.is_empty:
            out_rows.append(output_row(row, None))
            skipped += 1
            continue
        out_rows.append(output_row(row, next(results)))
        scored += 1
    write_score_table(output_path, out_rows)
    elapsed = time.perf_counter() - started
    message = f"{scored} usulan dinilai ({fmt}, {source}) dalam {elapsed:.1f} detik → {output_path}"
    if skipped:
        message += f"; {skipped} baris kosong dilewati"
    print(message + ".")
    return 0
