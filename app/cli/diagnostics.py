"""``musrenbang diagnostics``: the text to send to the support team (no passwords, no tokens)."""

from __future__ import annotations

import argparse
from typing import Any

from app import paths
from app.core.diagnostics import LOG_LINES, collect_diagnostics
from app.models.db import create_db_engine
from app.sync.status import diagnosis_lines


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "diagnostics", help="Tampilkan diagnosis untuk dikirim ke tim pendukung."
    )
    parser.add_argument(
        "--lines", type=int, default=LOG_LINES, help=f"baris log terakhir (bawaan {LOG_LINES})"
    )
    parser.set_defaults(handler=_diagnostics)


def _diagnostics(args: argparse.Namespace) -> int:
    db_path = paths.database_path()
    # Opened without migrating or checking: diagnosis must work on a database that will not open.
    engine = create_db_engine(db_path) if db_path.is_file() else None
    try:
        print(
            collect_diagnostics(
                sync_lines=diagnosis_lines(engine),
                db_path=db_path,
                log_lines=max(args.lines, 0),
            )
        )
    finally:
        if engine is not None:
            engine.dispose()
    return 0
