"""Plays a whole forum day in a real window (run by test_forum_day.py under Xvfb): route the
demo's proposals in bulk, open the forum with its attendance, add a participant, set weights
to 100%, enter 20 decisions fast with the keyboard (amount, Enter), seal after choosing what
happens to the undecided, print the T-D.4 and the berita acara. Screenshots of every page,
the form and the presenter at the screen's size.

Arguments: report.json, output folder, screenshot folder, WIDTHxHEIGHT. Exits non-zero with a
message when a step does not happen within its deadline.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import cast

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from app.core.database import open_database
from app.core.demo import create_demo
from app.core.forum.demo_forum import create_open_demo_forum
from app.core.proposal_queries import NO_AGENCY
from app.core.reports import build_report
from app.ui.context import AppContext
from app.ui.forum.page import ForumPage
from app.ui.main_window import MainWindow
from app.ui.proposals.form import ProposalForm
from app.ui.proposals.page import ProposalsPage
from app.ui.proposals.routing_dialog import BulkRoutingDialog
from app.ui.tasks import TaskRunner

report_path, out, shots = (Path(arg) for arg in sys.argv[1:4])
width, height = (int(v) for v in sys.argv[4].split("x"))
suffix = f"-{width}x{height}"
out.mkdir(parents=True, exist_ok=True)
shots.mkdir(parents=True, exist_ok=True)
app = QApplication([])
facts: dict[str, object] = {}
screenshots: list[str] = []


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def settle(what: str, predicate: Callable[[], bool], seconds: float = 60) -> None:
    for _ in range(int(seconds * 20)):
        if predicate():
            wait(100)
            return
        wait(50)
    raise SystemExit(f"timed out waiting for: {what}")


def shot(widget: QWidget, name: str) -> None:
    file = f"{name}{suffix}.png"
    assert widget.grab().save(str(shots / file))
    screenshots.append(file)


db = open_database()
create_demo(db.engine)
tasks = TaskRunner(app)
context = AppContext(db.engine, str(db.path), tasks)
window = MainWindow(context)
window.show()
window.activateWindow()
facts["window"] = [window.width(), window.height()]
page = cast(ProposalsPage, window.pages["proposals"])
settle("the demo list", lambda: page.model.rowCount() == 150)
settle("the main window to be active", lambda: QApplication.activeWindow() is window)

# --- route in bulk: filter "tanpa OPD", Ctrl+Shift+R, review, apply ---------------------------
page.agency_filter.setCurrentIndex(page.agency_filter.findData(NO_AGENCY))
settle("the unrouted list", lambda: page.model.rowCount() == 150)
page.table.setFocus()
QTest.keyClick(
    page.table,
    Qt.Key.Key_R,
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
)
settle(
    "the routing dialog", lambda: isinstance(QApplication.activeModalWidget(), BulkRoutingDialog)
)
dialog = cast(BulkRoutingDialog, QApplication.activeModalWidget())
settle("the suggestions", lambda: dialog.apply_button.isEnabled(), seconds=90)
for s in dialog.suggestions:  # the operator reviewed the low-confidence ones and agrees
    if s.needs_review and s.agency_code:
        dialog.set_review_checked(s.proposal_id, True)
shot(dialog, "terima-saran-opd")
facts["to_review"] = dialog.review_model.rowCount()
dialog.apply_button.setFocus()
QTest.keyClick(dialog.apply_button, Qt.Key.Key_Space)
settle("the routing", lambda: QApplication.activeModalWidget() is None)
settle("the list without the routed ones", lambda: page.model.rowCount() < 150)
facts["left_without_agency"] = page.model.rowCount()
page.agency_filter.setCurrentIndex(0)
settle("the whole list", lambda: page.model.rowCount() == 150)
shot(window, "halaman-usulan")

# the form, as the operator opens it
page.table.selectRow(0)
page.open_current()
settle("the form", lambda: isinstance(QApplication.activeModalWidget(), ProposalForm))
form = cast(ProposalForm, QApplication.activeModalWidget())
settle("the form's data", form.isEnabled)
wait(300)
facts["form"] = [form.width(), form.height()]
shot(form, "formulir-usulan")
form.reject()
settle("the form to close", lambda: QApplication.activeModalWidget() is None)

# --- the forum: open session with attendance (as the first start sets it up) -------------------
session_id = create_open_demo_forum(db.engine)
window.show_page("forum")
forum = cast(ForumPage, window.pages["forum"])
forum.refresh(session_id)
settle("the forum board", lambda: forum.data is not None and forum.data.board is not None)
forum.tabs.setCurrentIndex(1)
forum.att_name.setFocus()
QTest.keyClicks(forum.att_name, "Rahmawati Sari")
forum.att_unsur.setCurrentIndex(forum.att_unsur.findData("perempuan"))
forum.att_sex.setCurrentIndex(forum.att_sex.findData("P"))
before = forum.att_model.rowCount()
QTest.keyClick(forum.att_name, Qt.Key.Key_Return)
settle("the new participant", lambda: forum.att_model.rowCount() == before + 1)
facts["attendance"] = forum.att_model.rowCount()
shot(window, "forum-daftar-hadir")

forum.tabs.setCurrentIndex(2)
spins = list(forum.weight_spins.values())
spins[0].setValue(spins[0].value() + 10)
facts["apply_at_110"] = forum.apply_weights.isEnabled()
spins[1].setValue(spins[1].value() - 10)
facts["apply_at_100"] = forum.apply_weights.isEnabled()
forum.apply_weights.click()
settle("the weights", lambda: "disimpan" in window.statusBar().currentMessage().lower())

# --- 20 decisions entered fast: amount, Enter --------------------------------------------------
forum.ranking_table.selectRow(0)
settle("the first proposal", lambda: forum.current_proposal_id() is not None)
entered: dict[str, int] = {}
for i in range(20):
    pid = forum.current_proposal_id()
    assert pid is not None
    forum.outcome_combo.setCurrentIndex(forum.outcome_combo.findData("agreed"))
    forum.amount_edit.setFocus()
    forum.amount_edit.selectAll()
    amount = 10_000_000 + i * 1_000_000
    QTest.keyClicks(forum.amount_edit, str(amount))
    QTest.keyClick(forum.amount_edit, Qt.Key.Key_Return)
    entered[pid] = amount
settle("every save confirmed", lambda: forum.pending_saves == 0, seconds=90)


def decided() -> int:
    board = forum.data.board if forum.data else None
    return sum(1 for v in board.proposals if v.outcome) if board else 0


settle("the board to show the 20 decisions", lambda: decided() == 20, seconds=60)
facts["entered"] = entered
facts["status_bar"] = window.statusBar().currentMessage()
shot(window, "forum-keputusan")

# --- seal: the undecided are listed; the operator marks them "belum dibahas" -------------------
seal = forum.seal_dialog()
facts["undecided_listed"] = seal.list_model.rowCount()
seal.show()
shot(seal, "segel-belum-diputuskan")
seal.mark_button.click()
forum.seal_now(mark_remaining=seal.mark_remaining)
settle(
    "the seal",
    lambda: (
        forum.data is not None
        and forum.data.board is not None
        and forum.data.board.status == "sealed"
    ),
    seconds=90,
)
forum.tabs.setCurrentIndex(5)
shot(window, "forum-segel")

# --- the presenter, every view ------------------------------------------------------------------
presenter = window.open_presenter()
assert presenter is not None
presenter.resize(width, height)
for view in ("proposal", "ranking", "pagu", "attendance", "summary"):
    forum.controller.set_view(view)
    wait(150)
    shot(presenter, f"presenter-{view}")
presenter.close()

# --- the other pages ------------------------------------------------------------------------------
for key, name in (
    ("reports", "halaman-laporan"),
    ("sync", "halaman-sinkronisasi"),
    ("reference", "halaman-referensi"),
    ("settings", "halaman-pengaturan"),
):
    window.show_page(key)
    wait(400)
    shot(window, name)

# --- print the T-D.4 and the berita acara ---------------------------------------------------------
for kind in ("td4", "berita-acara"):
    build_report(db.engine, kind, session_id, out / f"{kind}.pdf")
facts["session_id"] = session_id
facts["screenshots"] = screenshots
report_path.write_text(json.dumps(facts))
sys.stdout.flush()
sys.stderr.flush()
os._exit(0)
