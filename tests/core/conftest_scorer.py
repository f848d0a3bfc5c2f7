"""Shared helpers for the scorer tests (imported explicitly by tests/core/test_scorer*.py).

Scorers built here never persist their stem cache (``persist_stems=False``), so a module-scoped
scorer cannot write outside the test's data folder.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from app.core.scorer import ProposalInput, Scorer, ScorerReference, load_bundled_reference


@lru_cache(maxsize=1)
def bundled_reference() -> ScorerReference:
    return load_bundled_reference()


@lru_cache(maxsize=1)
def bundled_scorer() -> Scorer:
    """A shared scorer over the bundled data; tests must not add confirmations to it."""
    return Scorer(bundled_reference(), persist_stems=False)


def fresh_scorer(reference: ScorerReference | None = None) -> Scorer:
    return Scorer(reference or bundled_reference(), persist_stems=False)


def proposal(text: str, **fields: object) -> ProposalInput:
    return ProposalInput(id=str(fields.pop("id", "t1")), text=text, **fields)  # type: ignore[arg-type]


def top_bidang(text: str, scorer: Scorer | None = None, **fields: object) -> str:
    result = (scorer or bundled_scorer()).score(proposal(text, **fields))
    return result.bidang[0].code if result.bidang else ""


def place_words_dropped(text: str) -> list[str]:
    """The words of ``text`` that the bundled scorer reads as (part of) a place name."""
    scorer = bundled_scorer()
    analysis = scorer.normaliser.analyse(text)
    flags = scorer._places.dropped(analysis, text)
    return [word for word, drop in zip(analysis.surfaces, flags, strict=True) if drop]


OWN_SET = Path(__file__).resolve().parents[2] / "bench" / "data" / "usulan_subkegiatan_tulis.csv"


def own_set_titles_moved(change: Callable[[str, str], str]) -> list[str]:
    """The team's own titles, each changed by ``change(id, title)``, whose first bidang is no
    longer that of the bare title."""
    with OWN_SET.open(encoding="utf-8") as handle:
        rows = [(r["id"], r["text"]) for r in csv.DictReader(handle)]
    changed = [change(rid, text) for rid, text in rows]
    scorer = bundled_scorer()
    bare = scorer.score_batch(proposal(t, id=rid) for rid, t in rows)
    after = scorer.score_batch(
        proposal(t, id=rid) for (rid, _), t in zip(rows, changed, strict=True)
    )
    return [
        t
        for t, a, b in zip(changed, bare, after, strict=True)
        if a.bidang[0].code != b.bidang[0].code
    ]
