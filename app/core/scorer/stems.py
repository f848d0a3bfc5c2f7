"""Persistent stem lexicon so the scorer builds fast without calling Sastrawi for every word.

A lexicon for the bundled vocabulary ships in ``resources/scorer/stem_lexicon.tsv`` (regenerate with
``uv run python -m app.core.scorer.build_lexicon``); words met later are added to a per-user cache file
under the data folder. Both are plain ``word<TAB>stem`` lines.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from app.paths import resource

LEXICON_NAME = "stem_lexicon.tsv"


def bundled_lexicon_path() -> Path:
    return resource("scorer", LEXICON_NAME)


def user_lexicon_path() -> Path:
    from app.paths import data_dir

    return data_dir() / "cache" / "scorer_stems.tsv"


def read_lexicon(path: Path) -> dict[str, str]:
    lexicon: dict[str, str] = {}
    try:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                word, sep, stem = line.rstrip("\n").partition("\t")
                if sep and word and stem:
                    lexicon[word] = stem
    except OSError:
        return {}
    return lexicon


def write_lexicon(path: Path, lexicon: dict[str, str]) -> None:
    """Atomic write; failures (read-only folder, full disk) are ignored: it is only a cache."""
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".stems-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                for word in sorted(lexicon):
                    handle.write(f"{word}\t{lexicon[word]}\n")
            os.replace(tmp, path)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
