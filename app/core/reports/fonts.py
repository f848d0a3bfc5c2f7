"""The bundled DejaVu fonts, registered once with reportlab (embedded as subsets in every PDF)."""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app import paths
from app.errors import EnvironmentProblem
from common.i18n import _

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
CONDENSED = "DejaVuSansCondensed"
CONDENSED_BOLD = "DejaVuSansCondensed-Bold"
_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    CONDENSED: "DejaVuSansCondensed.ttf",
    CONDENSED_BOLD: "DejaVuSansCondensed-Bold.ttf",
}
_lock = threading.Lock()
_done = False


def register_fonts() -> None:
    """Register the four faces and their bold mapping (idempotent, thread-safe)."""
    global _done
    with _lock:
        if _done:
            return
        for name, filename in _FILES.items():
            path = paths.resource("fonts", filename)
            if not path.exists():
                raise EnvironmentProblem(
                    _("Huruf laporan {filename} tidak ditemukan di {parent}.").format(
                        filename=filename, parent=path.parent
                    ),
                    hint=_("Pasang ulang aplikasi; folder resources/fonts harus ikut terpasang."),
                )
            pdfmetrics.registerFont(TTFont(name, str(path)))
        for family, regular, bold in (
            (REGULAR, REGULAR, BOLD),
            (CONDENSED, CONDENSED, CONDENSED_BOLD),
        ):
            addMapping(family, 0, 0, regular)
            addMapping(family, 1, 0, bold)
            addMapping(family, 0, 1, regular)
            addMapping(family, 1, 1, bold)
        _done = True
