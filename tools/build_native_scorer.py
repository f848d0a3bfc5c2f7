"""Compile the scorer's modules with mypyc into ``app/core/scorer/_native/``.

Run: ``uv run python tools/build_native_scorer.py`` (about a minute; needs a C compiler: gcc on
Linux, the "Microsoft C++ Build Tools" on Windows). The compiled build gives the same results as
the Python modules, about one and a half times as fast (docs/scorer.md, "Compiled build").
The package loads it only while every source still has the sha256 written in the manifest
(app/core/scorer/native.py): after an edit, run this again or the Python modules run.
``--check`` prints whether the build present is current and exits 1 when it is not.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import os
import shutil
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def _load_native() -> ModuleType:
    """``app/core/scorer/native.py`` by its path: importing the package would load the compiled
    build it is about to replace (Windows cannot delete a loaded module file)."""
    spec = importlib.util.spec_from_file_location(
        "musrenbang_native_scorer", ROOT / "app" / "core" / "scorer" / "native.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


native = _load_native()


def build(out: Path = native.NATIVE_DIR) -> Path:
    """Compile into a fresh folder, then put it in place of ``out``; returns ``out``."""
    from mypy.version import __version__ as mypy_version
    from mypyc.build import mypycify
    from setuptools import setup

    hashes = native.source_hashes()  # before compiling: the sources this build is made of
    sources = [f"app/core/scorer/{name}.py" for name in native.COMPILED_MODULES]
    suffix = native.extension_suffix()
    with tempfile.TemporaryDirectory(prefix="native-scorer-") as tmp:
        work = Path(tmp)
        cwd = os.getcwd()
        os.chdir(ROOT)  # mypyc names the modules from their paths relative to here
        try:
            said = io.StringIO()
            with contextlib.redirect_stdout(said):
                extensions = mypycify(
                    sources,
                    opt_level="3",
                    group_name=native.GROUP_NAME,
                    target_dir=str(work / "c"),
                )
            for line in said.getvalue().splitlines():
                # a comprehension passed to any()/sum() is built as a list: same result
                if "Treating generator comprehension as list" not in line:
                    print(line)
            setup(
                name="musrenbang-native-scorer",
                packages=[],
                py_modules=[],
                ext_modules=extensions,
                script_args=[
                    "--quiet",
                    "build_ext",
                    "--build-lib",
                    str(work / "lib"),
                    "--build-temp",
                    str(work / "tmp"),
                ],
            )
        finally:
            os.chdir(cwd)
        staged = work / "native"
        staged.mkdir()
        for name in native.COMPILED_MODULES:
            shutil.copy2(work / "lib" / "app" / "core" / "scorer" / f"{name}{suffix}", staged)
        shutil.copy2(work / "lib" / f"{native.GROUP_NAME}__mypyc{suffix}", staged)
        manifest = {
            "suffix": suffix,
            "python": sys.version.split()[0],
            "mypy": mypy_version,
            "built": datetime.now(UTC).isoformat(timespec="seconds"),
            "sources": hashes,
        }
        (staged / native.MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", "utf-8")
        if out.exists():
            shutil.rmtree(out)
        shutil.copytree(staged, out)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only report whether it is current")
    args = parser.parse_args(argv)
    if args.check:
        reason = native.why_not()
        print("current" if reason is None else f"not current: {reason}")
        return 0 if reason is None else 1
    try:
        out = build()
    except SystemExit as exc:  # setuptools reports a failed compile by exiting
        print(
            f"The compile failed ({exc}). A C compiler is needed: gcc on Linux, the Microsoft "
            "C++ Build Tools on Windows. The scorer still works without this build (slower).",
            file=sys.stderr,
        )
        return 1
    size = sum(p.stat().st_size for p in out.iterdir()) / 1e6
    print(f"compiled {len(native.COMPILED_MODULES)} modules -> {out} ({size:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
