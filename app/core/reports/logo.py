"""The regency logo at the top of every report.

By default a neutral placeholder is drawn (a plain shield with the word LOGO): the application
ships no real coat of arms. An office puts its own image (PNG or JPEG) at
``<config folder>/logo-kabupaten.png`` (or ``.jpg``), or passes a file explicitly
(``musrenbang report ... --logo FILE``; the Laporan page's *Logo kabupaten…* button copies the
chosen file to that place).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from app import paths
from app.core.reports.fonts import BOLD, register_fonts
from app.errors import UserError
from common.i18n import _

LOGO_NAMES = ("logo-kabupaten.png", "logo-kabupaten.jpg", "logo-kabupaten.jpeg")


def configured_logo() -> Path | None:
    """The office's own logo file, when one was set."""
    folder = paths.config_dir()
    for name in LOGO_NAMES:
        candidate = folder / name
        if candidate.is_file():
            return candidate
    return None


def check_logo(path: Path) -> Path:
    """Refuse a logo file reportlab cannot read, with a message saying what to do."""
    if not path.is_file():
        raise UserError(
            _("Berkas logo {path} tidak ditemukan.").format(path=path),
            hint=_("Pilih berkas gambar PNG atau JPEG yang ada."),
        )
    try:
        ImageReader(str(path)).getSize()
    except Exception as exc:  # reportlab/Pillow raise many kinds for a bad image
        raise UserError(
            _("Berkas logo {name} tidak dapat dibaca sebagai gambar ({exc}).").format(
                name=path.name, exc=exc
            ),
            hint=_("Gunakan gambar PNG atau JPEG."),
        ) from exc
    return path


def set_logo(source: Path) -> Path:
    """Copy ``source`` to the configured logo place (replacing an earlier one)."""
    check_logo(source)
    suffix = ".jpg" if source.suffix.lower() in (".jpg", ".jpeg") else ".png"
    for name in LOGO_NAMES:
        (paths.config_dir() / name).unlink(missing_ok=True)
    target = paths.config_dir() / f"logo-kabupaten{suffix}"
    shutil.copyfile(source, target)
    return target


def clear_logo() -> None:
    for name in LOGO_NAMES:
        (paths.config_dir() / name).unlink(missing_ok=True)


def resolve_logo(explicit: Path | None) -> Path | None:
    if explicit is not None:
        return check_logo(explicit)
    found = configured_logo()
    return check_logo(found) if found is not None else None


def draw_logo(canvas: Canvas, x: float, y: float, size: float, path: Path | None) -> None:
    """Draw the logo in the square (x, y, size, size), keeping the image's proportions."""
    if path is not None:
        canvas.drawImage(
            ImageReader(str(path)),
            x,
            y,
            size,
            size,
            preserveAspectRatio=True,
            anchor="c",
            mask="auto",
        )
        return
    register_fonts()
    canvas.saveState()
    w = size * 0.78
    left = x + (size - w) / 2
    top = y + size * 0.97
    shoulder = y + size * 0.45
    canvas.setStrokeColor(colors.HexColor("#5b6470"))
    canvas.setFillColor(colors.HexColor("#eef1f4"))
    canvas.setLineWidth(max(0.6, size / 45))
    shield = canvas.beginPath()
    shield.moveTo(left, top)
    shield.lineTo(left + w, top)
    shield.lineTo(left + w, shoulder)
    shield.curveTo(left + w, y + size * 0.18, left + w * 0.62, y + size * 0.08, left + w / 2, y)
    shield.curveTo(left + w * 0.38, y + size * 0.08, left, y + size * 0.18, left, shoulder)
    shield.close()
    canvas.drawPath(shield, stroke=1, fill=1)
    canvas.setFillColor(colors.HexColor("#5b6470"))
    canvas.setFont(BOLD, size * 0.2)
    canvas.drawCentredString(x + size / 2, y + size * 0.5, "LOGO")
    canvas.restoreState()
