from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.ui.widgets import Debouncer, RupiahEdit


def test_rupiah_edit_groups_while_typing(qtbot: QtBot) -> None:
    edit = RupiahEdit()
    qtbot.addWidget(edit)
    qtbot.keyClicks(edit, "1250000")
    assert edit.text() == "1.250.000"
    assert edit.value() == 1_250_000
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert edit.text() == "125.000"
    qtbot.keyClicks(edit, "abc-")  # letters and minus are refused by the validator
    assert edit.value() == 125_000


def test_rupiah_edit_keeps_cursor_in_the_middle(qtbot: QtBot) -> None:
    edit = RupiahEdit()
    qtbot.addWidget(edit)
    edit.setValue(1_000_000)
    edit.setCursorPosition(1)  # after the "1"
    qtbot.keyClicks(edit, "5")
    assert edit.text() == "15.000.000"
    assert edit.cursorPosition() == 2


def test_debouncer_fires_once(qtbot: QtBot) -> None:
    debouncer = Debouncer(10)
    fired: list[int] = []
    debouncer.fire.connect(lambda: fired.append(1))
    for _ in range(5):
        debouncer.poke()
    qtbot.waitUntil(lambda: fired == [1], timeout=2000)
    debouncer.poke()
    debouncer.flush()
    assert fired == [1, 1]
