"""Change notices as data (issue #17): a write reports what it changed, the task runner
announces it, and every page showing that data refreshes: the Laporan page's session list once
stayed stale after the forum page created a session."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app import paths
from app.core.changes import ChangeNotice, notice
from app.ui.context import AppContext
from app.ui.forum import ForumPage
from app.ui.reports_page import ReportsPage
from app.ui.tasks import InlineTaskRunner


def test_a_session_created_on_the_forum_page_appears_on_the_laporan_page(
    qtbot: QtBot, context: AppContext
) -> None:
    reports = ReportsPage(context)
    qtbot.addWidget(reports)
    forum = ForumPage(context.engine, context.tasks, actor="operator")
    qtbot.addWidget(forum)
    before = reports.session_combo.count()
    forum.title_edit.setText("Musrenbang Kecamatan Tenggarong")
    forum.save_session_button.click()
    assert reports.session_combo.count() == before + 1
    assert any(
        "Musrenbang Kecamatan Tenggarong" in reports.session_combo.itemText(i)
        for i in range(reports.session_combo.count())
    )


def test_the_runner_announces_returned_and_named_changes(qtbot: QtBot) -> None:
    runner = InlineTaskRunner()
    heard: list[ChangeNotice] = []
    runner.changed.connect(heard.append)
    runner.run(lambda: notice(["proposals"], ["p1"]), lambda _r: None, lambda _e: None)
    runner.run(lambda: 42, lambda _r: None, lambda _e: None, changes=("decisions",))
    runner.run(lambda: 42, lambda _r: None, lambda _e: None)  # a read: nothing announced

    def fail() -> None:
        raise ValueError("no")

    runner.run(fail, lambda _r: None, lambda _e: None, changes=("decisions",))
    assert [sorted(n.kinds) for n in heard] == [["proposals"], ["decisions"]]
    assert heard[0].ids == frozenset({"p1"})


def test_context_passes_forum_kinds_on_as_forum(context: AppContext) -> None:
    kinds: list[str] = []
    context.data_changed.connect(kinds.append)
    context.announce(notice(["attendance"]))
    assert kinds == ["attendance", "forum"]


def test_a_reference_import_is_announced_by_the_runner(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    from app.ui.reference_page import ReferencePage

    page = ReferencePage(context)
    qtbot.addWidget(page)
    heard: list[ChangeNotice] = []
    context.tasks.changed.connect(heard.append)
    page.import_file("rpjmd", paths.resource("demo", "rpjmd_kukar_demo.csv"))
    assert [sorted(n.kinds) for n in heard] == [["reference"]]


def test_a_background_sync_announces_what_it_pulled(qtbot: QtBot, context: AppContext) -> None:
    from app.sync.client import SyncReport
    from app.ui.sync_indicator import AutoSync

    kinds: list[str] = []
    context.data_changed.connect(kinds.append)
    auto = AutoSync(
        context.engine,
        context.tasks,
        sync_op=lambda: SyncReport(pulled={"reference": 3, "feedback": 0}),
    )
    auto.sync_now()
    assert kinds == ["reference", "sync"]  # the reference page refreshes after a pull too
    kinds.clear()
    auto._sync_op = lambda: SyncReport(pulled={"reference": 0})
    auto.sync_now()  # nothing pulled: only the sync state changed
    auto._sync_op = lambda: SyncReport(pulled={"feedback": 2})
    auto.sync_now()  # kabupaten statuses: the proposal list refreshes
    assert kinds == ["sync", "proposals", "sync"]


def test_an_enrolment_is_announced_by_the_runner(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.sync.client import SyncClient
    from app.ui.settings.server_tab import ServerTab

    monkeypatch.setattr(SyncClient, "enroll", lambda *_a, **_k: object())
    tab = ServerTab(context)
    qtbot.addWidget(tab)
    heard: list[ChangeNotice] = []
    context.tasks.changed.connect(heard.append)
    tab.address.setText("https://perencanaan.example.go.id")
    tab.code.setText("ABCD-1234")
    tab.enroll()
    assert "terdaftar ke" in tab.enroll_status.text()
    assert [sorted(n.kinds) for n in heard] == [["sync"]]


def test_proposal_writes_from_the_desk_are_announced_by_the_runner(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    """A status change and an import say they changed proposals through the runner; the list
    page no longer re-emits by hand after each dialog."""
    from sqlmodel import col, select

    from app.models import Proposal
    from app.models.db import read_session
    from app.ui.proposals.import_dialog import ImportDialog
    from app.ui.proposals.status_dialog import StatusDialog

    heard: list[ChangeNotice] = []
    context.tasks.changed.connect(heard.append)
    with read_session(context.engine) as session:
        ids = [p.id for p in session.exec(select(Proposal).order_by(col(Proposal.number))).all()]
    dialog = StatusDialog(context, ids[:2], None)
    qtbot.addWidget(dialog)
    dialog.target.setCurrentIndex(dialog.target.findData("verified"))
    dialog.apply()
    assert [sorted(n.kinds) for n in heard] == [["proposals"]]

    heard.clear()
    with read_session(context.engine) as session:
        village = session.exec(select(Proposal.desa_code)).first()
    village_file = tmp_path / "desa.csv"
    village_file.write_text(f"Judul Usulan;Kode Desa\nSumur bor RT 2;{village}\n", encoding="utf-8")
    importer = ImportDialog(context, None, path=village_file)
    qtbot.addWidget(importer)
    assert importer.preview is not None
    heard.clear()  # the preview reads only
    importer.commit()
    assert [sorted(n.kinds) for n in heard] == [["proposals"]]
