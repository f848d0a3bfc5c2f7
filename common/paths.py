"""The per-user folders of an installation, shared by the desktop app and the reference server
(a server run on an office laptop keeps its database beside the app's).

``MUSRENBANG_HOME`` overrides all of them (tests and portable installs use it): its ``data``,
``logs`` and ``config`` subfolders; otherwise the platform's per-user folders from platformdirs.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from platformdirs import PlatformDirs

APP_NAME = "MusrenbangKecamatan"
APP_AUTHOR = "MusrenbangKecamatan"
HOME_ENV = "MUSRENBANG_HOME"

Folder = Literal["data", "logs", "config"]


def user_folder(kind: Folder) -> Path:
    """The folder for ``kind``, created when missing."""
    value = os.environ.get(HOME_ENV, "").strip()
    if value:
        path = Path(value).expanduser() / kind
    else:
        dirs = PlatformDirs(APP_NAME, APP_AUTHOR, roaming=False)
        platform = {
            "data": dirs.user_data_dir,
            "logs": dirs.user_log_dir,
            "config": dirs.user_config_dir,
        }
        path = Path(platform[kind])
    path.mkdir(parents=True, exist_ok=True)
    return path
