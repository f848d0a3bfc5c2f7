"""Shared PDF layout: A4 page templates, the kop (letterhead), the running header on later pages,
the footer with the session digest, verification code and "Halaman x dari y" (two-pass canvas),
fast tables with pre-wrapped cells, and signature blocks.

Tables are the expensive part of a long report. reportlab's ``Paragraph`` cells are flexible but
slow (every cell is parsed and wrapped, and again after every page split); here cells are plain
strings wrapped once with cached glyph widths, and row heights are given to the ``Table`` up front,
so a 2,000-row T-D.4 lays out in about a second (``bench/bench_reports.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.core.progress import CancelCheck, Progress
from app.core.reports.fonts import BOLD, CONDENSED, CONDENSED_BOLD, REGULAR, register_fonts
from app.core.reports.logo import draw_logo
from app.core.reports.model import Column, ReportInfo, TableData
from app.errors import Cancelled
from common.dates import format_datetime_id
from common.money import format_rupiah
from common.numbers import format_integer, format_number

MARGIN = 12 * mm
HEADER_SPACE = 14 * mm
FOOTER_SPACE = 13 * mm
GRID = colors.HexColor("#444444")
HEAD_FILL = colors.HexColor("#e4e7eb")
GROUP_FILL = colors.HexColor("#f1f3f5")
TOTAL_FILL = colors.HexColor("#dde2e7")
MUTED = colors.HexColor("#555555")
CELL_PAD = 2.2  # points, left and right
TABLE_FONT_SIZE = 7.0


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=13.5, alignment=TA_JUSTIFY)
    return {
        "body": base,
        "left": ParagraphStyle("left", parent=base, alignment=TA_LEFT),
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10, alignment=TA_LEFT),
        "title": ParagraphStyle(
            "title", parent=base, fontName=BOLD, fontSize=12, leading=15, alignment=TA_CENTER
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=base, fontSize=10, leading=13, alignment=TA_CENTER
        ),
        "heading": ParagraphStyle(
            "heading", parent=base, fontName=BOLD, fontSize=10, leading=13, spaceBefore=6
        ),
        "cell": ParagraphStyle(
            "cell", parent=base, fontName=CONDENSED, fontSize=8, leading=10, alignment=TA_LEFT
        ),
    }


STYLES = _styles()


def esc(text: object) -> str:
    """Text made safe for a reportlab Paragraph."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def para(text: str, style: str = "body") -> Paragraph:
    return Paragraph(text, STYLES[style])


# ---------------------------------------------------------------- cells and wrapping


def format_nip(nip: str) -> str:
    """A civil servant's 18-digit NIP in its printed groups: birth date, appointment month,
    sex, serial ("19700101 199003 1 001"). Anything else is printed as typed."""
    digits = "".join(ch for ch in nip if not ch.isspace())
    if len(digits) != 18 or not digits.isdigit():
        return nip.strip()
    return f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"


def cell_text(value: object, kind: str) -> str:
    if value is None or value == "":
        return ""
    if kind == "money" and isinstance(value, int):
        return format_rupiah(value)
    if kind == "int" and isinstance(value, int):
        return format_integer(value)
    if kind == "number" and isinstance(value, (int, float)):
        return format_number(float(value))
    return str(value)


class Wrapper:
    """Greedy word wrap with cached word widths (one font, one size)."""

    def __init__(self, font: str, size: float) -> None:
        self.font = font
        self.size = size
        self._widths: dict[str, float] = {}
        self.space = stringWidth(" ", font, size)

    def width(self, word: str) -> float:
        found = self._widths.get(word)
        if found is None:
            found = stringWidth(word, self.font, self.size)
            self._widths[word] = found
        return found

    def _split_long(self, word: str, width: float) -> list[str]:
        pieces: list[str] = []
        current = ""
        for ch in word:
            if current and stringWidth(current + ch, self.font, self.size) > width:
                pieces.append(current)
                current = ch
            else:
                current += ch
        if current:
            pieces.append(current)
        return pieces

    def wrap(self, text: str, width: float) -> list[str]:
        lines: list[str] = []
        for paragraph in text.split("\n"):
            words = paragraph.split()
            if not words:
                lines.append("")
                continue
            line: list[str] = []
            used = 0.0
            for word in words:
                w = self.width(word)
                if w > width:
                    if line:
                        lines.append(" ".join(line))
                        line, used = [], 0.0
                    pieces = self._split_long(word, width)
                    lines.extend(pieces[:-1])
                    word = pieces[-1]
                    w = self.width(word)
                extra = w if not line else used + self.space + w
                if line and extra > width:
                    lines.append(" ".join(line))
                    line, used = [word], w
                else:
                    line.append(word)
                    used = extra
            if line:
                lines.append(" ".join(line))
        return lines


@dataclass(frozen=True)
class TableLook:
    font_size: float = TABLE_FONT_SIZE
    leading_factor: float = 1.22
    padding: float = 1.8  # top and bottom, points


def column_widths(columns: Sequence[Column], available: float) -> list[float]:
    total = sum(c.width for c in columns)
    return [available * c.width / total for c in columns]


class PagedTable(Flowable):  # type: ignore[misc]
    """A long table that splits in time proportional to the rows on each page.

    reportlab's ``Table.split`` copies the remaining rows and re-applies every style command to
    them at each page break, which is quadratic for a table of thousands of rows. Here the row
    heights are known up front (cells are pre-wrapped), so a split takes the rows that fit,
    builds a small ``Table`` for them (header rows first, only their own style commands) and
    leaves the rest as a lighter ``PagedTable`` over the same lists.
    """

    def __init__(
        self,
        cells: list[list[str]],
        heights: list[float],
        widths: list[float],
        header_rows: int,
        base_commands: list[tuple[Any, ...]],
        row_commands: dict[int, list[tuple[Any, ...]]],
        start: int | None = None,
        end: int | None = None,
        trailer: Flowable | None = None,
        keep_rows: int = 0,
    ) -> None:
        super().__init__()
        self.trailer = trailer  # drawn under the last row, never on a page of its own
        self.keep_rows = keep_rows  # last rows that go to the trailer's page with it
        self.trailer_height = 0.0
        self.cells = cells
        self.heights = heights
        self.widths = widths
        self.header_rows = header_rows
        self.base_commands = base_commands
        self.row_commands = row_commands
        self.start = header_rows if start is None else start
        self.end = len(cells) if end is None else end
        self.header_height = sum(heights[:header_rows])
        self.width = sum(widths)
        self.height = self.header_height + sum(heights[self.start : self.end])
        self._table: Table | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self.trailer is None:
            return self.width, self.height
        self.trailer_height = self.trailer.wrap(availWidth, availHeight)[1]
        return self.width, self.height + self.trailer_height

    def with_trailer(self, trailer: Flowable, keep_rows: int) -> PagedTable:
        """This table with ``trailer`` (a signature block) under it: the trailer and the last
        ``keep_rows`` rows always share a page, so no page holds only signatures or only the
        pagu lines."""
        self.trailer = trailer
        self.keep_rows = max(1, keep_rows)
        return self

    def _build(self, start: int, end: int) -> Table:
        rows = list(range(self.header_rows)) + list(range(start, end))
        commands = list(self.base_commands)
        for position, index in enumerate(rows):
            for command in self.row_commands.get(index, ()):
                name, first, last, *rest = command
                commands.append((name, (first[0], position), (last[0], position), *rest))
        table = Table(
            [self.cells[i] for i in rows],
            colWidths=self.widths,
            rowHeights=[self.heights[i] for i in rows],
            repeatRows=0,
            hAlign="LEFT",
        )
        table.setStyle(TableStyle(commands))
        return table

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        room = availHeight - self.header_height
        trailer = self.trailer
        if trailer is not None:
            trailer_height = trailer.wrap(availWidth, availHeight)[1]
            rows = sum(self.heights[self.start : self.end])
            if rows + trailer_height <= room:
                return [self._build(self.start, self.end), trailer]
            limit = max(self.start, self.end - self.keep_rows)
        else:
            limit = self.end
        cut = self.start
        used = 0.0
        while cut < limit and used + self.heights[cut] <= room:
            used += self.heights[cut]
            cut += 1
        if cut == self.start:
            return []
        if cut == self.end:
            return [self._build(self.start, self.end)]
        rest = PagedTable(
            self.cells,
            self.heights,
            self.widths,
            self.header_rows,
            self.base_commands,
            self.row_commands,
            cut,
            self.end,
            trailer,
            self.keep_rows,
        )
        return [self._build(self.start, cut), rest]

    def draw(self) -> None:
        table = self._table or self._build(self.start, self.end)
        self._table = table
        table_height = self.height
        table.wrapOn(self.canv, self.width, table_height)
        table.drawOn(self.canv, 0, self.trailer_height)
        if self.trailer is not None:
            self.trailer.wrapOn(self.canv, self.width, self.trailer_height)
            self.trailer.drawOn(self.canv, 0, 0)


def table_flowable(data: TableData, available: float, look: TableLook = TableLook()) -> PagedTable:
    """The whole TableData as one flowable: header (and column numbers) repeated on every page,
    group rows spanning the table, subtotals and totals in bold."""
    register_fonts()
    regular = Wrapper(CONDENSED, look.font_size)
    bold = Wrapper(CONDENSED_BOLD, look.font_size)
    widths = _numbers_fit(data, column_widths(data.columns, available), bold)
    leading = look.font_size * look.leading_factor
    cells: list[list[str]] = []
    heights: list[float] = []
    base: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), CONDENSED, look.font_size, leading),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), look.padding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), look.padding),
    ]
    per_row: dict[int, list[tuple[Any, ...]]] = {}

    def add_row(lines_per_cell: list[list[str]], minimum: float | None = None) -> int:
        count = max((len(lines) for lines in lines_per_cell), default=1) or 1
        cells.append(["\n".join(lines) for lines in lines_per_cell])
        height = count * leading + 2 * look.padding + 1.2
        heights.append(max(height, minimum or 0.0))
        return len(cells) - 1

    def style(index: int, *commands: tuple[Any, ...]) -> None:
        per_row.setdefault(index, []).extend(commands)

    header_rows = 1
    add_row(
        [bold.wrap(c.header, w - 2 * CELL_PAD) for c, w in zip(data.columns, widths, strict=True)]
    )
    style(
        0,
        ("FONT", (0, 0), (-1, 0), CONDENSED_BOLD, look.font_size, leading),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
    )
    if any(c.number for c in data.columns):
        add_row([[c.number] for c in data.columns])
        header_rows = 2
        style(
            1,
            ("ALIGN", (0, 1), (-1, 1), "CENTER"),
            ("BACKGROUND", (0, 1), (-1, 1), HEAD_FILL),
            ("FONT", (0, 1), (-1, 1), CONDENSED, look.font_size - 1, leading - 1),
        )
        heights[-1] = (look.font_size - 1) * look.leading_factor + 2 * look.padding
    for i, column in enumerate(data.columns):
        if column.kind in ("money", "int", "number"):
            base.append(("ALIGN", (i, header_rows), (i, -1), "RIGHT"))
        elif column.kind == "sign":
            base.append(("VALIGN", (i, header_rows), (i, -1), "MIDDLE"))
    for row in data.rows:
        if row.style in ("group", "note"):
            text = " ".join(str(v) for v in row.values if v not in (None, ""))
            wrapper = bold if row.style == "group" else regular
            first = [wrapper.wrap(text, available - 2 * CELL_PAD)]
            index = add_row(first + [[""] for _ in data.columns[1:]])
            style(index, ("SPAN", (0, 0), (-1, 0)), ("ALIGN", (0, 0), (-1, 0), "LEFT"))
            if row.style == "group":
                style(
                    index,
                    ("FONT", (0, 0), (-1, 0), CONDENSED_BOLD, look.font_size, leading),
                    ("BACKGROUND", (0, 0), (-1, 0), GROUP_FILL),
                )
            continue
        wrapper = bold if row.style in ("subtotal", "total") else regular
        spans = _label_spans(row.values) if row.style in ("subtotal", "total") else {}
        lines: list[list[str]] = []
        for i, (value, column) in enumerate(zip(row.values, data.columns, strict=True)):
            end = spans.get(i, i)
            width = sum(widths[i : end + 1])
            text = cell_text(value, column.kind)
            if column.kind == "sign":  # kept as written: the indent alternates the signatures
                lines.append([text])
            else:
                lines.append(wrapper.wrap(text, width - 2 * CELL_PAD))
        index = add_row(lines, data.row_height)
        for start, end in spans.items():
            if end > start:
                style(index, ("SPAN", (start, 0), (end, 0)))
        if row.style in ("subtotal", "total"):
            fill = TOTAL_FILL if row.style == "total" else GROUP_FILL
            style(
                index,
                ("FONT", (0, 0), (-1, 0), CONDENSED_BOLD, look.font_size, leading),
                ("BACKGROUND", (0, 0), (-1, 0), fill),
            )
    return PagedTable(cells, heights, widths, header_rows, base, per_row)


def _numbers_fit(data: TableData, widths: list[float], bold: Wrapper) -> list[float]:
    """Widths where no amount, count or volume has to wrap ("Rp 7.166.000.000" on two lines
    reads as two numbers): a numeric column too narrow for its longest value (measured in bold,
    as totals print) takes the room from the text columns, in proportion to their widths."""
    widths = list(widths)
    numeric = [i for i, c in enumerate(data.columns) if c.kind in ("money", "int", "number")]
    text = [i for i, c in enumerate(data.columns) if c.kind == "text"]
    if not numeric or not text:
        return widths
    need = 0.0
    for i in numeric:
        column = data.columns[i]
        longest = max(
            (
                bold.width(cell_text(row.values[i], column.kind))
                for row in data.rows
                if row.style not in ("group", "note")
            ),
            default=0.0,
        )
        wanted = longest + 2 * CELL_PAD + 1.0
        if wanted > widths[i]:
            need += wanted - widths[i]
            widths[i] = wanted
    if need:
        pool = sum(widths[i] for i in text)
        for i in text:
            widths[i] -= need * widths[i] / pool
    return widths


def _label_spans(values: Sequence[object]) -> dict[int, int]:
    """For a subtotal/total row: each text label spans the empty cells after it, so "Jumlah
    Dinas ..." reads on one line instead of wrapping in a narrow column."""
    spans: dict[int, int] = {}
    i = 0
    while i < len(values):
        value = values[i]
        if isinstance(value, str) and value:
            end = i
            while end + 1 < len(values) - 1 and values[end + 1] in ("", None):
                end += 1
            spans[i] = end
            i = end + 1
        else:
            i += 1
    return spans


def key_value_table(
    pairs: Iterable[tuple[str, str]], widths: tuple[float, float], font_size: float = 8.5
) -> Table:
    """Label/value lines (label bold) laid out as a borderless table with wrapping values."""
    label_style = ParagraphStyle(
        "kvl", fontName=BOLD, fontSize=font_size, leading=font_size * 1.25, alignment=TA_LEFT
    )
    value_style = ParagraphStyle(
        "kvv", fontName=REGULAR, fontSize=font_size, leading=font_size * 1.25, alignment=TA_LEFT
    )
    rows = [[Paragraph(esc(k), label_style), Paragraph(esc(v), value_style)] for k, v in pairs]
    table = Table(rows, colWidths=list(widths), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, font_size),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


@dataclass(frozen=True)
class Signer:
    role: str  # "Pimpinan Sidang"
    name: str | None  # printed under the signing space; a dotted line when unknown
    detail: str | None = None  # institution or unsur
    nip: str | None = None  # a civil servant's number, printed under the name


def signature_blocks(
    signers: Sequence[Signer], available: float, *, place_date: str | None = None, per_row: int = 3
) -> Table:
    """Signature blocks: role, room to sign, the name underlined; ``per_row`` a row."""
    style = ParagraphStyle("sig", fontName=REGULAR, fontSize=9.5, leading=12, alignment=TA_CENTER)
    name_style = ParagraphStyle("sign", parent=style, fontName=BOLD)
    blocks: list[list[Flowable]] = []
    for signer in signers:
        name = signer.name or "(" + "." * 40 + ")"
        parts: list[Flowable] = [Paragraph(esc(signer.role), style)]
        if signer.detail:
            parts.append(Paragraph(esc(signer.detail), style))
        parts += [Spacer(1, 15 * mm), Paragraph(f"<u>{esc(name)}</u>", name_style)]
        if signer.nip:
            parts.append(Paragraph(esc(f"NIP {format_nip(signer.nip)}"), style))
        blocks.append(parts)
    count = max(1, min(per_row, len(blocks)))
    rows: list[list[Any]] = []
    if len(blocks) == 1 and per_row > 1:  # one signer stands on the right, as in a letter
        count = 2
        rows.append(["", blocks[0]])
    else:
        for start in range(0, len(blocks), count):
            chunk: list[Any] = blocks[start : start + count]
            rows.append(chunk + [""] * (count - len(chunk)))
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), REGULAR, 9.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]
    if place_date:
        header: list[Any] = [""] * count
        # The place and date on one line above the last signer; when too long for that
        # column it takes the column before as well, flush right, rather than wrap mid-date.
        if stringWidth(place_date, REGULAR, 9.5) + 12 <= available / count or count == 1:
            header[-1] = Paragraph(esc(place_date), style)
        else:
            right = ParagraphStyle("sigr", parent=style, alignment=TA_RIGHT)
            header[-2] = Paragraph(esc(place_date), right)
            commands.append(("SPAN", (count - 2, 0), (count - 1, 0)))
        rows.insert(0, header)
    table = Table(rows, colWidths=[available / count] * count, hAlign="CENTER")
    table.setStyle(TableStyle(commands))
    table.keepWithNext = False
    return table


# ---------------------------------------------------------------- kop and page furniture


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis so it fits ``width``."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def kabupaten_upper(info: ReportInfo) -> str:
    return f"PEMERINTAH {info.kabupaten.upper()}"


class Kop(Flowable):  # type: ignore[misc]
    """The letterhead: logo, PEMERINTAH KABUPATEN …, KECAMATAN …, a double rule."""

    def __init__(self, info: ReportInfo, width: float) -> None:
        super().__init__()
        self.info = info
        self.width = width
        self.height = 27 * mm

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.height

    def draw(self) -> None:
        c = self.canv
        size = 22 * mm
        draw_logo(c, 0, self.height - size - 1 * mm, size, self.info.logo)
        centre = self.width / 2 + size / 4
        top = self.height - 6 * mm
        c.setFillColor(colors.black)
        c.setFont(BOLD, 13)
        c.drawCentredString(centre, top, kabupaten_upper(self.info))
        c.setFont(BOLD, 16)
        c.drawCentredString(centre, top - 7 * mm, self.info.kecamatan_line.upper())
        c.setFont(REGULAR, 9)
        # The office's address when the office has typed it (Pengaturan → Kantor), as on its
        # own letter paper; otherwise what the document is about.
        third = self.info.office_address or (
            f"Musrenbang Kecamatan – Rencana Kerja Pemerintah Daerah Tahun {self.info.cycle_year}"
        )
        c.drawCentredString(
            centre, top - 12.5 * mm, fit_text(third, REGULAR, 9, self.width - size - 4 * mm)
        )
        c.setLineWidth(2)
        c.line(0, 2.2 * mm, self.width, 2.2 * mm)
        c.setLineWidth(0.6)
        c.line(0, 1.2 * mm, self.width, 1.2 * mm)


def title_block(title: str, lines: Sequence[str] = ()) -> list[Flowable]:
    items: list[Flowable] = [Spacer(1, 3 * mm), para(esc(title), "title")]
    items += [para(esc(line), "subtitle") for line in lines if line]
    items.append(Spacer(1, 4 * mm))
    return items


class ReportCanvas(Canvas):  # type: ignore[misc]
    """Two-pass canvas: pages are kept until ``save`` so each can say "Halaman x dari y"."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._report: _PageFurniture = kwargs.pop("furniture")
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        self._report.page_count = total
        for state in self._pages:
            self.__dict__.update(state)
            self._report.page_number(self, total)
            Canvas.showPage(self)
        Canvas.save(self)


class _PageFurniture:
    """Draws the running header (pages after the first) and the footer on every page."""

    def __init__(
        self,
        info: ReportInfo,
        page_size: tuple[float, float],
        progress: Progress | None,
        cancelled: CancelCheck | None,
        expected_pages: int,
    ) -> None:
        self.info = info
        self.width, self.height = page_size
        self.progress = progress
        self.cancelled = cancelled
        self.expected = max(1, expected_pages)
        self.page_count = 0
        self.printed = format_datetime_id(info.generated_at.astimezone())

    def on_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled()
        page = canvas.getPageNumber()
        if self.progress is not None:
            self.progress(min(page, self.expected - 1), self.expected)
        canvas.saveState()
        info = self.info
        if page > 1:
            top = self.height - MARGIN + 1 * mm
            draw_logo(canvas, MARGIN, top - 9 * mm, 9 * mm, info.logo)
            room = self.width - 2 * MARGIN - 11 * mm
            canvas.setFont(BOLD, 8)
            canvas.drawString(
                MARGIN + 11 * mm,
                top - 3.5 * mm,
                fit_text(f"{kabupaten_upper(info)} – {info.kecamatan_line.upper()}", BOLD, 8, room),
            )
            canvas.setFont(REGULAR, 7.5)
            canvas.drawString(
                MARGIN + 11 * mm,
                top - 7.5 * mm,
                fit_text(f"{info.document_title} – {info.session_title}", REGULAR, 7.5, room),
            )
            canvas.setLineWidth(0.5)
            canvas.line(MARGIN, top - 10 * mm, self.width - MARGIN, top - 10 * mm)
        if not info.sealed:
            canvas.setFont(BOLD, 8)
            canvas.setFillColor(colors.HexColor("#9a1b1b"))
            canvas.drawRightString(
                self.width - MARGIN,
                self.height - MARGIN + 4 * mm,
                "DRAF – sesi belum disegel",
            )
        canvas.setFillColor(colors.black)
        base = MARGIN - 4 * mm
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, base + 8.5 * mm, self.width - MARGIN, base + 8.5 * mm)
        canvas.setFont(REGULAR, 6.6)
        label = "Digest sesi" if info.sealed else "Digest sementara (belum disegel)"
        canvas.drawString(MARGIN, base + 5 * mm, f"{label}: {info.digest}")
        canvas.setFont(BOLD, 7.5)
        code_line = f"Kode verifikasi {info.code}"
        canvas.drawString(MARGIN, base + 1 * mm, code_line)
        canvas.setFont(REGULAR, 6.6)
        # Written for the reader of the paper, who has no command line: the kantor camat can
        # confirm that a printed copy matches its sealed record by this code.
        left = MARGIN + stringWidth(code_line, BOLD, 7.5) + 4 * mm
        canvas.drawString(
            left,
            base + 1 * mm,
            fit_text(
                f"Dicetak {self.printed}. Cocokkan di kantor kecamatan dengan kode ini.",
                REGULAR,
                6.6,
                self.width - MARGIN - left - 32 * mm,
            ),
        )
        canvas.restoreState()

    def page_number(self, canvas: Canvas, total: int) -> None:
        canvas.saveState()
        canvas.setFont(BOLD, 8)
        canvas.drawRightString(
            self.width - MARGIN,
            MARGIN - 4 * mm + 1 * mm,
            f"Halaman {canvas.getPageNumber()} dari {total}",
        )
        canvas.restoreState()


@dataclass(frozen=True)
class PageArea:
    width: float  # usable width of the frame
    height: float


def page_size(is_landscape: bool) -> tuple[float, float]:
    size: tuple[float, float] = landscape(A4) if is_landscape else A4
    return size


def frame_area(is_landscape: bool) -> PageArea:
    width, height = page_size(is_landscape)
    return PageArea(width - 2 * MARGIN, height - 2 * MARGIN - FOOTER_SPACE - HEADER_SPACE / 2)


def build_pdf(
    path: Path,
    info: ReportInfo,
    story: Callable[[PageArea], list[Flowable]],
    *,
    is_landscape: bool = False,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    expected_pages: int = 10,
) -> int:
    """Lay out ``story`` on A4 pages with the shared furniture; returns the page count."""
    register_fonts()
    size = page_size(is_landscape)
    area = frame_area(is_landscape)
    furniture = _PageFurniture(info, size, progress, cancelled, expected_pages)
    doc = BaseDocTemplate(
        str(path),
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=f"{info.document_title} – {info.session_title}",
        author=f"{info.kabupaten}, Kecamatan {info.kecamatan}",
        subject=f"Digest sesi {info.digest}",
        creator="Musrenbang Kecamatan",
        invariant=1,
    )
    first = Frame(
        MARGIN,
        MARGIN + FOOTER_SPACE - 4 * mm,
        area.width,
        size[1] - 2 * MARGIN - FOOTER_SPACE + 4 * mm,
        id="first",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    later = Frame(
        MARGIN,
        MARGIN + FOOTER_SPACE - 4 * mm,
        area.width,
        size[1] - 2 * MARGIN - FOOTER_SPACE - HEADER_SPACE + 5 * mm,
        id="later",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates(
        [
            PageTemplate(
                id="first", frames=[first], onPage=furniture.on_page, autoNextPageTemplate="later"
            ),
            PageTemplate(id="later", frames=[later], onPage=furniture.on_page),
        ]
    )
    content = story(area)

    def make_canvas(*args: Any, **kwargs: Any) -> ReportCanvas:
        kwargs["initialFontName"] = REGULAR
        return ReportCanvas(*args, furniture=furniture, **kwargs)

    doc.build(content, canvasmaker=make_canvas)
    if progress is not None:
        progress(furniture.expected, furniture.expected)
    return furniture.page_count
