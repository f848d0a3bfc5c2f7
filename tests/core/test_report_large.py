"""Size: a T-D.4 of 2,000 agreed proposals, and its Excel twin."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import Engine

from app.core.reports import build_report
from tests.core.test_report_support import make_large_session, one_line, pdf_pages, pdf_text

N = 2000


@pytest.mark.slow
def test_td4_with_2000_proposals(demo_engine: Engine, tmp_path: Path) -> None:
    session_id = make_large_session(demo_engine, N)
    path = tmp_path / "td4-besar.pdf"
    result = build_report(demo_engine, "td4", session_id, path)
    pages = pdf_pages(path)
    # ~2 lines a row on A4 landscape: several hundred pages, every one numbered out of the total.
    assert result.pages == pages and 150 <= pages <= 700
    text = one_line(pdf_text(path))
    assert f"Halaman {pages} dari {pages}" in text
    assert f"JUMLAH SELURUHNYA ({N} kegiatan)" in text
    assert text.count("Kode verifikasi ") == pages
    assert text.count("No Urut") == pages  # the column header repeats on every page
    xlsx = tmp_path / "td4-besar.xlsx"
    build_report(demo_engine, "td4", session_id, xlsx)
    book = load_workbook(xlsx, read_only=True)
    try:
        rows = book["T-D.4"].iter_rows(values_only=True)
        numbered = sum(1 for row in rows if isinstance(row[0], int))
    finally:
        book.close()
    assert numbered == N
