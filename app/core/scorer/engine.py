"""The alignment scorer: routing (bidang, OPD, sub kegiatan), kewenangan, score, explanation.

Evidence for a bidang, combined with the weights in ``resources/scorer/routing.json``:

* thesaurus concepts found in the text (``semenisasi`` → jalan → 1.03), the head noun first;
* BM25 over the nomenclature, one document per sub kegiatan with field weights for the sub
  kegiatan, kegiatan, program and bidang names (the hierarchy), aggregated per bidang by maximum;
* the office's confirmed routings (nearest neighbours by TF-IDF cosine), the strongest evidence;
* the kamus usulan, when loaded (its item → OPD/sub kegiatan → bidang).

Everything is precomputed at build time: per-stem posting arrays, bidang slices of the sorted
sub kegiatan list, phrase tables. Scoring one proposal is a few dictionary look-ups and numpy
operations on 2,500-element arrays.
"""

from __future__ import annotations

import math
import re
import statistics
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple, TypeVar

import numpy as np
import numpy.typing as npt

from app.core.nomenclature_codes import (
    SUPPORT_PREFIX,
    placeholder_form,
    under_bidang,
)
from app.core.scorer import components as comp
from app.core.scorer.collector import collector_paused
from app.core.scorer.inputs import (
    AgencyRow,
    ConfirmedRouting,
    KamusRow,
    NomenclatureRow,
    ProposalInput,
    ScorerReference,
)
from app.core.scorer.notes import OfficeNotes
from app.core.scorer.places import PlaceNames
from app.core.scorer.ranker import BidangRanker, softmax_rows
from app.core.scorer.result import (
    AgencyChoice,
    Component,
    Kewenangan,
    RankedCode,
    ScoreResult,
)
from app.core.scorer.similarity import SimilarityIndex
from app.core.scorer.stems import (
    bundled_lexicon_path,
    read_lexicon,
    user_lexicon_path,
    write_lexicon,
)
from app.core.scorer.text import Analysis, Normaliser, PhraseMatch, PhraseMatcher, raw_words
from app.core.scorer.vocab import Concept, Vocabulary, load_vocabulary
from common.numbers import format_fixed

# the joints between the duties an agency's name lists ("Dinas Koperasi, UKM dan Perdagangan")
AGENCY_DUTY_SPLIT = re.compile(r",|;|&|/|\bdan\b", re.IGNORECASE)

# words that end the request phrase: what follows names the place, the beneficiary or the reason
PHRASE_BOUNDARIES = frozenset(
    [
        "di",
        "ke",
        "dari",
        "untuk",
        "utk",
        "bagi",
        "buat",
        "pada",
        "kepada",
        "dalam",
        "karena",
        "krn",
        "agar",
        "supaya",
        "yang",
        "yg",
        "sepanjang",
        "menuju",
        "dengan",
        "dgn",
        "sebagai",
        "guna",
        "demi",
        "antara",
    ]
)
HEAD_SHARE = 0.6
KIND_CONNECTORS = frozenset({"dan", "atau", "serta"})
# the kind of a sub kegiatan led by an administrative activity ("Pelayanan Penerbitan
# Persetujuan Pengadaan Kapal"): it matches no kind of work a proposal names
ADMIN_KIND = "administrasi"
_MAY_END_SENTENCE = re.compile(r"[.!?;|\n-]")  # a character every _SENTENCE_END match holds
# a sentence end, a line break, " - " before a capital, and the cell separators of a pasted row
# ("Rehab pagar kantor | Desa X | 200 m", "... ; Dusun II ; 1 paket")
_SENTENCE_END = re.compile(
    r"(?<=[A-Za-z0-9)])[.!?;]\s+(?=[A-Za-z])|\s*\n+\s*|\s+-\s+(?=[A-Z])|\s*\|\s*|\s+;\s+"
)
TITLE_MIN_CHARS = 12
# words that join a phrase across a line break ("Pelatihan kewirausahaan dan\nketerampilan ...")
_JOINING_WORDS = frozenset(
    {
        "dan", "atau", "serta", "untuk", "utk", "bagi", "di", "ke", "dari", "pada", "dalam",
        "yang", "dengan", "kepada", "&", "/",
    }
)  # fmt: skip
# a label that opens a line of details: "Lokasi: RT 03", "Masalah : jalan berlubang"
_LINE_LABEL = re.compile(r"^\S+(?:\s+\S+){0,2}?\s*:")
# a reason joined to the title ("Rehab jembatan gantung karena sudah lapuk", "... supaya anak-anak
# aman"): what follows is the problem, not the request
REASON_WORDS = ("karena", "krn", "sebab", "agar", "supaya", "sehingga")
_REASON = re.compile(rf"\s+(?:{'|'.join(REASON_WORDS)})\s+(?=\S)", re.IGNORECASE)


def split_title(
    text: str, abbreviations: Container[str] = (), *, reason_only: bool = False
) -> tuple[str, str]:
    """(title, problem) of a text that holds both ("Rehab posyandu. Atapnya bocor dan ..."):
    the first sentence carries the sector; the rest adds evidence but cannot outvote it. A
    period after a word of ``abbreviations`` ("Pemel. Gedung", "Peningk. Jln.") ends none.
    ``reason_only`` (the problem came in its own field): only a joined reason ("... karena
    rusak") is split off; the sentences are all the title's."""
    if reason_only or _MAY_END_SENTENCE.search(text) is None:
        return _split_reason(text)  # one sentence (most titles): no sentence end to look for
    for match in _SENTENCE_END.finditer(text):
        cell = "|" in match.group()  # a pasted row's cells: "Rehab MCK | RT 03 | 1 unit"
        if match.start() < TITLE_MIN_CHARS and not cell:
            continue
        before = text[: match.start()].split()
        # "Jl. Mawar", "Gg. 3", "Ds. Sukamaju": a short abbreviation is not a sentence end
        if (
            "\n" not in match.group()
            and not cell
            and (not before or len(before[-1]) < 4 or before[-1].lower() in abbreviations)
        ):
            continue
        rest = text[match.end() :].strip()
        if len(rest.split()) < 3:
            break
        if match.group().count("\n") == 1 and _wraps(text[: match.start()], rest):
            continue
        return text[: match.start()].strip(), rest
    return _split_reason(text)


def _wraps(before: str, after: str) -> bool:
    """Whether a single line break between ``before`` and ``after`` only wraps the title, as
    Alt+Enter does in an Excel cell to fit a printed column ("Pembangunan jalan usaha\ntani
    menuju sawah", "Pembangunan Gedung Baru\nKantor DPMD"): the phrase goes on across it (a
    comma or a joining word at the break, a small letter after it), or both lines are written
    in capitals word by word, as a heading is and a sentence about the problem is not. A line
    that opens with a label ("Lokasi: ...") or with no letter ("- ...", "2 unit") is a line of
    its own."""
    line = before[before.rfind("\n") + 1 :].split()
    after_line = after.split("\n", 1)[0]
    following = after_line.split()
    if not line or not following or not after[0].isalpha() or _LINE_LABEL.match(after_line):
        return False
    if line[-1].endswith(",") or after[0].islower():
        return True
    if line[-1].lower() in _JOINING_WORDS or following[0].lower() in _JOINING_WORDS:
        return True
    return all(_capitalised(word) for word in (*line, *following))


def _capitalised(word: str) -> bool:
    """A word as a title writes it: a capital first ("Gedung", "DPMD"), a joining word, or no
    letter at all ("05")."""
    first = next((c for c in word if c.isalpha()), "")
    return not first or first.isupper() or word.lower() in _JOINING_WORDS


def _split_reason(text: str) -> tuple[str, str]:
    """(title, reason) of a one-sentence text whose request is followed by its reason."""
    for match in _REASON.finditer(text):
        if match.start() >= TITLE_MIN_CHARS:
            return text[: match.start()].strip(), text[match.end() :].strip()
    return text, ""


FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

# Field weights of a sub kegiatan document: its own name, then its ancestors' names.
FIELD_WEIGHTS = {
    "sub_kegiatan": 1.0,
    "kegiatan": 0.45,
    # the sub kegiatan's own performance/indicator texts: what it delivers ("Jumlah Sarana Air
    # Bersih yang Dibangun"), evidence below its name, above its programme
    "kinerja": 0.35,
    "program": 0.25,
    "bidang": 0.15,
}
BM25_K1 = 1.2
BM25_B = 0.5
OFFICE_WORD, OFFICE_NOT = 0, 1  # keys of the office phrase matcher
# a place preposition: what follows says where the work is, not what it is
PLACE_WORDS = frozenset(["di", "ke", "dari", "pada", "dalam", "sepanjang"])
SPECIAL_REGION_MARK = "****"  # Aceh / Yogyakarta-only nomenclature in the Kepmendagri lists
MAX_TEXT_CHARS = 4000
TOP_BIDANG = 3
# Words that introduce who benefits ("pelatihan menjahit bagi pemuda", "pelatihan komputer untuk
# pemuda"), not what is requested. "untuk" also names a purpose ("pengadaan tanah untuk gedung
# SD"); what follows it then still counts, only not as the object of the request.
BENEFICIARY_WORDS = ("bagi", "kepada", "kpd", "untuk")
TOP_SUB = 5
SUB_CANDIDATES = 16  # sub kegiatan ranked closely (argpartition), of which five distinct names
SMALL_CHUNK = 4  # fewer rows than this take their candidates row by row
BATCH_CHUNK = 32  # proposals scored together (matrix rows); small enough to stay in cache
RANKED_CACHE_LIMIT = 100_000  # memoised (code, confidence) results, per level
_K = TypeVar("_K")
_V = TypeVar("_V")
COMPONENT_LABELS = {
    "rpjmd": "Keselarasan RPJMD",
    "renstra": "Keselarasan Renstra OPD",
    "kamus": "Kecocokan kamus usulan",
    "nomenklatur": "Kejelasan nomenklatur",
    "kelengkapan": "Kelengkapan",
    "biaya": "Kewajaran biaya",
}


def short_bidang_name(name: str) -> str:
    prefix = "URUSAN PEMERINTAHAN BIDANG "
    text = name[len(prefix) :] if name.upper().startswith(prefix) else name
    words = []
    for word in text.split():
        if word.isupper() and word in _ACRONYMS:
            words.append(word)
        elif word.lower() in {"dan", "serta", "atau"}:
            words.append(word.lower())
        else:
            words.append(word.capitalize())
    return " ".join(words)


_ACRONYMS = frozenset({"DPRD", "SDA", "UMKM", "KB", "OPD"})


def _phrase_end(surfaces: Sequence[str], start: int) -> int:
    """Where the request phrase that goes on at ``start`` ends: the first place, beneficiary or
    reason word from there (``PHRASE_BOUNDARIES``), else the end of the text."""
    return next(
        (j for j in range(start, len(surfaces)) if surfaces[j] in PHRASE_BOUNDARIES),
        len(surfaces),
    )


def _remember(memo: dict[_K, _V], key: _K, value: _V) -> _V:
    """Store ``value`` in a bounded memo of frozen result parts and return it; a full memo
    starts over (results never depend on what it holds)."""
    if len(memo) >= RANKED_CACHE_LIMIT:
        memo.clear()
    memo[key] = value
    return value


@lru_cache(maxsize=4096)  # rounded confidences: a thousand values at most
def _fmt_pct(value: float) -> str:
    return f"{round(100 * value)}%"


def _fmt_sim(value: float) -> str:
    return format_fixed(value, 2)


def round_rows(values: FloatArray, digits: int) -> FloatArray:
    """``round(x, digits)`` of every element, as whole-array operations, the same doubles:
    Python rounds the exact binary value to the nearest decimal (ties to even) and reads that
    decimal back, i.e. the nearest double to ``n / 10**digits``, which is what dividing the
    integer ``n`` by ``10**digits`` gives. The one uncertain step is the product ``x * 10**digits``
    (off by at most half an ulp): within 1e-6 of a tie, and for negative, huge or not-a-number
    values, Python's own ``round`` decides. A Python ``round`` costs about a microsecond, and a
    batch rounds eight confidences per proposal."""
    scale = 10.0**digits
    with np.errstate(invalid="ignore", over="ignore"):  # inf and nan are left to round()
        scaled = values * scale
        whole = np.floor(scaled)
        frac = scaled - whole  # exact
        out: FloatArray = (whole + (frac > 0.5)) / scale
        sure = ~np.signbit(values) & (scaled < 2.0**50) & (np.abs(frac - 0.5) > 1e-6)
    unsure = ~sure
    if unsure.any():
        flat_in, flat_out = values.reshape(-1), out.reshape(-1)
        for i in np.flatnonzero(unsure).tolist():
            flat_out[i] = round(float(flat_in[i]), digits)
    return out


@dataclass(frozen=True, slots=True)
class _ConceptInfo:
    concept: Concept
    bidang: tuple[tuple[int, float], ...]  # (bidang index, weight)
    bidang_set: frozenset[int]  # the bidang indices above, for membership tests
    expand: tuple[str, ...]
    prefer: tuple[tuple[int, int], ...]  # sub kegiatan index ranges
    agency_stems: frozenset[str]


class _ConceptHit(NamedTuple):  # not a frozen dataclass: cheaper to build, a few per text
    info: _ConceptInfo
    weight: float
    words: str  # surface words as written (after abbreviation expansion)
    in_title: bool = True
    skill: bool = False  # vocational training read from "Pelatihan <a skill no concept knows>"


@dataclass(frozen=True, slots=True)
class _MemoryHit:
    routing: ConfirmedRouting
    similarity: float
    weight: float  # similarity, discounted when the neighbour is about another subject


class _Row:
    """One proposal's evidence between the stages of :meth:`Scorer._score_chunk`."""

    __slots__ = (
        "agency_bonus",
        "all_content",
        "bidang",
        "concept_l",
        "head",
        "hits",
        "kamus_b",
        "kamus_decides",
        "kamus_hit",
        "kind",
        "memory_b",
        "memory_hits",
        "named",
        "notes",
        "office",
        "office_notes",
        "places",
        "problem",
        "problem_content",
        "proposal",
        "query",
        "settlement",
        "sub_bonus",
        "title",
        "title_content",
    )

    def __init__(
        self,
        proposal: ProposalInput,
        notes: list[str],
        title: Analysis,
        problem: Analysis | None,
        title_content: list[str],
        problem_content: list[str],
        hits: list[_ConceptHit],
        query: dict[str, float],
    ) -> None:
        self.proposal = proposal
        self.notes = notes
        self.title = title
        self.problem = problem
        self.title_content = title_content
        self.problem_content = problem_content
        self.hits = hits
        self.query = query
        self.concept_l: list[float]
        self.all_content: list[str] = []
        self.head: Concept | None = None
        self.memory_hits: list[_MemoryHit] = []
        self.memory_b: FloatArray
        self.kamus_hit: tuple[int, float] | None = None
        self.kamus_b: FloatArray
        self.kamus_decides = False
        self.sub_bonus: dict[str, float] = {}
        self.agency_bonus: dict[str, float] = {}
        self.bidang: list[RankedCode] = []
        self.kind: tuple[str, str] | None = None
        self.settlement = False
        self.office = False
        self.named: tuple[tuple[int, int], ...] = ()  # sub position ranges
        self.places: tuple[str, ...] = ()  # the place names left out, for the explanation
        self.office_notes: tuple[str, ...] = ()  # funding sources, stages, counts left out


class _Spans:
    """Additions of a constant to a slice of one row (``matrix[row, lo:hi] += value``),
    collected for the whole chunk and applied with one ``np.add.at``: a slice add costs a
    microsecond or two of numpy call overhead, and a chunk makes a hundred of them. ``add.at``
    adds the values of a repeated cell one after the other in the order given, as the slice
    adds did, so every cell gets the same sums in the same order (the same doubles)."""

    __slots__ = ("his", "los", "rows", "values")

    def __init__(self) -> None:
        self.rows: list[int] = []
        self.los: list[int] = []
        self.his: list[int] = []
        self.values: list[float] = []

    def add(self, row: int, lo: int, hi: int, value: float) -> None:
        if hi > lo:
            self.rows.append(row)
            self.los.append(lo)
            self.his.append(hi)
            self.values.append(value)

    def apply(self, matrix: FloatArray) -> None:
        """Add the spans to ``matrix``."""
        if not self.rows:
            return
        if not matrix.flags.c_contiguous:  # no flat view: slice by slice
            for row, lo, hi, value in zip(self.rows, self.los, self.his, self.values, strict=True):
                line = matrix[row]
                line[lo:hi] += value
            return
        flat = matrix.reshape(-1)  # a view of the same cells
        lengths = np.subtract(self.his, self.los)
        starts = np.asarray(self.rows) * matrix.shape[1] + np.asarray(self.los)
        # each element's cell: its span's start, plus its place within the span
        within = np.arange(int(lengths.sum())) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        cells = np.repeat(starts, lengths) + within
        np.add.at(flat, cells, np.repeat(np.asarray(self.values, dtype=np.float64), lengths))


class Scorer:
    """Build once from a :class:`ScorerReference`; score one proposal or a batch."""

    def __init__(
        self,
        reference: ScorerReference,
        vocabulary: Vocabulary | None = None,
        *,
        persist_stems: bool = True,
        use_lexicon: bool = True,
    ) -> None:
        """``persist_stems``: read and update the per-user stem cache in the data folder;
        ``use_lexicon``: start from the bundled stem lexicon (off only to measure a cold build)."""
        self.reference = reference
        self.vocab = vocabulary or load_vocabulary()
        stems = read_lexicon(bundled_lexicon_path()) if use_lexicon else {}
        if persist_stems and use_lexicon:
            stems.update(read_lexicon(user_lexicon_path()))
        self.normaliser = Normaliser(
            abbreviations=self.vocab.abbreviations,
            stopwords=self.vocab.stopwords,
            stem_overrides=self.vocab.stem_overrides,
            stem_cache=stems,
        )
        self._w = self.vocab.routing.weights
        self._learn_vocabulary()
        self._build_nomenclature()
        self._build_concepts()
        self._build_request_words()
        self._build_kewenangan()
        # before the kamus and the confirmed routings, which are read as a title is
        self._build_places()
        self._build_notes()
        self._build_agencies()
        self._build_kamus()
        self._build_memory()
        self._build_plans()
        self._build_ranker()
        self._build_work_kinds()
        self._build_office()
        if persist_stems and self.normaliser.new_stems:
            write_lexicon(user_lexicon_path(), self.normaliser.stem_cache)
            self.normaliser.new_stems = 0

    # ------------------------------------------------------------------------------ building
    def _learn_vocabulary(self) -> None:
        words: set[str] = set()
        for row in self.reference.nomenclature:
            words.update(raw_words(row.name))
        for concept in self.vocab.concepts:
            for term in (*concept.terms, *concept.expand, *concept.agency_words):
                words.update(self.normaliser.words(term))
        for expansion in self.vocab.abbreviations.values():
            words.update(raw_words(expansion))
        for kamus in self.reference.kamus_items:
            words.update(raw_words(kamus.name))
        for agency in self.reference.agencies:
            words.update(raw_words(agency.name))
        self.normaliser.learn_words(sorted(words))

    def _build_nomenclature(self) -> None:
        by_code: dict[str, NomenclatureRow] = {r.code: r for r in self.reference.nomenclature}
        self._by_code = by_code

        def special(row: NomenclatureRow | None) -> bool:
            return row is not None and SPECIAL_REGION_MARK in row.name

        bidang_rows = sorted(
            (r for r in self.reference.nomenclature if r.level == "bidang"),
            key=lambda r: r.code,
        )
        self.bidang_codes = [r.code for r in bidang_rows if not r.code.upper().startswith("X")]
        self.bidang_names = {r.code: short_bidang_name(r.name) for r in bidang_rows}
        self._bidang_labels = {code: f"{code} {name}" for code, name in self.bidang_names.items()}
        self._bidang_index = {code: i for i, code in enumerate(self.bidang_codes)}

        subs: list[NomenclatureRow] = []
        for row in self.reference.nomenclature:
            if row.level != "sub_kegiatan" or row.code.upper().startswith("X"):
                continue
            parts = row.code.split(".")
            if len(parts) < 3:
                continue
            bidang = ".".join(parts[:2])
            program = ".".join(parts[:3])
            kegiatan = ".".join(parts[:5])
            if bidang not in self._bidang_index:
                continue
            if special(row) or special(by_code.get(program)) or special(by_code.get(kegiatan)):
                continue
            subs.append(row)
        subs.sort(key=lambda r: r.code)
        self.sub_codes = [r.code for r in subs]
        self.sub_names = [r.name for r in subs]
        self._sub_pos = {code: i for i, code in enumerate(self.sub_codes)}
        self._sub_keys = [name.lower() for name in self.sub_names]
        n = len(subs)
        self._n_sub = n
        sub_bidang = np.zeros(n, dtype=np.int64)
        # documents
        doc_tf: list[dict[str, float]] = []
        doc_len = np.zeros(n, dtype=np.float64)
        df: dict[str, int] = {}
        self._sub_stems: list[frozenset[str]] = []
        # position → (indicator text shown, its stems not already in the name)
        self._sub_measure: dict[int, tuple[str, frozenset[str]]] = {}
        admin_stems = {s for w in self.vocab.routing.administrative_words for s in self._content(w)}
        self._admin_stems = frozenset(admin_stems)
        admin_mask = np.zeros(n, dtype=np.float64)
        for i, row in enumerate(subs):
            parts = row.code.split(".")
            bidang = ".".join(parts[:2])
            sub_bidang[i] = self._bidang_index[bidang]
            measure = f"{row.kinerja} {row.indikator}".strip()
            fields = (
                ("sub_kegiatan", row.name),
                ("kegiatan", self._name(".".join(parts[:5]))),
                ("kinerja", measure),
                ("program", self._name(".".join(parts[:3]))),
                ("bidang", self._name(bidang)),
            )
            tf: dict[str, float] = {}
            for field, text in fields:
                weight = FIELD_WEIGHTS[field]
                for stem in self._content(text):
                    tf[stem] = tf.get(stem, 0.0) + weight
            own = self._content(row.name)
            self._sub_stems.append(frozenset(own))
            if measure:
                self._sub_measure[i] = (
                    row.indikator or row.kinerja,
                    frozenset(self._content(measure)) - frozenset(own),
                )
            if any(stem in admin_stems for stem in own[:4]):
                admin_mask[i] = 1.0
            doc_tf.append(tf)
            doc_len[i] = sum(tf.values())
            for stem in tf:
                df[stem] = df.get(stem, 0) + 1
        avg_len = float(doc_len.mean()) if n else 1.0
        self._df = df
        self._max_idf = math.log(1.0 + (n + 0.5) / 0.5) if n else 1.0
        postings: dict[str, tuple[list[int], list[float]]] = {}
        for i, tf in enumerate(doc_tf):
            norm = BM25_K1 * (1.0 - BM25_B + BM25_B * doc_len[i] / avg_len)
            for stem, freq in tf.items():
                idf = self.idf(stem)
                weight = idf * freq * (BM25_K1 + 1.0) / (freq + norm)
                entry = postings.setdefault(stem, ([], []))
                entry[0].append(i)
                entry[1].append(weight)
        self._postings = {
            stem: (np.asarray(idx, dtype=np.int64), np.asarray(w, dtype=np.float64))
            for stem, (idx, w) in postings.items()
        }
        self._sub_bidang = sub_bidang
        self._build_names(subs)
        # sub kegiatan per bidang, when they come bidang by bidang (sorted codes: always)
        self._sub_counts: IntArray | None = None
        if n and bool(np.all(np.diff(sub_bidang) >= 0)):
            self._sub_counts = np.bincount(sub_bidang, minlength=len(self.bidang_codes))
        self._admin_mask = admin_mask
        self._admin_penalty_vec = admin_mask * self._w["admin_penalty"]
        # contiguous bidang slices (sub list is sorted by code)
        starts = np.zeros(len(self.bidang_codes), dtype=np.int64)
        has_subs = np.zeros(len(self.bidang_codes), dtype=bool)
        for b, code in enumerate(self.bidang_codes):
            lo, hi = self._prefix_range(code + ".")
            starts[b] = lo
            has_subs[b] = hi > lo
        self._bidang_has_subs = has_subs
        self._bidang_range = {code: self._prefix_range(code + ".") for code in self.bidang_codes}
        self._bidang_starts = np.minimum(starts, max(n - 1, 0))
        self._zero_sub = np.zeros(n, dtype=np.float64)
        self._ranked_bidang: dict[tuple[int, float], RankedCode] = {}
        self._nomenklatur_memo: dict[tuple[str, float, float], Component] = {}
        self._agency_memo: dict[tuple[int, float, float, float], AgencyChoice] = {}
        self._alternatives_memo: dict[tuple[str, ...], str] = {}
        self._ranked_sub: dict[tuple[int, float], RankedCode] = {}

    def _per_sub(self, per_bidang: FloatArray) -> FloatArray:
        """Each row's bidang values spread to that bidang's sub kegiatan columns, C-ordered:
        ``per_bidang[:, sub_bidang]`` gives the same values in column-major order, and every
        later whole-matrix step with row-major operands then runs several times slower."""
        if self._sub_counts is not None:
            out: FloatArray = np.repeat(per_bidang, self._sub_counts, axis=1)
            return out
        return np.ascontiguousarray(per_bidang[:, self._sub_bidang])

    def _build_names(self, subs: Sequence[NomenclatureRow]) -> None:
        """Titles that are a nomenclature name: a sub kegiatan's first, else a kegiatan's (its
        sub kegiatan as one range), else a program's. Keys are content-stem sets of two or
        more stems; a name shared by several codes keeps them all."""
        by_level: list[dict[frozenset[str], list[tuple[int, int]]]] = [{}, {}, {}]
        for i, own in enumerate(self._sub_stems):
            if len(own) >= 2:
                by_level[0].setdefault(own, []).append((i, i + 1))
        seen: set[str] = set()
        for row in subs:
            parts = row.code.split(".")
            for level, depth in ((1, 5), (2, 3)):
                code = ".".join(parts[:depth])
                if code in seen:
                    continue
                seen.add(code)
                stems = frozenset(self._content(self._name(code)))
                if len(stems) >= 2:
                    by_level[level].setdefault(stems, []).append(self._prefix_range(code + "."))
        merged: dict[frozenset[str], tuple[tuple[int, int], ...]] = {}
        for names in by_level:
            for key, ranges in names.items():
                merged.setdefault(key, tuple(ranges))  # the most specific level first
        self._named_ranges = merged

    def _name(self, code: str) -> str:
        row = self._by_code.get(code)
        return row.name if row else ""

    def _content(self, text: str) -> list[str]:
        return self.normaliser.analyse(text).content_stems()

    def _as_evidence(self, text: str) -> Analysis:
        """``text`` analysed as a proposal's title is read: without the office's notes and the
        place names. A kamus item or a confirmed routing written "... (DAK 2019)" or "... di Desa
        X" is then the same item as the proposal that leaves them out or names another."""
        text, _ = self._without_extras(text)
        return self._places.strip(self.normaliser.analyse(text), text)[0]

    def idf(self, stem: str) -> float:
        df = self._df.get(stem)
        if df is None:
            return self._max_idf
        n = self._n_sub
        return math.log(1.0 + (n - df + 0.5) / (df + 0.5))

    def _prefix_range(self, prefix: str) -> tuple[int, int]:
        import bisect

        lo = bisect.bisect_left(self.sub_codes, prefix)
        hi = bisect.bisect_left(self.sub_codes, prefix + "\uffff")
        return lo, hi

    def _build_concepts(self) -> None:
        self._concept_matcher = PhraseMatcher()
        self._concepts: list[_ConceptInfo] = []
        for concept in self.vocab.concepts:
            bidang = tuple(
                (self._bidang_index[code], weight)
                for code, weight in concept.bidang
                if code in self._bidang_index
            )
            expand: list[str] = []
            for term in concept.expand:
                expand.extend(self._content(term))
            prefer = []
            for prefix in concept.prefer:
                lo, hi = self._prefix_range(prefix if prefix.count(".") >= 4 else prefix + ".")
                if hi > lo:
                    prefer.append((lo, hi))
            agency_stems = frozenset(s for w in concept.agency_words for s in self._content(w))
            info = _ConceptInfo(
                concept,
                bidang,
                frozenset(b for b, _ in bidang),
                tuple(dict.fromkeys(expand)),
                tuple(prefer),
                agency_stems,
            )
            key = len(self._concepts)
            self._concepts.append(info)
            for term in concept.terms:
                self._concept_matcher.add(self.normaliser.phrase_stems(term), key)
        # skills training of a skill no concept knows ("Pelatihan Terapis Spa"): vocational
        cfg = self.vocab.routing
        by_id = {info.concept.id: key for key, info in enumerate(self._concepts)}
        self._training_stems = frozenset(self.normaliser.stem(w) for w in cfg.training_words)
        training = by_id.get(cfg.training_concept)
        self._training_info = self._concepts[training] if training is not None else None
        self._training_key = training if training is not None else -1
        self._beneficiary_concepts = frozenset(
            by_id[c] for c in cfg.training_beneficiary_concepts if c in by_id
        )
        self._staff_stems = frozenset(
            s for w in cfg.training_staff_words for s in self.normaliser.analyse(w).stems
        )

    def _build_request_words(self) -> None:
        words = self.vocab.routing.request_words
        self._request_stems = frozenset(self.normaliser.stem(w) for w in words)
        self._request_window = int(self._w["request_window"])
        self._beneficiary_stems = frozenset(self.normaliser.stem(w) for w in BENEFICIARY_WORDS)
        cfg = self.vocab.routing
        self._facility_heads = frozenset(self.normaliser.stem(w) for w in cfg.facility_heads)
        self._facility_dwellers = frozenset(cfg.facility_dwellers) | frozenset(
            self.normaliser.stem(w) for w in cfg.facility_dwellers
        )

    def _folded_name(self, name: str) -> str:
        """``" ".join(raw_words(name))``, memoised: a batch repeats a few desa/kecamatan names."""
        folded = self._folded_names.get(name)
        if folded is None:
            folded = " ".join(raw_words(name))
            if len(self._folded_names) < 10_000:  # bounded: names come from user files
                self._folded_names[name] = folded
        return folded

    def _build_kewenangan(self) -> None:
        cfg = self.vocab.kewenangan
        self._folded_names: dict[str, str] = {}
        self._default_kewenangan: dict[str, Kewenangan] = {}
        self._kw_matcher = PhraseMatcher()
        for i, rule in enumerate(cfg.rules):
            for term in rule.terms:
                self._kw_matcher.add(self.normaliser.phrase_stems(term), i)
        self._village_matcher = PhraseMatcher()
        for term in cfg.strong_village_terms:
            self._village_matcher.add(self.normaliser.phrase_stems(term), 1)
        for term in cfg.weak_village_terms:
            self._village_matcher.add(self.normaliser.phrase_stems(term), 0)
        kelurahan = set()
        for region in self.reference.regions:
            if region.level == "kelurahan":
                kelurahan.add(" ".join(raw_words(region.name)))
        self._kelurahan_names = frozenset(kelurahan)

    def _build_agencies(self) -> None:
        generic = {s for w in self.vocab.routing.agency_generic_words for s in self._content(w)}
        self._agencies: list[AgencyRow] = list(self.reference.agencies)
        self._agency_by_code = {a.code: a for a in self._agencies}
        self._agency_stems: list[frozenset[str]] = []
        self._agency_folded = [" ".join(raw_words(a.name)) for a in self._agencies]
        self._agencies_by_bidang: dict[str, list[int]] = {}
        for i, agency in enumerate(self._agencies):
            stems = frozenset(s for s in self._content(agency.name) if s not in generic)
            self._agency_stems.append(stems)
            for code in agency.bidang_codes:
                self._agencies_by_bidang.setdefault(code, []).append(i)
        # bidang name stems, to resolve a kamus item's agency name to a bidang
        self._bidang_name_stems = {
            code: frozenset(s for s in self._content(self.bidang_names[code]) if s not in generic)
            for code in self.bidang_codes
        }

    def _bidang_of_agency_name(self, name: str) -> list[tuple[str, float]]:
        """The bidang an agency's name holds. "Dinas Perikanan dan Peternakan" names two
        duties: each part is read on its own, the first named leads and the others follow close
        behind (the kamus item's own words then choose among them)."""
        for agency in self._agencies:
            if agency.name.lower() == name.lower() or agency.abbreviation.lower() == name.lower():
                return [(b, 1.0) for b in agency.bidang_codes]
        parts = [part for part in AGENCY_DUTY_SPLIT.split(name) if part.strip()]
        found: list[tuple[str, float]] = []
        for part in parts:
            code = self._bidang_of_duty(part)
            if code is not None and all(code != c for c, _ in found):
                found.append((code, 1.0 if not found else self._w["kamus_other_duty"]))
        if not found and len(parts) > 1:
            # no duty reads alone; the whole name may (a phrase across a joint)
            code = self._bidang_of_duty(name)
            found = [(code, 1.0)] if code is not None else []
        return found

    def _bidang_of_duty(self, text: str) -> str | None:
        analysis = self.normaliser.analyse(text)
        stems, content = analysis.stems, analysis.content
        # the words of a thesaurus phrase vote as that phrase, for its sector: the "rumah" of
        # "RSUD" (rumah sakit umum daerah) is not the "rumah" of Perumahan
        votes: dict[str, float] = {}
        phrased: set[int] = set()
        for match in self._concept_matcher.find(stems, content):
            if match.end - match.start < 2:
                continue
            phrased.update(range(match.start, match.end))
            weight = sum(self.idf(stems[i]) for i in range(match.start, match.end) if content[i])
            for key in match.keys:
                for b, share in self._concepts[key].bidang:
                    code = self.bidang_codes[b]
                    votes[code] = max(votes.get(code, 0.0), weight * share)
        words = {stem for i, stem in enumerate(stems) if content[i] and i not in phrased}
        best, best_score = None, 0.0
        for code, bstems in self._bidang_name_stems.items():
            vote = votes.get(code, 0.0) + sum(self.idf(s) for s in words & bstems)
            if vote > best_score + 1e-9:
                best, best_score = code, vote
        if best_score >= 2.0:
            return best
        # otherwise the thesaurus read on the name ("Dinas Kebersihan" → 2.11)
        hits = self._concept_hits(analysis, None)
        weights: dict[int, float] = {}
        for hit in hits:
            for b, weight in hit.info.bidang:
                weights[b] = weights.get(b, 0.0) + hit.weight * weight
        if not weights:
            return None
        return self.bidang_codes[max(weights, key=lambda b: weights[b])]

    def _build_ranker(self) -> None:
        """The learned bidang ranker (numpy only), aligned to this nomenclature's bidang; None
        when its weights are missing or the fusion weight is 0."""
        self._ranker: BidangRanker | None = None
        self._ranker_cols: IntArray = np.zeros(0, dtype=np.int64)
        self._ranker_rows: IntArray = np.zeros(0, dtype=np.int64)
        if self._w.get("ranker", 0.0) <= 0.0:
            return
        ranker = BidangRanker.load()
        if ranker is None:
            return
        pairs = [
            (k, self._bidang_index[code])
            for k, code in enumerate(ranker.classes)
            if code in self._bidang_index
        ]
        if not pairs:
            return
        self._ranker = ranker
        self._ranker_cols = np.asarray([k for k, _ in pairs], dtype=np.int64)
        self._ranker_rows = np.asarray([b for _, b in pairs], dtype=np.int64)

    def _build_work_kinds(self) -> None:
        """Kind of work (pembangunan, rehabilitasi, pengadaan, pelatihan, ...): the proposal's
        verb against the first words of each sub kegiatan name."""
        cfg = self.vocab.routing
        self._kind_verbs: list[tuple[tuple[str, ...], str]] = []
        self._kind_masks: dict[str, FloatArray] = {}
        any_kind = np.zeros(self._n_sub, dtype=np.float64)
        heads = [tuple(self.normaliser.analyse(name).stems[:5]) for name in self.sub_names]
        # every contiguous 1..3-stem phrase of each name's first five stems
        grams = [
            frozenset(h[j : j + n] for n in (1, 2, 3) for j in range(len(h) - n + 1)) for h in heads
        ]
        for kind, (verbs, sub_words) in cfg.work_kinds.items():
            for verb in verbs:
                stems = tuple(self.normaliser.analyse(verb).stems)
                if stems:
                    self._kind_verbs.append((stems, kind))
            phrases = frozenset(
                ph for ph in (tuple(self.normaliser.analyse(w).stems) for w in sub_words) if ph
            )
            mask = np.asarray(
                [0.0 if phrases.isdisjoint(g) else 1.0 for g in grams], dtype=np.float64
            )
            self._kind_masks[kind] = mask
            if kind != "lahan":
                any_kind = np.maximum(any_kind, mask)
        # The kind of a sub kegiatan is its *leading* activity noun, with the ones coordinated
        # with it ("Pembangunan, Rehabilitasi dan Pemeliharaan Jalan ..."): a kind word after
        # the object is part of the object ("Pengadaan Sarana Pelatihan Kerja" procures
        # training facilities, it is not training). Nomenclature names always open with the
        # activity, so this holds for every region's nomenclature.
        phrase_kinds: dict[tuple[str, ...], set[str]] = {}
        for kind, (_verbs, sub_words) in cfg.work_kinds.items():
            if kind == "lahan":
                continue
            for word in sub_words:
                phrase = tuple(self.normaliser.analyse(word).stems)
                if phrase:
                    phrase_kinds.setdefault(phrase, set()).add(kind)
        self._phrase_kinds = phrase_kinds
        lead = {
            kind: np.zeros(self._n_sub, dtype=np.float64)
            for kind in (*self._kind_masks, ADMIN_KIND)
        }
        # one-word administrative activities ("penerbitan", "pengawasan"); a phrase such as
        # "fasilitasi pemenuhan" does not make "fasilitasi" administrative
        admin_words = frozenset(
            stems[0]
            for stems in (self._content(w) for w in cfg.administrative_words)
            if len(stems) == 1
        )
        self._admin_lead_words = admin_words
        for i, head in enumerate(heads):
            for kind in self._leading_kinds(head, phrase_kinds, admin_words):
                lead[kind][i] = 1.0
        lead_any = np.zeros(self._n_sub, dtype=np.float64)
        for kind, mask in lead.items():
            if kind != "lahan":
                lead_any = np.maximum(lead_any, mask)
        # longest verb phrases first, so "pembebasan lahan" beats "pembebasan"
        self._kind_verbs.sort(key=lambda kv: -len(kv[0]))
        self._wrapper_verbs = frozenset(
            stems
            for stems in (tuple(self.normaliser.analyse(w).stems) for w in cfg.wrapper_verbs)
            if stems
        )
        self._kind_by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for phrase, kind in self._kind_verbs:
            self._kind_by_first.setdefault(phrase[0], []).append((phrase, kind))
        self._any_kind = any_kind
        w = self._w
        land = self._kind_masks.get("lahan", np.zeros(self._n_sub, dtype=np.float64))
        # one precomputed adjustment per kind (and for "no verb"): match, mismatch, land
        self._kind_delta: dict[str | None, FloatArray] = {None: -w["land_penalty"] * land}
        for kind, mask in self._kind_masks.items():
            if kind != "lahan":
                mask = lead[kind]
            delta = w["kind_match"] * mask - w["kind_mismatch"] * np.maximum(lead_any - mask, 0.0)
            if kind != "lahan":
                delta -= w["land_penalty"] * land
            self._kind_delta[kind] = delta
        # the same adjustments as rows of one matrix, for the batch path
        kind_keys = list(self._kind_delta)
        self._kind_row: dict[str | None, int] = {key: i for i, key in enumerate(kind_keys)}
        self._kind_delta_m = np.vstack([self._kind_delta[key] for key in kind_keys])
        # objects that tell sibling sub kegiatan apart ("bibit ternak" vs "bibit sawit")
        self._object_masks: list[tuple[frozenset[str], FloatArray]] = []
        for obj, words in cfg.object_words.items():
            obj_stems = set(self.normaliser.analyse(obj).stems)
            mask = np.asarray(
                [1.0 if obj_stems & stems else 0.0 for stems in self._sub_stems],
                dtype=np.float64,
            )
            if mask.any():
                said = frozenset(s for w in words for s in self.normaliser.analyse(w).stems)
                self._object_masks.append((said | frozenset(obj_stems), mask))
        self._all_objects_penalty = self._w["object_mismatch"] * sum(
            (mask for _, mask in self._object_masks), np.zeros(self._n_sub, dtype=np.float64)
        )
        # per object, what naming it gives back; and which objects each word names
        self._object_bonus = [self._w["object_mismatch"] * mask for _, mask in self._object_masks]
        self._objects_of_stem: dict[str, list[int]] = {}
        for o, (said, _mask) in enumerate(self._object_masks):
            for stem in said:
                self._objects_of_stem.setdefault(stem, []).append(o)
        self._settlement_words = frozenset(
            stem for w in cfg.settlement_markers for stem in self.normaliser.analyse(w).stems
        ) | frozenset(cfg.settlement_markers)
        self._settlement_prefer: dict[str, list[tuple[int, int]]] = {
            concept: [self._prefix_range(code) for code in codes]
            for concept, codes in cfg.settlement_prefer.items()
        }

    def _named_objects(self, stems: Sequence[str]) -> list[int]:
        """Indices, in order, of the objects (``object_words``) that ``stems`` name."""
        table = self._objects_of_stem
        if table.keys().isdisjoint(stems):
            return []
        found: set[int] = set()
        for stem in stems:
            found.update(table.get(stem, ()))
        return sorted(found)

    @staticmethod
    def _leading_kinds(
        head: tuple[str, ...],
        phrase_kinds: dict[tuple[str, ...], set[str]],
        admin_stems: frozenset[str] = frozenset(),
    ) -> set[str]:
        """Kinds of the first activity group of a sub kegiatan name's first stems: from the first
        kind phrase on, through kind phrases and "dan"/"atau"/"serta", up to the object. An
        administrative word before it ("Pelayanan Penerbitan Persetujuan Pengadaan Kapal")
        makes the kind word part of what is administered: no kind."""
        found: set[str] = set()
        j = 0
        while j < len(head):
            if not found and head[j] in admin_stems:
                return {ADMIN_KIND}
            for n in (3, 2, 1):
                kinds = phrase_kinds.get(head[j : j + n]) if j + n <= len(head) else None
                if kinds is not None:
                    found |= kinds
                    j += n
                    break
            else:
                if found and head[j] not in KIND_CONNECTORS:
                    break
                j += 1
        return found

    def _work_kind(self, title: Analysis) -> tuple[str, str] | None:
        """(kind, the words that said it) of the first work verb in the title. A wrapper verb
        ("bantuan", "peningkatan") gives way to a work verb after it: "Bantuan Bedah Rumah"
        rehabilitates, "Peningkatan Jalan Lingkungan (Semenisasi)" builds."""
        stems = title.stems
        by_first = self._kind_by_first
        wrapped: tuple[str, str] | None = None
        j = 0
        while j < len(stems):
            options = by_first.get(stems[j])
            if options is not None:
                for phrase, kind in options:  # longest first
                    n = len(phrase)
                    if stems[j : j + n] == phrase:
                        said = (kind, " ".join(title.surfaces[j : j + n]))
                        if phrase not in self._wrapper_verbs:
                            return said
                        if wrapped is None:
                            wrapped = said
                        j += n - 1
                        break
            j += 1
        return wrapped

    def _is_settlement(self, title: Analysis, problem: Analysis | None) -> bool:
        words = self._settlement_words
        return any(w in words for w in title.surfaces) or any(w in words for w in title.stems)

    @staticmethod
    def _head_phrase(title: Analysis) -> list[str]:
        """Content stems of the title before the first place/beneficiary preposition."""
        first = next((i for i, keep in enumerate(title.content) if keep), -1)
        if first < 0:
            return []
        end = _phrase_end(title.surfaces, first + 1)
        return [title.stems[i] for i in range(first, end) if title.content[i]]

    def _build_office(self) -> None:
        """The supporting programme (``X.XX.01`` in the nomenclature): an agency's own office
        needs, written under the bidang that spends them. Its items are ranked apart from the
        sector sub kegiatan, for office proposals only (routing.json ``office_words``)."""
        cfg = self.vocab.routing
        self._office_codes: list[str] = []
        self._office_pos: dict[str, int] = {}
        self._office_names: list[str] = []
        self._office_kinds: list[set[str]] = []
        self._office_index = SimilarityIndex(self.idf)
        for row in self.reference.nomenclature:
            code = row.code.upper()
            if row.level != "sub_kegiatan" or not code.startswith(SUPPORT_PREFIX):
                continue
            if SPECIAL_REGION_MARK in row.name:
                continue
            self._office_pos[code] = len(self._office_codes)
            self._office_codes.append(code)
            self._office_names.append(row.name)
            self._office_index.add(self._content(row.name))
            head = tuple(self.normaliser.analyse(row.name).stems[:5])
            self._office_kinds.append(
                self._leading_kinds(head, self._phrase_kinds, self._admin_lead_words)
            )
        # where the office part of a title ends: "videotron di kantor camat", "Pagar Kantor
        # Lokasi Dusun II"
        self._office_place_words = (
            PLACE_WORDS | frozenset(cfg.place_prepositions) | frozenset(cfg.place_labels)
        )
        # office words (key 0) and the words that, right after one, make it another's (key 1)
        self._office_matcher = PhraseMatcher()
        for key, words in ((OFFICE_WORD, cfg.office_words), (OFFICE_NOT, cfg.office_not_after)):
            for word in words:
                self._office_matcher.add(self.normaliser.analyse(word).stems, key)
        self._office_bidang = self._bidang_index.get(cfg.office_bidang, -1)
        self._office_next = [
            self._bidang_index[code]
            for code in cfg.office_next_bidang
            if code in self._bidang_index
        ]
        self._office_kind_as = dict(cfg.office_kind_as)
        # a proposal stem -> the stems of the asset group it belongs to
        self._office_object_stems: dict[str, list[str]] = {}
        for group, words in cfg.office_object_words.items():
            group_stems = self._content(group)
            for word in words:
                for stem in self._content(word):
                    self._office_object_stems.setdefault(stem, []).extend(group_stems)

    def _build_places(self) -> None:
        cfg = self.vocab.routing
        matcher = self._concept_matcher

        def phrase_at(stems: Sequence[str], i: int) -> bool:
            return any(m.start == 0 and m.end > 1 for m in matcher.find_all(stems[i : i + 6]))

        def phrase_ends_at(stems: Sequence[str], i: int) -> bool:
            part = stems[max(0, i - 5) : i + 1]
            return any(m.end == len(part) and m.end - m.start > 1 for m in matcher.find_all(part))

        # affixed request verbs end a name; a bare root may be one ("Kota Bangun")
        stem = self.normaliser.stem
        verbs = {w for kind_verbs, _ in cfg.work_kinds.values() for w in kind_verbs}
        verbs = {w for w in verbs | set(cfg.request_words) if stem(w) != w}
        self._places = PlaceNames(
            cfg,
            self.normaliser.words_written,
            self.normaliser.stem,
            phrase_at,
            phrase_ends_at,
            PHRASE_BOUNDARIES | KIND_CONNECTORS | verbs,
        )

    def _build_notes(self) -> None:
        cfg = self.vocab.routing
        self._notes = OfficeNotes(cfg)
        # the label of the form a text was copied from: "Nama Kegiatan : ...", "Permasalahan: ..."
        labels = sorted({tuple(label.split()) for label in cfg.field_labels}, key=len, reverse=True)
        alternatives = "|".join(r"\s+".join(map(re.escape, words)) for words in labels if words)
        self._field_label: re.Pattern[str] | None = (
            re.compile(rf"^\W*(?:{alternatives})\s*:\s*", re.IGNORECASE) if alternatives else None
        )

    def _without_extras(self, text: str) -> tuple[str, tuple[str, ...]]:
        """``text`` without the form's label and the office's notes, and those notes."""
        return self._notes.strip(self._without_label(text))

    def _without_label(self, text: str) -> str:
        """``text`` without the form's label it starts with ("Sub Kegiatan: Pembangunan ...")."""
        if self._field_label is None or ":" not in text[:40]:
            return text
        return self._field_label.sub("", text, count=1)

    def _is_office(self, title: Analysis) -> bool:
        """Whether the title asks for an agency's own office needs: an office word not directly
        followed (before a place or beneficiary word) by a village-government or service word
        ("kantor camat" yes; "kantor desa", "kendaraan operasional puskesmas" no)."""
        if not self._office_codes:
            return False
        surfaces = title.surfaces
        matches = self._office_matcher.find(title.stems)
        if not matches:
            return False
        # "videotron di kantor camat": after a place word the office is where, not what
        place_words = self._office_place_words
        place = next((j for j, w in enumerate(surfaces) if w in place_words), len(surfaces))
        found = False
        for m, match in enumerate(matches):
            if match.start >= place:
                break
            if OFFICE_WORD not in match.keys:
                continue
            # the words right after it, up to three and before a place or beneficiary word
            reach = min(match.end + 3, place, _phrase_end(surfaces, match.end))
            if any(OFFICE_NOT in later.keys and later.start < reach for later in matches[m + 1 :]):
                return False
            found = True
        return found

    def _with_office_subs(self, row: _Row, subs: list[RankedCode]) -> list[RankedCode]:
        """Up to three supporting-programme items under the chosen bidang ahead of the sector
        sub kegiatan: by the names' words and the kind of work ("rehab" → Pemeliharaan/
        Rehabilitasi Gedung Kantor). A kamus or confirmed routing that names one goes first."""
        w = self._w
        bidang = row.bidang[0].code
        known = self.normaliser.is_known_stem
        query = [s for s in row.title_content if known(s)]
        for stem in row.title_content:
            query.extend(self._office_object_stems.get(stem, ()))
        scores: dict[int, float] = {}
        for i, sim in self._office_index.query(
            query, min_similarity=0.0, limit=len(self._office_codes)
        ):
            scores[i] = sim
        kind = row.kind[0] if row.kind is not None else None
        if kind is not None:
            kind = self._office_kind_as.get(kind, kind)
            for i in list(scores):
                kinds = self._office_kinds[i]
                if kind in kinds:
                    scores[i] += w["office_kind_match"]
                elif kinds:
                    scores[i] -= w["office_kind_mismatch"]
        for code, bonus in row.sub_bonus.items():
            placeholder = placeholder_form(code)
            if placeholder is not None and code.startswith(bidang + "."):
                i = self._office_pos.get(placeholder, -1)
                if i >= 0:
                    scores[i] = scores.get(i, 0.0) + 1.0 + bonus
        floor = w["office_min_score"]
        best = sorted((i for i, v in scores.items() if v >= floor), key=lambda i: (-scores[i], i))[
            :3
        ]
        if not best:
            return subs
        exps = [math.exp(w["softmax_temperature"] * (scores[i] - scores[best[0]])) for i in best]
        total = sum(exps)
        office = [
            RankedCode(
                under_bidang(self._office_codes[i], bidang),
                self._office_names[i],
                round(0.8 * e / total, 3),
            )
            for i, e in zip(best, exps, strict=True)
        ]
        rest = [RankedCode(s.code, s.name, round(0.2 * s.confidence, 3)) for s in subs]
        return (office + rest)[:TOP_SUB]

    def _build_kamus(self) -> None:
        """One entry per kamus item (rows with the same code are the same item listed for
        several executors: their agencies are alternatives)."""
        groups: dict[str, list[KamusRow]] = {}
        for item in self.reference.kamus_items:
            key = item.code or f"{item.name.lower()}|{item.sub_kegiatan_code or ''}"
            groups.setdefault(key, []).append(item)
        self._kamus: list[KamusRow] = [rows[0] for rows in groups.values()]
        self._kamus_agencies: list[list[str]] = []
        self._kamus_index = SimilarityIndex(self.idf)
        self._kamus_bidang: list[list[tuple[str, float]]] = []
        for rows in groups.values():
            item = rows[0]
            self._kamus_index.add(self._as_evidence(item.name).content_stems())
            agencies: list[str] = []
            bidang: dict[str, float] = {}
            if item.sub_kegiatan_code:
                bidang[".".join(item.sub_kegiatan_code.split(".")[:2])] = 1.0
            for row in rows:
                code = row.agency_code if row.agency_code in self._agency_by_code else None
                if code is None and row.agency_name:
                    code = self._agency_of_name(row.agency_name)
                if code is not None and code not in agencies:
                    agencies.append(code)
                if not item.sub_kegiatan_code:
                    found: list[tuple[str, float]] = []
                    if code is not None:
                        found = [(b, 1.0) for b in self._agency_by_code[code].bidang_codes]
                    elif row.agency_name:
                        found = self._bidang_of_agency_name(row.agency_name)
                    for b, weight in found:
                        bidang[b] = max(bidang.get(b, 0.0), weight)
            self._kamus_agencies.append(agencies)
            self._kamus_bidang.append(
                [(b, wt) for b, wt in bidang.items() if b in self._bidang_index]
            )

    def kamus_items(self) -> list[tuple[str, tuple[str, ...]]]:
        """Each kamus item's name with the bidang the scorer reads for it (its sub kegiatan
        code's, else its executors'): what a near-exact match of the item would suggest."""
        return [
            (item.name, tuple(b for b, _ in bidang))
            for item, bidang in zip(self._kamus, self._kamus_bidang, strict=True)
        ]

    def _agency_of_name(self, name: str) -> str | None:
        """The agency a kamus names (exact name or abbreviation, else most shared name words)."""
        folded = " ".join(raw_words(name))
        for i, agency in enumerate(self._agencies):
            if folded == self._agency_folded[i] or name.lower() == agency.abbreviation.lower():
                return agency.code
        stems = set(self._content(name))
        best, best_score = None, 0.0
        for i, agency in enumerate(self._agencies):
            own = self._agency_stems[i]
            if not own:
                continue
            score = len(stems & own) / len(stems | own) if stems else 0.0
            if score > best_score + 1e-9:
                best, best_score = agency.code, score
        return best if best_score >= 0.6 else None

    def _build_memory(self) -> None:
        self._memory: list[ConfirmedRouting] = []
        self._memory_subjects: list[frozenset[str]] = []
        self._memory_index = SimilarityIndex(self.idf)
        for routing in self.reference.confirmed_routings:
            self.add_confirmation(routing)

    def add_confirmation(self, routing: ConfirmedRouting) -> None:
        """Learn from an accepted or corrected routing; affects the next similar proposal."""
        self._memory.append(routing)
        self._memory_subjects.append(self._subjects(routing.text))
        self._memory_index.add(self._as_evidence(routing.text[:MAX_TEXT_CHARS]).content_stems())

    def _subjects(self, text: str) -> frozenset[str]:
        """Ids of the sector (non-generic) concepts a text names."""
        analysis = self._as_evidence(text[:MAX_TEXT_CHARS])
        return frozenset(
            self._concepts[key].concept.id
            for match in self._concept_matcher.find(analysis.stems, analysis.content)
            for key in match.keys
            if not self._concepts[key].concept.generic
        )

    def _build_plans(self) -> None:
        ref = self.reference
        self._plan_items = [
            (item, frozenset(self._content(f"{item.name} {item.indikator}")))
            for item in ref.plan_items
            if item.level in {"sasaran", "program_prioritas", "tujuan"}
        ]
        self._renstra_by_agency: dict[str, set[str]] = {}
        renstra_presence = np.zeros(self._n_sub, dtype=np.float64)
        for row in ref.renstra_items:
            self._renstra_by_agency.setdefault(row.agency_code, set()).add(row.nomenclature_code)
            if row.level == "sub_kegiatan":
                lo, hi = self._prefix_range(row.nomenclature_code)
                renstra_presence[lo:hi] = self._w["renstra_presence"]
        self._renstra_presence = renstra_presence
        self._has_renstra = bool(ref.renstra_items)
        history: dict[tuple[str, str], list[float]] = {}
        for record in ref.cost_history:
            unit, factor = comp.canonical_satuan(record.satuan)
            if record.unit_cost > 0 and unit:
                key = (record.sub_kegiatan_code, unit)
                history.setdefault(key, []).append(record.unit_cost / factor)
        self._cost_history = {
            key: statistics.median(values) for key, values in history.items() if len(values) >= 3
        }
        self._cost_history_n = {key: len(v) for key, v in history.items()}
        cw = self.vocab.routing.component_weights
        self._unloaded_components: dict[str, Component] = {}
        if not self._plan_items:
            self._unloaded_components["rpjmd"] = self._rpjmd_component([], [], set(), cw["rpjmd"])
        if not self._has_renstra:
            self._unloaded_components["renstra"] = self._renstra_component(None, [], cw["renstra"])
        if not self._kamus:
            self._unloaded_components["kamus"] = self._kamus_component(None, cw["kamus"])

    # ------------------------------------------------------------------------------ scoring
    def score_batch(self, proposals: Iterable[ProposalInput]) -> list[ScoreResult]:
        """Score many proposals; the same results as :meth:`score` on each, faster: the
        nomenclature retrieval and the sub kegiatan ranking run as one matrix operation per
        chunk of proposals instead of some twenty small numpy calls per proposal."""
        out: list[ScoreResult] = []
        chunk: list[ProposalInput] = []
        with collector_paused():
            for proposal in proposals:
                chunk.append(proposal)
                if len(chunk) == BATCH_CHUNK:
                    out.extend(self._score_chunk(chunk))
                    chunk = []
            if chunk:
                out.extend(self._score_chunk(chunk))
        return out

    def score(self, proposal: ProposalInput) -> ScoreResult:
        return self._score_chunk([proposal])[0]

    def _prepare(self, proposal: ProposalInput) -> _Row | ScoreResult:
        """Text-level evidence of one proposal (everything before the nomenclature matrix), or
        the result itself when there is nothing to score."""
        notes: list[str] = []
        text = proposal.text or ""
        if len(text) > MAX_TEXT_CHARS:
            notes.append(
                f"Catatan: teks sangat panjang, hanya {MAX_TEXT_CHARS} karakter pertama dinilai."
            )
            text = text[:MAX_TEXT_CHARS]
        problem_text = proposal.problem[:MAX_TEXT_CHARS] if proposal.problem else ""
        # what the office noted besides the work: "(Pokir DPRD)", "Tahap II", "untuk 45 KK"
        text, office_notes = self._without_extras(text)
        if problem_text:
            problem_text, problem_notes = self._without_extras(problem_text)
            office_notes += problem_notes
        # title and problem in one text: the first sentence is the title; a reason joined to
        # the title is the problem's in any case
        text, rest = split_title(text, self.normaliser.truncations, reason_only=bool(problem_text))
        rest = self._without_label(rest)  # "... . Masalah: jalan rusak"
        if rest:
            problem_text = f"{rest}. {problem_text}" if problem_text else rest
        # where the work is: a place name is not evidence ("di Desa Tani Makmur")
        title, places = self._places.strip(self.normaliser.analyse(text), text)
        problem: Analysis | None = None
        if problem_text:
            problem, problem_places = self._places.strip(
                self.normaliser.analyse(problem_text), problem_text
            )
            places += problem_places
        title_content = title.content_stems()
        problem_content = problem.content_stems() if problem else []
        if not title_content and not problem_content:
            return self._empty_result(proposal, notes)
        if not title_content and problem is not None:
            # the first sentence was only a heading ("Kel. Pasar Baru - Pengembangan kelompok
            # tani"): the request that follows is the title
            title, problem, title_content, problem_content = problem, None, problem_content, []
        w = self._w
        facility_words: list[str] = []
        hits = self._concept_hits(title, problem, facility_words)
        concept_l = [0.0] * len(self.bidang_codes)
        for hit in hits:
            hw = hit.weight
            for b, weight in hit.info.bidang:
                concept_l[b] += hw * weight
        # nomenclature query
        query: dict[str, float] = dict.fromkeys(title_content, 1.0)
        pf = w["problem_field"]
        for stem in problem_content:
            query[stem] = max(query.get(stem, 0.0), pf)
        for stem in facility_words:
            # "rumah" of "rumah jamur" is the building, not the housing programme's word
            query[stem] = min(query.get(stem, 0.0), w["facility_head"])
        et = w["expand_term"]
        for hit in hits:
            ew = et * hit.weight
            for stem in hit.info.expand:
                query[stem] = max(query.get(stem, 0.0), ew)
        row = _Row(proposal, notes, title, problem, title_content, problem_content, hits, query)
        row.places = places
        row.office_notes = office_notes
        row.concept_l = concept_l  # made an array with the chunk's other rows
        known = self.normaliser.is_known_stem
        # the title may be a nomenclature name (place names aside): planners copy them from SIPD
        row.named = self._named_ranges.get(frozenset(s for s in title_content if known(s)), ())
        return row

    def _memory_evidence(self, row: _Row) -> None:
        """Confirmed routings and the kamus: bidang, sub kegiatan and agency evidence."""
        w = self._w
        hits = row.hits
        all_content = row.title_content + row.problem_content
        row.all_content = all_content
        head = hits[0].info.concept if hits and not hits[0].info.concept.generic else None
        row.head = head
        memory_hits = self._memory_query(all_content, head.id if head else None)
        row.memory_hits = memory_hits
        sub_bonus = row.sub_bonus
        agency_bonus = row.agency_bonus
        if memory_hits:
            memory_b = np.zeros(len(self.bidang_codes), dtype=np.float64)
            votes: dict[int, float] = {}
            for mh in memory_hits:
                r = mh.routing
                bi = self._bidang_index.get(r.bidang_code)
                if bi is not None:
                    memory_b[bi] = max(memory_b[bi], mh.weight)
                    votes[bi] = votes.get(bi, 0.0) + mh.weight
                if r.sub_kegiatan_code:
                    sub_bonus[r.sub_kegiatan_code] = max(
                        sub_bonus.get(r.sub_kegiatan_code, 0.0), mh.weight
                    )
                if r.agency_code:
                    agency_bonus[r.agency_code] = max(
                        agency_bonus.get(r.agency_code, 0.0), mh.weight
                    )
                if (
                    not r.accepted
                    and r.suggested_bidang_code
                    and r.suggested_bidang_code != r.bidang_code
                ):
                    sb = self._bidang_index.get(r.suggested_bidang_code)
                    if sb is not None:
                        memory_b[sb] -= w["rejected_penalty"] * mh.weight
            if len(votes) > 1:
                # neighbours that disagree (the office routed similar items to several bidang)
                # each count for their share of the vote
                all_votes = sum(votes.values())
                for bi, vote in votes.items():
                    memory_b[bi] *= vote / all_votes
            row.memory_b = memory_b
        kamus_hit = self._kamus_query(row.title_content, row.problem_content)
        row.kamus_hit = kamus_hit
        if kamus_hit is not None:
            kamus_b = np.zeros(len(self.bidang_codes), dtype=np.float64)
            k_index, k_sim = kamus_hit
            # a near-exact match of the region's own kamus decides bidang, agency and sub
            # kegiatan; a weaker one is evidence among the others
            row.kamus_decides = k_sim >= w["kamus_exact"]
            strength = w["kamus_decisive"] if row.kamus_decides else 1.0
            for code, weight in self._kamus_bidang[k_index]:
                kamus_b[self._bidang_index[code]] += weight * k_sim * strength
            item = self._kamus[k_index]
            if item.sub_kegiatan_code:
                sub_bonus[item.sub_kegiatan_code] = max(
                    sub_bonus.get(item.sub_kegiatan_code, 0.0), k_sim * strength
                )
            for rank, agency_code in enumerate(self._kamus_agencies[k_index]):
                bonus = k_sim * strength / (1.0 + rank)
                agency_bonus[agency_code] = max(agency_bonus.get(agency_code, 0.0), bonus)
            row.kamus_b = kamus_b
        if row.named and (
            row.kamus_decides or any(mh.similarity >= w["kamus_exact"] for mh in memory_hits)
        ):
            # the region's kamus or the office's own routing of this wording outranks the
            # national name
            row.named = ()
        # a name is that item even when worded like an office need ("Pengelolaan Mutasi ASN" is
        # the civil service agency's), and "Pelatihan Administrasi Perkantoran" teaches a skill
        if not row.named and not (hits and hits[0].skill):
            row.office = self._is_office(row.title)

    def _bidang_matrix(
        self, rows: Sequence[_Row], nom_b: FloatArray, top_raw: Sequence[float]
    ) -> FloatArray:
        """The combined bidang evidence of a chunk of proposals (one row each); the same
        operations, in the same order, as scoring each proposal alone did, as whole-matrix
        operations (so the same doubles)."""
        w = self._w
        n_b = len(self.bidang_codes)
        total = (
            np.array([row.concept_l for row in rows], dtype=np.float64)
            if rows
            else np.zeros((0, n_b))
        )
        total *= w["concept"]
        total += nom_b * w["nomenclature"]
        ranker = self._ranker
        if ranker is not None:
            # the ranker adds to known evidence; alone (unknown words) it would guess; without
            # a thesaurus sector its weight is ranker_without_sector (0: not computed at all)
            with_sector, without = w["ranker_with_sector"], w["ranker_without_sector"]
            which: list[int] = []
            scale: list[float] = []
            texts: list[list[str]] = []  # the titles, then the head phrases
            head_which: list[int] = []
            heads: list[list[str]] = []
            for r, row in enumerate(rows):
                factor = with_sector if row.head is not None else without
                title_content = row.title_content
                if not (title_content and factor > 0.0 and (row.hits or top_raw[r] > 0.0)):
                    continue
                texts.append(title_content)
                head_words = self._head_phrase(row.title)
                if head_words and len(head_words) < len(title_content):
                    # the request (verb + object) carries the sector; "di kampung nelayan",
                    # "untuk perempuan" name the place and the beneficiary
                    head_which.append(len(which))
                    heads.append(head_words)
                which.append(r)
                scale.append(w["ranker"] * factor)
            if which:
                temp = w["ranker_temperature"]
                logits = ranker.logits_rows(texts + heads)
                probs = softmax_rows(logits[: len(which)], temp)
                if head_which:
                    head_probs = softmax_rows(logits[len(which) :], temp)
                    probs[head_which] = (
                        HEAD_SHARE * head_probs + (1 - HEAD_SHARE) * probs[head_which]
                    )
                ranker_b = np.zeros((len(which), n_b), dtype=np.float64)
                ranker_b[:, self._ranker_rows] = probs[:, self._ranker_cols]
                ranker_b *= np.asarray(scale)[:, None]
                if len(which) == len(rows):
                    total += ranker_b
                else:
                    total[which] += ranker_b
        confirmed, kamus, name_weight = w["confirmed"], w["kamus"], w["nomenclature_name"]
        for r, row in enumerate(rows):
            line = total[r]
            if row.memory_hits:
                line += row.memory_b * confirmed
            if row.kamus_hit is not None:
                line += row.kamus_b * kamus
            if row.named:
                # several bidang may carry the same name: each gets it, the rest decides
                for b in {int(self._sub_bidang[lo]) for lo, _ in row.named}:
                    line[b] += name_weight
            if (
                row.office
                and self._office_bidang >= 0
                and not row.memory_hits
                and not row.kamus_decides
                and not any(h.in_title and not h.info.concept.generic for h in row.hits)
            ):
                # an office need that names no sector: at a kecamatan forum, the kecamatan's own;
                # then the agencies with the most work units and offices (office_next_bidang),
                # where the rest of the evidence is only the shared word "kantor"
                best = float(line.max())
                if self._office_next:
                    rest = line.copy()
                    rest[self._office_bidang] = 0.0
                    rest[self._office_next] = 0.0
                    floor = max(float(rest.max()), 1e-6)
                    for k, b in enumerate(self._office_next):
                        if line[b] < floor:
                            line[b] = floor + (len(self._office_next) - k) * 1e-7
                    best = max(best, float(line.max()))
                if line[self._office_bidang] < best:
                    line[self._office_bidang] = best + 1e-6
            if row.problem_content and not row.memory_hits and not row.kamus_decides:
                # title first: the problem text adds evidence but cannot outvote the sector
                # the title names ("Pemasangan CCTV" stays communications under "keamanan
                # lingkungan"); a problem text with no word to read ("Dusun II ; 1 paket")
                # adds nothing to outvote
                title_b = np.zeros(n_b, dtype=np.float64)
                problem_b = np.zeros(n_b, dtype=np.float64)
                for hit in row.hits:
                    if not hit.info.concept.generic:
                        into = title_b if hit.in_title else problem_b
                        for b, weight in hit.info.bidang:
                            into[b] += hit.weight * weight
                if title_b.max() > 0.0:
                    lead = int(title_b.argmax())
                    winner = int(line.argmax())
                    # only a sector the problem named can be outvoted: what the title's own
                    # words decided stays ("Bursa kerja tingkat kecamatan karena ...")
                    if winner != lead and problem_b[winner] > title_b[winner]:
                        line[lead] = float(line[winner]) + 1e-6
        return total

    def _score_chunk(self, proposals: Sequence[ProposalInput]) -> list[ScoreResult]:
        w = self._w
        n_sub = self._n_sub
        results: list[ScoreResult | None] = [None] * len(proposals)
        rows: list[_Row] = []
        slots: list[int] = []
        for k, proposal in enumerate(proposals):
            prepared = self._prepare(proposal)
            if isinstance(prepared, ScoreResult):
                results[k] = prepared
            else:
                rows.append(prepared)
                slots.append(k)
        if rows and n_sub:
            # nomenclature retrieval for the whole chunk: one bincount; each (row, sub kegiatan)
            # cell sums its postings in the row's query order, as one bincount per row would
            sub_raw = self._retrieve_many([row.query for row in rows])
            top_raw_v = sub_raw.max(axis=1)
            floor = w["nomenclature_floor"]
            sub_norm = sub_raw / np.maximum(top_raw_v, floor)[:, None]
            nom_b = np.where(
                self._bidang_has_subs,
                np.maximum.reduceat(sub_norm, self._bidang_starts, axis=1),
                0.0,
            )
            top_raw = top_raw_v.tolist()
        else:
            n = len(rows)
            sub_norm = np.zeros((n, n_sub), dtype=np.float64)
            nom_b = np.zeros((n, len(self.bidang_codes)), dtype=np.float64)
            top_raw = [0.0] * n
        for row in rows:
            self._memory_evidence(row)
        totals_all = self._bidang_matrix(rows, nom_b, top_raw)
        ranked_all = self._rank_bidang_rows(totals_all)
        ranked_rows: list[int] = []
        for r, row in enumerate(rows):
            row.bidang = ranked_all[r]
            if not row.bidang:
                results[slots[r]] = self._empty_result(row.proposal, row.notes, known_words=False)
                continue
            ranked_rows.append(r)
        if not ranked_rows:
            return [res for res in results if res is not None]
        # sub kegiatan, for the whole chunk
        total_m = totals_all[ranked_rows] if len(ranked_rows) < len(rows) else totals_all
        max_total = np.maximum(total_m.max(axis=1), 1e-9)
        prior = np.maximum(total_m, 0.0)
        prior *= (w["bidang_prior_in_sub"] / max_total)[:, None]
        final = self._per_sub(prior)
        final += sub_norm[ranked_rows] if len(ranked_rows) < len(rows) else sub_norm
        kinds: list[int] = []
        admin_rows: list[int] = []
        prefer = w["prefer_boost"]
        spans = _Spans()
        for m, r in enumerate(ranked_rows):
            row = rows[r]
            for hit in row.hits:
                for lo, hi in hit.info.prefer:
                    spans.add(m, lo, hi, prefer * hit.weight)
            if self._admin_stems.isdisjoint(row.all_content):
                admin_rows.append(m)
            row.kind = self._work_kind(row.title)
            kinds.append(self._kind_row[row.kind[0] if row.kind is not None else None])
        spans.apply(final)
        if admin_rows:
            if len(admin_rows) == len(ranked_rows):
                final -= self._admin_penalty_vec
            else:
                # most rows take the penalty: subtract from all and put the few others back
                # (the same values as subtracting from the chosen rows, without copying them)
                others = sorted(set(range(len(ranked_rows))).difference(admin_rows))
                kept = final[others]
                final -= self._admin_penalty_vec
                final[others] = kept
        if self._has_renstra:
            final += self._renstra_presence
        final += self._kind_delta_m[kinds]
        final -= self._all_objects_penalty
        object_bonus = self._object_bonus
        for m, r in enumerate(ranked_rows):
            named = self._named_objects(rows[r].all_content)
            if named:
                line = final[m]
                for o in named:  # in object order, as adding object by object did
                    line += object_bonus[o]  # this object is named: no penalty
        sb, cw, ib = w["settlement_boost"], w["confirmed"], w["in_bidang"]
        nw = w["nomenclature_name_sub"]
        slices: list[tuple[int, int]] = []
        spans = _Spans()
        for m, r in enumerate(ranked_rows):
            row = rows[r]
            head = row.head
            if head is not None and head.id in self._settlement_prefer:
                row.settlement = self._is_settlement(row.title, row.problem)
                if row.settlement:
                    for lo, hi in self._settlement_prefer[head.id]:
                        spans.add(m, lo, hi, sb)
            for code, bonus in row.sub_bonus.items():
                lo, hi = self._prefix_range(code)
                spans.add(m, lo, hi, cw * bonus)
            for lo, hi in row.named:
                spans.add(m, lo, hi, nw)
            # the sub kegiatan lies inside the chosen bidang
            lo, hi = self._bidang_range[row.bidang[0].code]
            spans.add(m, lo, hi, ib)
            slices.append((lo, hi))
        spans.apply(final)
        neg = np.negative(final, out=final)
        k = min(SUB_CANDIDATES, n_sub)
        if k < n_sub:
            cand = self._best_candidates(neg, slices, k)
        else:
            cand = np.broadcast_to(np.arange(n_sub), (len(ranked_rows), n_sub))
        cand_neg = np.take_along_axis(neg, cand, axis=1)
        # equal scores (the same name under several codes, sibling items) in code order, not
        # in the partition's internal order, which moves with unrelated scores
        order = np.lexsort((cand, cand_neg), axis=1)
        cand = np.take_along_axis(cand, order, axis=1).tolist()
        values_m = np.negative(np.take_along_axis(cand_neg, order, axis=1))
        # softmax over each row's candidates; cumsum adds left to right, as sum() did
        exps = np.exp(w["softmax_temperature"] * (values_m - values_m[:, :1]))
        shares = round_rows(exps / np.cumsum(exps, axis=1)[:, -1:], 3).tolist()
        cand_values = values_m.tolist()
        for m, r in enumerate(ranked_rows):
            row = rows[r]
            subs = self._rank_subs_from(cand[m], cand_values[m], shares[m])
            if row.office or (row.sub_bonus and any(placeholder_form(c) for c in row.sub_bonus)):
                # an office need, or a kamus item / confirmed routing that names one
                subs = self._with_office_subs(row, subs)
            results[slots[r]] = self._finish(row, subs)
        return [res for res in results if res is not None]

    @staticmethod
    def _best_candidates(neg: FloatArray, slices: Sequence[tuple[int, int]], k: int) -> IntArray:
        """The ``k`` best (lowest ``neg``) columns of each row; of values equal to the k-th,
        the lowest codes (a partition alone would pick among them by its internal order,
        which moves with unrelated scores). The chosen bidang's slice carries the large
        in-bidang term, so its best ``k`` are usually the row's best: they are taken from the
        slices (some forty values a row instead of two thousand, as one padded matrix) when
        every value outside a row's slice is strictly worse, else from the whole row."""
        m_rows, n = neg.shape
        if m_rows < SMALL_CHUNK:
            # a few rows (the form while typing): the padded matrix costs more than it saves
            return np.array(
                [Scorer._row_candidates(neg[m], lo, hi, k) for m, (lo, hi) in enumerate(slices)],
                dtype=np.intp,
            ).reshape(m_rows, k)
        lo = np.fromiter((s[0] for s in slices), dtype=np.intp, count=m_rows)
        hi = np.fromiter((s[1] for s in slices), dtype=np.intp, count=m_rows)
        width = int((hi - lo).max())
        cand = np.empty((m_rows, k), dtype=np.intp)
        ok = np.zeros(m_rows, dtype=bool)
        if width > k:
            cols = lo[:, None] + np.arange(width)
            valid = cols < hi[:, None]
            np.minimum(cols, n - 1, out=cols)
            row_of = np.broadcast_to(np.arange(m_rows)[:, None], cols.shape)
            part = np.where(valid, neg[row_of, cols], np.inf)
            kth = np.partition(part, k - 1, axis=1)[:, k - 1]
            # the best value left and right of each slice: one reduceat over the rows laid
            # end to end (an empty side reads the next cell, so it is set to inf after)
            starts = np.arange(m_rows, dtype=np.intp) * n
            bounds = np.stack((starts, starts + lo, starts + hi), axis=1).ravel()
            sides = np.minimum.reduceat(neg.ravel(), np.minimum(bounds, neg.size - 1))
            sides = sides.reshape(m_rows, 3)
            left = np.where(lo > 0, sides[:, 0], np.inf)
            right = np.where(hi < n, sides[:, 2], np.inf)
            ok = (hi - lo > k) & (left > kth) & (right > kth)
            if ok.any():
                part, cols, kth = part[ok], cols[ok], kth[ok, None]
                better = part < kth
                equal = part == kth
                need = k - better.sum(axis=1, keepdims=True)
                take = better | (equal & (np.cumsum(equal, axis=1) <= need))
                cand[ok] = cols[take].reshape(-1, k)
        for m in np.flatnonzero(~ok).tolist():
            cand[m] = Scorer._row_candidates(neg[m], 0, n, k)
        return cand

    @staticmethod
    def _row_candidates(line: FloatArray, lo: int, hi: int, k: int) -> IntArray:
        """:meth:`_best_candidates` of one row."""
        n = len(line)
        part, offset = line, 0
        if hi - lo > k:
            inside = line[lo:hi]
            kth = np.partition(inside, k - 1)[k - 1]
            left = line[:lo].min() if lo else math.inf
            right = line[hi:].min() if hi < n else math.inf
            if left > kth and right > kth:
                part, offset = inside, lo
        if part is line:
            kth = np.partition(line, k - 1)[k - 1]
        better = np.flatnonzero(part < kth)
        equal = np.flatnonzero(part == kth)[: k - len(better)]
        out: IntArray = np.concatenate((better, equal)) + offset
        if len(out) != k:  # not-a-number scores compare false: let the partition choose
            out = np.argpartition(line, k - 1)[:k]
        return out

    def _finish(self, row: _Row, subs: list[RankedCode]) -> ScoreResult:
        proposal, title, problem, hits = row.proposal, row.title, row.problem, row.hits
        bidang_ranked, all_content, kamus_hit = row.bidang, row.all_content, row.kamus_hit
        agency = self._choose_agency(
            bidang_ranked[0], all_content, hits, row.agency_bonus, proposal
        )
        kewenangan = self._kewenangan(title, problem, hits, proposal, bidang_ranked[0].code)
        components = self._components(
            proposal, title, problem, bidang_ranked, subs, agency, hits, kamus_hit, all_content
        )
        score = self._total(components)
        explanation = self._explain(
            title,
            problem,
            hits,
            bidang_ranked,
            subs,
            agency,
            kewenangan,
            components,
            score,
            row.memory_hits,
            kamus_hit,
            row.query,
        )
        if row.places:
            quoted = ", ".join(f"«{name}»" for name in dict.fromkeys(row.places))
            explanation.append(f"Nama tempat tidak dinilai: {quoted}.")
        if row.office_notes:
            quoted = ", ".join(f"«{note}»" for note in dict.fromkeys(row.office_notes))
            explanation.append(
                f"Catatan sumber dana, tahap atau jumlah penerima tidak dinilai: {quoted}."
            )
        if row.kamus_decides and kamus_hit is not None:
            item = self._kamus[kamus_hit[0]]
            names = [
                self._agency_by_code[c].name
                for c in self._kamus_agencies[kamus_hit[0]]
                if c in self._agency_by_code
            ]
            sentence = f"Kamus usulan daerah menentukan (kemiripan {_fmt_sim(kamus_hit[1])}): «{item.name}»"
            if item.sub_kegiatan_code:
                sentence += f" → sub kegiatan {item.sub_kegiatan_code}"
            if len(names) > 1:
                sentence += "; pelaksana menurut kamus: " + " atau ".join(names)
            explanation.insert(min(1, len(explanation)), sentence + ".")
        if subs:
            parts = []
            kind, head = row.kind, row.head
            first = self._sub_pos.get(subs[0].code, -1)
            if any(lo <= first < hi for lo, hi in row.named):
                parts.append("judul usulan sama dengan nama di nomenklatur")
            if kind is not None:
                parts.append(f"pekerjaan: {kind[0]} («{kind[1]}»)")
            if head is not None:
                scale = " berskala lingkungan/permukiman" if row.settlement else ""
                parts.append(f"objek: {hits[0].words}{scale}")
            if placeholder_form(subs[0].code) is not None:
                parts.append("program penunjang: kebutuhan kantor perangkat daerah")
            measure = self._sub_measure.get(self._sub_pos.get(subs[0].code, -1))
            if measure is not None and not measure[1].isdisjoint(all_content):
                parts.append(f"indikator: «{measure[0]}»")
            if parts:
                explanation.insert(
                    min(2, len(explanation)),
                    f"Sub kegiatan {subs[0].code} {subs[0].name}: " + "; ".join(parts) + ".",
                )
        return ScoreResult(
            id=proposal.id,
            bidang=tuple(bidang_ranked),
            agency=agency,
            sub_kegiatan=tuple(subs),
            kewenangan=kewenangan,
            score=score,
            components=tuple(components),
            explanation=tuple(explanation),
            notes=tuple(row.notes),
        )

    # -- evidence helpers ------------------------------------------------------------------------
    def _facility_compounds(
        self, analysis: Analysis, matches: Sequence[PhraseMatch]
    ) -> list[PhraseMatch]:
        """The matches of a bare building word ("rumah") that another concept follows at once
        ("rumah jamur", "rumah produksi kerajinan"): the building is for that concept, it is not
        housing. A following word that names who lives there ("rumah nelayan") keeps it."""
        heads = self._facility_heads
        if not heads:
            return []
        stems = analysis.stems
        out: list[PhraseMatch] = []
        for k, match in enumerate(matches):
            if match.end - match.start != 1 or stems[match.start] not in heads:
                continue
            after = match.end
            if after >= len(stems) or stems[after] in self._facility_dwellers:
                continue
            if analysis.surfaces[after] in self._facility_dwellers:
                continue
            for later in matches[k + 1 :]:
                if later.start > after + 1:
                    break
                if any(
                    key not in match.keys and not self._concepts[key].concept.generic
                    for key in later.keys
                ):
                    out.append(match)
                    break
        return out

    def _concept_hits(
        self,
        title: Analysis,
        problem: Analysis | None,
        facility_words: list[str] | None = None,
    ) -> list[_ConceptHit]:
        """Concepts in order of appearance (title first); the first sector named is the head and
        weighs most. The object of a request word comes first ("anak sekolah susah menyeberang,
        perlu jembatan" asks for a bridge). Generic concepts (planning, buildings, capital) step
        back when a sector is named too ("pembangunan gedung olahraga" is about sport). The
        building words of facility compounds are left out and their stems added to
        ``facility_words`` (the nomenclature query weighs them less)."""
        title_matches: Sequence[PhraseMatch] = ()
        requested: list[tuple[_ConceptInfo, float, str]] = []
        holding: list[tuple[_ConceptInfo, float, str]] = []
        others: list[tuple[_ConceptInfo, float, str]] = []
        seen: set[int] = set()
        has_sector = False  # a non-generic concept is among them
        window = self._request_window
        for analysis, factor in ((title, 1.0), (problem, self._w["problem_field"])):
            if analysis is None:
                continue
            stems = analysis.stems
            asks = (
                [i for i, stem in enumerate(stems) if stem in self._request_stems]
                if not self._request_stems.isdisjoint(stems)
                else []
            )
            matches = self._concept_matcher.find(stems, analysis.content)
            if analysis is title:
                title_matches = matches
            compounds = self._facility_compounds(analysis, matches) if len(matches) > 1 else []
            for match in matches:
                if compounds and match in compounds:
                    if facility_words is not None:
                        facility_words.append(stems[match.start])
                    continue
                words = " ".join(analysis.surfaces[match.start : match.end])
                is_object = holds = False
                if asks:
                    # the object follows the request word, before any "untuk/bagi" (beneficiary)
                    is_object = any(
                        a < match.start <= a + window
                        and not any(
                            s in self._beneficiary_stems for s in stems[a + 1 : match.start]
                        )
                        for a in asks
                    )
                    # a phrase that holds the request word ("pelatihan menjahit") comes next
                    holds = not is_object and any(match.start <= a < match.end for a in asks)
                for key in match.keys:
                    if key not in seen:
                        seen.add(key)
                        info = self._concepts[key]
                        has_sector = has_sector or not info.concept.generic
                        item = (info, factor, words)
                        (requested if is_object else holding if holds else others).append(item)
        skill = ""
        if self._training_info is not None and self._training_key not in seen:
            skill = self._unnamed_skill(title, title_matches)
            if skill:
                # a skill no concept knows, for whoever it is for: vocational training
                requested.insert(0, (self._training_info, 1.0, skill))
                has_sector = True
        found = requested + holding + others
        decay = self._w["concept_decay"]
        hits: list[_ConceptHit] = []
        rank = 0
        for info, factor, words in found:
            if has_sector and info.concept.generic:
                continue
            weight = factor / (1.0 + decay * rank)
            hits.append(_ConceptHit(info, weight, words, factor == 1.0, rank == 0 and bool(skill)))
            rank += 1
        if has_sector:
            for info, factor, words in found:
                if info.concept.generic:
                    weight = self._w["generic_factor"] * factor / (1.0 + decay * rank)
                    hits.append(_ConceptHit(info, weight, words, factor == 1.0))
                    rank += 1
        return hits

    def _unnamed_skill(self, title: Analysis, matches: Sequence[PhraseMatch]) -> str:
        """The surface words of "Pelatihan <skill>" when the title opens with a training word,
        names at least one more word before any place or beneficiary word, and names no sector
        concept there nor after it, other than its beneficiaries ("bagi pemuda", "untuk ibu-ibu
        PKK"); else "". "Pelatihan Kepemimpinan Pemuda" names youth work itself.
        A title that is only "Pelatihan bagi kader posyandu" leaves the sector to its
        beneficiary, and "Pelatihan hidroponik" names agriculture."""
        stems, content, surfaces = title.stems, title.content, title.surfaces
        first = next((i for i, keep in enumerate(content) if keep), -1)
        if first < 0 or stems[first] not in self._training_stems:
            return ""
        if not self._staff_stems.isdisjoint(stems):
            return ""  # the agency's own staff: the supporting programme's training item
        end = _phrase_end(surfaces, first + 1)
        if not any(content[first + 1 : end]):
            return ""
        for match in matches:
            for key in match.keys:
                if self._concepts[key].concept.generic:
                    continue
                if match.start < end or key not in self._beneficiary_concepts:
                    return ""
        return " ".join(surfaces[first:end])

    def _retrieve_many(self, queries: Sequence[dict[str, float]]) -> FloatArray:
        """BM25 of several queries: a (queries × sub kegiatan) matrix; each cell sums its
        postings in the query's order, as one ``bincount`` per query did."""
        n_sub = self._n_sub
        idx_parts: list[IntArray] = []
        w_parts: list[FloatArray] = []
        lengths: list[int] = []
        postings = self._postings
        for query in queries:
            size = 0
            for stem, qw in query.items():
                posting = postings.get(stem)
                if posting is not None:
                    idx_parts.append(posting[0])
                    # most query weights are 1.0 (title words): no copy needed
                    w_parts.append(posting[1] if qw == 1.0 else posting[1] * qw)
                    size += len(posting[0])
            lengths.append(size)
        n = len(queries)
        if not idx_parts:
            return np.zeros((n, n_sub), dtype=np.float64)
        idx = np.concatenate(idx_parts)
        if n > 1:
            idx += np.repeat(np.arange(n, dtype=np.int64) * n_sub, lengths)
        weights = np.concatenate(w_parts)
        flat = np.bincount(idx, weights=weights, minlength=n * n_sub)
        return flat.astype(np.float64, copy=False).reshape(n, n_sub)

    def _memory_query(self, stems: Sequence[str], head: str | None) -> list[_MemoryHit]:
        """Nearest confirmed routings. Shared words are not a shared subject: when this text
        names a sector and the neighbour does not name the same one ("gudang distribusi pangan"
        vs "gudang farmasi", "lansia terlantar" vs "bina keluarga lansia"), the neighbour counts
        less than the sector named here."""
        if not self._memory:
            return []
        found = self._memory_index.query(
            stems, min_similarity=self._w["confirmed_min_similarity"], limit=5
        )
        other = self._w["confirmed_other_subject"]
        hits = [
            _MemoryHit(
                self._memory[i],
                sim,
                sim if head is None or head in self._memory_subjects[i] else sim * other,
            )
            for i, sim in found
        ]
        hits.sort(key=lambda mh: -mh.weight)
        return hits

    def _kamus_query(
        self, title: Sequence[str], problem: Sequence[str]
    ) -> tuple[int, float] | None:
        """The nearest kamus item, by the title first. Words the reference has never seen
        (village, hamlet and person names: "Desa Cibadak", "Kampung Babakan") can match no item
        and would only dilute the match of "Rehab Posyandu" with the kamus's "Rehabilitasi
        Posyandu", so they are left out; a known word the item lacks still counts against it."""
        if not self._kamus:
            return None
        known = self.normaliser.is_known_stem
        floor = self._w["kamus_min_similarity"]
        title_known = [s for s in title if known(s)]
        found = self._kamus_index.query(title_known, min_similarity=floor, limit=1)
        hit = found[0] if found else None
        if problem and (hit is None or hit[1] < self._w["kamus_exact"]):
            # the problem text may name the item the title only hints at; it never outvotes
            # a title that matches an item near-exactly
            both = self._kamus_index.query(
                title_known + [s for s in problem if known(s)], min_similarity=floor, limit=1
            )
            if both and (hit is None or both[0][1] > hit[1]):
                hit = both[0]
        return hit

    def _rank_bidang_rows(self, totals: FloatArray) -> list[list[RankedCode]]:
        """The three best bidang of each row with their confidences (softmax of the best ten
        positive ones, scaled down when evidence is weak), one stable argsort for all rows:
        equal scores keep the code order."""
        if not len(totals):
            return []
        orders_m = np.argsort(-totals, axis=1, kind="stable")[:, :10]
        top_values = np.take_along_axis(totals, orders_m, axis=1)
        positive_m = top_values > 1e-9  # a prefix of each row (sorted)
        temp = self._w["softmax_temperature"]
        exps = np.exp(temp * (top_values - top_values[:, :1]))
        exps *= positive_m
        # cumsum adds left to right (as sum() over the positive ones did; zeros add nothing)
        sums = np.cumsum(exps, axis=1)[:, -1:]
        evidence = np.minimum(1.0, top_values[:, :1] / self._w["confidence_evidence"])
        shares = np.divide(exps, sums, out=np.zeros_like(exps), where=sums > 0) * evidence
        shares = round_rows(shares[:, :TOP_BIDANG], 3)  # the only ones shown
        ranked = self._ranked_bidang
        out: list[list[RankedCode]] = []
        for order, counts, share in zip(
            orders_m.tolist(), positive_m.sum(axis=1).tolist(), shares.tolist(), strict=True
        ):
            top: list[RankedCode] = []
            for k, i in enumerate(order[: min(counts, TOP_BIDANG)]):
                code = ranked.get((i, share[k]))
                top.append(code if code is not None else self._new_ranked_bidang(i, share[k]))
            out.append(top)
        return out

    # Results repeat the same (code, rounded confidence) pairs: a frozen RankedCode costs about
    # a microsecond to build, a look-up a tenth of that. Shares are never -0.0 (exp and
    # division of non-negative numbers), so a key cannot confuse the two zeros.
    def _new_ranked_bidang(self, i: int, share: float) -> RankedCode:
        code = self.bidang_codes[i]
        return _remember(
            self._ranked_bidang, (i, share), RankedCode(code, self.bidang_names[code], share)
        )

    def _new_ranked_sub(self, i: int, share: float) -> RankedCode:
        return _remember(
            self._ranked_sub, (i, share), RankedCode(self.sub_codes[i], self.sub_names[i], share)
        )

    def _rank_subs_from(
        self, cand: list[int], values: list[float], shares: list[float]
    ) -> list[RankedCode]:
        """The five best distinct names among the candidates (best first, with their share of
        the candidates' softmax, already rounded)."""
        out: list[RankedCode] = []
        names: set[str] = set()
        sub_keys, ranked = self._sub_keys, self._ranked_sub
        for i, value, share in zip(cand, values, shares, strict=True):
            if value <= 0:
                continue
            key = sub_keys[i]
            if key in names:
                continue
            names.add(key)
            code = ranked.get((i, share))
            out.append(code if code is not None else self._new_ranked_sub(i, share))
            if len(out) == TOP_SUB:
                break
        return out

    def _choose_agency(
        self,
        top: RankedCode,
        content: Sequence[str],
        hits: Sequence[_ConceptHit],
        agency_bonus: dict[str, float],
        proposal: ProposalInput,
    ) -> AgencyChoice | None:
        candidates = self._agencies_by_bidang.get(top.code, [])
        if not candidates:
            return None
        words = set(content)
        for hit in hits:
            words |= hit.info.agency_stems
        kecamatan = self._folded_name(proposal.kecamatan) if proposal.kecamatan else ""
        best_i, best_score, total = candidates[0], -1.0, 0.0
        agency_word, confirmed = self._w["agency_word"], self._w["confirmed"]
        for i in candidates:
            agency = self._agencies[i]
            score = 1.0 + agency_word * len(self._agency_stems[i] & words)
            score += confirmed * agency_bonus.get(agency.code, 0.0)
            if kecamatan and top.code.startswith("7.") and kecamatan in self._agency_folded[i]:
                score += 1.0
            total += score
            if score > best_score:
                best_i, best_score = i, score
        # the same few (agency, confidence, scores) recur: the frozen result is memoised
        key = (best_i, top.confidence, best_score, total)
        choice = self._agency_memo.get(key)
        if choice is None:
            agency = self._agencies[best_i]
            choice = _remember(
                self._agency_memo,
                key,
                AgencyChoice(
                    agency.code,
                    agency.name,
                    agency.abbreviation,
                    round(top.confidence * best_score / total, 3),
                ),
            )
        return choice

    # -- kewenangan --------------------------------------------------------------------------------
    def _kewenangan(
        self,
        title: Analysis,
        problem: Analysis | None,
        hits: Sequence[_ConceptHit],
        proposal: ProposalInput,
        top_bidang: str,
    ) -> Kewenangan:
        cfg = self.vocab.kewenangan
        stems = title.stems + problem.stems if problem else title.stems
        surfaces = title.surfaces + problem.surfaces if problem else title.surfaces
        matches = self._kw_matcher.find_all(stems)
        is_kelurahan = (
            self._folded_name(proposal.desa) in self._kelurahan_names if proposal.desa else False
        )
        biaya = comp.positive(proposal.biaya)
        over_budget = biaya is not None and biaya > cfg.village_budget_limit
        if matches:
            best = min(matches, key=lambda m: (min(m.keys), m.start))
            rule = cfg.rules[min(best.keys)]
            words = " ".join(surfaces[best.start : best.end])
            if rule.level != "desa":
                return Kewenangan(
                    rule.level, rule.id, f"Kewenangan {rule.level}: «{words}» — {rule.reason}."
                )
            if not is_kelurahan and not over_budget:
                return Kewenangan("desa", rule.id, f"Kewenangan desa: «{words}» — {rule.reason}.")
        for hit in hits:
            if hit.info.concept.kewenangan:
                level = hit.info.concept.kewenangan
                return Kewenangan(
                    level,
                    f"konsep_{hit.info.concept.id}",
                    f"Kewenangan {level}: {hit.info.concept.label} lazimnya kewenangan {level} (UU 23/2014 lampiran).",
                )
        head_village = bool(hits) and hits[0].info.concept.village_scale
        if head_village and not is_kelurahan and not over_budget:
            village = self._village_matcher.find_all(stems)
            strong = [m for m in village if 1 in m.keys]
            weak = [m for m in village if 0 in m.keys]
            chosen = strong[0] if strong else (weak[0] if weak and biaya is not None else None)
            if chosen is not None:
                words = " ".join(surfaces[chosen.start : chosen.end])
                return Kewenangan(
                    "desa",
                    "skala_desa",
                    f"Kewenangan desa: {hits[0].info.concept.label} dengan penanda «{words}» — {cfg.village_reason}.",
                )
        if not (is_kelurahan and head_village) and not (head_village and over_budget):
            # the default depends on the bidang only: built once per bidang
            cached = self._default_kewenangan.get(top_bidang)
            if cached is None:
                cached = self._default_kewenangan_for(top_bidang)
                self._default_kewenangan[top_bidang] = cached
            return cached
        name = self.bidang_names.get(top_bidang, top_bidang)
        reason = cfg.default_reason.format(bidang=f"{top_bidang} {name}")
        if is_kelurahan and head_village:
            return Kewenangan(
                "kabupaten", "kelurahan", f"Kewenangan kabupaten: {cfg.kelurahan_reason}."
            )
        if head_village and over_budget:
            return Kewenangan(
                "kabupaten",
                "melebihi_apbdes",
                f"Kewenangan kabupaten: biaya melebihi {comp.rupiah_text(cfg.village_budget_limit)}, di luar skala APBDes; {reason}.",
            )
        return self._default_kewenangan_for(top_bidang)

    def _default_kewenangan_for(self, top_bidang: str) -> Kewenangan:
        cfg = self.vocab.kewenangan
        name = self.bidang_names.get(top_bidang, top_bidang)
        reason = cfg.default_reason.format(bidang=f"{top_bidang} {name}")
        return Kewenangan(
            cfg.default_level, "default", f"Kewenangan {cfg.default_level}: {reason}."
        )

    # -- components --------------------------------------------------------------------------------
    def _components(
        self,
        proposal: ProposalInput,
        title: Analysis,
        problem: Analysis | None,
        bidang: Sequence[RankedCode],
        subs: Sequence[RankedCode],
        agency: AgencyChoice | None,
        hits: Sequence[_ConceptHit],
        kamus_hit: tuple[int, float] | None,
        all_content: Sequence[str],
    ) -> list[Component]:
        """``all_content``: the content stems of the title and the problem field."""
        cw = self.vocab.routing.component_weights
        content = set(all_content)
        # without an RPJMD, Renstra or kamus their component is the same for every proposal
        unloaded = self._unloaded_components
        out = [
            unloaded["rpjmd"]
            if "rpjmd" in unloaded
            else self._rpjmd_component(bidang, subs, content, cw["rpjmd"]),
            unloaded["renstra"]
            if "renstra" in unloaded
            else self._renstra_component(agency, subs, cw["renstra"]),
            unloaded["kamus"]
            if "kamus" in unloaded
            else self._kamus_component(kamus_hit, cw["kamus"]),
            self._nomenklatur_component(bidang[0], cw["nomenklatur"]),
            comp.completeness(proposal, content_words=len(content), weight=cw["kelengkapan"]),
            comp.cost_component(
                proposal, self._price_reference(proposal, subs, hits, kamus_hit), weight=cw["biaya"]
            ),
        ]
        return out

    def _nomenklatur_component(self, top: RankedCode, weight: float) -> Component:
        """The bidang confidence as a component; one per (bidang, rounded confidence), memoised
        (a frozen Component, its rounding and its note cost some microseconds)."""
        key = (top.code, top.confidence, weight)
        out = self._nomenklatur_memo.get(key)
        if out is None:
            out = _remember(
                self._nomenklatur_memo,
                key,
                Component(
                    "nomenklatur",
                    COMPONENT_LABELS["nomenklatur"],
                    round(100.0 * top.confidence, 1),
                    weight,
                    f"keyakinan bidang {top.code} {_fmt_pct(top.confidence)}",
                ),
            )
        return out

    def _rpjmd_component(
        self,
        bidang: Sequence[RankedCode],
        subs: Sequence[RankedCode],
        content: set[str],
        weight: float,
    ) -> Component:
        label = COMPONENT_LABELS["rpjmd"]
        if not self._plan_items:
            return Component("rpjmd", label, None, weight, "RPJMD belum dimuat")
        top_sub = subs[0].code if subs else ""
        best_value, best_item, how = 0.0, None, ""
        for item, stems in self._plan_items:
            value, reason = 0.0, ""
            link = item.nomenclature_code or ""
            if link and top_sub.startswith(link + ".") and link.count(".") >= 2:
                value, reason = 100.0, f"program {link} sama dengan sub kegiatan teratas"
            elif (
                link
                and any(s.code.startswith(link + ".") for s in subs[1:])
                and link.count(".") >= 2
            ):
                value, reason = 80.0, f"program {link} memuat salah satu sub kegiatan usulan"
            elif (
                link
                and bidang
                and (
                    bidang[0].code == link
                    or bidang[0].code.startswith(link)
                    or link.startswith(bidang[0].code + ".")
                )
            ):
                value, reason = 70.0, f"bidang {bidang[0].code} sama"
            overlap = content & stems
            if overlap:
                text_value = min(60.0, 20.0 * sum(self.idf(s) for s in overlap) / 3.0)
                if text_value > value:
                    value, reason = text_value, "kata yang sama: " + ", ".join(sorted(overlap)[:4])
            if value > best_value:
                best_value, best_item, how = value, item, reason
        if best_item is None:
            return Component(
                "rpjmd", label, 0.0, weight, "tidak ada sasaran/program prioritas RPJMD yang cocok"
            )
        ref = f"{best_item.level.replace('_', ' ')} {best_item.code} «{best_item.name}»"
        return Component("rpjmd", label, round(best_value, 1), weight, f"{ref} ({how})", ref)

    def _renstra_component(
        self, agency: AgencyChoice | None, subs: Sequence[RankedCode], weight: float
    ) -> Component:
        label = COMPONENT_LABELS["renstra"]
        if not self._has_renstra:
            return Component("renstra", label, None, weight, "Renstra OPD belum dimuat")
        if agency is None:
            return Component("renstra", label, None, weight, "OPD penanggung jawab belum diketahui")
        codes = self._renstra_by_agency.get(agency.code)
        if not codes:
            return Component(
                "renstra",
                label,
                None,
                weight,
                f"Renstra {agency.abbreviation or agency.name} belum dimuat",
            )
        best, why = 0.0, ""
        for rank, sub in enumerate(subs):
            parts = sub.code.split(".")
            kegiatan, program = ".".join(parts[:5]), ".".join(parts[:3])
            if sub.code in codes:
                value, reason = (
                    (100.0 if rank == 0 else 85.0),
                    f"sub kegiatan {sub.code} ada di Renstra",
                )
            elif kegiatan in codes:
                value, reason = 75.0, f"kegiatan {kegiatan} ada di Renstra"
            elif program in codes:
                value, reason = 60.0, f"program {program} ada di Renstra"
            else:
                continue
            if value > best:
                best, why = value, reason
        if not why:
            return Component(
                "renstra",
                label,
                0.0,
                weight,
                f"tidak ada di Renstra {agency.abbreviation or agency.name}",
            )
        return Component(
            "renstra", label, best, weight, f"{why} {agency.abbreviation or agency.name}", why
        )

    def _kamus_component(self, kamus_hit: tuple[int, float] | None, weight: float) -> Component:
        label = COMPONENT_LABELS["kamus"]
        if not self._kamus:
            return Component("kamus", label, None, weight, "kamus usulan belum dimuat")
        if kamus_hit is None:
            return Component("kamus", label, 0.0, weight, "tidak ada butir kamus usulan yang mirip")
        item = self._kamus[kamus_hit[0]]
        value = min(100.0, 100.0 * kamus_hit[1] / 0.8)
        ref = f"«{item.name}»"
        return Component(
            "kamus",
            label,
            round(value, 1),
            weight,
            f"butir kamus {ref} (kemiripan {_fmt_sim(kamus_hit[1])})",
            ref,
        )

    def _price_reference(
        self,
        proposal: ProposalInput,
        subs: Sequence[RankedCode],
        hits: Sequence[_ConceptHit],
        kamus_hit: tuple[int, float] | None,
    ) -> comp.PriceReference | None:
        unit, _factor = comp.canonical_satuan(proposal.satuan)
        if kamus_hit is not None and kamus_hit[1] >= 0.5:
            item = self._kamus[kamus_hit[0]]
            k_unit, k_factor = comp.canonical_satuan(item.satuan)
            if item.unit_price and (not k_unit or k_unit == unit):
                price = item.unit_price / k_factor
                return comp.PriceReference(price / 1.5, price * 1.5, f"harga kamus «{item.name}»")
        for sub in subs[:1]:
            median = self._cost_history.get((sub.code, unit))
            if median:
                n = self._cost_history_n[(sub.code, unit)]
                return comp.PriceReference(
                    median / 2.0, median * 2.0, f"median riwayat siklus, n={n}"
                )
        for hit in hits[:1]:
            ranges = self.vocab.unit_costs.get(hit.info.concept.id)
            if ranges and unit in ranges:
                low, high = ranges[unit]
                return comp.PriceReference(low, high, f"kisaran umum {hit.info.concept.label}")
            if ranges and unit == "m" and "km" in ranges:
                low, high = ranges["km"]
                return comp.PriceReference(
                    low / 1000.0, high / 1000.0, f"kisaran umum {hit.info.concept.label}"
                )
        return None

    def _total(self, components: Sequence[Component]) -> int:
        weight: float = 0.0
        weighted: float = 0.0
        for c in components:
            if c.value is not None:
                weight += c.weight
                weighted += c.weight * c.value
        if weight <= 0:
            return 0
        value = weighted / weight
        return max(0, min(100, round(value)))

    # -- explanation -------------------------------------------------------------------------------
    def _explain(
        self,
        title: Analysis,
        problem: Analysis | None,
        hits: Sequence[_ConceptHit],
        bidang: Sequence[RankedCode],
        subs: Sequence[RankedCode],
        agency: AgencyChoice | None,
        kewenangan: Kewenangan,
        components: Sequence[Component],
        score: int,
        memory_hits: Sequence[_MemoryHit],
        kamus_hit: tuple[int, float] | None,
        query: dict[str, float],
    ) -> list[str]:
        out: list[str] = []
        top = bidang[0]
        top_index = self._bidang_index[top.code]
        if hits:
            parts = [f"«{h.words}» → {h.info.concept.label}" for h in hits[:4]]
            out.append("Istilah dikenali (tesaurus): " + "; ".join(parts) + ".")
        reasons = []
        concept_for_top = [h.info.concept.label for h in hits if top_index in h.info.bidang_set]
        if concept_for_top:
            reasons.append("istilah " + ", ".join(dict.fromkeys(concept_for_top)))
        sub_in_top = None
        prefix = top.code + "."
        for sub in subs:
            if sub.code.startswith(prefix):
                sub_in_top = sub
                break
        if sub_in_top is not None:
            i = self._sub_pos.get(sub_in_top.code, -1)
            if i >= 0:
                shared = self._shared_words(title, problem, query, self._sub_stems[i])
                if shared:
                    reasons.append(
                        f"nama nomenklatur «{sub_in_top.name}» (kata: {', '.join(shared[:5])})"
                    )
        for mh in memory_hits[:1]:
            if mh.routing.bidang_code == top.code:
                reasons.append(
                    f"rute terkonfirmasi untuk usulan serupa «{mh.routing.text[:60]}» (kemiripan {_fmt_sim(mh.similarity)})"
                )
        if kamus_hit is not None and any(
            b == top.code for b, _ in self._kamus_bidang[kamus_hit[0]]
        ):
            reasons.append(f"kamus usulan «{self._kamus[kamus_hit[0]].name}»")
        because = "; ".join(reasons) if reasons else "kemiripan lemah dengan nomenklatur"
        out.append(
            f"Bidang {top.code} {top.name} (keyakinan {_fmt_pct(top.confidence)}) karena {because}."
        )
        if len(bidang) > 1:
            out.append(self._alternatives_text(tuple(b.code for b in bidang[1:])))
        if memory_hits and memory_hits[0].routing.bidang_code != top.code:
            mh = memory_hits[0]
            out.append(
                f"Catatan: usulan serupa «{mh.routing.text[:60]}» pernah dikonfirmasi ke bidang {mh.routing.bidang_code}."
            )
        if agency is not None:
            out.append(f"OPD: {agency.name} (memegang bidang {top.code}).")
        else:
            out.append(
                f"OPD: tidak ada perangkat daerah kabupaten yang memegang bidang {top.code}."
            )
        out.append(kewenangan.evidence)
        shown = []
        missing = []
        for c in components:
            if c.value is None:
                missing.append(c.label)
            else:
                shown.append(f"{c.label} {round(c.value)} ({c.note})")
        sentence = f"Skor {score}/100: " + "; ".join(shown) + "."
        if missing:
            sentence += " Tidak dinilai: " + ", ".join(missing) + "."
        out.append(sentence)
        return out

    def _alternatives_text(self, codes: tuple[str, ...]) -> str:
        """ "Alternatif: ..." for the runner-up bidang codes; memoised (a few hundred pairs)."""
        text = self._alternatives_memo.get(codes)
        if text is None:
            labels = ", ".join([self._bidang_labels[code] for code in codes])
            text = _remember(self._alternatives_memo, codes, f"Alternatif: {labels}.")
        return text

    @staticmethod
    def _shared_words(
        title: Analysis, problem: Analysis | None, query: dict[str, float], stems: frozenset[str]
    ) -> list[str]:
        """The words, as first written (title before problem), of the query stems in ``stems``,
        in query order; only the few shared stems are looked up, no stem → word map is built."""
        common = stems.intersection(query)
        if not common:
            return []
        out: list[str] = []
        for stem in sorted(common, key=list(query).index) if len(common) > 1 else common:
            if stem in title.stems:
                out.append(title.surfaces[title.stems.index(stem)])
            elif problem is not None and stem in problem.stems:
                out.append(problem.surfaces[problem.stems.index(stem)])
        return out

    def _empty_result(
        self, proposal: ProposalInput, notes: list[str], *, known_words: bool = True
    ) -> ScoreResult:
        cw = self.vocab.routing.component_weights
        if known_words:
            notes.append("Catatan: teks usulan kosong atau tidak berisi kata yang dapat dinilai.")
        else:
            notes.append(
                "Catatan: tidak ada kata yang dikenali pada nomenklatur atau tesaurus; rute tidak dapat disarankan."
            )
        completeness = comp.completeness(proposal, content_words=0, weight=cw["kelengkapan"])
        return ScoreResult(
            id=proposal.id,
            bidang=(),
            agency=None,
            sub_kegiatan=(),
            kewenangan=Kewenangan("", "none", "Kewenangan belum dapat ditentukan."),
            score=0,
            components=(completeness,),
            explanation=(),
            notes=tuple(notes),
        )
