"""Logging to a rotating file in the user log folder.

The file rotates at 2 MB and five old files are kept (``musrenbang.log.1`` … ``.5``), so the
log never fills a laptop's disk; Pengaturan → Log & diagnosis shows its last lines.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from app.paths import log_dir

LOG_NAME = "musrenbang.log"
MAX_BYTES = 2_000_000
BACKUP_COUNT = 5

_configured = False


def log_file() -> Path:
    return log_dir() / LOG_NAME


def configure_logging(level: int = logging.INFO) -> None:
    global _configured
    if _configured:
        return
    handler = RotatingFileHandler(
        log_file(), maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    _configured = True
