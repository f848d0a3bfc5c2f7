"""The compiled scorer build (mypyc): loaded only while current, and the same results as Python."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.scorer import native

ROOT = Path(__file__).resolve().parents[2]


def _fake_build(folder: Path, *, sources: dict[str, str] | None = None, suffix: str = "") -> Path:
    """A build folder with empty module files and a manifest (enough for the checks that run
    before any import)."""
    folder.mkdir(parents=True, exist_ok=True)
    suffix = suffix or native.extension_suffix()
    for name in (*native.COMPILED_MODULES, f"{native.GROUP_NAME}__mypyc"):
        (folder / f"{name}{suffix}").write_bytes(b"")
    manifest = {
        "suffix": suffix,
        "sources": native.source_hashes() if sources is None else sources,
    }
    (folder / native.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    return folder


def test_no_build_means_python(tmp_path: Path) -> None:
    reason = native.why_not(tmp_path / "absent")
    assert reason is not None and "belum dibangun" in reason


def test_a_build_of_edited_sources_is_not_loaded(tmp_path: Path) -> None:
    hashes = native.source_hashes()
    hashes["engine"] = "0" * 64  # engine.py changed after the compile
    reason = native.why_not(_fake_build(tmp_path / "b", sources=hashes))
    assert reason == "sumber berubah sejak kompilasi: engine"


def test_a_build_for_another_interpreter_is_not_loaded(tmp_path: Path) -> None:
    reason = native.why_not(_fake_build(tmp_path / "b", suffix=".cpython-399-other.so"))
    assert reason is not None and "dibangun untuk .cpython-399-other.so" in reason


def test_a_build_missing_a_module_or_with_a_broken_manifest_is_not_loaded(tmp_path: Path) -> None:
    build = _fake_build(tmp_path / "b")
    (build / f"text{native.extension_suffix()}").unlink()
    assert native.why_not(build) == "berkas hasil kompilasi hilang: text"
    (build / native.MANIFEST).write_text("{not json", encoding="utf-8")
    assert native.why_not(build) == "manifest rusak"


def test_a_current_build_is_put_first_and_python_can_be_forced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build = _fake_build(tmp_path / "b")
    assert native.why_not(build) is None
    monkeypatch.setenv(native.BUILD_DIR_ENV, str(build))
    monkeypatch.setattr(sys, "path", list(sys.path))
    monkeypatch.setattr(native, "_status", native._status)
    search: list[str] = ["/the/package"]
    assert native.install(search) is True
    assert search == [str(build), "/the/package"]
    assert str(build) in sys.path

    monkeypatch.setenv(native.FORCE_PURE_ENV, "python")
    search = ["/the/package"]
    assert native.install(search) is False
    assert search == ["/the/package"]
    assert native._status == "Python murni (MUSRENBANG_SCORER=python)"


def _python(script: str, env: dict[str, str], home: Path) -> str:
    """What ``script`` prints in a fresh interpreter run from the checkout (it must succeed)."""
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**os.environ, **env, "MUSRENBANG_HOME": str(home)},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout.strip()


def _fingerprint(env: dict[str, str], home: Path) -> tuple[str, str]:
    """(build description, 'count sha256') of tools/scorer_fingerprint.py in a fresh process."""
    script = (
        "import runpy, sys\n"
        "from app.core.scorer import native\n"
        "sys.argv = ['scorer_fingerprint.py']\n"
        "print('BUILD', native.describe() if native.compiled() else 'python')\n"
        f"runpy.run_path({str(ROOT / 'tools' / 'scorer_fingerprint.py')!r}, run_name='__main__')\n"
    )
    lines = _python(script, env, home).splitlines()
    build = next(line for line in lines if line.startswith("BUILD "))
    return build, lines[-1]


@pytest.mark.slow
def test_the_compiled_build_gives_the_same_results_as_python(tmp_path: Path) -> None:
    if shutil.which("cc") is None and shutil.which("gcc") is None:
        pytest.skip("no C compiler on this machine: the compiled build cannot be made here")
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        from build_native_scorer import build
    finally:
        sys.path.remove(str(ROOT / "tools"))
    folder = build(tmp_path / "native")
    assert native.why_not(folder) is None

    compiled, compiled_print = _fingerprint(
        {native.BUILD_DIR_ENV: str(folder), native.FORCE_PURE_ENV: ""}, tmp_path / "h1"
    )
    python, python_print = _fingerprint({native.FORCE_PURE_ENV: "python"}, tmp_path / "h2")

    assert compiled == "BUILD terkompilasi (mypyc)"  # else the comparison would prove nothing
    assert python == "BUILD python"
    count = int(python_print.split()[0])
    assert count > 30_000  # every labelled set, the batch, the typing prefixes, the kamus
    assert compiled_print == python_print


def test_a_damaged_build_falls_back_to_python(tmp_path: Path) -> None:
    # current by its manifest, but the module files are not loadable (empty)
    build = _fake_build(tmp_path / "damaged")
    script = (
        "from app.core.scorer import ProposalInput, Scorer, load_bundled_reference, native\n"
        "scorer = Scorer(load_bundled_reference(), persist_stems=False)\n"
        "result = scorer.score(ProposalInput(id='1', text='Semenisasi jalan lingkungan RT 05'))\n"
        "print(result.bidang[0].code, native.compiled(), native.describe())\n"
    )
    env = {native.BUILD_DIR_ENV: str(build), native.FORCE_PURE_ENV: ""}
    code, was_compiled, how = _python(script, env, tmp_path / "home").split(" ", 2)
    assert (code, was_compiled) == ("1.03", "False")
    assert how.startswith("Python murni: modul terkompilasi gagal dimuat (ImportError")
