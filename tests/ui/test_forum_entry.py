"""Forum entry that cannot lose work (issue #17): a fixed action bar, a confirmation in the status
bar, Enter saves and moves on, fields that do not apply are disabled, a reload never overwrites
what is being typed, weights must add up to 100%, sealing asks about the undecided."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlmodel import select

from app.core.forum.decisions import latest_decisions
from app.core.forum.sealing import NOT_DISCUSSED_REASON
from app.models import ForumSession, Proposal
from app.models.db import read_session, write_session
from app.ui.forum import ForumPage
from app.ui.tasks import InlineTaskRunner
from tests.core.test_forum_support import ForumFixture, make_forum


def _page(qtbot: QtBot, engine: Engine) -> tuple[QMainWindow, ForumPage, ForumFixture]:
    f = make_forum(engine)
    with write_session(engine) as session:
        long = session.get(Proposal, f.proposal_ids[1])
        assert long is not None
        long.title = (
            "Pembangunan jalan usaha tani dengan rabat beton sepanjang 1.200 meter dari Dusun "
            "Sumber Rejeki menuju kebun warga RT 12 sampai RT 17, lengkap dengan drainase, "
            "gorong-gorong dan penerangan jalan umum tenaga surya"
        )
        session.add(long)
    window = QMainWindow()
    page = ForumPage(engine, InlineTaskRunner(), actor="operator")
    window.setCentralWidget(page)
    window.resize(1024, 700)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page.tabs.setCurrentIndex(2)
    return window, page, f


def _row_id(page: ForumPage, row: int) -> str:
    return page.ranking_model.rows[row].id


def test_the_save_button_stays_put_whatever_the_title(qtbot: QtBot, demo_engine: Engine) -> None:
    _window, page, f = _page(qtbot, demo_engine)
    places = []
    for pid in (f.proposal_ids[0], f.proposal_ids[1], f.proposal_ids[2]):
        row = page.ranking_model.row_of(pid)
        assert row is not None
        page.ranking_table.selectRow(row)
        assert page.controller.current_id == pid
        QApplication.processEvents()  # the layout settles (it moved with the title's lines)
        places.append(page.decide_button.mapTo(page, QPoint(0, 0)))
    assert len(set(places)) == 1, places


def test_enter_saves_confirms_and_moves_to_the_next(qtbot: QtBot, demo_engine: Engine) -> None:
    window, page, f = _page(qtbot, demo_engine)
    page.ranking_table.selectRow(0)
    wanted = []
    for row in range(8):  # entered fast: amount, Enter, amount, Enter …
        assert page.controller.current_id == _row_id(page, row)
        wanted.append(page.controller.current_id)
        page.outcome_combo.setCurrentIndex(page.outcome_combo.findData("agreed"))
        page.amount_edit.setText(f"{(row + 1) * 10}.000.000")
        qtbot.keyClick(page.amount_edit, Qt.Key.Key_Return)
        assert "Keputusan tersimpan" in window.statusBar().currentMessage()
    with read_session(demo_engine) as session:
        latest = latest_decisions(session, f.session_id)
    assert all(pid in latest for pid in wanted)
    assert [latest[pid].agreed_amount for pid in wanted] == [(i + 1) * 10_000_000 for i in range(8)]
    assert page.controller.current_id == _row_id(page, 8)


def test_fields_that_do_not_apply_are_disabled(qtbot: QtBot, demo_engine: Engine) -> None:
    _window, page, _f = _page(qtbot, demo_engine)
    page.ranking_table.selectRow(0)
    page.outcome_combo.setCurrentIndex(page.outcome_combo.findData("not_agreed"))
    assert not page.priority_spin.isEnabled() and not page.amount_edit.isEnabled()
    assert page.reason_edit.isEnabled() and not page.merge_combo.isEnabled()
    page.outcome_combo.setCurrentIndex(page.outcome_combo.findData("merged"))
    assert page.merge_combo.isEnabled()
    page.outcome_combo.setCurrentIndex(page.outcome_combo.findData("agreed"))
    assert page.priority_spin.isEnabled() and page.amount_edit.isEnabled()


def test_a_reload_keeps_what_is_being_typed_and_the_column(
    qtbot: QtBot, demo_engine: Engine
) -> None:
    _window, page, _f = _page(qtbot, demo_engine)
    page.ranking_table.setCurrentIndex(page.ranking_model.index(2, 4))
    page.amount_edit.setText("77.000.000")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    assert page.amount_edit.text() == "77.000.000"
    assert page.ranking_table.currentIndex().row() == 2
    assert page.ranking_table.currentIndex().column() == 4


def test_weights_apply_only_when_they_total_100(qtbot: QtBot, demo_engine: Engine) -> None:
    window, page, _f = _page(qtbot, demo_engine)
    width = window.width()
    spins = list(page.weight_spins.values())
    spins[0].setValue(spins[0].value() + 15)
    assert not page.apply_weights.isEnabled()
    assert "harus tepat 100%" in page.weight_total.text()
    assert window.width() == width  # the label never widens the window
    spins[1].setValue(spins[1].value() - 15)
    assert page.apply_weights.isEnabled()


def test_sealing_lists_the_undecided_and_needs_a_choice(qtbot: QtBot, demo_engine: Engine) -> None:
    _window, page, f = _page(qtbot, demo_engine)
    page.ranking_table.selectRow(0)
    qtbot.keyClick(page.amount_edit, Qt.Key.Key_Return)
    dialog = page.seal_dialog()
    qtbot.addWidget(dialog)
    assert dialog.list_model.rowCount() == len(f.proposal_ids) - 1
    assert dialog.back_button.isDefault()
    dialog.back_button.click()
    assert not dialog.mark_remaining
    dialog = page.seal_dialog()
    qtbot.addWidget(dialog)
    dialog.mark_button.click()
    assert dialog.mark_remaining
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.seal_now(mark_remaining=dialog.mark_remaining)
    with read_session(demo_engine) as session:
        forum = session.exec(select(ForumSession)).one()
        latest = latest_decisions(session, f.session_id)
    assert forum.status == "sealed" and len(latest) == len(f.proposal_ids)
    assert (
        sum(1 for d in latest.values() if d.reason == NOT_DISCUSSED_REASON)
        == len(f.proposal_ids) - 1
    )


def test_delegates_are_picked_from_attendance_with_their_institution(
    qtbot: QtBot, demo_engine: Engine
) -> None:
    from app.core.forum.delegation import list_delegates

    _window, page, f = _page(qtbot, demo_engine)
    page.att_name.setText("Siti Aminah")
    page.att_unsur.setCurrentIndex(page.att_unsur.findData("perempuan"))
    page.att_sex.setCurrentIndex(page.att_sex.findData("P"))
    page.att_institution.setText("TP PKK Desa Jahab")
    page.att_add.click()
    assert page.del_pick.count() == 2  # "— pilih peserta —" and Siti Aminah
    page.del_pick.setCurrentIndex(1)
    page.del_pick.activated.emit(1)
    assert page.del_name.text() == "Siti Aminah"
    assert page.del_institution.text() == "TP PKK Desa Jahab"
    assert page.del_sex.currentData() == "P"
    page.del_role.setText("Anggota delegasi")
    page.del_add.click()
    with read_session(demo_engine) as session:
        delegate = list_delegates(session, f.session_id)[0]
    assert (delegate.name, delegate.institution, delegate.unsur) == (
        "Siti Aminah",
        "TP PKK Desa Jahab",
        "perempuan",
    )
    assert page.del_model.rows[0][4] == "TP PKK Desa Jahab"  # the Instansi column is filled


def test_weight_labels_are_not_cut_at_1024x768(qtbot: QtBot, demo_engine: Engine) -> None:
    """Issue #17: at 1024×768 the criteria names above the weights were cut off."""
    from PySide6.QtWidgets import QLabel

    window, page, _f = _page(qtbot, demo_engine)
    window.resize(1024, 768)
    QApplication.processEvents()
    labels = [
        item.widget()
        for index in range(page.weights_grid.count())
        if (item := page.weights_grid.itemAt(index)) is not None
        and isinstance(item.widget(), QLabel)
    ]
    assert len(labels) >= 4
    for label in labels:
        assert isinstance(label, QLabel)
        metrics = label.fontMetrics()
        longest = max(label.text().split(), key=metrics.horizontalAdvance)
        assert metrics.horizontalAdvance(longest) <= label.contentsRect().width(), label.text()
        if label.wordWrap():
            assert label.heightForWidth(label.width()) <= label.height(), label.text()
        else:
            assert metrics.horizontalAdvance(label.text()) <= label.contentsRect().width()
    assert window.width() == 1024  # the weights never widen the window
