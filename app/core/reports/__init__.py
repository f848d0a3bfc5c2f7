"""Official printed recaps of a forum session (PDF, reportlab) and their Excel twins (openpyxl).

``build_report(engine, kind, session_id, path)`` with ``kind`` one of ``REPORT_KINDS``:
berita-acara, td4, belum-disepakati, daftar-hadir, delegasi, rekap-desa, kartu.
"""

from app.core.reports.build import REPORT_KINDS, ReportKind, ReportResult, build_report

__all__ = ["REPORT_KINDS", "ReportKind", "ReportResult", "build_report"]
