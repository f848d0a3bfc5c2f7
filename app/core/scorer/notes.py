"""What offices add to a title besides the work: not evidence of its sector.

Musrenbang and SIPD lists carry, in the title itself, where the money is to come from ("(Pokir
DPRD)", "(Dana Desa)", "- Bankeu Provinsi", "sumber dana: APBDes"), the stage or standing of the
request ("(Lanjutan)", "Tahap II", "TA 2026", "(usulan ulang)") and how many people it serves
("untuk 45 KK", "sasaran 30 orang"). Left in, "DPRD" sends a road to the council's secretariat,
"Dana Desa" and "swadaya masyarakat" to village empowerment, "ulang" to recycling and "KK" to the
civil registry.

:class:`OfficeNotes` removes such notes from the text before it is read (``routing.json``:
``note_phrases``, ``note_phrases_unmarked``, ``note_numbered``, ``note_intros``,
``note_people_units``, ``note_people_intros``, ``note_object_verbs``). A note phrase counts only
where it is written as a note: in brackets, after a separator (" - ", ":", ",", "*"), after an
introducing word ("sumber dana", "dibiayai", "melalui"), or, for the phrases that can name nothing
else (``note_phrases_unmarked``: "pokir dprd", "apbd", "tahap ii"), at the end of the title, unless
a verb that takes a fund or a budget document as its object comes right before ("Rehab mushola
Pokir DPRD" is a note; "Penyusunan Pokir DPRD" and "Evaluasi APBDes" are the work). "Pelatihan
pengelolaan dana desa" keeps its object. A count of people ("45 KK", "30 orang") is a note wherever it stands; the group
named without a count ("bantuan untuk RTM") is evidence and stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.core.scorer.vocab import RoutingConfig

# a year, a Roman numeral or a small number after a note ("DAK 2019", "Tahap II", "Prioritas 1")
_NUMBER = r"(?:(?:th\.?|tahun|ta\.?)\s*)?(?:19|20)\d\d|[ivx]{1,4}\b|\d{1,2}\b"
# between the words of a note as typed: "APBD Kab.", "APBD-P", "Bankeu  Prov"
_JOIN_WORDS = r"[\s.\-]+"
# between notes of one group: "(APBD Kab/Dana Desa)", "DAK, Bankeu dan APBD"
_JOIN_NOTES = r"\s*(?:[,/&+]|\bdan\b|-)\s*|\s+"
_SPACES = re.compile(r"\s+")
_EMPTY_BRACKETS = re.compile(r"[(\[]\s*[)\]]")
_LAST_WORD = re.compile(r"([a-z0-9]+)\W*$")  # a number too: "... RT 05 Lanjutan"
_WORD = re.compile(r"[a-z0-9]+")
_ROMAN = re.compile(r"^[ivx]{1,4}$")
_DIGIT = re.compile(r"\d")


def _alternatives(phrases: Iterable[str]) -> str:
    """A regex alternation of ``phrases`` as typed (longest first: "apbd provinsi" before "apbd")."""
    words = sorted({tuple(p.split()) for p in phrases if p.split()}, key=len, reverse=True)
    return "|".join(rf"{_JOIN_WORDS.join(re.escape(w) for w in phrase)}\b\.?" for phrase in words)


def _one_note(phrases: str, numbered: str) -> str:
    """One note: a phrase, perhaps with its number, or a phrase that needs one ("Tahap II")."""
    note = rf"(?:{phrases})(?:\s*(?:{_NUMBER}))?"
    return rf"(?:{note}|(?:{numbered})\s*(?:{_NUMBER}))" if numbered else note


def _run_of(note: str) -> str:
    """Notes written one after another: "(APBD Kab/Dana Desa)", "Tahap II TA 2026"."""
    return rf"(?:{note})(?:(?:{_JOIN_NOTES})(?:{note}))*"


class OfficeNotes:
    """Removes funding sources, stages and people counts from a proposal's text (built once per
    scorer)."""

    def __init__(self, cfg: RoutingConfig) -> None:
        # a note phrase right after one of these is its object: "Penyusunan Pokir DPRD"
        self._object_verbs = frozenset(cfg.note_object_verbs)
        phrases = (*cfg.note_phrases, *cfg.note_phrases_unmarked)
        # a text runs the patterns only when it holds every word of some note phrase (most
        # titles hold none; "bantuan" alone is not "bantuan keuangan"): phrases by first word
        self._phrase_words: dict[str, list[tuple[frozenset[str], bool]]] = {}
        for phrase, needs_number in (
            *((p, False) for p in phrases),
            *((p, True) for p in cfg.note_numbered),
        ):
            words = phrase.split()
            if words:
                entry = (frozenset(words), needs_number)
                self._phrase_words.setdefault(words[0], []).append(entry)
        self._units = frozenset(w for u in cfg.note_people_units for w in u.split())
        self._enabled = bool(self._phrase_words or self._units)
        numbered = _alternatives(cfg.note_numbered)
        group = _run_of(_one_note(_alternatives(phrases), numbered))
        intro = _alternatives(cfg.note_intros)
        intro_part = rf"(?:\b(?:{intro})\s*:?\s*)" if intro else ""
        intro_opt = f"{intro_part}?" if intro_part else ""
        end = r"(?=\s*(?:[.;,)\]]|$))"
        # in brackets, a source may name its region: "(APBD Kab. Kutai Kartanegara)"
        after_region = "|".join(
            rf"(?<={re.escape(w)})|(?<={re.escape(w)}\.)" for w in cfg.note_region_words
        )
        region_name = (
            rf"(?:(?:{after_region})\s*[a-z][a-z'\-]*(?:\s+[a-z][a-z'\-]*){{0,2}})?"
            if after_region
            else ""
        )
        flags = re.IGNORECASE
        self._patterns: tuple[re.Pattern[str], ...] = (
            # "(Dana Desa)", "[Prioritas 1]", "(sumber dana: APBD Kab. Kukar)"
            re.compile(rf"[(\[]\s*{intro_opt}(?:{group}){region_name}\s*\.?\s*[)\]]", flags),
            # " - Bankeu Provinsi", ": APBDes", ", DAK Fisik"
            re.compile(
                rf"(?:\s+[-\u2013\u2014]\s*|\s*[:;,|*]\s*){intro_opt}(?:{group}){end}", flags
            ),
            # " sumber dana APBD Kab", " dibiayai Dana Desa"
            *((re.compile(rf"\s+{intro_part}(?:{group}){end}", flags),) if intro_part else ()),
        )
        unmarked = _run_of(_one_note(_alternatives(cfg.note_phrases_unmarked), numbered))
        self._unmarked = re.compile(rf"\s+(?:{unmarked})\s*\.?\s*$", flags)
        units = _alternatives(cfg.note_people_units)
        people_intro = _alternatives(cfg.note_people_intros)
        self._people = (
            re.compile(
                rf"(?:\b(?:{people_intro})\s*:?\s*)?\b\d[\d.,]*\s*(?:{units})\b\.?",
                flags,
            )
            if units
            else None
        )

    def _holds_phrase(self, words: set[str], has_digit: bool) -> bool:
        """Whether ``words`` hold every word of a note phrase (a numbered one only with a number
        or a Roman numeral in the text)."""
        for word in words:
            for needed, numbered in self._phrase_words.get(word, ()):
                if needed <= words and (
                    not numbered or has_digit or any(_ROMAN.match(w) for w in words)
                ):
                    return True
        return False

    def strip(self, text: str) -> tuple[str, tuple[str, ...]]:
        """``text`` without its notes (the same string when it holds none), and the notes
        ("pokir dprd", "45 kk") for the explanation."""
        if not self._enabled:
            return text, ()
        words = set(_WORD.findall(text.lower()))
        has_digit = _DIGIT.search(text) is not None
        has_count = self._people is not None and has_digit and not self._units.isdisjoint(words)
        if not has_count and not self._holds_phrase(words, has_digit):
            return text, ()  # most titles hold no note
        found: list[str] = []

        def take(match: re.Match[str]) -> str:
            found.append(" ".join(_WORD.findall(match.group(0).lower())))
            return " "

        for pattern in self._patterns:
            text = pattern.sub(take, text)
        if self._people is not None and has_count:
            text = self._people.sub(take, text)
        match = self._unmarked.search(text)
        if match is not None:
            before = _LAST_WORD.search(text[: match.start()].lower())
            if before is not None and before.group(1) not in self._object_verbs:
                take(match)
                text = text[: match.start()]
        if not found:
            return text, ()
        text = _SPACES.sub(" ", _EMPTY_BRACKETS.sub(" ", text)).strip(" -,;:")
        return text, tuple(note for note in found if note)
