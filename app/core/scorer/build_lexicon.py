"""Regenerate ``resources/scorer/stem_lexicon.tsv``: ``uv run python -m app.core.scorer.build_lexicon``."""

from __future__ import annotations

from app.core.scorer.engine import Scorer
from app.core.scorer.inputs import load_bundled_reference, read_kamus_csv, sample_kamus_path
from app.core.scorer.stems import bundled_lexicon_path, write_lexicon


def main() -> None:
    reference = load_bundled_reference(kamus=read_kamus_csv(sample_kamus_path()))
    scorer = Scorer(reference, persist_stems=False, use_lexicon=False)
    write_lexicon(bundled_lexicon_path(), scorer.normaliser.stem_cache)
    print(f"{len(scorer.normaliser.stem_cache)} stems -> {bundled_lexicon_path()}")


if __name__ == "__main__":
    main()
