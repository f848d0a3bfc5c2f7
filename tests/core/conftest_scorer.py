"""Shared helpers for the scorer tests (imported explicitly by tests/core/test_scorer*.py).

Scorers built here never persist their stem cache (``persist_stems=False``), so a module-scoped
scorer cannot write outside the test's data folder.
"""

from __future__ import annotations

from functools import lru_cache

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
