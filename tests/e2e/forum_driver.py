"""Plays a whole forum day in a real window by keyboard, as an operator would (run by
test_forum_day.py under Xvfb). It starts from what the first start creates (routed proposals,
pagu, an open forum session with its attendance), then: accept the scorer's routing for the
whole list (ticking the low-confidence ones), add a participant, set weights to 100%, enter 20
decisions fast (amount, Enter; a reason for the ones not agreed), seal after choosing what
happens to the undecided, and save the T-D.4 and the berita acara as PDF from the Laporan page.
Screenshots of every page, the form and the presenter at the screen's size.

Focus moves by Tab and shortcuts, combo boxes by arrows and first letters, spin boxes and
fields by typing, buttons by Space. The only thing patched is the file-name dialog.

Arguments: report.json, output folder, screenshot folder, WIDTHxHEIGHT. Exits non-zero with a
message when a step does not happen within its deadline.
"""

from __future__ import annotations

import faulthandler
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import cast

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from app.ui.context import AppContext
from app.ui.forum.page import ForumPage, SealDialog
from app.ui.forum.presenter import PresenterWindow
from app.ui.launch import _open_or_create_demo
from app.ui.main_window import MainWindow
from app.ui.proposals.form import ProposalForm
from app.ui.proposals.page import ProposalsPage
from app.ui.proposals.routing_dialog import BulkRoutingDialog
from app.ui.reference_page import ReferencePage
from app.ui.reports_page import ReportsPage
from app.ui.sync_page import SyncPage
from app.ui.tasks import TaskRunner
from tests.e2e.drive import leave, settle, watch_message_boxes

report_path, out, shots = (Path(arg) for arg in sys.argv[1:4])
width, height = (int(v) for v in sys.argv[4].split("x"))
suffix = f"-{width}x{height}"
out.mkdir(parents=True, exist_ok=True)
shots.mkdir(parents=True, exist_ok=True)
app = QApplication([])
facts: dict[str, object] = {}
screenshots: list[str] = []
# Well before the test's 480 s: a step stuck outside `settle` prints every thread's stack and exits.
faulthandler.dump_traceback_later(400, exit=True)
dialog_watch = watch_message_boxes()

Ctrl = Qt.KeyboardModifier.ControlModifier
Shift = Qt.KeyboardModifier.ShiftModifier
NoMod = Qt.KeyboardModifier.NoModifier


def becomes(get: Callable[[], object], value: object) -> Callable[[], bool]:
    """A `settle` predicate with the value bound now (a loop's variable would be read late)."""
    return lambda: get() == value


def shot(widget: QWidget, name: str) -> None:
    file = f"{name}{suffix}.png"
    assert widget.grab().save(str(shots / file))
    screenshots.append(file)


def focused() -> QWidget:
    # The presenter has no field: its keys go to the window itself.
    widget = app.focusWidget() or QApplication.activeWindow()
    if widget is None:
        leave(1, "no widget has the keyboard focus")
    return widget


def key(k: Qt.Key, modifier: Qt.KeyboardModifier = NoMod, times: int = 1) -> None:
    for _ in range(times):
        QTest.keyClick(focused(), k, modifier)


def keys(text: str) -> None:
    QTest.keyClicks(focused(), text)


def has_focus(target: QWidget) -> bool:
    widget = app.focusWidget()
    return widget is not None and (widget is target or target.isAncestorOf(widget))


def tab_to(target: QWidget, what: str, *, back: bool = False, limit: int = 60) -> None:
    """Tab (or Shift+Tab) until ``target`` has the focus: the focus chain must lead there."""
    for _ in range(limit):
        if has_focus(target):
            return
        key(Qt.Key.Key_Backtab if back else Qt.Key.Key_Tab, Shift if back else NoMod)
    leave(1, f"Tab never reached {what} (stuck on {type(focused()).__name__})")


def back_to(target: QWidget) -> None:
    """A window manager activates a new dialog, and the window under it again once the dialog
    closes; a bare X server has none, so the driver does what it would (focus goes to the
    window's last focused widget by itself)."""
    if QApplication.activeWindow() is not target:
        target.activateWindow()
    settle("the window to be active again", lambda: QApplication.activeWindow() is target)


def when_modal(kind: type, answer: Callable[[QWidget], None]) -> None:
    """Answer a dialog that a key is about to open with ``exec()`` (its own event loop)."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and isinstance(dialog, kind) and dialog.isVisible():
            answer(dialog)
        else:
            QTimer.singleShot(50, look)

    QTimer.singleShot(0, look)


# --- the first start: what the launcher creates, then the main window -------------------------
started = _open_or_create_demo()
facts["demo_created"] = started.demo_created
db = started.db
tasks = TaskRunner(app)
context = AppContext(db.engine, str(db.path), tasks)
window = MainWindow(context)
window.show()
window.activateWindow()
facts["window"] = [window.width(), window.height()]
page = cast(ProposalsPage, window.pages["proposals"])
settle("the demo list", lambda: page.model.rowCount() == 150)
settle("the main window to be active", lambda: QApplication.activeWindow() is window)
settle("the agency filter's choices", lambda: page.agency_filter.count() > 2)

# --- route in bulk: the whole list, Ctrl+Shift+R, tick the low-confidence ones, apply ----------
page.table.setFocus()  # where the page puts the operator (the list)
key(Qt.Key.Key_A, Ctrl)
settle("every row selected", lambda: len(page.selected_ids()) == 150)
key(Qt.Key.Key_R, Ctrl | Shift)
settle(
    "the routing dialog", lambda: isinstance(QApplication.activeModalWidget(), BulkRoutingDialog)
)
dialog = cast(BulkRoutingDialog, QApplication.activeModalWidget())
settle("the suggestions", lambda: dialog.apply_button.isEnabled(), seconds=90)
facts["to_review"] = dialog.review_model.rowCount()
tab_to(dialog.review_view, "the review list")
key(Qt.Key.Key_Home, Ctrl)
for _row in range(dialog.review_model.rowCount()):  # the operator checked each and agrees
    key(Qt.Key.Key_Space)
    key(Qt.Key.Key_Down)
facts["ticked"] = len(dialog.checked_review_ids())
shot(dialog, "terima-saran-opd")
tab_to(dialog.apply_button, "Terapkan")
key(Qt.Key.Key_Space)
settle("the routing", lambda: QApplication.activeModalWidget() is None)
back_to(window)
facts["routing_note"] = window.statusBar().currentMessage()
# The filter "(tanpa OPD)" is the second choice of the agency filter: nothing is left in it.
tab_to(page.agency_filter, "the agency filter", back=True)
key(Qt.Key.Key_Down)
settle("the unrouted filter", lambda: page.agency_filter.currentIndex() == 1)
settle("the unrouted list", lambda: page.model.rowCount() < 150)
facts["left_without_agency"] = page.model.rowCount()
key(Qt.Key.Key_Up)
settle("the whole list", lambda: page.model.rowCount() == 150)
shot(window, "halaman-usulan")

# the form, as the operator opens it: Return on the list, Esc to close
tab_to(page.table, "the proposal list")
key(Qt.Key.Key_Home, Ctrl)
key(Qt.Key.Key_Return)
settle("the form", lambda: isinstance(QApplication.activeModalWidget(), ProposalForm))
form = cast(ProposalForm, QApplication.activeModalWidget())
settle("the form's data", form.isEnabled)
facts["form"] = [form.width(), form.height()]
shot(form, "formulir-usulan")
key(Qt.Key.Key_Escape)
settle("the form to close", lambda: QApplication.activeModalWidget() is None)
back_to(window)

# --- the forum the first start opened: Ctrl+2, attendance tab by the tab bar ------------------
key(Qt.Key.Key_2, Ctrl)
forum = cast(ForumPage, window.pages["forum"])
settle(
    "the forum board",
    lambda: forum.data is not None and forum.data.board is not None and forum.isVisible(),
)
assert forum.data is not None and forum.data.board is not None
session_id = forum.data.board.session_id
facts["open_at_start"] = forum.data.board.status != "sealed"
facts["attendance_at_start"] = forum.att_model.rowCount()
tab_to(forum.tabs.tabBar(), "the forum's tabs")
key(Qt.Key.Key_Right)  # Sesi → Daftar hadir
settle("the attendance tab", lambda: forum.tabs.currentIndex() == 1)
tab_to(forum.att_name, "the participant's name")
keys("Rahmawati Sari")
key(Qt.Key.Key_Tab)
keys("Kel")  # Kelompok Perempuan/PKK
key(Qt.Key.Key_Tab)
keys("PKK Kecamatan")
key(Qt.Key.Key_Tab)
keys("P")  # Perempuan
facts["attendee_fields"] = [
    forum.att_unsur.currentData(),
    forum.att_institution.text(),
    forum.att_sex.currentData(),
]
before = forum.att_model.rowCount()
key(Qt.Key.Key_Return)  # adds the participant, the name field is ready for the next
settle("the new participant", lambda: forum.att_model.rowCount() == before + 1)
facts["attendance"] = forum.att_model.rowCount()
shot(window, "forum-daftar-hadir")

# --- weights: the first criterion +10 (110%: cannot apply), the second −10, apply -------------
tab_to(forum.tabs.tabBar(), "the forum's tabs", back=True)
key(Qt.Key.Key_Right)  # → Penilaian dan keputusan
settle("the ranking tab", lambda: forum.tabs.currentIndex() == 2)
spins = list(forum.weight_spins.values())
first, second = spins[0].value() + 10, spins[1].value() - 10
tab_to(spins[0], "the first weight")
keys(str(first))
settle("the first weight typed", lambda: spins[0].value() == first)
facts["apply_at_110"] = forum.apply_weights.isEnabled()
key(Qt.Key.Key_Tab)
keys(str(second))
settle("the second weight typed", lambda: spins[1].value() == second)
facts["apply_at_100"] = forum.apply_weights.isEnabled()
tab_to(forum.apply_weights, "Terapkan bobot")
key(Qt.Key.Key_Space)
settle("the weights", lambda: "disimpan" in window.statusBar().currentMessage().lower())
settle("the saved weights shown", lambda: not forum.apply_weights.isEnabled())

# --- 20 decisions entered fast: amount, Enter; every fifth not agreed, with its reason --------
tab_to(forum.ranking_table, "the ranking")
key(Qt.Key.Key_Home, Ctrl)
top = forum.ranking_model.rows[0].id
settle("the first proposal", lambda: forum.current_proposal_id() == top)
tab_to(forum.amount_edit, "the amount")
entered: dict[str, dict[str, object]] = {}
for i in range(20):
    pid = forum.current_proposal_id()
    assert pid is not None and has_focus(forum.amount_edit), (i, pid)
    if i % 5 == 3:
        tab_to(forum.outcome_combo, "Keputusan", back=True)
        # Down: "Tidak disepakati" follows "Disepakati". (Typing "Tid" works once, but typed
        # letters within the keyboard interval of the last ones extend that search.)
        key(Qt.Key.Key_Down)
        settle("the amount closed", lambda: not forum.amount_edit.isEnabled())
        tab_to(forum.reason_edit, "Alasan")
        keys("Lahan belum siap")
        entered[pid] = {"outcome": str(forum.outcome_combo.currentData()), "amount": None}
    else:
        amount = 10_000_000 + i * 1_000_000
        keys(str(amount))
        entered[pid] = {"outcome": str(forum.outcome_combo.currentData()), "amount": amount}
    key(Qt.Key.Key_Return)  # save, and the next proposal is in the form
settle("every save confirmed", lambda: forum.pending_saves == 0, seconds=90)


def decided() -> int:
    board = forum.data.board if forum.data else None
    return sum(1 for v in board.proposals if v.outcome) if board else 0


settle("the board to show the 20 decisions", lambda: decided() == 20, seconds=60)
facts["entered"] = entered
facts["status_bar"] = window.statusBar().currentMessage()
shot(window, "forum-keputusan")

# --- seal: the dialog lists the undecided; the operator marks them "belum dibahas" ------------
tab_to(forum.tabs.tabBar(), "the forum's tabs", back=True)
key(Qt.Key.Key_Right, times=3)  # → Pagu → Delegasi → Penyegelan
settle("the seal tab", lambda: forum.tabs.currentIndex() == forum.tabs.count() - 1)
tab_to(forum.seal_button, "Segel sesi")


def answer_seal(widget: QWidget) -> None:
    seal = cast(SealDialog, widget)
    facts["undecided_listed"] = seal.list_model.rowCount()
    facts["seal_default_is_back"] = seal.back_button.isDefault()
    shot(seal, "segel-belum-diputuskan")
    back_to(seal)
    tab_to(seal.mark_button, "the mark-and-seal button")
    key(Qt.Key.Key_Space)


when_modal(SealDialog, answer_seal)
key(Qt.Key.Key_Space)  # opens the dialog; returns once it has been answered
settle(
    "the seal",
    lambda: (
        forum.data is not None
        and forum.data.board is not None
        and forum.data.board.status == "sealed"
    ),
    seconds=90,
)
back_to(window)
shot(window, "forum-segel")

# --- the presenter: F5 from the main window, its views by number keys, Esc closes ----------------
key(Qt.Key.Key_F5)
settle("the presenter", lambda: forum.presenter is not None and forum.presenter.isVisible())
presenter = cast(PresenterWindow, forum.presenter)
presenter.activateWindow()
settle("the presenter to be active", lambda: QApplication.activeWindow() is presenter)
key(Qt.Key.Key_F5)  # full screen on this (the only) screen
settle("the presenter full screen", presenter.isFullScreen)
for number, view in enumerate(("proposal", "ranking", "pagu", "attendance", "summary"), start=1):
    key(Qt.Key(int(Qt.Key.Key_0) + number))
    settle(f"the presenter's {view} view", becomes(lambda: forum.controller.view, view))
    shot(presenter, f"presenter-{view}")
key(Qt.Key.Key_Escape)  # out of full screen
settle("the presenter out of full screen", lambda: not presenter.isFullScreen())
key(Qt.Key.Key_Escape)  # and closed
settle("the presenter to close", lambda: not presenter.isVisible())
back_to(window)

# --- the other pages: Ctrl+4, Ctrl+5, Ctrl+6 ---------------------------------------------------
key(Qt.Key.Key_4, Ctrl)
sync_page = cast(SyncPage, window.pages["sync"])
settle("the sync page", lambda: sync_page.isVisible() and bool(sync_page.status_label.text()))
shot(window, "halaman-sinkronisasi")
key(Qt.Key.Key_5, Ctrl)
reference = cast(ReferencePage, window.pages["reference"])
settle("the reference page", lambda: reference.isVisible() and reference.model.rowCount() > 0)
shot(window, "halaman-referensi")
key(Qt.Key.Key_6, Ctrl)
settle("the settings page", lambda: window.pages["settings"].isVisible())
shot(window, "halaman-pengaturan")

# --- the T-D.4 and the berita acara, saved as PDF from the Laporan page (Ctrl+3) ----------------
names: list[Path] = []


def file_name(*_args: object, **_kwargs: object) -> tuple[str, str]:
    """The file-name dialog, the one thing patched: it answers with the next name."""
    return str(names.pop(0)), "PDF (*.pdf)"


QFileDialog.getSaveFileName = file_name  # type: ignore[method-assign]
key(Qt.Key.Key_3, Ctrl)
reports = cast(ReportsPage, window.pages["reports"])
settle(
    "the sealed session on the Laporan page",
    lambda: reports.isVisible() and reports.selected_session() == session_id,
)
shot(window, "halaman-laporan")
saved: list[str] = []
reports.saved.connect(saved.append)
for kind in ("td4", "berita-acara"):
    tab_to(reports.kind_combo, "the document choice", back=True)
    # T-D.4 is the second choice, the berita acara the first: Home, then Down for the T-D.4.
    key(Qt.Key.Key_Home)
    if kind == "td4":
        key(Qt.Key.Key_Down)
    settle(f"the {kind} chosen", becomes(reports.selected_kind, kind))
    tab_to(reports.save_pdf_button, "Simpan PDF")
    names.append(out / f"{kind}.pdf")
    count = len(saved)
    key(Qt.Key.Key_Space)
    settle(f"the {kind} saved", becomes(lambda: len(saved), count + 1), seconds=120)
    back_to(window)  # from the progress dialog, when the save took long enough to show it
facts["saved"] = saved
facts["session_id"] = session_id
facts["screenshots"] = screenshots
report_path.write_text(json.dumps(facts))
leave(0)
