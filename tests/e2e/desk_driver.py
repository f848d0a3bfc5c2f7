"""Drives the proposal desk in a real window (run by test_desk_keyboard.py under Xvfb).

Arguments: report.json, export.xlsx, screenshot folder. Exits non-zero with a message when a
step does not happen within its deadline.
"""

from __future__ import annotations

import faulthandler
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import cast

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from app.core.database import open_database
from app.core.demo import create_demo
from app.core.proposal_io import write_template
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.proposals import export as export_ui
from app.ui.proposals.form import ProposalForm
from app.ui.proposals.import_dialog import ImportDialog
from app.ui.proposals.page import ProposalsPage
from app.ui.tasks import TaskRunner
from tests.e2e.drive import leave, wait, watch_message_boxes
from tests.e2e.drive import settle as _settle

report_path, export_path, shots = (Path(arg) for arg in sys.argv[1:4])
shots.mkdir(parents=True, exist_ok=True)
app = QApplication([])
facts: dict[str, object] = {}
screenshots: list[str] = []
# Well before the test's 240 s: a step stuck outside `settle` prints every thread's stack and exits.
faulthandler.dump_traceback_later(180, exit=True)
dialog_watch = watch_message_boxes()


def settle(what: str, predicate: Callable[[], bool], seconds: float = 30) -> None:
    _settle(what, predicate, seconds, after_ms=100)


def shot(widget: QWidget, name: str) -> None:
    assert widget.grab().save(str(shots / name))
    screenshots.append(name)


def focused() -> QWidget:
    widget = app.focusWidget()
    if widget is None:
        leave(1, "no widget has the keyboard focus")
    return widget


def keys(text: str) -> None:
    QTest.keyClicks(focused(), text)


def key(
    k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier, times: int = 1
) -> None:
    for _ in range(times):
        QTest.keyClick(focused(), k, modifier)
        wait(30)


db = open_database()
create_demo(db.engine)
context = AppContext(db.engine, str(db.path), TaskRunner(app))
window = MainWindow(context)
window.resize(1366, 740)
window.show()
window.activateWindow()
page = cast(ProposalsPage, window.pages["proposals"])
settle("the demo list", lambda: page.model.rowCount() == 150)
facts["rows_before"] = page.model.rowCount()
settle("the main window to be active", lambda: QApplication.activeWindow() is window)
page.table.setFocus()

# --- a proposal with the keyboard only ----------------------------------------------------------
key(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
settle("the form", lambda: isinstance(QApplication.activeModalWidget(), ProposalForm))
form = cast(ProposalForm, QApplication.activeModalWidget())
settle("the form's data", form.isEnabled)
settle("focus on the title", lambda: app.focusWidget() is form.inputs["title"])
keys("Rabat beton gang Mawar RT 09")
key(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier, times=6)  # back to Desa/Kelurahan
assert app.focusWidget() is form.inputs["desa_code"], app.focusWidget()
keys("Jah")
key(Qt.Key.Key_Tab, times=7)  # dusun, rt, rw, alamat, koordinat, judul → permasalahan
assert app.focusWidget() is form.inputs["problem"], app.focusWidget()
keys("Gang tergenang dan licin setiap hujan, dilalui anak sekolah.")
key(Qt.Key.Key_Tab)
keys("150")
key(Qt.Key.Key_Tab)
keys("m")
key(Qt.Key.Key_Tab)
keys("187500000")
facts["typed_cost_text"] = form.inputs["estimated_cost"].text()  # type: ignore[attr-defined]
wait(400)  # let the debounced checks and suggestions show before the picture
shot(form, "usulan-form-keyboard.png")
key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
settle("the form to close after saving", lambda: QApplication.activeModalWidget() is None)
settle("the new row", lambda: page.model.rowCount() == 151)
facts["rows_after_new"] = page.model.rowCount()
shot(window, "daftar-usulan.png")

# --- a village file -----------------------------------------------------------------------------
village_file = report_path.with_name("usulan-desa-jahab.xlsx")
write_template(db.engine, village_file)
book = load_workbook(village_file)
sheet = book.worksheets[0]
headers = [cell.value for cell in sheet[1]]
rows = [
    (
        "Jahab",
        "Pembangunan sumur bor RT 14",
        "Warga kesulitan air bersih saat kemarau",
        2,
        "unit",
        90_000_000,
    ),
    (
        "Jahab",
        "Pemasangan lampu PJU jalan poros Dusun Tanjung",
        "Jalan gelap pada malam hari",
        15,
        "titik",
        187_500_000,
    ),
    (
        "Jahab",
        "Rehabilitasi posyandu Melati",
        "Atap bocor dan lantai rusak",
        1,
        "unit",
        120_000_000,
    ),
]
for offset, (desa, title, problem, volume, satuan, cost) in enumerate(rows, start=2):
    for header, value in (
        ("Desa/Kelurahan", desa),
        ("Judul Usulan", title),
        ("Permasalahan", problem),
        ("Volume", volume),
        ("Satuan", satuan),
        ("Perkiraan Biaya (Rp)", cost),
    ):
        sheet.cell(row=offset, column=headers.index(header) + 1).value = value
book.save(village_file)
dialog = ImportDialog(context, page, path=village_file)
dialog.resize(1200, 560)
dialog.show()
settle("the import preview", lambda: dialog.preview is not None)
shot(dialog, "impor-pratinjau.png")
dialog.import_button.setFocus()
QTest.keyClick(dialog.import_button, Qt.Key.Key_Space)
settle("the import", lambda: dialog.outcome is not None)
assert dialog.outcome is not None
facts["imported"] = dialog.outcome.inserted
dialog.close()
settle("the imported rows in the list", lambda: page.model.rowCount() == 154)
facts["rows_after_import"] = page.model.rowCount()

# --- export of the list -------------------------------------------------------------------------
done: list[str] = []
export_ui._inform = lambda _parent, _title, text: done.append(text)  # type: ignore[assignment]
export_ui.export_proposals(page, context, page.model.ids(), export_path)
settle("the export", lambda: bool(done))
exported = load_workbook(export_path, read_only=True).worksheets[0]
facts["exported"] = exported.max_row - 1
window.close()
facts["screenshots"] = screenshots
report_path.write_text(json.dumps(facts))
leave(0)
