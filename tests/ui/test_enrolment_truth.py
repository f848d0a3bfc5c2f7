"""Enrolment against an unreachable server (issue #17): progress while it tries, then the
truth: the laptop is NOT enrolled (it used to say the data would be "dikirim saat koneksi
kembali" although nothing was enrolled to send it to)."""

from __future__ import annotations

import socket

import pytest
from pytestqt.qtbot import QtBot

from app.errors import UserError
from app.ui.context import AppContext
from app.ui.settings.server_tab import ServerTab
from app.ui.tasks import InlineTaskRunner


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_unreachable_server_says_nothing_is_enrolled(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr("app.ui.settings.server_tab.show_error", lambda _w, exc: shown.append(exc))
    tab = ServerTab(context)
    qtbot.addWidget(tab)
    tab.address.setText(f"http://127.0.0.1:{_closed_port()}")
    tab.allow_http.setChecked(True)
    tab.code.setText("ABCD-1234")
    tab.enroll()
    assert len(shown) == 1 and isinstance(shown[0], UserError)
    text = f"{shown[0].message} {shown[0].hint}"
    assert "BELUM terdaftar" in text and "dikirim saat koneksi kembali" not in text
    assert "belum terdaftar" in tab.enroll_status.text()
    assert tab.enroll_button.isEnabled() and not tab.enroll_progress.isVisible()
    assert "Belum terdaftar" in tab.enrolled.text()


def test_demo_data_is_not_shown_as_waiting_to_be_sent(qtbot: QtBot, context: AppContext) -> None:
    from app.sync.probe import ProbeResult, probe_office
    from app.ui.sync_indicator import SyncIndicator

    result = probe_office(context.engine, lambda _url: False)
    assert result.demo and result.pending == 0

    from PySide6.QtCore import QObject, Signal

    class FakeAutoSync(QObject):
        probed = Signal(object)
        syncStarted = Signal()
        syncFinished = Signal(object)
        syncFailed = Signal(object)

    auto = FakeAutoSync()
    indicator = SyncIndicator(auto)  # type: ignore[arg-type]
    qtbot.addWidget(indicator)
    auto.probed.emit(result)
    assert indicator.text() == "Data demo · tidak dikirim"
    auto.probed.emit(ProbeResult(False, False, 12, False))
    assert "12 menunggu" in indicator.text()


def test_the_sync_page_points_to_the_settings_button(qtbot: QtBot, context: AppContext) -> None:
    from app.ui.sync_page import SyncPage
    from app.ui.tasks import InlineTaskRunner

    page = SyncPage(context.engine, InlineTaskRunner())
    qtbot.addWidget(page)
    text = page.status_label.text()
    assert "Pengaturan → Server sinkronisasi" in text and "Daftarkan laptop ini" in text
    assert "musrenbang sync" not in text


class _HeldRunner(InlineTaskRunner):
    """Keeps the op until the test lets it run, so the window can be seen while it waits."""

    def __init__(self) -> None:
        super().__init__()
        self.held: list[tuple[object, object, object]] = []

    def run(self, op: object, on_success: object, on_failure: object, **_options: object) -> None:
        self.held.append((op, on_success, on_failure))

    def release(self) -> None:
        op, on_success, on_failure = self.held.pop()
        super().run(op, on_success, on_failure)  # type: ignore[arg-type]


def test_enrolment_shows_its_progress_while_it_waits(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("app.ui.settings.server_tab.show_error", lambda _w, _exc: None)
    runner = _HeldRunner()
    monkeypatch.setattr(context, "tasks", runner)
    tab = ServerTab(context)
    qtbot.addWidget(tab)
    tab.show()
    while runner.held:  # the tab's own first read
        runner.release()
    tab.address.setText(f"http://127.0.0.1:{_closed_port()}")
    tab.allow_http.setChecked(True)
    tab.code.setText("ABCD-1234")
    tab.enroll()
    assert len(runner.held) == 1  # the work is on the runner, the window is free
    assert tab.enroll_progress.isVisible() and not tab.enroll_button.isEnabled()
    assert "Menghubungi" in tab.enroll_status.text()
    runner.release()
    assert not tab.enroll_progress.isVisible() and tab.enroll_button.isEnabled()
    assert "belum terdaftar" in tab.enroll_status.text()
