"""The one background-work helper: run ``op`` on a worker thread, deliver the result or the
error on the GUI thread. ``op`` never touches widgets. Tests swap in ``InlineTaskRunner``.

Change notices: after an op succeeds the runner announces what it changed on ``changed`` (a
``ChangeNotice``), taken from the op's result (a ``ChangeNotice``, or an object with a
``notice`` attribute) and from the ``changes`` kinds the caller names for a write. Pages listen
to the notices (through ``AppContext.data_changed``), so no page has to tell another one."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for
from dataclasses import dataclass
from itertools import count
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from app.core.changes import ChangeNotice, notice

log = logging.getLogger(__name__)


def found_notice(result: object, changes: tuple[str, ...]) -> ChangeNotice | None:
    """What an op changed: the notice it returned, plus the kinds its caller named."""
    found = result if isinstance(result, ChangeNotice) else getattr(result, "notice", None)
    if not isinstance(found, ChangeNotice):
        found = None
    if changes:
        named = notice(changes)
        found = found.merged(named) if found is not None else named
    return found


@dataclass
class _Pending:
    on_success: Callable[[Any], object]
    on_failure: Callable[[BaseException], object]
    changes: tuple[str, ...]
    outcome: tuple[bool, Any] | None = None


class TaskRunner(QObject):
    """Why it is built this way: the worker only ever emits ``_finished(job id)`` on this one
    long-lived object. An earlier version made a QObject per job and let Qt delete a QRunnable
    wrapper on the worker thread; under load the GUI thread could free that QObject while the
    worker was still inside its emit, and a Python object copied into a queued signal needs the
    GIL while Qt holds its own locks. Results wait in a locked dict instead, keyed by job id."""

    changed = Signal(object)  # a ChangeNotice, after the write that made it
    _finished = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Database writes go to one worker. Long read-only analysis (duplicate search over a
        # whole cycle) runs beside it, so a sort or a save never queues behind it; WAL lets it
        # read while the other writes.
        self._lanes = {
            "main": ThreadPoolExecutor(1, thread_name_prefix="musrenbang-main"),
            "analysis": ThreadPoolExecutor(1, thread_name_prefix="musrenbang-analysis"),
        }
        self._ids = count(1)
        self._lock = threading.Lock()
        self._pending: dict[int, _Pending] = {}
        self._futures: set[Future[None]] = set()
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

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
        job = next(self._ids)
        with self._lock:
            self._pending[job] = _Pending(on_success, on_failure, changes)
        future = self._lanes["analysis" if lane == "analysis" else "main"].submit(
            self._work, job, op
        )
        self._futures.add(future)
        future.add_done_callback(self._futures.discard)

    def _work(self, job: int, op: Callable[[], Any]) -> None:
        try:
            outcome: tuple[bool, Any] = (True, op())
        except BaseException as exc:  # delivered to on_failure on the GUI thread
            outcome = (False, exc)
        with self._lock:
            self._pending[job].outcome = outcome
        try:
            self._finished.emit(job)
        except RuntimeError:  # the runner went away with the application; nobody is waiting
            log.debug("task %d finished after its runner was deleted", job)

    def _deliver(self, job: int) -> None:
        with self._lock:
            pending = self._pending.pop(job)
        assert pending.outcome is not None
        ok, value = pending.outcome
        if not ok:
            pending.on_failure(value)
            return
        pending.on_success(value)
        announced = found_notice(value, pending.changes)
        if announced is not None:
            self.changed.emit(announced)

    def wait(self) -> None:
        """Until every job submitted so far has run; their results arrive with the next events."""
        while self._futures:
            wait_for(list(self._futures))


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
