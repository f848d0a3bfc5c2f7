"""Learned bidang ranker: hashed word and character n-gram features, a linear model, numpy only.

Trained offline by ``tools/train_scorer_ranker.py`` (scikit-learn, a development dependency) on
the nomenclature, the bundled kamus and the team's own labelled sets; the weights ship in
``resources/scorer/ranker_bidang.npz`` as int8 with one float scale per class. At run time the
features of a text are the union of per-word feature ids (memoised: village wording repeats), so
a prediction is one gather and one sum.
"""

from __future__ import annotations

import itertools
import json
import math
import zlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from app.paths import resource

FEATURE_BITS = 18
N_FEATURES = 1 << FEATURE_BITS
CHAR_N = (3, 4, 5)
CACHE_LIMIT = 200_000  # memoised word vectors (about 350 bytes each)
FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


def _h(token: str) -> int:
    return zlib.crc32(token.encode("utf-8")) & (N_FEATURES - 1)


def word_features(word: str) -> list[int]:
    """Feature ids of one (normalised) word: the word itself and its padded char n-grams."""
    ids = [_h("w:" + word)]
    padded = f"<{word}>"
    for n in CHAR_N:
        ids.extend(_h(f"c{n}:" + padded[i : i + n]) for i in range(len(padded) - n + 1))
    return ids


def pair_feature(first: str, second: str) -> int:
    return _h(f"b:{first}_{second}")


def text_feature_ids(words: Sequence[str]) -> list[int]:
    """Feature ids of a word sequence as the model sees them: each distinct word contributes its
    own (distinct) features, each adjacent pair one feature; an id repeated across words counts
    once per word (training uses the counts)."""
    ids: list[int] = []
    for word in dict.fromkeys(words):
        ids.extend(set(word_features(word)))
    ids.extend({pair_feature(a, b) for a, b in itertools.pairwise(words)})
    return ids


def softmax(logits: FloatArray, temperature: float = 1.0) -> FloatArray:
    z = logits / temperature if temperature != 1.0 else logits
    e = np.exp(z - z.max())
    out: FloatArray = e / e.sum()
    return out


def softmax_rows(logits: FloatArray, temperature: float = 1.0) -> FloatArray:
    """:func:`softmax` of each row of a matrix (the same operations, row by row)."""
    z = logits / temperature if temperature != 1.0 else logits
    e = np.exp(z - z.max(axis=1, keepdims=True))
    out: FloatArray = e / e.sum(axis=1, keepdims=True)
    return out


def ranker_path() -> Path:
    return resource("scorer", "ranker_bidang.npz")


class BidangRanker:
    """Predicts a probability per bidang from the title's normalised words."""

    def __init__(
        self,
        classes: Sequence[str],
        weights: npt.NDArray[np.int8],
        scale: FloatArray,
        bias: FloatArray,
    ) -> None:
        self.classes = list(classes)
        self._weights = weights  # (N_FEATURES, n_classes) int8
        self._scale = scale.astype(np.float64)
        self._bias = bias.astype(np.float64)
        self._cache: dict[str, FloatArray] = {}  # word -> its vector
        self._pairs: dict[tuple[str, str], FloatArray] = {}  # adjacent words -> their vector

    @classmethod
    def load(cls, path: Path | None = None) -> BidangRanker | None:
        """The bundled ranker, or None when its file is missing or unreadable."""
        path = path or ranker_path()
        try:
            with np.load(path, allow_pickle=False) as data:
                classes = json.loads(bytes(data["classes"]).decode("utf-8"))
                weights = np.ascontiguousarray(data["weights"], dtype=np.int8)
                scale = np.asarray(data["scale"], dtype=np.float64)
                bias = np.asarray(data["bias"], dtype=np.float64)
        except (OSError, KeyError, ValueError):
            return None
        if weights.shape != (N_FEATURES, len(classes)) or scale.shape != (len(classes),):
            return None
        return cls(classes, weights, scale, bias)

    def _vector(self, ids: Sequence[int]) -> FloatArray:
        idx = np.fromiter(ids, dtype=np.int64, count=len(ids))
        raw = self._weights[idx].sum(axis=0, dtype=np.int32)
        vec: FloatArray = raw.astype(np.float64) * self._scale
        return vec

    def _word_vector(self, word: str) -> FloatArray:
        vec = self._cache.get(word)
        if vec is None:
            vec = self._vector(list(set(word_features(word))))
            if len(self._cache) + len(self._pairs) < CACHE_LIMIT:
                self._cache[word] = vec
        return vec

    def _pair_vector(self, first: str, second: str) -> FloatArray:
        # keyed by the pair itself: the tuples come from pairwise(), no key string to build
        vec = self._pairs.get((first, second))
        if vec is None:
            vec = self._vector([pair_feature(first, second)])
            if len(self._cache) + len(self._pairs) < CACHE_LIMIT:
                self._pairs[(first, second)] = vec
        return vec

    def logits(self, words: Sequence[str]) -> FloatArray:
        """Bias plus the (memoised) contribution of each distinct word and adjacent pair."""
        vectors = [self._word_vector(w) for w in dict.fromkeys(words)]
        vectors.extend(self._pair_vector(a, b) for a, b in dict.fromkeys(itertools.pairwise(words)))
        if not vectors:
            return self._bias.copy()
        out: FloatArray = np.add.reduce(vectors) + self._bias
        return out

    def logits_rows(self, texts: Sequence[Sequence[str]]) -> FloatArray:
        """:meth:`logits` of several word sequences, one row each, with the same sums: each
        row adds its vectors in the same order (``reduceat`` over rows, like ``reduce``), then
        the bias; one numpy call for all texts instead of a list-to-array copy and a reduce per
        text."""
        vectors: list[FloatArray] = []
        starts: list[int] = []
        words_seen, pairs_seen = self._cache, self._pairs  # memoised vectors, looked up inline
        for words in texts:
            if not words:  # no vectors: an empty segment would read the next row
                return np.vstack([self.logits(w) for w in texts])
            starts.append(len(vectors))
            vectors.extend(
                [
                    v if (v := words_seen.get(w)) is not None else self._word_vector(w)
                    for w in dict.fromkeys(words)
                ]
            )
            vectors.extend(
                [
                    v if (v := pairs_seen.get(p)) is not None else self._pair_vector(*p)
                    for p in dict.fromkeys(itertools.pairwise(words))
                ]
            )
        if not starts:
            return np.zeros((0, len(self.classes)), dtype=np.float64)
        # one (vectors x classes) matrix: concatenating the rows is cheaper than np.array()
        stacked = np.concatenate(vectors).reshape(len(vectors), len(self._bias))
        out: FloatArray = np.add.reduceat(stacked, starts, axis=0)
        out += self._bias
        return out

    def probabilities(self, words: Sequence[str], temperature: float = 1.0) -> FloatArray:
        return softmax(self.logits(words), temperature)

    def top(self, words: Sequence[str], k: int = 3) -> list[tuple[str, float]]:
        p = self.probabilities(words)
        order = np.argsort(-p)[:k].tolist()
        return [(self.classes[i], float(p[i])) for i in order if math.isfinite(p[i])]
