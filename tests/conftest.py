"""Every test runs with its own data folder and never touches the real home folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from platformdirs import PlatformDirs

from app.paths import APP_AUTHOR, APP_NAME, HOME_ENV

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
