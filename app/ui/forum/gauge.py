"""A horizontal gauge bar: used against a ceiling, red past it."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

OK_COLOUR = QColor("#3ddc84")
OVER_COLOUR = QColor("#ff5c5c")
TRACK_COLOUR = QColor("#3a3a3a")
MARK_COLOUR = QColor("#ffffff")
NEUTRAL_COLOUR = QColor("#5aa9ff")


class GaugeBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.used = 0
        self.ceiling: int | None = None
        self.neutral = False  # the reference is not a ceiling (e.g. share of the total)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(12)

    def set_values(self, used: int, ceiling: int | None, *, neutral: bool = False) -> None:
        self.used, self.ceiling, self.neutral = used, ceiling, neutral
        self.update()

    @property
    def over(self) -> bool:
        return not self.neutral and self.ceiling is not None and self.used > self.ceiling

    def fill_fraction(self) -> float:
        if not self.ceiling:
            return 1.0 if self.used else 0.0
        return min(1.0, self.used / max(self.used, self.ceiling))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        radius = rect.height() / 4
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TRACK_COLOUR)
        painter.drawRoundedRect(rect, radius, radius)
        fill = QRectF(rect)
        fill.setWidth(rect.width() * self.fill_fraction())
        colour = NEUTRAL_COLOUR if self.neutral else OVER_COLOUR if self.over else OK_COLOUR
        painter.setBrush(colour)
        painter.drawRoundedRect(fill, radius, radius)
        if self.over and self.ceiling:
            x = rect.left() + rect.width() * self.ceiling / self.used
            painter.setPen(MARK_COLOUR)
            painter.drawLine(int(x), int(rect.top()), int(x), int(rect.bottom()))
        painter.end()
