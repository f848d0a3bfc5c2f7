"""Small input widgets the forms share: Rupiah with thousands separators, and a debouncer."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRegularExpression, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from common.money import format_rupiah


def _group(digits: str) -> str:
    return format_rupiah(int(digits), symbol=False) if digits else ""


class RupiahEdit(QLineEdit):
    """Types like a calculator: 1250000 shows as 1.250.000 while typing, cursor kept in place."""

    valueChanged = Signal(object)  # int | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("0")
        self.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9.]{0,19}"), self))
        self.textEdited.connect(self._reformat)

    def _reformat(self, text: str) -> None:
        cursor = self.cursorPosition()
        digits_before_cursor = sum(ch.isdigit() for ch in text[:cursor])
        digits = "".join(ch for ch in text if ch.isdigit()).lstrip("0") or (
            "0" if any(c.isdigit() for c in text) else ""
        )
        formatted = _group(digits)
        self.setText(formatted)
        position, seen = 0, 0
        while position < len(formatted) and seen < digits_before_cursor:
            if formatted[position].isdigit():
                seen += 1
            position += 1
        self.setCursorPosition(position)
        self.valueChanged.emit(self.value())

    def value(self) -> int | None:
        digits = "".join(ch for ch in self.text() if ch.isdigit())
        return int(digits) if digits else None

    def setValue(self, amount: int | None) -> None:
        self.setText(_group(str(amount)) if amount is not None else "")


class Debouncer(QObject):
    """Calls ``fire`` once, ``delay_ms`` after the last ``poke``: for search-as-you-type."""

    fire = Signal()

    def __init__(self, delay_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.fire)

    def poke(self) -> None:
        self._timer.start()

    def flush(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.fire.emit()


def fit_to_screen(widget: QWidget, width: int, height: int) -> tuple[int, int]:
    """``width`` × ``height``, or less where the screen is smaller (a 1024×768 projector or
    laptop): no window opens larger than the screen it is on."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return width, height
    room = screen.availableGeometry()
    return min(width, room.width()), min(height, room.height())
