"""Importing a 5,000-row SIPD export into a fresh office: reading, preview and commit, next to
today's (pre-#14) reader, openpyxl's read-only mode, reading the same file in the same run.

Run: ``uv run python bench/bench_import.py [--rows 5000] [--other 0.6]``

The file is a kabupaten-wide SIPD evaluation export in the shape of ``tests/field_files.py``:
title rows above the header, header cells with line breaks, amounts as text, sub kegiatan by
name (a third cut short), ``--other`` of the rows from other kecamatan (skipped; 0 by
default, so all 5,000 are imported). Targets (issue 14): preview ≤ 3 s, commit ≤ 10 s. The old
reader cannot find a header under title rows, so its figure is for reading the cells only; the
import itself had no equivalent. The commit is timed twice from the same fresh office and the
same preview: the per-row path (an ORM object per proposal, outbox entries from the flush
hook; what the import did before the bulk insert) into a copy, then the bulk insert.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

T = TypeVar("T")


def _old_reader_cells(path: Path) -> int:
    """What app/core/tabular.py did before #14: openpyxl read-only, every cell to text."""
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        count = 0
        for row in book.worksheets[0].iter_rows(values_only=True):
            count += sum(1 for cell in row if cell is not None and str(cell) != "")
        return count
    finally:
        book.close()


@dataclass(frozen=True)
class _Took:
    wall: float
    cpu: float  # this process's CPU seconds: on a shared machine, steadier than the wall

    def __str__(self) -> str:
        return f"{self.wall:6.2f} s (cpu {self.cpu:5.2f} s)"


def _timed(work: Callable[[], T]) -> tuple[T, _Took]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    return result, _Took(time.perf_counter() - wall, time.process_time() - cpu)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--other", type=float, default=0.0, help="share of other kecamatan")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["MUSRENBANG_HOME"] = str(Path(tmp) / "home")
        from app.core.database import open_database
        from app.core.demo import create_demo
        from app.core.proposal_io import commit_import, importer, preview_import
        from app.core.proposal_io.columns import known_headers
        from app.core.tabular import read_table
        from app.models.db import create_db_engine
        from tests.field_files import sipd_export

        db = open_database()
        create_demo(db.engine, empty=True)
        other = int(args.rows * args.other)
        path = sipd_export(
            Path(tmp) / "sipd.xlsx",
            own_kecamatan="Tenggarong",
            own_rows=args.rows - other,
            other_rows=other,
        )
        size = path.stat().st_size / 1024
        print(
            f"file: {args.rows} rows ({args.rows - other} own, {other} other kecamatan), "
            f"{size:.0f} KB"
        )

        cells, old_read = _timed(lambda: _old_reader_cells(path))
        table, new_read = _timed(lambda: read_table(path, known=known_headers()))
        print(f"read cells, old reader (openpyxl read-only): {old_read} ({cells} cells)")
        print(
            f"read + header, new reader (calamine):        {new_read} "
            f"({len(table.rows)} rows, header on row {table.header_row})"
        )

        preview, preview_t = _timed(lambda: preview_import(db.engine, path))
        print(f"preview: {preview_t}  target ≤ 3 s  {preview.summary()}")

        # The same fresh office for both commits: a copy taken before either.
        copy_path = Path(tmp) / "per-row.sqlite3"
        source = db.engine.raw_connection()
        try:
            target = sqlite3.connect(copy_path)
            source.driver_connection.backup(target)  # type: ignore[union-attr]
            target.close()
        finally:
            source.close()
        per_row_engine = create_db_engine(copy_path)
        importer.BULK_INSERT = False
        per_row, per_row_t = _timed(
            lambda: commit_import(per_row_engine, preview, "valid_only", actor="bench")
        )
        per_row_engine.dispose()
        importer.BULK_INSERT = True
        print(f"commit, per-row path (baseline): {per_row_t}  ({per_row.inserted} inserted)")

        outcome, commit_t = _timed(
            lambda: commit_import(db.engine, preview, "valid_only", actor="bench")
        )
        print(
            f"commit:  {commit_t}  target ≤ 10 s  ({outcome.inserted} inserted, "
            f"{per_row_t.wall / commit_t.wall:.1f}x faster than per-row)"
        )

        again, again_t = _timed(lambda: preview_import(db.engine, path))
        print(f"re-import preview: {again_t}  {again.summary()}")
        db.engine.dispose()


if __name__ == "__main__":
    main()
