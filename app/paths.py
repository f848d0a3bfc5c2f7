"""Every file-system location the application uses, in one place.

``MUSRENBANG_HOME`` overrides all of them (tests and portable installs use it); otherwise the
platform's per-user folders from platformdirs. Nothing is ever resolved against the working
directory or the executable's folder, except bundled read-only resources.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "MusrenbangKecamatan"
APP_AUTHOR = "MusrenbangKecamatan"
HOME_ENV = "MUSRENBANG_HOME"


def _home_override() -> Path | None:
    value = os.environ.get(HOME_ENV, "").strip()
    return Path(value).expanduser() if value else None


def _dirs() -> PlatformDirs:
    return PlatformDirs(APP_NAME, APP_AUTHOR, roaming=False)


def data_dir() -> Path:
    home = _home_override()
    path = home / "data" if home else Path(_dirs().user_data_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    home = _home_override()
    path = home / "logs" if home else Path(_dirs().user_log_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    home = _home_override()
    path = home / "config" if home else Path(_dirs().user_config_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


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
