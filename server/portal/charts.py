"""Charts and the map as server-rendered SVG (no script, no external tiles). Texts are
escaped here because the SVG is inserted into the page as markup."""

from __future__ import annotations

from html import escape

from common.money import format_rupiah
from common.numbers import format_fixed, format_integer

BAR_COLOURS = ("#2f6f4f", "#d08c2c")


def _short_money(amount: int) -> str:
    if amount >= 1_000_000_000:
        return f"Rp {format_fixed(amount / 1_000_000_000, 1)} M"
    if amount >= 1_000_000:
        return f"Rp {format_integer(amount / 1_000_000)} jt"
    return format_rupiah(amount)


def _clip(text: str, size: int) -> str:
    return text if len(text) <= size else text[: size - 1].rstrip() + "…"


def stacked_bars(title: str, rows: list[tuple[str, int, int]], legend: tuple[str, str]) -> str:
    """Horizontal bars, each split in two parts (e.g. answered / waiting)."""
    rows = rows[:15]
    width, label_w, bar_h, gap = 640, 230, 18, 6
    height = 40 + len(rows) * (bar_h + gap) + 24
    top = max([a + b for _, a, b in rows] or [1]) or 1
    scale = (width - label_w - 70) / top
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'role="img" aria-label="{escape(title)}" class="chart">',
        f'<text x="0" y="16" class="chart-title">{escape(title)}</text>',
    ]
    y = 32
    for label, first, second in rows:
        w1, w2 = first * scale, second * scale
        out.append(
            f'<text x="{label_w - 6}" y="{y + 13}" text-anchor="end" class="chart-label">'
            f"{escape(_clip(label, 30))}</text>"
        )
        out.append(
            f'<rect x="{label_w}" y="{y}" width="{w1:.1f}" height="{bar_h}" fill="{BAR_COLOURS[0]}"/>'
        )
        out.append(
            f'<rect x="{label_w + w1:.1f}" y="{y}" width="{w2:.1f}" height="{bar_h}" '
            f'fill="{BAR_COLOURS[1]}"/>'
        )
        out.append(
            f'<text x="{label_w + w1 + w2 + 4:.1f}" y="{y + 13}" class="chart-value">'
            f"{first + second}</text>"
        )
        y += bar_h + gap
    out.append(
        f'<rect x="{label_w}" y="{y + 4}" width="12" height="12" fill="{BAR_COLOURS[0]}"/>'
        f'<text x="{label_w + 16}" y="{y + 15}" class="chart-label">{escape(legend[0])}</text>'
    )
    if legend[1]:
        out.append(
            f'<rect x="{label_w + 150}" y="{y + 4}" width="12" height="12" '
            f'fill="{BAR_COLOURS[1]}"/>'
            f'<text x="{label_w + 166}" y="{y + 15}" class="chart-label">{escape(legend[1])}</text>'
        )
    out.append("</svg>")
    return "".join(out)


def money_bars(title: str, rows: list[tuple[str, int, int]]) -> str:
    """Bars of an amount against a ceiling (agreed cost vs pagu); the ceiling as a mark."""
    rows = rows[:20]
    width, label_w, bar_h, gap = 640, 170, 16, 6
    height = 40 + len(rows) * (bar_h + gap)
    top = max([max(a, b) for _, a, b in rows] or [1]) or 1
    scale = (width - label_w - 110) / top
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'role="img" aria-label="{escape(title)}" class="chart">',
        f'<text x="0" y="16" class="chart-title">{escape(title)}</text>',
    ]
    y = 30
    for label, amount, ceiling in rows:
        over = ceiling and amount > ceiling
        colour = "#b03a2e" if over else BAR_COLOURS[0]
        out.append(
            f'<text x="{label_w - 6}" y="{y + 12}" text-anchor="end" class="chart-label">'
            f"{escape(_clip(label, 24))}</text>"
            f'<rect x="{label_w}" y="{y}" width="{amount * scale:.1f}" height="{bar_h}" '
            f'fill="{colour}"/>'
        )
        if ceiling:
            x = label_w + ceiling * scale
            out.append(
                f'<line x1="{x:.1f}" y1="{y - 2}" x2="{x:.1f}" y2="{y + bar_h + 2}" '
                'stroke="#222" stroke-width="2"/>'
            )
        out.append(
            f'<text x="{label_w + max(amount, ceiling) * scale + 6:.1f}" y="{y + 12}" '
            f'class="chart-value">{escape(_short_money(amount))}</text>'
        )
        y += bar_h + gap
    out.append("</svg>")
    return "".join(out)


# Kukar's box (resources/reference/wilayah_bbox.csv), a little padded.
LAT_MIN, LAT_MAX, LON_MIN, LON_MAX = -1.20, 1.00, 115.40, 117.70


POINT_COLOURS = {"accepted": "#2f6f4f", "rejected": "#b03a2e", "deferred": "#d08c2c"}


def _xy(lat: float, lon: float, width: int, height: int) -> tuple[float, float]:
    x = (lon - LON_MIN) / (LON_MAX - LON_MIN) * width
    y = (LAT_MAX - lat) / (LAT_MAX - LAT_MIN) * height
    return x, y


def point_map(
    kecamatan: dict[str, tuple[float, float]],
    names: dict[str, str],
    points: list[tuple[float, float, str | None]],
) -> str:
    width, height = 640, 600
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
        'aria-label="Peta titik usulan" class="map">',
        f'<rect x="0" y="0" width="{width}" height="{height}" fill="#eef3f6"/>',
        # Up to 4,000 dots: the shared fill-opacity is inherited from the group (the same
        # picture as on every circle, a quarter fewer bytes to build and send).
        '<g fill-opacity="0.7">',
    ]
    for lat, lon, status in points:
        if not (LAT_MIN <= lat <= LAT_MAX and LON_MIN <= lon <= LON_MAX):
            continue
        x, y = _xy(lat, lon, width, height)
        colour = POINT_COLOURS.get(status or "", "#3c6fb0")
        out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2.2" fill="{colour}"/>')
    out.append("</g>")
    for code, (lat, lon) in sorted(kecamatan.items()):
        x, y = _xy(lat, lon, width, height)
        out.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="#fff" stroke="#333" stroke-width="1.5"/>'
            f'<text x="{x + 7:.1f}" y="{y + 4:.1f}" class="map-label">'
            f"{escape(names.get(code, code))}</text>"
        )
    out.append("</svg>")
    return "".join(out)
