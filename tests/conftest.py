"""Every test runs with its own data folder and never touches the real home folder.

Also here: ``--run-slow`` (without it the tests marked ``slow`` are deselected, so a plain
``uv run pytest`` gives a quick answer; the README's command and CI run everything), and a guard
that fails a test when something logs an unexpected WARNING or worse through Python ``logging``
(declare an expected one with ``@pytest.mark.expected_log(...)``).
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Generator, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from platformdirs import PlatformDirs

from app.paths import APP_AUTHOR, APP_NAME, HOME_ENV

RUN_SLOW = "--run-slow"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        RUN_SLOW,
        action="store_true",
        default=False,
        help="also run the tests marked slow (crash loops, subprocess and end-to-end runs, "
        "long simulations); the README's test command and .ci/run use it",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # An explicit -m expression (e.g. `-m slow`) chooses by itself.
    if config.getoption(RUN_SLOW) or config.getoption("markexpr"):
        return
    slow = [item for item in items if item.get_closest_marker("slow") is not None]
    if slow:
        config.hook.pytest_deselected(items=slow)
        items[:] = [item for item in items if item.get_closest_marker("slow") is None]
        config.stash[_SLOW_DESELECTED] = len(slow)


_SLOW_DESELECTED = pytest.StashKey[int]()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    count = terminalreporter.config.stash.get(_SLOW_DESELECTED, 0)
    if count:
        terminalreporter.write_line(
            f"{count} slow tests were not run: `uv run pytest {RUN_SLOW}` runs everything."
        )


# --- unexpected warnings in the log ---------------------------------------------------------------


class _WarningCollector(logging.Handler):
    """Keeps every WARNING-or-worse record that reaches the root logger (from any thread)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


_COLLECTOR = pytest.StashKey[_WarningCollector]()


def _expected(item: pytest.Item, record: logging.LogRecord) -> bool:
    for mark in item.iter_markers("expected_log"):
        pattern = mark.args[0] if mark.args else mark.kwargs.get("match", "")
        logger = mark.kwargs.get("logger")
        level = mark.kwargs.get("level", logging.WARNING)
        if (
            logger is not None
            and record.name != logger
            and not record.name.startswith(logger + ".")
        ):
            continue
        if record.levelno > level:
            continue
        if re.search(pattern, record.getMessage()):
            return True
    return False


def _unexpected(item: pytest.Item, collector: _WarningCollector) -> list[str]:
    found = [
        f"{r.levelname} {r.name}: {r.getMessage()}"
        for r in collector.records
        if not _expected(item, r)
    ]
    collector.records.clear()
    return found


def _fail_message(phase: str, lines: list[str]) -> str:
    shown = "\n  ".join(line[:500] for line in lines[:10])
    return (
        f"unexpected log record(s) at WARNING or above during {phase}:\n  {shown}\n"
        "Fix the cause, or declare it on the test: "
        '@pytest.mark.expected_log(r"message regex", logger="name")'
    )


@pytest.fixture(autouse=True)
def fail_on_logged_warning(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fails a test whose code logs a WARNING or worse that the test did not declare with
    ``@pytest.mark.expected_log(pattern, logger=None, level=logging.WARNING)`` (allowed, not
    required; a record above ``level`` still fails). Checked after setup and the test body (a
    failure of the test) and after teardown (an error)."""
    collector = _WarningCollector()
    root = logging.getLogger()
    root.addHandler(collector)
    request.node.stash[_COLLECTOR] = collector
    try:
        yield
    finally:
        root.removeHandler(collector)
    lines = _unexpected(request.node, collector)
    if lines:
        pytest.fail(_fail_message("teardown", lines), pytrace=False)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, None, None]:
    collector = item.stash.get(_COLLECTOR, None)
    try:
        result = yield
    except BaseException:
        if collector is not None:
            collector.records.clear()  # the test failed already: its own error says more
        raise
    if collector is not None:
        lines = _unexpected(item, collector)
        if lines:
            pytest.fail(_fail_message("the test", lines), pytrace=False)
    return result


@pytest.fixture(autouse=True)
def qt_objects_freed_between_tests(request: pytest.FixtureRequest) -> Iterator[None]:
    """After a Qt test, the widgets pytest-qt closed are deleted and Python's collector runs
    here, at a quiet moment. Left for later, the collector could free a window that an earlier
    test dropped while a paint event of the next test is on the stack (a crash seen once)."""
    yield
    if not {"qtbot", "qapp"} & set(request.fixturenames):
        return
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


_REAL_DIRS = PlatformDirs(APP_NAME, APP_AUTHOR, roaming=False)
_REAL_DATA = Path(_REAL_DIRS.user_data_dir)
_REAL_DATA_EXISTED = _REAL_DATA.exists()


@pytest.fixture(autouse=True)
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "home"
    monkeypatch.setenv(HOME_ENV, str(home))
    yield home
    if not _REAL_DATA_EXISTED:
        assert not _REAL_DATA.exists(), f"a test wrote to the real data folder {_REAL_DATA}"


@pytest.fixture
def engine(app_home: Path) -> Iterator[Engine]:
    """A migrated database with the bundled reference data, in the test's data folder."""
    from app.core.database import open_database

    db = open_database()
    yield db.engine
    db.engine.dispose()


@pytest.fixture
def demo_engine(engine: Engine) -> Engine:
    from app.core.demo import create_demo

    create_demo(engine)
    return engine
