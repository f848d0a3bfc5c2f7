"""The one background-work helper: run ``op`` on a worker thread, deliver the result or the
error on the GUI thread. ``op`` never touches widgets. Tests swap in ``InlineTaskRunner``.

Change notices: after an op succeeds the runner announces what it changed on ``changed`` (a
``ChangeNotice``), taken from the op's result (a ``ChangeNotice``, or an object with a
``notice`` attribute) and from the ``changes`` kinds the caller names for a write. Pages listen
to the notices (through ``AppContext.data_changed``), so no page has to tell another one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.core.changes import ChangeNotice, notice


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


def found_notice(result: object, changes: tuple[str, ...]) -> ChangeNotice | None:
    """What an op changed: the notice it returned, plus the kinds its caller named."""
    found = result if isinstance(result, ChangeNotice) else getattr(result, "notice", None)
    if not isinstance(found, ChangeNotice):
        found = None
    if changes:
        named = notice(changes)
        found = found.merged(named) if found is not None else named
    return found


class TaskRunner(QObject):
    changed = Signal(object)  # a ChangeNotice, after the write that made it

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
        changes: tuple[str, ...] = (),
    ) -> None:
        """``lane="analysis"`` for long read-only work that must not hold up the main lane;
        ``changes`` names what a write changes, announced on ``changed`` after it succeeded."""
        signals = _Signals()
        self._live.add(signals)

        def done(result: Any) -> None:
            self._live.discard(signals)
            on_success(result)
            announced = found_notice(result, changes)
            if announced is not None:
                self.changed.emit(announced)

        def failed(exc: BaseException) -> None:
            self._live.discard(signals)
            on_failure(exc)

        signals.succeeded.connect(done)
        signals.failed.connect(failed)
        (self._analysis if lane == "analysis" else self._pool).start(_Job(op, signals))

    def wait(self) -> None:
        self._pool.waitForDone()
        self._analysis.waitForDone()


class InlineTaskRunner(QObject):
    """Runs the op at once on the calling thread; for tests."""

    changed = Signal(object)

    def run(
        self,
        op: Callable[[], Any],
        on_success: Callable[[Any], object],
        on_failure: Callable[[BaseException], object],
        *,
        lane: str = "main",
        changes: tuple[str, ...] = (),
    ) -> None:
        try:
            result = op()
        except BaseException as exc:
            on_failure(exc)
        else:
            on_success(result)
            announced = found_notice(result, changes)
            if announced is not None:
                self.changed.emit(announced)

    def wait(self) -> None:
        return None
