"""A forum day by keyboard (issue #17): Tab leaves the lists for the fields next to them, the
weights are reached in order before their apply button, Space ticks a suggestion to review,
and Enter in the seal dialog goes back rather than sealing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from app.core.proposal_queries import NO_AGENCY
from app.ui.context import AppContext
from app.ui.forum import ForumPage
from app.ui.proposals.page import ProposalsPage
from app.ui.proposals.routing_dialog import BulkRoutingDialog
from app.ui.tasks import InlineTaskRunner
from tests.core.test_forum_support import make_forum
from tests.ui.conftest import activate


def _focus() -> QWidget | None:
    return QApplication.focusWidget()


def _forum(qtbot: QtBot, engine: Engine) -> tuple[QMainWindow, ForumPage]:
    make_forum(engine)
    window = QMainWindow()
    page = ForumPage(engine, InlineTaskRunner(), actor="operator")
    window.setCentralWidget(page)
    window.resize(1024, 700)
    qtbot.addWidget(window)
    activate(qtbot, window)
    page.tabs.setCurrentIndex(2)
    return window, page


def test_tab_leaves_the_ranking_for_the_decision(qtbot: QtBot, demo_engine: Engine) -> None:
    _window, page = _forum(qtbot, demo_engine)
    page.ranking_table.setFocus()
    qtbot.keyClick(page.ranking_table, Qt.Key.Key_Tab)
    assert _focus() is page.outcome_combo  # it walked the table's cells before
    qtbot.keyClick(page.outcome_combo, Qt.Key.Key_Tab)
    qtbot.keyClick(page.priority_spin, Qt.Key.Key_Tab)
    assert _focus() is page.amount_edit


def test_the_weights_come_in_order_before_their_apply_button(
    qtbot: QtBot, demo_engine: Engine
) -> None:
    _window, page = _forum(qtbot, demo_engine)
    page.refresh()  # spin boxes rebuilt by a reload join the focus chain at its end
    spins = list(page.weight_spins.values())
    qtbot.waitUntil(lambda: all(spin.isVisible() for spin in spins))  # shown by the layout
    spins[0].setValue(spins[0].value() + 5)
    spins[1].setValue(spins[1].value() - 5)  # 100% again, changed: "Terapkan bobot" open
    page.tabs.tabBar().setFocus()
    reached = []
    for _ in range(len(spins) + 1):
        qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
        reached.append(_focus())
    assert reached == [*spins, page.apply_weights]
    qtbot.keyClick(page.apply_weights, Qt.Key.Key_Tab)
    assert _focus() is page.ranking_table


def test_enter_in_the_seal_dialog_goes_back(qtbot: QtBot, demo_engine: Engine) -> None:
    _window, page = _forum(qtbot, demo_engine)
    dialog = page.seal_dialog()
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    assert dialog.back_button.isDefault()  # once shown, too (it was lost on show)
    focus = _focus()
    assert focus is not None and dialog.isAncestorOf(focus)
    qtbot.keyClick(focus, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.mark_remaining


def test_the_review_list_is_reached_by_tab_and_ticked_by_space(
    qtbot: QtBot, context: AppContext
) -> None:
    page = ProposalsPage(context)
    qtbot.addWidget(page)
    activate(qtbot, page)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)
    assert _focus() is not page.table  # Tab leaves the list
    page.agency_filter.setCurrentIndex(page.agency_filter.findData(NO_AGENCY))
    page.reload()
    dialog = page.route_in_bulk()
    assert isinstance(dialog, BulkRoutingDialog)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    dialog.sure_view.setFocus()
    qtbot.keyClick(dialog.sure_view, Qt.Key.Key_Tab)
    assert _focus() is dialog.review_view
    qtbot.keyClick(dialog.review_view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.review_view, Qt.Key.Key_Space)
    first = dialog.review_model.item(0, 0)
    assert first is not None
    assert dialog.checked_review_ids() == ({str(first.data(Qt.ItemDataRole.UserRole + 1))})


def test_enter_after_choosing_l_p_adds_the_participant(qtbot: QtBot, demo_engine: Engine) -> None:
    _window, page = _forum(qtbot, demo_engine)
    page.tabs.setCurrentIndex(1)
    before = page.att_model.rowCount()
    page.att_name.setFocus()
    qtbot.keyClicks(page.att_name, "Rahmawati Sari")
    page.att_sex.setFocus()
    qtbot.keyClicks(page.att_sex, "P")
    qtbot.keyClick(page.att_sex, Qt.Key.Key_Return)  # it did nothing: a combo ignores Enter
    assert page.att_model.rowCount() == before + 1
    assert page.att_name.hasFocus() and page.att_name.text() == ""
