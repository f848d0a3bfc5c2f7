"""``musrenbang report KIND (--session ID | --latest) -o FILE``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.cli import run
from tests.core.test_report_support import (
    ReportDb,
    demo_forum_template,
    pdf_pages,
    pdf_text,
    report_db,
)

__all__ = ["demo_forum_template", "report_db"]  # fixtures


def test_latest_session_to_pdf(
    report_db: ReportDb, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "ba.pdf"
    assert (
        run(["report", "berita-acara", "--latest", "-o", str(out), "--nomor", "050/9/BA/2027"]) == 0
    )
    printed = capsys.readouterr().out
    pages = pdf_pages(out)
    assert f"Laporan ditulis: {out} ({pages} halaman)." in printed
    digest = re.search(r"digest ([0-9a-f]{64}), kode verifikasi", printed)
    assert digest and f"Digest sesi: {digest.group(1)}" in pdf_text(out)
    assert "Nomor: 050/9/BA/2027" in pdf_text(out)


def test_session_to_xlsx(
    report_db: ReportDb, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "hadir.xlsx"
    assert run(["report", "daftar-hadir", "--session", report_db.session_id, "-o", str(out)]) == 0
    assert "(2 lembar kerja)" in capsys.readouterr().out
    assert load_workbook(out).sheetnames == ["Daftar hadir", "Rekap kehadiran"]


def test_errors_exit_non_zero_with_a_message(
    report_db: ReportDb, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["report", "td4", "--latest", "-o", str(tmp_path / "td4.docx")]) == 1
    assert "harus berakhiran .pdf atau .xlsx" in capsys.readouterr().err
    assert run(["report", "td4", "--session", "tidak-ada", "-o", str(tmp_path / "a.pdf")]) == 1
    assert "tidak ada" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        run(["report", "apbd", "--latest", "-o", str(tmp_path / "a.pdf")])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        run(["report", "td4", "-o", str(tmp_path / "a.pdf")])  # neither --session nor --latest
    assert exc.value.code == 2
    assert not list(tmp_path.glob("*.pdf"))


def test_no_session_yet(
    demo_engine: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["report", "td4", "--latest", "-o", str(tmp_path / "a.pdf")]) == 1
    assert "Belum ada sesi forum" in capsys.readouterr().err
