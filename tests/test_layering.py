"""The layers: only app/ui imports PySide6 (importing every module of core, models and sync loads
no Qt), and each layer imports only the layers below it (checked over the source with ast)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

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


def _imports(path: Path) -> list[tuple[int, str]]:
    """Every module ``path`` imports (top level, in functions, under TYPE_CHECKING), with its
    line; relative imports resolved against the file's package."""
    package = list(path.relative_to(ROOT).parts[:-1])
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            found.append((node.lineno, module))
            # ``from app import models`` imports the module app.models
            found.extend((node.lineno, f"{module}.{alias.name}") for alias in node.names)
    return found


def _violations(folder: str, forbidden: tuple[str, ...]) -> list[str]:
    """``file:line imports module`` for each import statement of ``folder`` that reaches one of
    ``forbidden`` (a package and everything under it)."""
    offenders = []
    for path in sorted((ROOT / folder).rglob("*.py")):
        seen: set[int] = set()
        for line, module in sorted(_imports(path)):
            if line not in seen and any(
                module == name or module.startswith(name + ".") for name in forbidden
            ):
                seen.add(line)
                offenders.append(f"{path.relative_to(ROOT)}:{line} imports {module}")
    return offenders


@pytest.mark.parametrize(
    ("folder", "forbidden"),
    [
        # widgets call use cases in app/core; tables and sessions stay behind them
        ("app/ui", ("sqlmodel", "sqlalchemy", "app.models")),
        # the tables know nothing of the rules built on them
        ("app/models", ("app.core",)),
        # the office's rules work without the sync client
        ("app/core", ("app.sync",)),
        # shared by client and server, so it depends on neither
        ("common", ("app", "server")),
        # the reference server shares only common/ with the client
        ("server", ("app",)),
    ],
)
def test_layer_imports(folder: str, forbidden: tuple[str, ...]) -> None:
    offenders = _violations(folder, forbidden)
    assert not offenders, "\n".join(offenders)
