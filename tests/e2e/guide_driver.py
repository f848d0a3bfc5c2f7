"""Shows the screens the user guide (docs/panduan) talks about, in real windows, and saves a
picture of each (run by test_guide_screenshots.py under Xvfb).

Arguments: report.json, screenshot folder. For every picture the report holds what was on the
screen when it was taken (rows, tab, page…) and how much of the picture is not background, so
the test can tell a real screen from an empty one. Exits non-zero with a message when a screen
does not appear within its deadline.
"""

from __future__ import annotations

import faulthandler
import json
import os
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn, cast

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from app.core.database import open_database
from app.core.demo import create_demo
from app.core.forum.demo_forum import create_demo_forum
from app.core.proposal_io import write_template
from app.core.users import create_user
from app.core.workspace import region_choices
from app.logsetup import configure_logging
from app.ui.context import AppContext
from app.ui.i18n import install_translators
from app.ui.login import LoginDialog
from app.ui.main_window import MainWindow
from app.ui.proposals.form import ProposalForm
from app.ui.proposals.import_dialog import ImportDialog
from app.ui.proposals.page import ProposalsPage
from app.ui.tasks import TaskRunner
from app.ui.wizard import OfficeWizard
from tests.e2e.drive import settle as _settle
from tests.e2e.drive import wait

report_path, shots = Path(sys.argv[1]), Path(sys.argv[2])
shots.mkdir(parents=True, exist_ok=True)
# A dialog nobody answers would hang the run: print where it stopped and give up instead.
faulthandler.dump_traceback_later(120, exit=True)
app = QApplication([])
configure_logging()  # as the launcher does: the log tab shows real lines
install_translators(app, "id")  # Qt's own buttons (wizard, dialogs) in Indonesian, as users see
report: dict[str, dict[str, Any]] = {}
STARTED = time.monotonic()
ADMIN_PASSWORD = "kata-sandi-admin-demo"


def _stop(message: str) -> NoReturn:
    raise SystemExit(message)


def settle(what: str, predicate: Callable[[], bool], seconds: float = 20) -> None:
    # 150 ms after: the last repaint lands before the picture.
    _settle(what, predicate, seconds, after_ms=150, give_up=_stop)


def busy_share(widget: QWidget) -> tuple[int, int, float]:
    """The picture's size and the share of its (downscaled) pixels that differ from the most
    common colour: about 0 for a blank window, well above for a screen with content."""
    image = widget.grab().toImage().scaled(160, 100)
    counts: dict[int, int] = {}
    for y in range(image.height()):
        for x in range(image.width()):
            rgb = image.pixel(x, y)
            counts[rgb] = counts.get(rgb, 0) + 1
    total = image.width() * image.height()
    return widget.width(), widget.height(), 1 - max(counts.values()) / total


def shot(widget: QWidget, name: str, **facts: Any) -> None:
    wait(100)
    assert widget.grab().save(str(shots / name)), name
    width, height, busy = busy_share(widget)
    seconds = round(time.monotonic() - STARTED, 1)  # when, to see which screen is slow
    report[name] = {"width": width, "height": height, "busy": busy, "seconds": seconds, **facts}


def slug(text: str) -> str:
    words = re.sub(r"[^a-z0-9]+", "-", text.lower().replace("&", "")).strip("-")
    return words or "tab"


db = open_database()
create_demo(db.engine)
create_demo_forum(db.engine)
# The status bar names the database; the file's name reads better in the guide than a tmp path.
context = AppContext(db.engine, db.path.name, TaskRunner(app))
# auto_sync as the launcher has it: an office not enrolled never reaches for a network.
window = MainWindow(context, auto_sync=True)
window.resize(1366, 740)
window.show()
window.activateWindow()
page = cast(ProposalsPage, window.pages["proposals"])
settle("the demo list", lambda: page.model.rowCount() == 150)
shot(window, "usulan-daftar.png", rows=page.model.rowCount(), page="proposals")

# --- the proposal form, filled in, with the scorer's suggestion ----------------------------------
page.new_action.trigger()
settle("the form", lambda: isinstance(QApplication.activeModalWidget(), ProposalForm))
form = cast(ProposalForm, QApplication.activeModalWidget())
settle("the form's data", form.isEnabled)
desa = form.inputs["desa_code"]
desa.setCurrentIndex(desa.findText("Jahab", Qt.MatchFlag.MatchContains))  # type: ignore[attr-defined]
for name, text in (("title", "Rabat beton gang Mawar RT 09"), ("volume", "150")):
    form.inputs[name].setText(text)  # type: ignore[attr-defined]
QTest.keyClicks(form.inputs["estimated_cost"], "187500000")  # typed: the field groups thousands
form.inputs["problem"].setPlainText(  # type: ignore[attr-defined]
    "Gang tergenang dan licin setiap hujan, dilalui anak sekolah."
)
form.inputs["satuan"].setCurrentText("m")  # type: ignore[attr-defined]
settle("the scorer's suggestion", form.suggestions.accept_button.isEnabled, seconds=30)
shot(
    form,
    "usulan-formulir.png",
    suggestion=form.suggestions.summary.text(),
    cost=form.inputs["estimated_cost"].text(),  # type: ignore[attr-defined]
)
form.save()
settle("the form to close after saving", lambda: QApplication.activeModalWidget() is None)
settle("the new row", lambda: page.model.rowCount() == 151)

# --- the import preview of a village file with one wrong row ------------------------------------
village_file = report_path.with_name("usulan-desa-jahab.xlsx")
write_template(db.engine, village_file)
book = load_workbook(village_file)
sheet = book.worksheets[0]
headers = [cell.value for cell in sheet[1]]
rows = (
    ("Jahab", "Pembangunan sumur bor RT 14", "Warga kesulitan air bersih saat kemarau", 2, "unit", 90_000_000),
    ("Jahab", "Pemasangan lampu PJU jalan poros Dusun Tanjung", "Jalan gelap pada malam hari", 15, "titik", 187_500_000),
    ("Jahab", "Rehabilitasi posyandu Melati", "Atap bocor dan lantai rusak", "satu", "unit", 120_000_000),
)  # fmt: skip
for offset, values in enumerate(rows, start=2):
    for header, value in zip(
        (
            "Desa/Kelurahan",
            "Judul Usulan",
            "Permasalahan",
            "Volume",
            "Satuan",
            "Perkiraan Biaya (Rp)",
        ),
        values,
        strict=True,
    ):
        sheet.cell(row=offset, column=headers.index(header) + 1).value = value
book.save(village_file)
dialog = ImportDialog(context, page, path=village_file)
dialog.resize(1200, 520)
dialog.show()
settle("the import preview", lambda: dialog.preview is not None)
assert dialog.preview is not None
shot(
    dialog,
    "usulan-impor.png",
    rows=len(dialog.preview.rows),
    errors=len(dialog.preview.error_rows),
    valid_only_offered=dialog.valid_only.isEnabled(),
)
dialog.close()

# --- the wizard and the sign-in dialog ----------------------------------------------------------
wizard = OfficeWizard(context.tasks, region_choices(db.engine), window)
wizard.resize(760, 560)
wizard.show()
wizard.next()
settle("the wizard's region page", lambda: wizard.currentPage() is wizard.region_page)
region = wizard.region_page
region.kecamatan.setCurrentIndex(region.kecamatan.findText("Tenggarong", Qt.MatchFlag.MatchExactly))
shot(wizard, "wizard-wilayah.png", kecamatan=region.kecamatan.currentText(), title=region.title())
wizard.next()
wizard.next()
settle("the wizard's user page", lambda: wizard.currentPage() is wizard.user_page)
user = wizard.user_page
user.username.setText("admin.tenggarong")
user.full_name.setText("Siti Rahmawati")
user.password.setText("rahasia-kantor-2026")
user.confirm.setText("rahasia-kantor-2026")
settle("the user page to be complete", user.isComplete)
shot(
    wizard,
    "wizard-pengguna.png",
    title=user.title(),
    finish=wizard.button(wizard.WizardButton.FinishButton).text(),
)
wizard.reject()

login = LoginDialog(db.engine, window)
login.username.setText("operator.jahab")
login.password.setText("kata-sandi")
login.resize(420, 150)
login.show()
settle("the sign-in dialog", login.isVisible)
shot(login, "masuk.png", title=login.windowTitle())
login.close()

# --- the reports page with a preview ------------------------------------------------------------
reports: Any = window.show_page("reports")
settle("the report sessions", lambda: reports.session_combo.count() > 0)
reports.kind_combo.setCurrentIndex(reports.kind_combo.findData("td4"))
reports.generate()
settle("the report preview", lambda: reports.preview is not None, seconds=30)
shot(
    window,
    "laporan-pratinjau.png",
    pages=reports.preview.total_pages,
    status=reports.status_label.text(),
)

# --- the sync page --------------------------------------------------------------------------------
sync: Any = window.show_page("sync")
settle("the sync page", lambda: sync.pending_model.rowCount() > 0)
shot(window, "sinkronisasi.png", pending_rows=sync.pending_model.rowCount())

# --- the forum page and the projector window ----------------------------------------------------
forum: Any = window.show_page("forum")
settle("the forum's ranking", lambda: forum.data is not None and forum.ranking_model.rowCount() > 0)
# The demo session is sealed; the guide shows one in deliberation, so an admin reopens it the
# way the page does (after the reports above were taken from the sealed record).
create_user(db.engine, "admin.demo", "Admin Demo", "admin", ADMIN_PASSWORD)
forum.reopen("admin.demo", ADMIN_PASSWORD, "Contoh untuk panduan: forum masih berlangsung")
settle("the reopened session", forum.decide_button.isEnabled)
tab_names = [forum.tabs.tabText(i) for i in range(forum.tabs.count())]
forum.tabs.setCurrentIndex(tab_names.index("Penilaian dan keputusan"))
board = forum.controller.board
agreed = next(p for p in board.proposals if p.outcome == "agreed" and p.alignment is not None)
forum.controller.set_current(agreed.id)
settle("the chosen proposal", lambda: forum.current_proposal_id() == agreed.id)
shot(window, "forum-penilaian.png", rows=forum.ranking_model.rowCount(), tab="ranking")
forum.tabs.setCurrentIndex(tab_names.index("Pagu"))
shot(window, "forum-pagu.png", tab=forum.tabs.tabText(forum.tabs.currentIndex()))
presenter = forum.open_presenter()
presenter.resize(1280, 720)
settle("the projector window", presenter.isVisible)
forum.controller.set_view("proposal")
wait(300)
shot(presenter, "forum-proyektor.png", heading=presenter.heading.text())
presenter.close()

# --- the settings page, one picture per tab -----------------------------------------------------
settings: Any = window.show_page("settings")
backup_tab: Any = getattr(settings, "backup_tab", None)
if backup_tab is not None and hasattr(backup_tab, "take_backup_now"):
    # A backup in the list with its contents shown, as an office sees it after a while.
    backup_tab.take_backup_now()
    settle("the new backup in the list", lambda: backup_tab.model.rowCount() > 0)
    backup_tab.view.selectRow(0)
    settle("the backup's contents", lambda: backup_tab.preview is not None)
tabs = settings.findChild(QTabWidget)
if tabs is None:
    shot(window, "pengaturan.png", tab="")
else:
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        name = tabs.tabText(index).replace("&&", "&")
        shot(window, f"pengaturan-{slug(name)}.png", tab=name)

# --- the guide itself, opened from the Help menu ------------------------------------------------
guide: Any = window.open_guide("02-usulan.md")
guide.resize(1100, 700)
settle("the help window", lambda: guide.isVisible() and guide.current_file() == "02-usulan.md")
shot(guide, "panduan.png", chapter=guide.current_file(), chapters=guide.toc.count())
guide.close()

window.close()
report_path.write_text(json.dumps(report))
# Leave at once: worker threads still finishing background work (duplicate search, backups)
# would otherwise hold the interpreter's exit, and PySide6 can crash while tearing down.
sys.stdout.flush()
sys.stderr.flush()
os._exit(0)
