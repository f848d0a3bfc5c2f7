"""PDF pages to pixels with PDFium (pypdfium2), for the preview and for printing.

Qt-free: returns RGB bytes that the UI wraps in a QImage. PDFium is not thread-safe, so callers
render on one thread (the UI's single worker thread).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium

POINTS_PER_INCH = 72.0


@dataclass(frozen=True)
class RenderedPage:
    index: int  # 0-based
    width: int
    height: int
    stride: int
    rgb: bytes  # 3 bytes per pixel, rows ``stride`` bytes apart


def page_count(path: Path) -> int:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def render_pages(
    path: Path, dpi: float, first: int = 0, last: int | None = None
) -> list[RenderedPage]:
    """Pages ``first``..``last`` (exclusive, 0-based) at ``dpi``."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        end = len(pdf) if last is None else min(last, len(pdf))
        pages: list[RenderedPage] = []
        for index in range(first, end):
            page = pdf[index]
            try:
                bitmap = page.render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True)
                try:
                    data = bytes(bitmap.buffer)
                    pages.append(
                        RenderedPage(index, bitmap.width, bitmap.height, bitmap.stride, data)
                    )
                finally:
                    bitmap.close()
            finally:
                page.close()
        return pages
    finally:
        pdf.close()
