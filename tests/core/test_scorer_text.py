"""Normalisation: folding, abbreviations, stems (memoised), typo correction, phrase matching."""

from __future__ import annotations

import pytest

from app.core.scorer import text as text_mod
from app.core.scorer.text import Normaliser, PhraseMatcher, fold, raw_words
from tests.core.conftest_scorer import bundled_scorer, proposal, top_bidang


def test_fold_lowercases_and_strips_accents_and_reduplication() -> None:
    assert fold("Gorong-Gorong") == "gorong"
    assert fold("jalan2 Désa") == "jalan desa"


def test_raw_words_drop_numbers_and_split_units() -> None:
    assert raw_words("Semenisasi 250m RT.05") == ["semenisasi", "250m", "m", "rt"]
    assert raw_words("TPS3R") == ["tps3r", "tps", "r"]
    assert raw_words("") == []


def test_abbreviations_are_expanded() -> None:
    norm = bundled_scorer().normaliser
    assert norm.words("Pemb. jln") == ["pembangunan", "jalan"]
    assert norm.words("RTLH") == ["rumah", "tidak", "layak", "huni"]
    assert norm.words("PJU") == ["penerangan", "jalan", "umum"]
    assert norm.words("JUT") == ["jalan", "usaha", "tani"]
    assert "kakus" in norm.words("MCK")
    assert norm.words("paud") == ["pendidikan", "anak", "usia", "dini"]


def test_stems_use_overrides_and_sastrawi() -> None:
    norm = bundled_scorer().normaliser
    assert norm.stem("pembangunan") == "bangun"
    assert norm.stem("peternakan") == "ternak"  # override: Sastrawi gives "terna"
    assert norm.stem("kekerasan") != norm.stem("perkerasan")  # violence is not pavement


def test_stemming_is_memoised(monkeypatch: pytest.MonkeyPatch) -> None:
    norm = Normaliser(abbreviations={}, stopwords=(), stem_overrides={})
    calls: list[str] = []

    class CountingStemmer:
        def stem(self, word: str) -> str:
            calls.append(word)
            return word.removeprefix("pe")

    monkeypatch.setattr(text_mod, "_sastrawi", CountingStemmer())
    for _ in range(3):
        norm.analyse("pengaspalan pengaspalan")
    assert calls == ["pengaspalan"]
    assert norm.new_stems == 1


def test_typos_are_corrected_to_known_words() -> None:
    analysis = bundled_scorer().normaliser.analyse("pembanguan drainse")
    assert analysis.stems == ("bangun", "drainase")
    # short or unknown words are left alone
    assert bundled_scorer().normaliser.analyse("xyzzyq").stems == ("xyzzyq",)


def test_a_typo_the_stemmer_strips_to_a_short_root_is_still_corrected() -> None:
    """Sastrawi strips "pertanan" (pertanian) to the root "tan" and "pengemangan" (pengembangan)
    to "emang"; a root stem used to stop the correction, so the word was lost."""
    normaliser = bundled_scorer().normaliser
    assert normaliser.analyse("pertanan pengemangan pembinan").stems == ("tani", "kembang", "bina")
    # a real affixed word whose root the vocabulary lacks keeps its own stem
    assert normaliser.analyse("pemangkasan").stems == (normaliser.stem("pemangkasan"),)
    assert top_bidang("Pengembangan Infrastruktur Pertanan") == "3.27"


def test_stopwords_are_not_content() -> None:
    analysis = bundled_scorer().normaliser.analyse("jalan di desa")
    assert analysis.content_stems() == ["jalan"]
    assert analysis.stems == ("jalan", "di", "desa")


def test_phrase_matcher_prefers_longest_and_head_final_parse() -> None:
    matcher = PhraseMatcher()
    matcher.add(("jalan",), 1)
    matcher.add(("jalan", "usaha", "tani"), 2)
    matcher.add(("layan", "sehat"), 3)
    matcher.add(("sehat", "hewan"), 4)
    assert [m.keys for m in matcher.find(["bangun", "jalan", "usaha", "tani"])] == [(2,)]
    # "pelayanan [kesehatan hewan]": equal coverage, the right-to-left parse wins
    assert [m.keys for m in matcher.find(["layan", "sehat", "hewan"])] == [(4,)]
    assert [m.keys for m in matcher.find_all(["jalan", "usaha", "tani"])] == [(1,), (2,)]
    assert matcher.find([]) == []


def test_learning_words_renews_the_memoised_word_analysis(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """analyse() memoises each word's (stem, content) pair; learning words empties it, so a
    word "corrected" before it was known keeps its own stem after, and a full memo only stops
    memoising."""
    norm = Normaliser(abbreviations={}, stopwords=["di"], stem_overrides={}, stem_cache={})
    norm.learn_words(["sumur"])
    before = norm.analyse("sumurr di desa")
    assert before.stems[0] == "sumur"  # typo-corrected to the known word
    assert before.content == (True, False, True)
    norm.learn_words(["sumurr"])
    assert norm.analyse("sumurr di desa").stems[0] == "sumurr"
    monkeypatch.setattr(text_mod, "WORD_INFO_LIMIT", 0)
    fresh = Normaliser(abbreviations={}, stopwords=["di"], stem_overrides={}, stem_cache={})
    assert fresh.analyse("sumurr di desa").content == (True, False, True)
    assert fresh.analyse("") == text_mod.Analysis((), (), ())


@pytest.mark.parametrize(
    ("word", "not_stem"),
    [
        # Sastrawi's stems that merge words of other sectors
        ("pengelasan", "kelas"),  # welding is not a classroom
        ("perhubungan", "hubung"),  # transport is not "hubungan masyarakat/industrial"
    ],
)
def test_stems_do_not_merge_words_of_other_sectors(word: str, not_stem: str) -> None:
    assert not_stem not in bundled_scorer().normaliser.analyse(word).stems


def test_hubungan_masyarakat_is_not_transport_and_perhubungan_still_is() -> None:
    scorer = bundled_scorer()
    humas = scorer.score(proposal("Sosialisasi hubungan masyarakat dan kehumasan"))
    assert humas.bidang[0].code != "2.15"
    assert "angkutan" not in humas.explanation_text()
    assert scorer.score(proposal("Pengadaan sarana perhubungan desa")).bidang[0].code == "2.15"
    assert scorer.score(proposal("Rehab ruang kelas SD")).bidang[0].code == "1.01"
    assert scorer.score(proposal("Pelatihan pengelasan bagi pemuda")).bidang[0].code == "2.07"
