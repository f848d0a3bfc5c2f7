from __future__ import annotations

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
    assert dialog.import_button.isEnabled()
    shown: list[str] = []
    monkeypatch.setattr("app.ui.errors.QMessageBox.exec", lambda box: shown.append(box.text()))
    dialog.commit()  # all or nothing: refused
    assert shown and "tidak ada usulan yang disimpan" in shown[0]
    assert _count(context) == before
    dialog.valid_only.setChecked(True)
    dialog.commit()
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
