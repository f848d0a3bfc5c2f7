"""Print a sha256 over every field of the scorer's results on a fixed, broad sample.

Run it in two checkouts (``cd OTHER && uv run --project THIS python THIS/tools/scorer_fingerprint.py``)
to show that a speed change leaves results unchanged: the same hash means the same ``repr`` of every
``ScoreResult`` (bidang, confidences, agency, sub kegiatan, kewenangan, score, components,
explanation). The sample: every row of ``bench/data`` and of the dev set when present (with and
without the problem column), 20,000 recombined titles with cost fields, growing prefixes of 300
titles (the typing path), the same rows with the bundled Surabaya kamus, and half of them after
learning the other half as confirmed routings. Results go through ``score_batch``; a third of the
first 3,000 are checked against ``score()`` too. ``--dump FILE`` also writes the results, one per
line, for a diff when two hashes differ.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    os.environ.setdefault("MUSRENBANG_HOME", tempfile.mkdtemp(prefix="fingerprint-"))
    sys.path.insert(0, str(Path.cwd()))  # the checkout being measured (cwd), else this one
    sys.path.insert(1, str(ROOT))
    sys.path.insert(2, str(ROOT / "bench"))
    # the measured checkout's app first: bench_scorer puts this checkout on the path too
    from app.core.scorer import ConfirmedRouting, ProposalInput, Scorer, load_bundled_reference
    from app.core.scorer.inputs import read_kamus_csv, sample_kamus_path

    bench = importlib.import_module("bench_scorer")
    load_rows = bench.load_rows

    reference = load_bundled_reference()
    scorer = Scorer(reference, persist_stems=False)
    dev = bench.DEFAULT_DEV
    files = ([dev] if dev.exists() else []) + sorted(bench.DATA.glob("usulan_*.csv"))
    rows = [r for f in files for r in load_rows(f)]
    props = [ProposalInput(id=rid, text=t, problem=p) for rid, t, p, _, _ in rows]
    props += [ProposalInput(id=rid, text=t) for rid, t, _, _, _ in rows]
    rng = random.Random(7)
    words = [r[1].split() for r in rows]
    for _ in range(20000):
        a, b = rng.choice(words), rng.choice(words)
        text = " ".join(a[: max(1, len(a) // 2 + 1)] + b[len(b) // 2 :])
        props.append(
            ProposalInput(
                id="b", text=text, desa="Perian", volume=100.0, satuan="m", biaya=150_000_000.0
            )
        )
    for r in rows[:300]:
        props.extend(ProposalInput(id="t", text=r[1][:cut]) for cut in range(1, len(r[1]) + 1, 2))
    out = [repr(r) for r in scorer.score_batch(props)]
    alone = [repr(scorer.score(p)) for p in props[:3000:3]]
    if alone != out[:3000:3]:
        print("score() and score_batch() differ")
        return 1
    with_kamus = Scorer(
        load_bundled_reference(kamus=read_kamus_csv(sample_kamus_path())), persist_stems=False
    )
    out += [repr(r) for r in with_kamus.score_batch(props[: 2 * len(rows)])]
    learner = Scorer(reference, persist_stems=False)
    for _rid, text, _p, gold, subs in rows[::2]:
        learner.add_confirmation(
            ConfirmedRouting(
                text=text, bidang_code=sorted(gold)[0], sub_kegiatan_code=subs[0] if subs else None
            )
        )
    out += [repr(r) for r in learner.score_batch(props[1 : 2 * len(rows) : 2])]
    print(len(out), hashlib.sha256("\n".join(out).encode()).hexdigest())
    if len(sys.argv) > 2 and sys.argv[1] == "--dump":
        # one result per line, to diff two checkouts when the hashes differ
        Path(sys.argv[2]).write_text("\n".join(out) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
