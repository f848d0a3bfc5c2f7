"""T-D.4 with 2,000 agreed proposals: target ≤ 2 s and ≤ 200 MB peak memory.

Run: ``uv run python bench/bench_reports.py [--proposals N] [--repeat R] [--skip-naive]``

Measured in the same run, on the same gathered data:

* ``report``: ``build_report(engine, "td4", ...)`` end to end: read the session from SQLite,
  gather the rows, lay out and write the PDF (plain-string cells wrapped once with cached glyph
  widths, row heights given up front, one table with repeated header rows);
* ``layout``: the PDF part alone (``build_pdf`` on the gathered content);
* ``naive``: the straightforward reportlab way: every cell a ``Paragraph`` in one
  ``Table(repeatRows=2)`` on a ``SimpleDocTemplate``, no page furniture.
* ``xlsx``: the Excel twin.

Time is wall clock (median of R runs); memory is the tracemalloc peak of a separate run, plus
the process's maximum resident set size at the end.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TARGET_S = 2.0
TARGET_MB = 200.0


def naive_pdf(path: Path, content: object) -> None:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    from app.core.reports.fonts import CONDENSED, register_fonts
    from app.core.reports.layout import cell_text, column_widths, esc

    register_fonts()
    table_data = content.table  # type: ignore[attr-defined]
    style = ParagraphStyle("c", fontName=CONDENSED, fontSize=7, leading=8.5)
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4))
    widths = column_widths(table_data.columns, doc.width)
    rows = [[Paragraph(esc(c.header), style) for c in table_data.columns]]
    rows.append([Paragraph(c.number, style) for c in table_data.columns])
    for row in table_data.rows:
        rows.append(
            [
                Paragraph(esc(cell_text(v, c.kind)), style)
                for v, c in zip(row.values, table_data.columns, strict=True)
            ]
        )
    doc.build([Table(rows, colWidths=widths, repeatRows=2)])


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def peak_mb(fn: Callable[[], object]) -> float:
    tracemalloc.start()
    try:
        fn()
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--proposals", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-naive", action="store_true")
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="bench-reports-"))
    os.environ["MUSRENBANG_HOME"] = str(home)

    from app.core.database import open_database
    from app.core.demo import create_demo
    from app.core.reports import build_report
    from app.core.reports.build import collect_content
    from app.core.reports.layout import build_pdf
    from app.core.reports.model import CollectOptions
    from tests.core.test_report_support import make_large_session

    db = open_database()
    create_demo(db.engine)
    start = time.perf_counter()
    session_id = make_large_session(db.engine, args.proposals)
    print(
        f"setup: {args.proposals} agreed proposals written in {time.perf_counter() - start:.1f} s"
    )
    out = home / "td4.pdf"
    content = collect_content(db.engine, "td4", session_id, CollectOptions())
    pages: list[int] = []

    def report() -> None:
        pages.append(build_report(db.engine, "td4", session_id, out).pages)

    def layout() -> None:
        build_pdf(home / "layout.pdf", content.info, content.story, is_landscape=True)

    def naive() -> None:
        naive_pdf(home / "naive.pdf", content)

    def xlsx() -> None:
        build_report(db.engine, "td4", session_id, home / "td4.xlsx")

    cases: list[tuple[str, Callable[[], None], int]] = [
        ("report", report, args.repeat),
        ("layout", layout, args.repeat),
        ("xlsx", xlsx, args.repeat),
    ]
    if not args.skip_naive:
        cases.append(("naive", naive, 1))
    results: dict[str, tuple[float, float]] = {}
    rss_setup = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rss_report = rss_setup
    for name, fn, repeat in cases:
        seconds = statistics.median(timed(fn, repeat))
        if name == "report":
            rss_report = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        results[name] = (seconds, peak_mb(fn))
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"T-D.4, {args.proposals} proposals, {pages[0]} pages A4 landscape")
    print(f"{'case':8} {'median s':>9} {'peak MB':>9}")
    for name, (seconds, peak) in results.items():
        print(f"{name:8} {seconds:9.2f} {peak:9.1f}")
    print(
        f"max RSS: {rss_setup:.0f} MB after setup, {rss_report:.0f} MB after the report runs, "
        f"{rss_mb:.0f} MB at the end (naive and tracemalloc included)"
    )
    if "naive" in results:
        print(f"speed-up over naive: {results['naive'][0] / results['report'][0]:.1f}x")
    seconds, peak = results["report"]
    ok = seconds <= TARGET_S and peak <= TARGET_MB
    print(
        f"target ≤ {TARGET_S:.0f} s and ≤ {TARGET_MB:.0f} MB: "
        f"{'met' if ok else 'NOT met'} ({seconds:.2f} s, {peak:.0f} MB)"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
