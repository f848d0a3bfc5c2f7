"""The one background-work helper: run ``op`` on a worker thread, deliver the result or the
error on the GUI thread. ``op`` never touches widgets. Tests swap in ``InlineTaskRunner``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, op: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self._op = op
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._op()
        except BaseException as exc:  # delivered to on_failure on the GUI thread
            self._signals.failed.emit(exc)
        else:
            self._signals.succeeded.emit(result)


class TaskRunner(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # database writes go to one worker
        # Long read-only analysis (duplicate search over a whole cycle) runs beside it, so a
        # sort or a save never queues behind it; WAL lets it read while the other writes.
        self._analysis = QThreadPool(self)
        self._analysis.setMaxThreadCount(1)
        self._live: set[_Signals] = set()

    def run(
        self,
        op: Callable[[], Any],
        on_success: Callable[[Any], object],
        on_failure: Callable[[BaseException], object],
        *,
        lane: str = "main",
    ) -> None:
        """``lane="analysis"`` for long read-only work that must not hold up the main lane."""
        signals = _Signals()
        self._live.add(signals)

        def done(result: Any) -> None:
            self._live.discard(signals)
            on_success(result)

        def failed(exc: BaseException) -> None:
            self._live.discard(signals)
            on_failure(exc)

        signals.succeeded.connect(done)
        signals.failed.connect(failed)
        (self._analysis if lane == "analysis" else self._pool).start(_Job(op, signals))

    def wait(self) -> None:
        self._pool.waitForDone()
        self._analysis.waitForDone()


class InlineTaskRunner:
    """Runs the op at once on the calling thread; for tests."""

    def run(
        self,
        op: Callable[[], Any],
        on_success: Callable[[Any], object],
        on_failure: Callable[[BaseException], object],
        *,
        lane: str = "main",
    ) -> None:
        try:
            result = op()
        except BaseException as exc:
            on_failure(exc)
        else:
            on_success(result)

    def wait(self) -> None:
        return None
