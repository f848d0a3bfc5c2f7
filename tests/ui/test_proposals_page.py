from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlmodel import col, select

from app.core.settings import get_settings
from app.models import Proposal
from app.models.db import read_session, write_session
from app.ui.context import AppContext
from app.ui.proposals.model import ID_ROLE
from app.ui.proposals.page import ProposalsPage
from app.ui.proposals.status_dialog import StatusDialog
from tests.ui.conftest import activate


def _page(qtbot: QtBot, context: AppContext) -> ProposalsPage:
    page = ProposalsPage(context)
    qtbot.addWidget(page)
    page.show()
    return page


def _titles(page: ProposalsPage) -> list[str]:
    col = [c.key for c in page.model.columns].index("title")
    return [str(page.model.index(r, col).data()) for r in range(page.model.rowCount())]


def test_search_filters_as_you_type(qtbot: QtBot, context: AppContext) -> None:
    page = _page(qtbot, context)
    assert page.model.rowCount() == 150
    qtbot.keyClicks(page.search, "sumur bo")
    qtbot.waitUntil(lambda: 0 < page.model.rowCount() < 150, timeout=3000)
    assert all("umur bor" in t.lower() for t in _titles(page))
    assert page.count_label.text() == f"{page.model.rowCount()} usulan"


def test_filters_combine(qtbot: QtBot, context: AppContext) -> None:
    page = _page(qtbot, context)
    page.desa_filter.setCurrentIndex(page.desa_filter.findText("Jahab"))
    ids = [page.model.index(r, 0).data(ID_ROLE) for r in range(page.model.rowCount())]
    with read_session(context.engine) as session:
        expected = set(
            session.exec(select(Proposal.id).where(Proposal.desa_code == "64.02.06.1001")).all()
        )
    assert set(ids) == expected and expected
    page.kewenangan_filter.setCurrentIndex(page.kewenangan_filter.findData("desa"))
    assert page.model.rowCount() < len(expected)


def test_header_click_sorts_in_sql(qtbot: QtBot, context: AppContext) -> None:
    page = _page(qtbot, context)
    cost = [c.key for c in page.model.columns].index("estimated_cost")
    page._sort_by_section(cost)
    with read_session(context.engine) as session:
        costs = {p.id: p.estimated_cost or 0 for p in session.exec(select(Proposal)).all()}
    shown = [costs[page.model.index(r, 0).data(ID_ROLE)] for r in range(page.model.rowCount())]
    assert shown == sorted(shown)
    page._sort_by_section(cost)
    shown = [costs[page.model.index(r, 0).data(ID_ROLE)] for r in range(page.model.rowCount())]
    assert shown == sorted(shown, reverse=True)


def test_column_chooser_is_remembered(qtbot: QtBot, context: AppContext) -> None:
    page = _page(qtbot, context)
    bidang = [c.key for c in page.model.columns].index("bidang_code")
    page.set_column_visible(bidang, False)
    assert get_settings().list_columns == ["bidang_code"]
    again = _page(qtbot, context)
    assert again.table.isColumnHidden(bidang)


def test_status_change_of_selected_rows(qtbot: QtBot, context: AppContext) -> None:
    page = _page(qtbot, context)
    page.table.selectRow(0)
    page.table.selectionModel().select(
        page.model.index(1, 0),
        page.table.selectionModel().SelectionFlag.Select
        | page.table.selectionModel().SelectionFlag.Rows,
    )
    ids = page.selected_ids()
    assert len(ids) == 2
    dialog = StatusDialog(context, ids, page)
    qtbot.addWidget(dialog)
    assert dialog.target.currentData() == "verified"
    dialog.apply()
    with read_session(context.engine) as session:
        query = select(Proposal).where(col(Proposal.id).in_(ids))
        statuses = {p.status for p in session.exec(query).all()}
    assert statuses == {"verified"}
    page.status_filter.setCurrentIndex(page.status_filter.findData("verified"))
    assert page.model.rowCount() == 2


def test_reason_is_required_and_dialog_stays_open(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "app.ui.proposals.status_dialog.show_error", lambda _parent, exc: shown.append(str(exc))
    )
    page = _page(qtbot, context)
    ids = [page.model.index(0, 0).data(ID_ROLE)]
    dialog = StatusDialog(context, ids, page)
    qtbot.addWidget(dialog)
    dialog.target.setCurrentIndex(dialog.target.findData("moved_to_village"))
    dialog.apply()
    assert shown and "Alasan wajib" in shown[0]
    assert dialog.buttons.isEnabled()
    dialog.reason.setPlainText("Cukup dibiayai Dana Desa")
    dialog.apply()
    assert dialog.result() == dialog.DialogCode.Accepted


def test_keyboard_shortcut_focuses_search(qtbot: QtBot, context: AppContext) -> None:
    page = _page(qtbot, context)
    activate(qtbot, page)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()


def test_duplicates_are_marked_and_merged(qtbot: QtBot, context: AppContext) -> None:
    from app.core.proposal_rules import ProposalInput
    from app.core.proposal_service import save_proposal
    from app.ui.proposals.merge_dialog import MergeDialog

    cycle_id = context.cycle_id
    assert cycle_id is not None
    with read_session(context.engine) as session:
        original = session.exec(select(Proposal).where(Proposal.number == "DEMO-001")).one()
    copy = save_proposal(
        context.engine,
        cycle_id,
        ProposalInput(
            title=original.title,
            desa_code=original.desa_code,
            problem=original.problem,
            volume=original.volume,
            satuan=original.satuan,
            estimated_cost=original.estimated_cost,
        ),
        actor="uji",
    )
    page = _page(qtbot, context)
    assert {original.id, copy.proposal_id} <= page.model.duplicate_ids
    dialog = MergeDialog(context, [original.id, copy.proposal_id], page)
    qtbot.addWidget(dialog)
    dialog.apply()
    with read_session(context.engine) as session:
        merged = session.get(Proposal, copy.proposal_id)
    assert merged is not None and merged.status == "merged" and merged.merged_into_id == original.id


def test_presenter_cannot_edit(qtbot: QtBot, demo_engine: Engine) -> None:
    from app.ui.context import SignedInUser
    from app.ui.tasks import InlineTaskRunner

    context = AppContext(
        demo_engine, "uji", InlineTaskRunner(), SignedInUser("penyaji", "Penyaji", "presenter")
    )
    page = _page(qtbot, context)
    assert not page.new_action.isEnabled() and not page.import_action.isEnabled()
    assert page.open_action.isEnabled()


def test_unsaved_new_proposal_is_offered_after_a_crash(qtbot: QtBot, context: AppContext) -> None:
    from app.core.proposal_service import save_draft

    cycle_id = context.cycle_id
    assert cycle_id is not None
    save_draft(
        context.engine,
        cycle_id=cycle_id,
        form={"title": "Jembatan ulin Dusun Tanjung", "desa_code": "64.02.06.1001"},
    )
    page = _page(qtbot, context)
    assert page.drafts_button.isVisible() and "1 isian" in page.drafts_button.text()
    page.restore_drafts()
    from PySide6.QtWidgets import QApplication

    from app.ui.proposals.form import ProposalForm

    forms = [w for w in QApplication.topLevelWidgets() if isinstance(w, ProposalForm)]
    form = next(f for f in forms if f.isVisible())
    assert form.values()["title"] == "Jembatan ulin Dusun Tanjung"
    assert form.values()["desa_code"] == "64.02.06.1001"


def test_a_wrapped_title_shows_on_one_line(qtbot: QtBot, context: AppContext) -> None:
    """A title wrapped with Alt+Enter in the village's spreadsheet keeps its line break in the
    database; the list shows it whole on one line, not only its first line."""
    with write_session(context.engine) as session:
        first = session.exec(select(Proposal).order_by(col(Proposal.number))).first()
        assert first is not None
        first.title = "Pembangunan jalan usaha\r\ntani menuju areal sawah"
        session.add(first)
    page = _page(qtbot, context)
    assert "Pembangunan jalan usaha tani menuju areal sawah" in _titles(page)
    assert not any("\n" in t for t in _titles(page))
