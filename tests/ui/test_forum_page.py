"""The operator's forum page: session, attendance, ratings, decisions, seal."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlmodel import select

from app.core.forum.sealing import verify
from app.models import Attendance, Decision, ForumRating, ForumSession
from app.models.db import read_session
from app.ui.forum import ForumPage
from app.ui.tasks import InlineTaskRunner
from tests.core.test_forum_support import make_forum


def test_a_session_is_created_from_the_form(qtbot: QtBot, demo_engine: Engine) -> None:
    page = ForumPage(demo_engine, InlineTaskRunner(), actor="operator")
    qtbot.addWidget(page)
    assert page.data is not None and page.data.session_id is None
    assert "Belum ada sesi" in page.status_label.text()
    page.title_edit.setText("Pra Forum OPD Tenggarong")
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("pra_forum_pd"))
    page.place_edit.setText("Aula kecamatan")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.save_session_button.click()
    with read_session(demo_engine) as session:
        forum = session.exec(select(ForumSession)).one()
    assert forum.kind == "pra_forum_pd" and forum.place == "Aula kecamatan"
    assert page.session_combo.currentData() == forum.id
    assert "Pra Forum" in page.status_label.text()


def test_attendance_ratings_decisions_and_seal(
    qtbot: QtBot, demo_engine: Engine, tmp_path: Path
) -> None:
    f = make_forum(demo_engine)
    page = ForumPage(demo_engine, InlineTaskRunner(), actor="operator")
    qtbot.addWidget(page)
    page.show()
    # Quick entry: type, Enter.
    page.att_name.setText("Siti Aminah")
    page.att_unsur.setCurrentIndex(page.att_unsur.findData("perempuan"))
    page.att_sex.setCurrentIndex(page.att_sex.findData("P"))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.keyClick(page.att_name, Qt.Key.Key_Return)
    assert page.att_model.rowCount() == 1
    assert "1 perempuan (100%)" in page.att_counts.text()
    csv = tmp_path / "hadir.csv"
    csv.write_text("nama;unsur;jenis_kelamin\nBudi;Kades;L\nAni;BPD;P\n", encoding="utf-8")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.import_attendance(csv)
    assert page.att_model.rowCount() == 3
    with read_session(demo_engine) as session:
        assert len(session.exec(select(Attendance)).all()) == 3

    # Ratings: the table is an item model; editing a cell writes the rating.
    model = page.ranking_model
    assert model.rowCount() == len(f.proposal_ids)
    column = next(
        c
        for c in range(model.columnCount())
        if "Urgensi" in str(model.headerData(c, Qt.Orientation.Horizontal))
    )
    first = model.rows[0].id
    with qtbot.waitSignal(page.loaded, timeout=5000):
        assert model.setData(model.index(0, column), 5)
    assert not model.setData(model.index(0, column), 9)
    with read_session(demo_engine) as session:
        rating = session.exec(
            select(ForumRating).where(
                ForumRating.proposal_id == first, ForumRating.criterion_key == "urgency"
            )
        ).one()
    assert (rating.value, rating.source) == (5, "forum")

    # A decision for the selected proposal.
    page.ranking_table.selectRow(0)
    selected = page.controller.current_id
    page.outcome_combo.setCurrentIndex(page.outcome_combo.findData("agreed"))
    page.priority_spin.setValue(1)
    page.amount_edit.setText("Rp 125.000.000")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.decide_button.click()
    with read_session(demo_engine) as session:
        decision = session.exec(select(Decision).where(Decision.proposal_id == selected)).one()
    assert decision.agreed_amount == 125_000_000 and decision.priority == 1
    assert "Rp 125.000.000" in page.pagu_label.text()

    # Seal: everything that edits is disabled, the digest and code are shown.
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.seal_now()
    assert "Kode verifikasi" in page.seal_label.text()
    assert not page.decide_button.isEnabled() and not page.att_add.isEnabled()
    assert page.reopen_button.isEnabled()
    with read_session(demo_engine) as session:
        assert verify(session, f.session_id).ok


def test_the_ranking_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, demo_engine: Engine
) -> None:
    make_forum(demo_engine)
    page = ForumPage(demo_engine, InlineTaskRunner())
    qtbot.addWidget(page)
    assert page.ranking_model.rowCount() > 0
    qtmodeltester.check(page.ranking_model)
    qtmodeltester.check(page.att_model)
