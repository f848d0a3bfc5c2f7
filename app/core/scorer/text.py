"""Indonesian text normalisation for the scorer: tokens, abbreviations, stems, typos, phrases.

Pipeline per word: lower-case ASCII → reduplication and digit splitting → abbreviation expansion
(``jln`` → ``jalan``, ``rtlh`` → ``rumah tidak layak huni``) → stem (override table, then PySastrawi,
memoised because Sastrawi costs ~0.2 ms a word) → typo correction for words the vocabulary does
not know (rapidfuzz against known words of similar length, memoised too).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple, Protocol

from rapidfuzz import fuzz, process

_WORD_RE = re.compile(r"[a-z0-9]+")
_REDUP_RE = re.compile(r"\b([a-z]{2,})-\1\b")
_REDUP2_RE = re.compile(r"\b([a-z]{3,})2\b")
_ALNUM_SPLIT_RE = re.compile(r"[a-z]+|[0-9]+")
_DIGIT_RE = re.compile(r"[0-9]")
# the words and the marks between them, to read where a clause ends as written
CLAUSE_MARKS = frozenset("(),;:/|[]-")
_WRITTEN_RE = re.compile(r"[a-z0-9]+|[(),;:/|\[\]\-]")
MAX_TEXT_CHARS = 4000
FUZZY_MIN_LEN = 5
FUZZY_CUTOFF = 86.0
FUZZY_AFFIX_LOSS = 5
WORD_INFO_LIMIT = 200_000  # memoised (stem, content) pairs of words seen in texts


class _Stemmer(Protocol):
    def stem(self, text: str) -> str: ...


_sastrawi: _Stemmer | None = None


def _sastrawi_stemmer() -> _Stemmer:
    global _sastrawi
    if _sastrawi is None:
        from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

        _sastrawi = StemmerFactory().create_stemmer()
    return _sastrawi


_root_words: frozenset[str] | None = None


def root_words() -> frozenset[str]:
    """Indonesian root words (the stemmer's own dictionary): a word whose stem is one of them is
    a real word and is never "corrected" into another one (rambut is not rambu)."""
    global _root_words
    if _root_words is None:
        try:
            import Sastrawi

            path = Path(Sastrawi.__file__).parent / "Stemmer" / "data" / "kata-dasar.txt"
            with path.open(encoding="utf-8") as handle:
                _root_words = frozenset(line.strip() for line in handle if line.strip())
        except (ImportError, OSError):
            _root_words = frozenset()
    return _root_words


def fold(text: str) -> str:
    """Lower-case ASCII with accents removed and hyphenated reduplication collapsed."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = text.lower()
    if "-" in text:
        text = _REDUP_RE.sub(r"\1", text)
    if "2" in text:
        text = _REDUP2_RE.sub(r"\1", text)
    return text


def raw_words(text: str) -> list[str]:
    """Alphabetic word pieces of ``text`` (digits dropped, ``10m`` → ``m``)."""
    folded = fold(text[:MAX_TEXT_CHARS])
    if _DIGIT_RE.search(folded) is None:
        # no digit: every token is alphabetic (most texts; the loop below keeps them all)
        tokens: list[str] = _WORD_RE.findall(folded)
        return tokens
    words: list[str] = []
    for token in _WORD_RE.findall(folded):
        if token.isalpha():
            words.append(token)
        elif not token.isdigit():
            words.extend(_alnum_pieces(token))
    return words


def _alnum_pieces(token: str) -> list[str]:
    """The words of a token mixing letters and digits: the whole token (``tps3r``), then its
    alphabetic pieces."""
    return [token, *(p for p in _ALNUM_SPLIT_RE.findall(token) if p.isalpha())]


def raw_words_written(text: str) -> tuple[list[str], list[bool]]:
    """:func:`raw_words` of ``text``, and for each word whether a clause mark (brackets, comma,
    semicolon, colon, slash, bar, dash) follows it as written: "Dusun Krajan, Event
    Kepariwisataan" names the place up to the comma."""
    words: list[str] = []
    marked: list[bool] = []
    for token in _WRITTEN_RE.findall(fold(text[:MAX_TEXT_CHARS])):
        if token in CLAUSE_MARKS:
            if marked:
                marked[-1] = True  # after a number too: "RT 03, Pembangunan ..."
            continue
        if token.isalpha():
            words.append(token)
            marked.append(False)
        elif not token.isdigit():
            pieces = _alnum_pieces(token)
            words.extend(pieces)
            marked.extend([False] * len(pieces))
    return words, marked


def _is_truncation(short: str, word: str) -> bool:
    """Whether ``short`` is ``word`` shortened: its first letter, then its other letters in
    order ("peningk" → peningkatan, "klp" → kelompok)."""
    if len(short) >= len(word) or short[:1] != word[:1]:
        return False
    rest = iter(word[1:])
    return all(letter in rest for letter in short[1:])


@dataclass(frozen=True, slots=True)
class Analysis:
    """A text after normalisation: parallel lists of surface words and stems."""

    surfaces: tuple[str, ...]
    stems: tuple[str, ...]
    content: tuple[bool, ...]  # False for stop words

    def content_stems(self) -> list[str]:
        return [s for s, keep in zip(self.stems, self.content, strict=True) if keep]

    def surface_of(self) -> dict[str, str]:
        mapping: dict[str, str] = {}
        for surface, stem in zip(self.surfaces, self.stems, strict=True):
            mapping.setdefault(stem, surface)
        return mapping


class Normaliser:
    """Stateful (memoised) normaliser shared by one scorer."""

    def __init__(
        self,
        *,
        abbreviations: dict[str, str],
        stopwords: Iterable[str],
        stem_overrides: dict[str, str],
        stem_cache: dict[str, str] | None = None,
    ) -> None:
        self._abbrev: dict[str, tuple[str, ...]] = {
            key: tuple(raw_words(value)) for key, value in abbreviations.items()
        }
        self._truncations = frozenset(
            short
            for short, words in self._abbrev.items()
            if len(words) == 1 and _is_truncation(short, words[0])
        )
        self._stop = frozenset(stopwords)
        self._overrides = dict(stem_overrides)
        self._stem_cache: dict[str, str] = dict(stem_cache or {})
        self._word_cache: dict[str, str] = {}
        # word -> (its resolved stem, whether it is a content word): one look-up per word in
        # analyse(); emptied with _word_cache, whose stems it repeats
        self._word_info: dict[str, tuple[str, bool]] = {}
        self._known_words: dict[str, str] = {}
        self._known_stems: set[str] = set()
        self._fuzzy_buckets: dict[str, list[str]] = {}
        self.new_stems = 0

    # -- stemming --------------------------------------------------------------------------
    def stem(self, word: str) -> str:
        override = self._overrides.get(word)
        if override is not None:
            return override  # before the cache: a lexicon written earlier may disagree
        cached = self._stem_cache.get(word)
        if cached is not None:
            return cached
        if len(word) <= 3:
            stem = word
        else:
            stem = _sastrawi_stemmer().stem(word) or word
            self.new_stems += 1
        self._stem_cache[word] = stem
        return stem

    @property
    def stem_cache(self) -> dict[str, str]:
        return self._stem_cache

    # -- vocabulary for typo correction ----------------------------------------------------
    def learn_words(self, words: Iterable[str]) -> None:
        """Mark words as known (they and their stems are never "corrected")."""
        for word in words:
            if word in self._known_words or not word.isalpha():
                continue
            stem = self.stem(word)
            self._known_words[word] = stem
            self._known_stems.add(stem)
            if len(word) >= FUZZY_MIN_LEN - 1:
                self._fuzzy_buckets.setdefault(word[0], []).append(word)
        self._word_cache.clear()
        self._word_info.clear()

    def _resolve(self, word: str) -> str:
        """Stem of ``word``, typo-corrected against the known vocabulary when unknown."""
        cached = self._word_cache.get(word)
        if cached is not None:
            return cached
        known = self._known_words.get(word)
        if known is not None:
            result = known
        else:
            result = self.stem(word)
            if (
                result not in self._known_stems
                and len(word) >= FUZZY_MIN_LEN
                # a root stem is a real word, unless most of the word was stripped to reach it:
                # "pertanan" (pertanian) → "tan", "pengemangan" (pengembangan) → "emang"
                and (result not in root_words() or len(word) - len(result) >= FUZZY_AFFIX_LOSS)
                and word not in root_words()
                and word not in self._stop
                and self._known_stems
            ):
                result = self._fuzzy(word) or result
        self._word_cache[word] = result
        return result

    def _fuzzy(self, word: str) -> str | None:
        bucket = self._fuzzy_buckets.get(word[0])
        if not bucket:
            return None
        size = len(word)
        candidates = [w for w in bucket if abs(len(w) - size) <= 2]
        if not candidates:
            return None
        match: Any = process.extractOne(
            word, candidates, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF
        )
        if match is None:
            return None
        return self._known_words[str(match[0])]

    @property
    def abbreviations(self) -> dict[str, tuple[str, ...]]:
        """A raw word → the words it stands for (read only)."""
        return self._abbrev

    @property
    def truncations(self) -> frozenset[str]:
        """The abbreviations that shorten one word ("pemel" for pemeliharaan, "klp" for
        kelompok): the period typed after them ends no sentence. Acronyms ("cctv", "sarpras")
        stand for several words and may end one."""
        return self._truncations

    def is_known_stem(self, stem: str) -> bool:
        return stem in self._known_stems

    # -- analysis --------------------------------------------------------------------------
    def words(self, text: str) -> list[str]:
        """Surface words after abbreviation expansion."""
        tokens = raw_words(text)
        if self._abbrev.keys().isdisjoint(tokens):
            return tokens  # nothing to expand (one set operation)
        out: list[str] = []
        for word in tokens:
            expansion = self._abbrev.get(word)
            if expansion is not None:
                out.extend(expansion)
            else:
                out.append(word)
        return out

    def words_written(self, text: str) -> tuple[list[str], list[str], list[bool]]:
        """:meth:`words` of ``text``, with the raw word each came from ("jl" for "jalan") and
        whether a clause mark follows it as written (after the last word of an expansion)."""
        tokens, marked = raw_words_written(text)
        surfaces: list[str] = []
        raws: list[str] = []
        marks: list[bool] = []
        for word, mark in zip(tokens, marked, strict=True):
            expansion = self._abbrev.get(word, (word,))
            last = len(expansion) - 1
            for j, surface in enumerate(expansion):
                surfaces.append(surface)
                raws.append(word)
                marks.append(mark and j == last)
        return surfaces, raws, marks

    def analyse(self, text: str) -> Analysis:
        surfaces = self.words(text)
        if not surfaces:
            return Analysis((), (), ())
        info = self._word_info
        # the look-up inline: most words of a batch were seen before
        pairs = [i if (i := info.get(w)) is not None else self._word_pair(w) for w in surfaces]
        stems, content = zip(*pairs, strict=True)
        return Analysis(tuple(surfaces), stems, content)

    def _word_pair(self, word: str) -> tuple[str, bool]:
        pair = (self._resolve(word), word not in self._stop and len(word) > 1)
        if len(self._word_info) < WORD_INFO_LIMIT:
            self._word_info[word] = pair
        return pair

    def phrase_stems(self, phrase: str) -> tuple[str, ...]:
        """Stem sequence of a vocabulary phrase (no typo correction)."""
        return tuple(self.stem(w) for w in self.words(phrase))


class PhraseMatch(NamedTuple):
    """A named tuple, not a frozen dataclass: a text makes several and a frozen dataclass costs
    a microsecond each to build."""

    start: int
    end: int
    keys: tuple[int, ...]


def _cover(matches: list[PhraseMatch], content: Sequence[bool] | None) -> int:
    """Words covered by ``matches``, content words only when ``content`` is given."""
    if content is None:
        return sum(m.end - m.start for m in matches)
    return sum(sum(content[m.start : m.end]) for m in matches)


class PhraseMatcher:
    """Greedy longest-match of stemmed phrases over a stem sequence."""

    def __init__(self) -> None:
        self._phrases: dict[tuple[str, ...], tuple[int, ...]] = {}
        self._max_len = 1
        # phrase lengths per first / last stem, longest first: the only lengths worth trying
        self._lengths_by_first: dict[str, tuple[int, ...]] = {}
        self._lengths_by_last: dict[str, tuple[int, ...]] = {}

    def add(self, stems: Sequence[str], key: int) -> None:
        if not stems:
            return
        phrase = tuple(stems)
        keys = self._phrases.get(phrase, ())
        if key not in keys:
            self._phrases[phrase] = (*keys, key)
        self._max_len = max(self._max_len, len(phrase))
        for table, stem in (
            (self._lengths_by_first, phrase[0]),
            (self._lengths_by_last, phrase[-1]),
        ):
            lengths = set(table.get(stem, ())) | {len(phrase)}
            table[stem] = tuple(sorted(lengths, reverse=True))

    def find(
        self, stems: Sequence[str], content: Sequence[bool] | None = None
    ) -> list[PhraseMatch]:
        """Non-overlapping matches: the better of a left-to-right and a right-to-left greedy
        parse. Better = more content words covered (stop words such as "desa" do not count);
        ties go to right-to-left, since Indonesian modifiers follow their head:
        "pelayanan [kesehatan hewan]"."""
        if self._lengths_by_first.keys().isdisjoint(stems):
            return []  # no phrase starts anywhere in the text (one set operation)
        forward = self._forward(stems)
        if not forward or self._max_len == 1:
            return forward  # no phrase anywhere, or only one-word phrases: both parses agree
        backward = self._backward(stems)
        if forward == backward:
            return backward  # the usual case: one parse, no cover to compare
        return forward if _cover(forward, content) > _cover(backward, content) else backward

    def _backward(self, stems: Sequence[str]) -> list[PhraseMatch]:
        matches: list[PhraseMatch] = []
        phrases = self._phrases
        lengths_by_last = self._lengths_by_last
        end = len(stems)
        while end > 0:
            lengths = lengths_by_last.get(stems[end - 1])
            if lengths is None:  # no phrase ends with this stem
                end -= 1
                continue
            for length in lengths:
                if length > end:
                    continue
                keys = phrases.get(tuple(stems[end - length : end]))
                if keys is not None:
                    matches.append(PhraseMatch(end - length, end, keys))
                    end -= length
                    break
            else:
                end -= 1
        matches.reverse()
        return matches

    def _forward(self, stems: Sequence[str]) -> list[PhraseMatch]:
        matches: list[PhraseMatch] = []
        i = 0
        n = len(stems)
        phrases = self._phrases
        lengths_by_first = self._lengths_by_first
        while i < n:
            lengths = lengths_by_first.get(stems[i])
            if lengths is None:  # no phrase starts with this stem
                i += 1
                continue
            for length in lengths:
                if length > n - i:
                    continue
                keys = phrases.get(tuple(stems[i : i + length]))
                if keys is not None:
                    matches.append(PhraseMatch(i, i + length, keys))
                    i += length
                    break
            else:
                i += 1
        return matches

    def find_all(self, stems: Sequence[str]) -> list[PhraseMatch]:
        """Every phrase occurrence, overlapping ones too (used for rules, not concepts)."""
        lengths_by_first = self._lengths_by_first
        if lengths_by_first.keys().isdisjoint(stems):
            return []  # most texts match no rule: one set operation
        matches: list[PhraseMatch] = []
        n = len(stems)
        # only the positions where some phrase starts (one comprehension, not a loop of gets)
        for i in [i for i, stem in enumerate(stems) if stem in lengths_by_first]:
            lengths = lengths_by_first[stems[i]]
            for length in reversed(lengths):  # shortest first, as before
                if length > n - i:
                    break
                keys = self._phrases.get(tuple(stems[i : i + length]))
                if keys is not None:
                    matches.append(PhraseMatch(i, i + length, keys))
        return matches
