"""The scorer's compiled build: the same source modules compiled to C with mypyc.

The scorer's hot path is plain Python spread over many small steps (text analysis, phrase
matching, result building), so a compiler gains more than any one rewrite would; mypyc compiles
the strictly typed modules as they are and the results stay bit for bit the same
(``tests/core/test_scorer_native.py`` compares both builds on the labelled sets).

``tools/build_native_scorer.py`` writes the build into ``_native/`` beside these modules, with a
manifest of the sources' sha256. :func:`install` puts that folder in front of the package's
search path only when every compiled module's source still has the hash it was compiled from, so
an edited source never runs as stale machine code; otherwise the pure Python modules run.
A PyInstaller bundle carries the compiled modules in place of the sources (``build.spec``), so
there is nothing to check there.

``MUSRENBANG_SCORER=python`` forces the pure modules (to compare, or to debug);
``MUSRENBANG_SCORER_BUILD=FOLDER`` loads a build from another folder, on the same conditions.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import json
import os
import sys
from collections.abc import MutableSequence
from pathlib import Path

# the modules compiled together (one mypyc group); their imports of each other become C calls
COMPILED_MODULES = (
    "text",
    "stems",
    "similarity",
    "components",
    "result",
    "ranker",
    "inputs",
    "vocab",
    "places",
    "engine",
)
GROUP_NAME = "musrenbang_scorer"
PACKAGE = "app.core.scorer"
NATIVE_DIR = Path(__file__).resolve().parent / "_native"
MANIFEST = "manifest.json"
FORCE_PURE_ENV = "MUSRENBANG_SCORER"
BUILD_DIR_ENV = "MUSRENBANG_SCORER_BUILD"  # another build folder (the equivalence test's)

_status = "not checked"


def source_hashes(folder: Path | None = None) -> dict[str, str]:
    """sha256 of each compiled module's source file."""
    base = folder if folder is not None else Path(__file__).resolve().parent
    return {
        name: hashlib.sha256((base / f"{name}.py").read_bytes()).hexdigest()
        for name in COMPILED_MODULES
    }


def extension_suffix() -> str:
    return importlib.machinery.EXTENSION_SUFFIXES[0]


def build_dir() -> Path:
    configured = os.environ.get(BUILD_DIR_ENV, "").strip()
    return Path(configured) if configured else NATIVE_DIR


def why_not(folder: Path | None = None) -> str | None:
    """None when the compiled build in ``folder`` (default :func:`build_dir`) matches the
    sources here and this interpreter; otherwise the reason, in words."""
    folder = build_dir() if folder is None else folder
    manifest_path = folder / MANIFEST
    if not manifest_path.is_file():
        return "belum dibangun (tools/build_native_scorer.py)"
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "manifest rusak"
    if not isinstance(manifest, dict):
        return "manifest rusak"
    suffix = extension_suffix()
    if manifest.get("suffix") != suffix:
        return f"dibangun untuk {manifest.get('suffix')}, interpreter ini {suffix}"
    missing = [
        n
        for n in (*COMPILED_MODULES, f"{GROUP_NAME}__mypyc")
        if not (folder / f"{n}{suffix}").is_file()
    ]
    if missing:
        return "berkas hasil kompilasi hilang: " + ", ".join(missing)
    try:
        current = source_hashes()
    except OSError:
        return "sumber tidak terbaca"
    stale = sorted(
        n for n, digest in current.items() if manifest.get("sources", {}).get(n) != digest
    )
    if stale:
        return "sumber berubah sejak kompilasi: " + ", ".join(stale)
    return None


def install(package_path: MutableSequence[str]) -> bool:
    """Put the compiled build in front of ``package_path`` (the package's ``__path__``) when it
    is current. Called once, from the package's ``__init__``, before any compiled module is
    imported."""
    global _status
    if getattr(sys, "frozen", False):
        _status = "bundle"
        return False
    if os.environ.get(FORCE_PURE_ENV, "").strip().lower() == "python":
        _status = f"Python murni ({FORCE_PURE_ENV}=python)"
        return False
    reason = why_not()
    if reason is not None:
        _status = f"Python murni: {reason}"
        return False
    folder = str(build_dir())
    if folder not in package_path:
        package_path.insert(0, folder)
    if folder not in sys.path:
        sys.path.append(folder)  # the group library is a top-level module of its own name
    _status = "terkompilasi (mypyc)"
    return True


def fall_back(package_path: MutableSequence[str], error: BaseException) -> bool:
    """After a compiled module failed to load (a damaged file, a missing C runtime): take the
    build off the path and forget what it loaded, so the next import takes the Python modules.
    False when the build was not in use (the error is then not the build's)."""
    global _status
    folder = str(build_dir())
    if folder not in package_path:
        return False
    package_path.remove(folder)
    if folder in sys.path:
        sys.path.remove(folder)
    for name in (*COMPILED_MODULES, f"{GROUP_NAME}__mypyc"):
        sys.modules.pop(f"{PACKAGE}.{name}", None)
    sys.modules.pop(f"{GROUP_NAME}__mypyc", None)
    _status = f"Python murni: modul terkompilasi gagal dimuat ({type(error).__name__}: {error})"
    return True


def compiled() -> bool:
    """Whether the scorer running in this process is the compiled build."""
    engine = sys.modules.get(f"{PACKAGE}.engine")
    if engine is None:
        return False
    return not str(getattr(engine, "__file__", "") or "").endswith(".py")


def describe() -> str:
    """One line for benchmarks and the self-check: which build runs, and why."""
    if compiled():
        return "terkompilasi (mypyc)"
    if _status == "bundle":
        return "Python murni (paket dibangun tanpa kompilasi)"
    return _status
