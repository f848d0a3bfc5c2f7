"""Every file-system location the application uses, in one place.

``MUSRENBANG_HOME`` overrides all of them (tests and portable installs use it); otherwise the
platform's per-user folders from platformdirs (that rule is ``common.paths``, the server's
too). Nothing is ever resolved against the working directory or the executable's folder, except
bundled read-only resources.
"""

from __future__ import annotations

import sys
from pathlib import Path

# Shared with the server (its data folder is the app's); tests/conftest.py imports them from here.
from common.paths import APP_AUTHOR as APP_AUTHOR
from common.paths import APP_NAME as APP_NAME
from common.paths import HOME_ENV as HOME_ENV
from common.paths import user_folder


def data_dir() -> Path:
    return user_folder("data")


def log_dir() -> Path:
    return user_folder("logs")


def config_dir() -> Path:
    return user_folder("config")


def database_path() -> Path:
    return data_dir() / "musrenbang.sqlite3"


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def attachments_dir() -> Path:
    path = data_dir() / "attachments"
    path.mkdir(parents=True, exist_ok=True)
    return path


def resources_dir() -> Path:
    """Bundled, read-only data. Inside a PyInstaller bundle it sits under ``sys._MEIPASS``."""
    bundle_root = getattr(sys, "_MEIPASS", None)
    if bundle_root:
        return Path(bundle_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def guide_dir() -> Path:
    """The user guide (docs/panduan): beside the sources, or under ``sys._MEIPASS`` in a bundle."""
    bundle_root = getattr(sys, "_MEIPASS", None)
    if bundle_root:
        return Path(bundle_root) / "docs" / "panduan"
    return Path(__file__).resolve().parent.parent / "docs" / "panduan"
