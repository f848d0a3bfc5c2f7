"""A small incremental TF-IDF cosine index (confirmed routings, kamus items)."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence


class SimilarityIndex:
    """Items are bags of stems; weights are IDF from a shared ``idf`` function."""

    def __init__(self, idf: Callable[[str], float]) -> None:
        self._idf = idf
        self._postings: dict[str, list[tuple[int, float]]] = {}
        self._norms: list[float] = []

    def __len__(self) -> int:
        return len(self._norms)

    def _vector(self, stems: Sequence[str]) -> dict[str, float]:
        vec: dict[str, float] = {}
        for stem in stems:
            vec[stem] = vec.get(stem, 0.0) + 1.0
        return {s: (1.0 + math.log(tf)) * self._idf(s) for s, tf in vec.items()}

    def add(self, stems: Sequence[str]) -> int:
        index = len(self._norms)
        vec = self._vector(stems)
        norm = math.sqrt(sum(w * w for w in vec.values()))
        self._norms.append(norm)
        if norm > 0:
            for stem, weight in vec.items():
                self._postings.setdefault(stem, []).append((index, weight))
        return index

    def query(
        self, stems: Sequence[str], *, min_similarity: float, limit: int = 5
    ) -> list[tuple[int, float]]:
        if not self._norms or not stems:
            return []
        vec = self._vector(stems)
        qnorm = math.sqrt(sum(w * w for w in vec.values()))
        if qnorm == 0:
            return []
        dots: dict[int, float] = {}
        for stem, weight in vec.items():
            for index, item_weight in self._postings.get(stem, ()):
                dots[index] = dots.get(index, 0.0) + weight * item_weight
        scored = [
            (index, dot / (qnorm * self._norms[index]))
            for index, dot in dots.items()
            if self._norms[index] > 0
        ]
        scored = [pair for pair in scored if pair[1] >= min_similarity]
        scored.sort(key=lambda pair: (-pair[1], pair[0]))
        return scored[:limit]
