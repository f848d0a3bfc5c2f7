"""Change notices as data (issue #17): a write reports what it changed, the task runner
announces it, and every page showing that data refreshes: the Laporan page's session list once
stayed stale after the forum page created a session."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

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
