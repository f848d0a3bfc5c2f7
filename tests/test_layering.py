"""Only app/ui imports PySide6: importing every module of core, models and sync loads no Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import importlib, pkgutil, sys
import app.core, app.models, app.sync, app.cli, app.paths
for package in (app.core, app.models, app.sync, app.cli):
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if info.name.startswith("app.models.migrations"):
            continue  # alembic scripts run only inside alembic
        importlib.import_module(info.name)
loaded = sorted(name for name in sys.modules if name.split(".")[0] in ("PySide6", "shiboken6"))
print(",".join(loaded))
"""


def test_core_models_sync_cli_do_not_load_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_no_pyside_import_statement_outside_ui() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "app").rglob("*.py")
        if "ui" not in path.relative_to(ROOT / "app").parts[:1]
        and any(
            line.lstrip().startswith(("import PySide6", "from PySide6"))
            for line in path.read_text().splitlines()
        )
    ]
    assert offenders == []


SERVER_ONLY = {
    "server",
    "fastapi",
    "starlette",
    "uvicorn",
    "psycopg",
    "jinja2",
    "multipart",
    "pydantic_settings",
}
DESKTOP_PROBE = """
import importlib, pkgutil, sys
import app, common
for package in (app, common):
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if info.name.startswith("app.models.migrations"):
            continue
        importlib.import_module(info.name)
print(",".join(sorted({name.split(".")[0] for name in sys.modules})))
"""


def test_desktop_app_loads_none_of_the_servers_dependencies() -> None:
    """They are the optional extra ``server`` (pyproject), not part of the desktop install."""
    result = subprocess.run(
        [sys.executable, "-c", DESKTOP_PROBE], cwd=ROOT, capture_output=True, text=True, check=True
    )
    loaded = set(result.stdout.strip().split(","))
    assert "sqlalchemy" in loaded and "PySide6" in loaded  # the probe did import the app
    assert loaded & SERVER_ONLY == set()
