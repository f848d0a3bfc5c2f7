from __future__ import annotations

import os
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlmodel import func, select

from app.models import Proposal
from app.models.db import read_session
from app.ui.context import AppContext
from app.ui.proposals.export import export_proposals, save_village_template
from app.ui.proposals.import_dialog import ImportDialog
from app.ui.proposals.page import ProposalsPage


def _count(context: AppContext) -> int:
    with read_session(context.engine) as session:
        return int(session.exec(select(func.count()).select_from(Proposal)).one())


def test_export_then_import_new_rows_with_one_bad_row(
    qtbot: QtBot, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: messages.append(text))
    page = ProposalsPage(context)
    qtbot.addWidget(page)
    path = tmp_path / "usulan.xlsx"
    export_proposals(page, context, page.model.ids()[:5], path)
    assert messages and "5 usulan" in messages[0]
    book = load_workbook(path)
    sheet = book.worksheets[0]
    headers = [cell.value for cell in sheet[1]]
    number, title = headers.index("Nomor") + 1, headers.index("Judul Usulan") + 1
    rank = headers.index("Peringkat Desa") + 1
    for row in range(2, 7):
        sheet.cell(row=row, column=number, value=f"BARU-{row}")
        sheet.cell(row=row, column=rank).value = None  # new rows: the village ranks are taken
    sheet.cell(row=3, column=title).value = None  # a row without its title
    book.save(path)

    before = _count(context)
    dialog = ImportDialog(context, page, path=path)
    qtbot.addWidget(dialog)
    assert dialog.preview is not None
    assert [r.row for r in dialog.preview.error_rows] == [3]
    assert "4 valid, 1 bermasalah" in dialog.summary.text()
    # all or nothing with a bad row: the Impor button is off (issue #14 item 7)
    assert dialog.all_or_nothing.isChecked() and not dialog.import_button.isEnabled()
    dialog.commit()  # even when called directly, nothing is written
    assert _count(context) == before
    assert dialog.rejected_button.isEnabled()
    rejected = tmp_path / "perbaiki.xlsx"
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: messages.append("ok"))
    dialog.save_rejected(rejected)
    assert load_workbook(rejected)["Usulan"].max_row == 2  # header + the one bad row
    dialog.valid_only.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert dialog.outcome is not None and dialog.outcome.inserted == 4
    assert _count(context) == before + 4


def test_village_template_is_saved(
    qtbot: QtBot, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: messages.append(text))
    page = ProposalsPage(context)
    qtbot.addWidget(page)
    path = tmp_path / "templat.xlsx"
    save_village_template(page, context, path)
    assert path.exists() and messages
    book = load_workbook(path)
    assert len(book.sheetnames) >= 2


def test_sipd_preview_shows_columns_skips_and_remembers_a_hand_mapping(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QComboBox

    from tests.field_files import sipd_export

    path = sipd_export(tmp_path / "sipd.xlsx", own_kecamatan="Tenggarong", own_rows=4, other_rows=3)
    book = load_workbook(path)
    sheet = book["Evaluasi"]
    sheet["F4"] = "Uraian Kondisi"  # MASALAH under a name the app does not know
    book.save(path)
    dialog = ImportDialog(context, None, path=path)
    qtbot.addWidget(dialog)
    preview = dialog.preview
    assert preview is not None and preview.format == "sipd"
    assert "3 baris dari kecamatan lain dilewati" in dialog.summary.text()
    rows = {}
    for r in range(dialog.columns_table.rowCount()):
        item = dialog.columns_table.item(r, 0)
        assert item is not None
        rows[item.text()] = dialog.columns_table.cellWidget(r, 1)
    target = rows["PERANGKAT DAERAH TUJUAN AKHIR"]
    assert isinstance(target, QComboBox) and target.currentData() == "opd_akhir"
    unknown = rows["Uraian Kondisi"]
    assert isinstance(unknown, QComboBox) and unknown.currentData() == ""
    assert all(r.values.problem is None for r in preview.rows)
    unknown.setCurrentIndex(unknown.findData("masalah"))  # map it by hand: previewed again
    assert dialog.preview is not None and dialog.preview is not preview
    assert all(r.values.problem for r in dialog.preview.rows)
    # remembered for the next file with the same header
    again = ImportDialog(context, None, path=path)
    qtbot.addWidget(again)
    assert again.preview is not None and all(r.values.problem for r in again.preview.rows)
    if os.environ.get("UPDATE_SCREENSHOTS") == "1":
        folder = Path(os.environ.get("SCREENSHOT_DIR", "docs/screenshots"))
        again.show()
        qtbot.waitExposed(again)
        again.grab().save(str(folder / "impor-sipd.png"))
