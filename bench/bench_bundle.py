"""The PyInstaller bundle: folder size against the 150 MB target and start-up time to the main
window with 20,000 proposals against the 2 s target, from the bundle and from source.

Run: ``uv run python bench/bench_bundle.py [--build] [--proposals 20000] [--runs 5]``

``--build`` runs ``pyinstaller --noconfirm build.spec`` first (and times it); otherwise the existing
``dist/musrenbang`` is measured. Baselines printed in the same run: the installed size of the
client's runtime dependencies (site-packages), and the same start-up from source.

Start-up is timed from launching the process to the marker the app prints once the main window
has been shown and painted (``MUSRENBANG_EXIT_AFTER_SHOW=1``, see ``app/ui/launch.py``), on the
offscreen platform. The first run of each is the "cold-ish" one: the first start of that program on
the new database (it takes the day's first backup); the median is over the following runs.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

BUNDLE = ROOT / "dist" / "musrenbang"
EXECUTABLE = BUNDLE / ("musrenbang.exe" if sys.platform == "win32" else "musrenbang")
SIZE_TARGET_MB = 150.0
START_TARGET_S = 2.0
MARKER = "MUSRENBANG_MAIN_WINDOW_SHOWN"
MB = 1_000_000


def _files(folder: Path) -> list[Path]:
    """Regular files; PyInstaller links some libraries on Linux, and a link weighs nothing."""
    return [path for path in folder.rglob("*") if path.is_file() and not path.is_symlink()]


def folder_size(folder: Path) -> int:
    return sum(path.lstat().st_size for path in _files(folder))


def largest_parts(folder: Path, count: int = 8) -> list[tuple[str, int]]:
    """The biggest entries of the bundle's ``_internal`` (or the folder itself)."""
    inner = folder / "_internal" if (folder / "_internal").is_dir() else folder
    sizes = [
        (entry.name, folder_size(entry) if entry.is_dir() else entry.lstat().st_size)
        for entry in inner.iterdir()
        if not entry.is_symlink()
    ]
    return sorted(sizes, key=lambda item: item[1], reverse=True)[:count]


def zipped_size(folder: Path) -> int:
    """What a download or an installer of the folder weighs (deflate, level 6)."""
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "bundle.zip"
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
            for path in sorted(_files(folder)):
                archive.write(path, path.relative_to(folder))
        return target.stat().st_size


def _requirement_name(requirement: str) -> str | None:
    if "extra ==" in requirement:
        return None
    match = re.match(r"[A-Za-z0-9._-]+", requirement)
    return match.group(0) if match else None


def runtime_dependency_size(root_distribution: str = "musrenbang-kecamatan") -> tuple[int, int]:
    """Installed bytes of the client's runtime dependency closure (site-packages), and its count."""
    seen: set[str] = set()
    pending = [root_distribution]
    total = 0
    while pending:
        name = pending.pop()
        key = name.lower().replace("_", "-")
        if key in seen:
            continue
        seen.add(key)
        try:
            distribution = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a dependency for another platform
        if key != root_distribution:
            for file in distribution.files or []:
                located = Path(str(distribution.locate_file(file)))
                if located.is_file():
                    total += located.stat().st_size
        for requirement in distribution.requires or []:
            required = _requirement_name(requirement)
            if required:
                pending.append(required)
    return total, len(seen) - 1


def build_bundle() -> float:
    start = time.perf_counter()
    subprocess.run(
        ["pyinstaller", "--noconfirm", "--log-level", "WARN", str(ROOT / "build.spec")],
        cwd=ROOT,
        check=True,
    )
    return time.perf_counter() - start


def create_database(home: Path, proposals: int) -> None:
    """A demo office with ``proposals`` synthetic proposals, in ``home`` (the app's home)."""
    os.environ["MUSRENBANG_HOME"] = str(home)
    from bench_proposal_list import synthesise_proposals
    from sqlmodel import select

    from app.core.database import open_database
    from app.core.demo import create_demo
    from app.models import PlanningCycle, Region
    from app.models.db import read_session

    db = open_database()
    create_demo(db.engine, empty=True)
    with read_session(db.engine) as session:
        cycle = session.exec(select(PlanningCycle)).one()
        villages = list(
            session.exec(select(Region.code).where(Region.parent_code == cycle.kecamatan_code))
        )
    synthesise_proposals(db.engine, cycle.id, cycle.year, villages, proposals)
    with db.engine.connect() as connection:
        connection.exec_driver_sql("ANALYZE")
    db.engine.dispose()


def time_start(command: list[str], home: Path, timeout: float = 120.0) -> tuple[float, float]:
    """Seconds from launching ``command`` to the main window's marker, and the CPU seconds the
    process had used by then (all threads; printed by the app with the marker). On a busy machine
    the CPU time says more than the wall time. The process is ended once the marker is read: the
    background work it starts after the window (duplicate marks, sync probe) is not start-up."""
    env = dict(os.environ)
    env.update(
        MUSRENBANG_HOME=str(home),
        MUSRENBANG_EXIT_AFTER_SHOW="1",
        QT_QPA_PLATFORM="offscreen",
        PYTHONUNBUFFERED="1",
    )
    start = time.perf_counter()
    process = subprocess.Popen(
        command,
        cwd=home,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    shown: tuple[float, float] | None = None
    deadline = start + timeout
    for line in process.stdout:
        if line.startswith(MARKER):
            cpu = float(line.rsplit("cpu=", 1)[1]) if "cpu=" in line else float("nan")
            shown = (time.perf_counter() - start, cpu)
            break
        if time.perf_counter() > deadline:
            break
    process.kill()
    process.wait()
    if shown is None:
        raise RuntimeError(f"{command[0]}: no main window (exit status {process.returncode})")
    return shown


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--build", action="store_true", help="build the bundle first")
    parser.add_argument("--proposals", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5, help="timed runs after the first")
    parser.add_argument("--no-zip", action="store_true", help="skip the compressed size")
    args = parser.parse_args()

    if args.build:
        print(f"build (pyinstaller build.spec): {build_bundle():.0f} s")
    if not EXECUTABLE.is_file():
        sys.exit(
            f"no bundle at {BUNDLE}: run `uv run pyinstaller --noconfirm build.spec` or --build"
        )

    size = folder_size(BUNDLE)
    deps, count = runtime_dependency_size()
    verdict = "met" if size / MB <= SIZE_TARGET_MB else "NOT met"
    print(f"\nbundle folder {BUNDLE.relative_to(ROOT)}: {size / MB:.0f} MB")
    print(f"  target ≤ {SIZE_TARGET_MB:.0f} MB: {verdict}")
    print(
        f"  baseline: {count} installed runtime dependencies in site-packages: {deps / MB:.0f} MB"
    )
    if not args.no_zip:
        print(f"  compressed (zip, deflate 6): {zipped_size(BUNDLE) / MB:.0f} MB")
    print("  largest parts:")
    for name, part in largest_parts(BUNDLE):
        print(f"    {part / MB:7.1f} MB  {name}")
    executable = BUNDLE / EXECUTABLE.name
    print(
        f"    {executable.stat().st_size / MB:7.1f} MB  {executable.name} (with the Python modules)"
    )

    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as tmp:
        homes = {"bundle": Path(tmp) / "bundle", "source": Path(tmp) / "source"}
        start = time.perf_counter()
        create_database(homes["bundle"], args.proposals)
        print(
            f"\ndatabase with {args.proposals:,} proposals created in "
            f"{time.perf_counter() - start:.1f} s"
        )
        database = homes["bundle"] / "data" / "musrenbang.sqlite3"
        homes["source"].joinpath("data").mkdir(parents=True)
        homes["source"].joinpath("data", database.name).write_bytes(database.read_bytes())
        commands = {
            "bundle": [str(executable)],
            "source": [sys.executable, "-m", "app"],
        }
        load = f"{os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else "?"
        print(
            f"start to the main window (offscreen), seconds; target ≤ {START_TARGET_S:.0f} s; "
            f"load average {load} on {os.cpu_count()} cores"
        )
        print(f"{'program':8} {'first (cold-ish)':>17} {'median':>7} {'median CPU':>11}  runs")
        for name, command in commands.items():
            first, first_cpu = time_start(command, homes[name])
            runs = [time_start(command, homes[name]) for _ in range(args.runs)]
            median = statistics.median(wall for wall, _cpu in runs)
            median_cpu = statistics.median(cpu for _wall, cpu in runs)
            mark = "met" if median <= START_TARGET_S else "NOT met"
            listed = " ".join(f"{wall:.2f}" for wall, _cpu in runs)
            print(
                f"{name:8} {first:11.2f} ({first_cpu:.2f} CPU) {median:7.2f} {median_cpu:11.2f}"
                f"  [{listed}] {mark}"
            )
    sys.stdout.flush()


if __name__ == "__main__":
    main()
