"""The scorer's compiled build against its Python modules, in turn, on the same batch.

    uv run python tools/build_native_scorer.py        # once, or after a scorer change
    uv run python bench/bench_scorer_builds.py [--pairs 5]

Each pair runs a fresh process with the compiled build, then one with ``MUSRENBANG_SCORER=python``.
Each child builds the scorer, scores ``bench_scorer.py``'s batch of 20,000 recombined dev titles
once (new words) and then three more times, and reports the best of those three steady-state rates
(CPU time). Because the pairs alternate, the per-pair ratio holds even when this machine's speed
drifts during the run; quote the medians.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(1, str(ROOT / "bench"))  # bench_scorer: the dev set's path, its batch
BATCH = 20_000


def _titles() -> list[str]:
    from bench_scorer import DEFAULT_DEV, load_dev

    dev = Path(DEFAULT_DEV)
    if dev.exists():
        return [text for _, text, _ in load_dev(dev)]
    rows: list[str] = []
    for path in sorted((ROOT / "bench" / "data").glob("usulan_*.csv")):
        rows += [text for _, text, _ in load_dev(path)]
    return rows


def child() -> int:
    """One measurement, printed as one JSON line."""
    from bench_scorer import recombined_batch

    from app.core.scorer import Scorer, load_bundled_reference, native

    words = [t.split() for t in _titles()]
    proposals = recombined_batch(words, random.Random(7), BATCH)  # bench_scorer.py's batch
    scorer = Scorer(load_bundled_reference())
    c0 = time.process_time()
    scorer.score_batch(proposals)
    first = len(proposals) / (time.process_time() - c0)
    steady = []
    for _ in range(3):
        c0 = time.process_time()
        scorer.score_batch(proposals)
        steady.append(len(proposals) / (time.process_time() - c0))
    print(
        json.dumps(
            {
                "compiled": native.compiled(),
                "how": native.describe(),
                "first": first,
                "steady": max(steady),
            }
        )
    )
    return 0


def _run(python_only: bool) -> dict[str, object]:
    env = {**os.environ, "MUSRENBANG_SCORER": "python" if python_only else ""}
    env.setdefault("MUSRENBANG_HOME", tempfile.mkdtemp(prefix="bench-builds-"))
    done = subprocess.run(
        [sys.executable, __file__, "--child"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, default=5)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child()
    from app.core.scorer import native

    reason = native.why_not()
    if reason is not None:
        print(f"no current compiled build ({reason}): run tools/build_native_scorer.py first")
        return 1
    compiled: list[float] = []
    python: list[float] = []
    for n in range(1, args.pairs + 1):
        a, b = _run(python_only=False), _run(python_only=True)
        if a["compiled"] is not True or b["compiled"] is not False:
            print(
                f"pair {n}: the children did not run the builds asked for: {a['how']} / {b['how']}"
            )
            return 1
        sa, sb = float(str(a["steady"])), float(str(b["steady"]))
        compiled.append(sa)
        python.append(sb)
        print(f"pair {n}: compiled {sa:,.0f}/s, Python {sb:,.0f}/s, ratio {sa / sb:.2f}")
    ratios = [a / b for a, b in zip(compiled, python, strict=True)]
    print(
        f"\nbatch of {BATCH:,} proposals, steady state (best of 3 per run), {args.pairs} pairs in turn:\n"
        f"  compiled: median {statistics.median(compiled):,.0f}/s "
        f"({min(compiled):,.0f}–{max(compiled):,.0f})\n"
        f"  Python:   median {statistics.median(python):,.0f}/s "
        f"({min(python):,.0f}–{max(python):,.0f})\n"
        f"  ratio compiled/Python per pair: median {statistics.median(ratios):.2f} "
        f"({min(ratios):.2f}–{max(ratios):.2f})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
