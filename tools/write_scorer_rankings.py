"""Write the scorer's stored rankings for tests/core/test_scorer_batch.py.

Run: ``uv run python tools/write_scorer_rankings.py`` after a change that is *meant* to change
routing (a thesaurus term, a weight), and say in the commit why the rankings moved. A pure
speed change must leave the file as it is: the test then proves the rankings did not move.

One line per row of the team's labelled sets (``bench/data/usulan_subkegiatan_tulis.csv`` with
its problem column, ``usulan_heldout_written.csv``): id, the three bidang, the five sub
kegiatan, the agency, the score.
"""

from __future__ import annotations

import csv
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "core" / "data" / "scorer_rankings.tsv"
SETS = ("usulan_subkegiatan_tulis.csv", "usulan_heldout_written.csv")


def sample() -> list[tuple[str, str, str]]:
    """(key, text, problem) of every row of the labelled sets, in file order."""
    rows = []
    for name in SETS:
        with (ROOT / "bench" / "data" / name).open(encoding="utf-8-sig", newline="") as handle:
            for n, row in enumerate(csv.DictReader(handle), start=1):
                key = f"{name}:{row.get('id') or n}"
                rows.append((key, row["text"], row.get("masalah") or ""))
    return rows


def rankings_line(key: str, result: object) -> str:
    from app.core.scorer import ScoreResult

    assert isinstance(result, ScoreResult)
    return "\t".join(
        (
            key,
            ",".join(b.code for b in result.bidang),
            ",".join(s.code for s in result.sub_kegiatan),
            result.agency.code if result.agency else "",
            str(result.score),
        )
    )


def main() -> int:
    os.environ.setdefault("MUSRENBANG_HOME", tempfile.mkdtemp(prefix="rankings-"))
    sys.path.insert(0, str(Path.cwd()))  # the checkout being measured (cwd), else this one
    sys.path.insert(1, str(ROOT))
    from app.core.scorer import ProposalInput, Scorer, load_bundled_reference

    scorer = Scorer(load_bundled_reference(), persist_stems=False)
    rows = sample()
    lines = [
        rankings_line(key, scorer.score(ProposalInput(id=key, text=text, problem=problem)))
        for key, text, problem in rows
    ]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} rankings → {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
