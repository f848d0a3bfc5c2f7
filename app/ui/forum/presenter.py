"""The presenter screen: a second top-level window for the projector.

Large type and high contrast (white on black, yellow and green accents), sized from the window
so it reads from the back of a hall on 1920×1080 and still fits 1024×768. It goes full-screen on
the second display when there is one. Keys (and presentation clickers, which send PageDown /
PageUp / F5 / Esc / B): PageDown, Space, Right = next; PageUp, Backspace, Left = previous;
Down / Up = next / previous view; 1–5 = a view; F5 = full screen; Esc = leave full screen;
B or . = black screen.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.forum.decisions import OUTCOME_LABELS
from app.core.forum.summary import ForumBoard, ProposalView
from app.ui.forum.controller import VIEWS, PresenterController
from app.ui.forum.gauge import GaugeBar
from common.dates import format_date_id
from common.money import format_rupiah
from common.numbers import format_fixed, format_number

BACKGROUND = "#000000"
TEXT = "#ffffff"
MUTED = "#c8c8c8"
ACCENT = "#ffd400"
GOOD = "#3ddc84"
BAD = "#ff7b7b"
WARN = "#ffb347"
OUTCOME_COLOURS = {
    "agreed": GOOD,
    "not_agreed": BAD,
    "moved_to_village": WARN,
    "postponed": WARN,
    "merged": MUTED,
}


def _t(text: str) -> str:
    return QCoreApplication.translate("Presenter", text)


def view_titles() -> dict[str, str]:
    return {
        "proposal": _t("Usulan yang dibahas"),
        "ranking": _t("Peringkat per perangkat daerah"),
        "pagu": _t("Pagu indikatif kecamatan"),
        "attendance": _t("Kehadiran"),
        "summary": _t("Ringkasan kecamatan untuk Forum Perangkat Daerah"),
    }


def _clear(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            continue
        widget = item.widget()
        child = item.layout()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        elif child is not None:
            _clear(child)
            child.deleteLater()


def _percent(share: float | None) -> str:
    return "-" if share is None else f"{round(100 * share)}%"


def _stars(value: int) -> str:
    return "●" * value + "○" * (5 - value)


def _decimal(value: float) -> str:
    return format_fixed(value, 2)


class ElidedLabel(QLabel):
    """One line that ends in "…" at the width it is given, measured in pixels: a title never
    runs into the next column whatever the screen (counting characters did not)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.full_text = text
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(self.fontMetrics().horizontalAdvance("…") * 4, hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(
            self.full_text, Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.setFont(self.font())
        painter.drawText(rect, int(self.alignment()), shown)
        painter.end()

    def shown_text(self) -> str:
        return self.fontMetrics().elidedText(
            self.full_text, Qt.TextElideMode.ElideRight, self.contentsRect().width()
        )


def ranking_rows(height: int, unit: int) -> int:
    """How many proposals the ranking view lists: as many as the screen holds (8 left most of
    a 1080-line screen empty), never fewer than 6."""
    free = height / max(1, unit) - 14  # header, heading, agency, pagu line, footers
    return max(6, min(20, int(free / 1.75)))


def summary_rows(height: int, unit: int) -> int:
    """How many agencies one summary page lists: as many as the screen holds (a fixed 8 left
    half of a 1080-line screen empty). A row with two top priorities is about 2.2 units high."""
    free = height / max(1, unit) - 12  # heading lines, column headers, page line, footer
    return max(4, min(16, int(free / 2.2)))


class _Scale:
    def __init__(self, unit: int) -> None:
        self.unit = unit

    def fitted(
        self, text: str, size: float = 1.0, colour: str = TEXT, *, bold: bool = False
    ) -> ElidedLabel:
        label = ElidedLabel(text)
        weight = "bold" if bold else "normal"
        label.setStyleSheet(
            f"color: {colour}; font-size: {max(8, round(self.unit * size))}px; font-weight: {weight};"
            " background: transparent;"
        )
        return label

    def label(
        self,
        text: str,
        size: float = 1.0,
        colour: str = TEXT,
        *,
        bold: bool = False,
        wrap: bool = False,
        elide: int | None = None,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    ) -> QLabel:
        shown = text
        if elide is not None and len(text) > elide:
            shown = text[: max(1, elide - 1)].rstrip() + "…"
        label = QLabel(shown)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(wrap)
        label.setAlignment(align)
        weight = "bold" if bold else "normal"
        label.setStyleSheet(
            f"color: {colour}; font-size: {max(8, round(self.unit * size))}px; font-weight: {weight};"
            " background: transparent;"
        )
        if text != shown:
            label.setToolTip(text)
        return label

    def gauge(
        self, used: int, ceiling: int | None, height: float = 0.9, *, neutral: bool = False
    ) -> GaugeBar:
        bar = GaugeBar()
        bar.setFixedHeight(max(10, round(self.unit * height)))
        bar.set_values(used, ceiling, neutral=neutral)
        return bar


class _View(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)

    def draw(self, board: ForumBoard, controller: PresenterController, s: _Scale) -> None:
        _clear(self.box)
        self.box.setSpacing(round(s.unit * 0.5))
        self.fill(board, controller, s)
        self.box.addStretch(1)

    def fill(self, board: ForumBoard, controller: PresenterController, s: _Scale) -> None:
        raise NotImplementedError


class ProposalPanel(_View):
    def fill(self, board: ForumBoard, controller: PresenterController, s: _Scale) -> None:
        view = board.proposal(controller.current_id)
        if view is None:
            self.box.addWidget(s.label(_t("Belum ada usulan yang dibahas."), 1.4, MUTED))
            return
        group_size = sum(1 for p in board.proposals if p.agency_code == view.agency_code)
        self.box.addWidget(
            s.label(
                _t("%s · peringkat %d dari %d · urutan kecamatan %d dari %d")
                % (
                    view.agency_label,
                    view.rank_in_group,
                    group_size,
                    view.overall,
                    len(board.proposals),
                ),
                0.9,
                ACCENT,
                bold=True,
            )
        )
        self.box.addWidget(s.label(view.title, 1.9, TEXT, bold=True, wrap=True))
        facts = [view.desa or _t("desa belum diisi")]
        if view.volume is not None:
            volume = format_number(view.volume)
            facts.append(f"{volume} {view.satuan or ''}".strip())
        facts.append(_t("Perkiraan %s") % format_rupiah(view.estimated_cost or 0))
        self.box.addWidget(s.label(" · ".join(facts), 1.1, TEXT, wrap=True))
        if view.outcome:
            self.box.addWidget(self._decision(view, s))
        row = QHBoxLayout()
        row.setSpacing(s.unit)
        if view.photo is not None:
            pixmap = QPixmap(str(view.photo))
            if not pixmap.isNull():
                photo = QLabel()
                photo.setPixmap(
                    pixmap.scaled(
                        s.unit * 16,
                        s.unit * 11,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
                photo.setAlignment(Qt.AlignmentFlag.AlignTop)
                row.addWidget(photo)
        row.addLayout(self._scores(view, board.criteria, s), 1)
        self.box.addLayout(row)
        self.box.addWidget(self._alignment(board, view, s))

    def _decision(self, view: ProposalView, s: _Scale) -> QLabel:
        outcome = view.outcome or ""
        text = QCoreApplication.translate("ForumPage", OUTCOME_LABELS.get(outcome, outcome)).upper()
        if outcome == "agreed":
            text += _t(" · prioritas %d · %s") % (
                view.priority or 0,
                format_rupiah(view.agreed_amount or 0),
            )
        elif view.reason:
            text += f": {view.reason}"
        return s.label(text, 1.1, OUTCOME_COLOURS.get(outcome, TEXT), bold=True, wrap=True)

    def _scores(
        self, view: ProposalView, criteria: tuple[tuple[str, str, int], ...], s: _Scale
    ) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(s.unit)
        grid.setVerticalSpacing(round(s.unit * 0.2))
        weights = {key: weight for key, _label, weight in criteria}
        for row, rating in enumerate(view.ratings):
            grid.addWidget(s.label(rating.label, 1.0), row, 0)
            grid.addWidget(s.label(_stars(rating.value), 1.0, ACCENT), row, 1)
            grid.addWidget(
                s.label(_t("bobot %d%%") % weights.get(rating.key, 0), 0.8, MUTED), row, 2
            )
        total = len(view.ratings)
        grid.addWidget(
            s.label(
                _t("Nilai gabungan %d/100  (%s dari 5)") % (view.score, _decimal(view.composite)),
                1.2,
                GOOD,
                bold=True,
            ),
            total,
            0,
            1,
            3,
        )
        if view.moved and view.move_reason:
            grid.addWidget(
                s.label(_t("Urutan diubah forum: %s") % view.move_reason, 0.85, WARN, wrap=True),
                total + 1,
                0,
                1,
                3,
            )
        grid.setColumnStretch(3, 1)
        return grid

    def _alignment(self, board: ForumBoard, view: ProposalView, s: _Scale) -> QWidget:
        frame = QFrame()
        frame.setObjectName("alignmentBox")
        frame.setStyleSheet(
            f"QFrame#alignmentBox {{ border: 2px solid {MUTED}; border-radius: 6px; }}"
        )
        box = QVBoxLayout(frame)
        box.setContentsMargins(s.unit // 2, s.unit // 3, s.unit // 2, s.unit // 3)
        info = view.alignment
        if info is None:
            text = (
                _t("Penilai keselarasan belum menilai usulan ini.")
                if board.alignment_available
                else _t("Penilai keselarasan tidak tersedia: keselarasan dinilai netral 3.")
            )
            box.addWidget(s.label(text, 0.85, MUTED, wrap=True))
            return frame
        box.addWidget(s.label(_t("Keselarasan %d/100") % info.score, 1.0, ACCENT, bold=True))
        suggestions = []
        if info.agency_name:
            suggestions.append(_t("OPD: %s") % info.agency_name)
        if info.sub_kegiatan_code:
            suggestions.append(
                _t("Sub kegiatan: %s %s") % (info.sub_kegiatan_code, info.sub_kegiatan_name or "")
            )
        if suggestions:
            box.addWidget(s.label(" · ".join(suggestions), 0.85, TEXT, wrap=True))
        if info.rpjmd_target:
            box.addWidget(
                s.label(_t("Sasaran RPJMD: %s") % info.rpjmd_target, 0.85, TEXT, wrap=True)
            )
        box.addWidget(s.label(info.explanation, 0.7, MUTED, wrap=True, elide=420))
        return frame


class RankingPanel(_View):
    def fill(self, board: ForumBoard, controller: PresenterController, s: _Scale) -> None:
        groups = board.by_agency()
        code = controller.current_agency()
        if code is None or code not in groups:
            self.box.addWidget(s.label(_t("Belum ada usulan di forum."), 1.4, MUTED))
            return
        members = groups[code]
        summary = next((a for a in board.agencies if a.code == code), None)
        self.box.addWidget(s.label(members[0].agency_label, 1.7, TEXT, bold=True))
        if summary is not None:
            ceiling = format_rupiah(summary.ceiling) if summary.ceiling else _t("belum ditetapkan")
            self.box.addWidget(
                s.label(
                    _t("Pagu %s · disepakati %s (%s)")
                    % (ceiling, format_rupiah(summary.agreed_total), _percent(summary.share)),
                    0.95,
                    ACCENT,
                )
            )
        current = controller.current_id
        index = next((i for i, m in enumerate(members) if m.id == current), 0)
        window = self.window()
        shown_rows = ranking_rows(window.height() if window is not None else 768, s.unit)
        start = max(0, min(index - shown_rows // 2, len(members) - shown_rows))
        grid = QGridLayout()
        grid.setHorizontalSpacing(s.unit)
        headers = ("#", _t("Usulan"), _t("Desa"), _t("Biaya"), _t("Nilai"), _t("Keputusan"))
        for col, header in enumerate(headers):
            grid.addWidget(s.label(header, 0.8, MUTED, bold=True), 0, col)
        self.shown_rows = 0
        for row, view in enumerate(members[start : start + shown_rows], start=1):
            self.shown_rows += 1
            colour = ACCENT if view.id == current else TEXT
            outcome = (
                QCoreApplication.translate(
                    "ForumPage", OUTCOME_LABELS.get(view.outcome, view.outcome)
                )
                if view.outcome
                else _t("belum")
            )
            cells = (
                str(view.rank_in_group),
                view.title,
                view.desa or "",
                format_rupiah(view.amount),
                str(view.score),
                outcome,
            )
            for col, text in enumerate(cells):
                tint = OUTCOME_COLOURS.get(view.outcome or "", colour) if col == 5 else colour
                bold = view.id == current
                cell = (
                    s.fitted(text, 1.0, tint, bold=bold)
                    if col == 1
                    else s.label(text, 1.0, tint, bold=bold, elide=22)
                )
                grid.addWidget(cell, row, col)
        grid.setColumnStretch(1, 1)
        self.box.addLayout(grid)
        self.box.addWidget(
            s.label(
                _t("OPD %d dari %d · %d usulan")
                % (controller.agency_index + 1, len(groups), len(members)),
                0.75,
                MUTED,
            )
        )


class PaguPanel(_View):
    def fill(self, board: ForumBoard, controller: PresenterController, s: _Scale) -> None:
        pagu = board.pagu
        ceiling = (
            format_rupiah(pagu.total_ceiling) if pagu.total_ceiling else _t("belum ditetapkan")
        )
        colour = BAD if pagu.total_over else GOOD
        self.box.addWidget(
            s.label(
                _t("Disepakati %s dari %s") % (format_rupiah(pagu.total_used), ceiling),
                1.5,
                TEXT,
                bold=True,
            )
        )
        self.box.addWidget(s.gauge(pagu.total_used, pagu.total_ceiling, 1.6))
        if pagu.total_ceiling:
            remaining = pagu.total_ceiling - pagu.total_used
            text = (
                _t("Sisa %s") % format_rupiah(remaining)
                if remaining >= 0
                else _t("Lebih %s") % format_rupiah(-remaining)
            )
            self.box.addWidget(
                s.label(f"{_percent(pagu.total_share)} · {text}", 1.1, colour, bold=True)
            )
        grid = QGridLayout()
        grid.setHorizontalSpacing(s.unit)
        grid.setVerticalSpacing(round(s.unit * 0.3))
        labels = {a.code: a.label for a in board.agencies}
        for row, use in enumerate(pagu.agencies):
            code = use.agency_code or ""
            grid.addWidget(
                s.label(labels.get(code, code or _t("OPD belum ditentukan")), 0.9, elide=18), row, 0
            )
            if use.ceiling is not None:
                grid.addWidget(s.gauge(use.used, use.ceiling, 0.7), row, 1)
                ceiling_text = format_rupiah(use.ceiling)
            else:  # no agency ceiling: its share of the kecamatan's total, in blue
                grid.addWidget(s.gauge(use.used, pagu.total_ceiling, 0.7, neutral=True), row, 1)
                ceiling_text = _t("tanpa pagu OPD")
            grid.addWidget(
                s.label(
                    f"{format_rupiah(use.used)} / {ceiling_text}",
                    0.8,
                    BAD if use.over else TEXT,
                ),
                row,
                2,
            )
        grid.setColumnStretch(1, 1)
        self.box.addLayout(grid)
        for warning in pagu.warnings[:3]:
            self.box.addWidget(s.label("⚠ " + warning, 0.8, BAD, wrap=True))


class AttendancePanel(_View):
    def fill(self, board: ForumBoard, controller: PresenterController, s: _Scale) -> None:
        att = board.attendance
        row = QHBoxLayout()
        row.setSpacing(s.unit * 2)
        for value, caption, colour in (
            (str(att.total), _t("hadir"), TEXT),
            (f"{att.women} ({_percent(att.women_share)})", _t("perempuan"), ACCENT),
            (str(att.men), _t("laki-laki"), TEXT),
        ):
            cell = QVBoxLayout()
            cell.setSpacing(0)
            cell.addWidget(s.label(value, 2.6, colour, bold=True))
            cell.addWidget(s.label(caption, 0.9, MUTED))
            cell.addStretch(1)
            row.addLayout(cell)
        row.addStretch(1)
        self.box.addLayout(row)
        grid = QGridLayout()
        grid.setHorizontalSpacing(s.unit)
        grid.setVerticalSpacing(round(s.unit * 0.25))
        most = max((u.total for u in att.by_unsur), default=1)
        for r, unsur in enumerate(att.by_unsur):
            grid.addWidget(s.label(unsur.label, 0.9), r, 0)
            grid.addWidget(s.gauge(unsur.total, most, 0.6, neutral=True), r, 1)
            grid.addWidget(s.label(_t("%d (%d P)") % (unsur.total, unsur.women), 0.9), r, 2)
        grid.setColumnStretch(1, 1)
        self.box.addLayout(grid)
        for warning in board.delegation.warnings:
            self.box.addWidget(s.label("⚠ " + warning, 0.8, WARN, wrap=True))


class SummaryPanel(_View):
    def fill(self, board: ForumBoard, controller: PresenterController, s: _Scale) -> None:
        total = sum(a.count for a in board.agencies)
        cost = sum(a.total_cost for a in board.agencies)
        self.box.addWidget(
            s.label(
                _t("%d usulan · perkiraan %s · disepakati %s")
                % (total, format_rupiah(cost), format_rupiah(board.pagu.total_used)),
                1.0,
                ACCENT,
                bold=True,
            )
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(s.unit)
        grid.setVerticalSpacing(round(s.unit * 0.35))
        headers = (
            _t("OPD"),
            _t("Usulan"),
            _t("Total biaya"),
            _t("Pagu terpakai"),
            _t("Prioritas teratas"),
        )
        for col, header in enumerate(headers):
            grid.addWidget(s.label(header, 0.8, MUTED, bold=True), 0, col)
        window = self.window()
        rows = summary_rows(window.height() if window is not None else 768, s.unit)
        if rows != controller.summary_rows:
            controller.summary_rows = rows
            pages = max(1, -(-len(board.agencies) // rows))
            controller.summary_page = min(controller.summary_page, pages - 1)
        start = controller.summary_page * rows
        for row, agency in enumerate(board.agencies[start : start + rows], start=1):
            over = agency.ceiling is not None and agency.agreed_total > agency.ceiling
            grid.addWidget(s.label(agency.label, 0.95, TEXT, bold=True, elide=14), row, 0)
            grid.addWidget(s.label(f"{agency.agreed_count}/{agency.count}", 0.95), row, 1)
            grid.addWidget(s.label(format_rupiah(agency.total_cost), 0.95), row, 2)
            grid.addWidget(
                s.label(_percent(agency.share), 0.95, BAD if over else GOOD, bold=True), row, 3
            )
            top = QWidget()
            top_box = QVBoxLayout(top)
            top_box.setContentsMargins(0, 0, 0, 0)
            top_box.setSpacing(0)
            for i, title in enumerate(agency.top[:2], start=1):
                top_box.addWidget(s.fitted(f"{i}. {title}", 0.75, TEXT))
            if not agency.top:
                top_box.addWidget(s.label(_t("belum ada yang disepakati"), 0.75, MUTED))
            top.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            grid.addWidget(top, row, 4)
        grid.setColumnStretch(4, 1)
        self.box.addLayout(grid)
        pages = max(1, -(-len(board.agencies) // rows))
        if pages > 1:
            self.box.addWidget(
                s.label(
                    _t("Halaman %d dari %d") % (controller.summary_page + 1, pages), 0.75, MUTED
                )
            )


class PresenterWindow(QWidget):
    """Follows ``controller``; its keys drive the controller (and so the operator's page)."""

    def __init__(self, controller: PresenterController, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.controller = controller
        self.rendered = 0
        self._normal_geometry: QRect | None = None
        self.setWindowTitle(_t("Layar presentasi Musrenbang"))
        self.setObjectName("presenter")
        self.setStyleSheet(f"#presenter {{ background: {BACKGROUND}; }}")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), Qt.GlobalColor.black)
        self.setPalette(palette)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(640, 480)
        self.resize(1024, 768)
        outer = QVBoxLayout(self)
        self._outer = outer
        self.header = QLabel()
        self.heading = QLabel()
        self.footer = QLabel()
        for label in (self.header, self.heading, self.footer):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.stack = QStackedWidget()
        self.panels: dict[str, _View] = {
            "proposal": ProposalPanel(),
            "ranking": RankingPanel(),
            "pagu": PaguPanel(),
            "attendance": AttendancePanel(),
            "summary": SummaryPanel(),
        }
        for name in VIEWS:
            self.stack.addWidget(self.panels[name])
        self.black_page = QWidget()
        self.black_page.setStyleSheet(f"background: {BACKGROUND};")
        self.stack.addWidget(self.black_page)
        self.empty = QLabel(_t("Pilih sesi forum di jendela operator."))
        self.stack.addWidget(self.empty)
        outer.addWidget(self.header)
        outer.addWidget(self.heading)
        outer.addWidget(self.stack, 1)
        outer.addWidget(self.footer)
        self._keys: dict[int, Callable[[], None]] = {
            Qt.Key.Key_PageDown: lambda: controller.step(1),
            Qt.Key.Key_Space: lambda: controller.step(1),
            Qt.Key.Key_Right: lambda: controller.step(1),
            Qt.Key.Key_PageUp: lambda: controller.step(-1),
            Qt.Key.Key_Backspace: lambda: controller.step(-1),
            Qt.Key.Key_Left: lambda: controller.step(-1),
            Qt.Key.Key_Down: controller.next_view,
            Qt.Key.Key_Up: controller.previous_view,
            Qt.Key.Key_B: controller.toggle_black,
            Qt.Key.Key_Period: controller.toggle_black,
            Qt.Key.Key_F5: lambda: self.set_fullscreen(True),
            Qt.Key.Key_Escape: self._escape,
        }
        for number, name in enumerate(VIEWS, start=1):
            self._keys[int(Qt.Key.Key_0) + number] = partial(controller.set_view, name)
        controller.changed.connect(self.redraw)
        controller.fullscreen_requested.connect(self.set_fullscreen)
        self.redraw()

    # -- screens -----------------------------------------------------------------------------
    def target_screen(self) -> QScreen | None:
        """The second display when there is one (not the operator's), else None."""
        screens = QGuiApplication.screens()
        if len(screens) < 2:
            return None
        operator = QGuiApplication.primaryScreen()
        parent = self.parentWidget()
        if parent is not None and parent.screen() is not None:
            operator = parent.screen()
        return next((s for s in screens if s is not operator), None)

    def present(self) -> None:
        """Show: full screen on the second display when there is one, else as a window."""
        screen = self.target_screen()
        if screen is None:
            self.show()
            return
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()

    def set_fullscreen(self, on: bool) -> None:
        if on:
            if not self.isFullScreen():
                self._normal_geometry = self.geometry()
            screen = self.target_screen() or self.screen()
            if screen is not None:
                self.setScreen(screen)
                # Without a window manager (a bare X server) nobody resizes the window for us.
                self.setGeometry(screen.geometry())
            self.showFullScreen()
        else:
            self.showNormal()
            if self._normal_geometry is not None:
                self.setGeometry(self._normal_geometry)

    def _escape(self) -> None:
        """Esc steps back: out of the black screen, then out of full screen, then closes."""
        if self.controller.black:
            self.controller.set_black(False)
        elif self.isFullScreen():
            self.set_fullscreen(False)
        else:
            self.close()

    # -- events ------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = self._keys.get(event.key())
        if action is None:
            super().keyPressEvent(event)
            return
        action()
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.redraw()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.controller.set_black(False)
        super().closeEvent(event)

    # -- drawing -----------------------------------------------------------------------------
    def unit(self) -> int:
        return max(12, min(self.width() // 60, self.height() // 34))

    def redraw(self) -> None:
        controller = self.controller
        board = controller.board
        s = _Scale(self.unit())
        margin = s.unit
        self._outer.setContentsMargins(margin * 2, margin, margin * 2, margin)
        self._outer.setSpacing(round(margin * 0.4))
        self.rendered += 1
        chrome = (self.header, self.heading, self.footer)
        if controller.black:
            for label in chrome:
                label.hide()
            self.stack.setCurrentWidget(self.black_page)
            return
        for label in chrome:
            label.show()
        if board is None:
            self._style(self.empty, 1.3, MUTED)
            self.header.setText("")
            self.heading.setText("")
            self.footer.setText("")
            self.stack.setCurrentWidget(self.empty)
            return
        held = format_date_id(board.held_on) if board.held_on else ""
        self.header.setText(" · ".join(x for x in (board.title, held, board.place or "") if x))
        self._style(self.header, 0.75, MUTED)
        self.heading.setText(view_titles()[controller.view])
        self._style(self.heading, 1.25, ACCENT, bold=True)
        code = board.verification_code
        sealed = _t("DISEGEL · kode verifikasi %s") % code if code else ""
        position = _t("Tampilan %d/%d") % (VIEWS.index(controller.view) + 1, len(VIEWS))
        self.footer.setText("   ".join(x for x in (position, sealed) if x))
        self._style(self.footer, 0.7, MUTED)
        panel = self.panels[controller.view]
        panel.draw(board, controller, s)
        self.stack.setCurrentWidget(panel)

    def _style(self, label: QLabel, size: float, colour: str, *, bold: bool = False) -> None:
        weight = "bold" if bold else "normal"
        label.setStyleSheet(
            f"color: {colour}; font-size: {max(8, round(self.unit() * size))}px; font-weight: {weight};"
        )
