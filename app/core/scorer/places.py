"""Where the work is: place names in a proposal title are not evidence of its sector.

Offices write the location into the title ("Rehab jalan di Kampung Tani Makmur", "... Kec. Loa
Janan", "Drainase Jl. Pendidikan RT 12"), and Indonesian village, river and street names are made
of sector words (tani, sungai, pasar, pinang, pendidikan). Left in, "Tani Makmur" sends a road to
agriculture and "di Kelurahan ..." sends anything to the kelurahan's own office.

:class:`PlaceNames` finds the name after a place marker (``routing.json``: ``place_markers``
desa, dusun, kampung, kelurahan, kecamatan, ...; ``place_markers_after_preposition`` kota,
perumahan, ... only after "di", "ke", "lokasi" ...; ``place_street_markers`` "Jl."/"Jln." written
so) and removes it from the analysis. A government-level marker or a street marker goes with its
name ("di Kelurahan X" is a place, not the kelurahan office asked for). Not a place: a marker with
no name after it ("kantor desa", "jalan desa"), or followed by punctuation ("Desa (PPKBD)"), a
marker that with its next word is a thesaurus term or a kind of village ("desa wisata", "kampung
KB", "desa adat"), a level of government ("desa/kelurahan", "kabupaten/kota") and a scope ("antar
desa", "tingkat kecamatan"). A name ends at the latest where the writer put a clause mark
("Dusun Krajan, Event Kepariwisataan"), and a place written as a heading before the request goes
with its marker ("Desa Sumber Sari: Pengembangan ..."). A location label written as a label
(``place_labels``: "Lokasi : Dusun II", "(lokasi: Kantor Desa)", ", letak RT 03") starts a place
whatever its words are, up to the next clause mark; the markers there that tell the settlement
scale (dusun, RT, gang) stay, a government level or a street goes with its name, and the label
itself is no evidence but still ends the request ("Pagar Kantor Lokasi : Dusun II").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from app.core.scorer.text import Analysis
from app.core.scorer.vocab import RoutingConfig

# a Roman numeral ("Kota Bangun I", "Lingkungan III"): part of the name (digits never reach here)
_NUMERAL = re.compile(r"^[ivx]{1,4}$")


class PlaceNames:
    """Removes place names from analysed proposal text (built once per scorer)."""

    def __init__(
        self,
        cfg: RoutingConfig,
        written: Callable[[str], tuple[list[str], list[str], list[bool]]],
        stem: Callable[[str], str],
        phrase_at: Callable[[Sequence[str], int], bool],
        phrase_ends_at: Callable[[Sequence[str], int], bool],
        ends_name: Iterable[str],
    ) -> None:
        """``written(text)``: the normaliser's surface words of ``text`` with the raw word each
        came from and whether a clause mark follows it; ``stem``: the normaliser's stemmer.
        ``phrase_at(stems, i)`` and ``phrase_ends_at(stems, i)``: whether a thesaurus phrase of
        two words or more starts / ends at ``i`` (the marker then belongs to a term: "desa
        wisata", "kantor kecamatan").
        ``ends_name``: surface words that end a name (phrase boundaries, connectors, the verbs
        of a request: "Desa X pengelolaan ..." names the next request, not the place)."""
        self._markers = frozenset(cfg.place_markers)
        self._after_preposition = frozenset(cfg.place_markers_after_preposition)
        self._streets = {word: frozenset(raw) for word, raw in cfg.place_street_markers.items()}
        self._region = frozenset(cfg.place_region_markers)
        self._prepositions = frozenset(cfg.place_prepositions)
        self._scopes = frozenset(cfg.place_scope_words)
        self._attributes = frozenset(cfg.place_marker_attributes)
        self._stops = frozenset(cfg.place_name_stops) | frozenset(ends_name)
        self._max_words = cfg.place_name_max_words
        self._levels = frozenset(
            (parts[0], parts[1])
            for parts in (pair.split() for pair in cfg.place_level_pairs)
            if len(parts) == 2
        )
        self._name_openers = frozenset(cfg.place_name_openers)
        self._any_marker = self._markers | self._after_preposition | frozenset(self._streets)
        self._labels = frozenset(cfg.place_labels)
        self._label_max_words = cfg.place_label_max_words
        self._starts = self._any_marker | self._labels
        # kept from a labelled place: the markers that tell the settlement scale (dusun, RT,
        # gang); a government level or a street goes with its name there as after "di"
        self._kept_in_label = (
            (
                self._markers
                | frozenset(w for phrase in cfg.settlement_markers for w in phrase.split())
            )
            - self._region
            - frozenset(self._streets)
        )
        self._written = written
        self._stem = stem
        self._phrase_at = phrase_at
        self._phrase_ends_at = phrase_ends_at

    def strip(self, analysis: Analysis, text: str) -> tuple[Analysis, tuple[str, ...]]:
        """``analysis`` (of ``text``) without the place names it holds (the same object when it
        holds none), and those names for the explanation, with the marker that stays read next
        to them ("kampung tani makmur", "dusun ii", "kantor desa", "kecamatan loa janan")."""
        surfaces = analysis.surfaces
        if self._starts.isdisjoint(surfaces):
            return analysis, ()  # most titles name no place (one set operation)
        drop, labels = self._read(analysis, text)
        if not any(drop) and not labels:
            return analysis, ()
        keep = [i for i, d in enumerate(drop) if not d]
        content = list(analysis.content)
        for i in labels:
            content[i] = False
        n = len(drop)
        shown = [
            d
            or (
                surfaces[i] in self._any_marker
                and ((i + 1 < n and drop[i + 1]) or (i > 0 and drop[i - 1]))
            )
            for i, d in enumerate(drop)
        ]
        names: list[str] = []
        for i, show in enumerate(shown):
            if show:
                if i > 0 and shown[i - 1]:
                    names[-1] += " " + surfaces[i]
                else:
                    names.append(surfaces[i])
        stripped = Analysis(
            tuple(surfaces[i] for i in keep),
            tuple(analysis.stems[i] for i in keep),
            tuple(content[i] for i in keep),
        )
        return stripped, tuple(names)

    def dropped(self, analysis: Analysis, text: str) -> list[bool]:
        """Per word of ``analysis``: whether it is (part of) a place name."""
        return self._read(analysis, text)[0]

    def _read(self, analysis: Analysis, text: str) -> tuple[list[bool], list[int]]:
        """Per word of ``analysis``: whether it is (part of) a place name; and where a location
        label stands as one ("Lokasi :", "alamat:"), which then is no evidence but still ends
        the request ("Pagar Kantor Lokasi : Dusun II")."""
        surfaces, stems, content = analysis.surfaces, analysis.stems, analysis.content
        n = len(surfaces)
        # how each word was written: the raw word ("jl" for "jalan") and whether a clause mark
        # follows it; read as plain words if the two readings ever disagree
        written, raws, marks = self._written(text)
        if tuple(written) != surfaces:
            raws, marks = list(surfaces), [False] * n
        drop = [False] * n
        labels: list[int] = []
        place_end = -1  # where the last place name ended: "Desa X Kecamatan Y" names two places
        i = 0
        while i < n:
            word = surfaces[i]
            if word in self._labels and (marks[i] or (i > 0 and marks[i - 1])):
                # "Lokasi : Dusun II", "(lokasi: Kantor Desa)": where, whatever the words are
                end = self._labelled_end(surfaces, content, marks, i + 1)
                labels.append(i)
                for k in range(i + 1, end):
                    drop[k] = surfaces[k] not in self._kept_in_label
                place_end = end
                i = max(end, i + 1)
                continue
            if word not in self._any_marker:
                i += 1
                continue
            raw, closed = raws[i], marks[i]
            after_place = i == place_end
            before = surfaces[i - 1] if i > 0 else ""
            located = after_place or before in self._prepositions
            # "Jln." is also the road asked for ("Pemb. Jln. Lingkungan"): a street only where a
            # place is expected ("di Jl. Mawar")
            street = located and word in self._streets and raw in self._streets[word]
            nxt = i + 1
            if (
                closed
                or before in self._scopes
                or (word in self._after_preposition and not located)
                or (word in self._streets and not street and word not in self._markers)
            ):
                i += 1  # "Desa (PPKBD)", "antar desa", "jalan" not written "Jl.": no place
                continue
            if nxt < n and (word, surfaces[nxt]) in self._levels:
                i += 2  # "desa/kelurahan", "kabupaten/kota": a level of government, not a place
                continue
            if nxt < n and (
                surfaces[nxt] in self._attributes
                or self._phrase_at(stems, i)
                or self._phrase_at(stems, nxt)
            ):
                i += 1  # "desa wisata", "kampung KB", "Desa (Kampung) Keluarga Berkualitas"
                continue
            end = self._name_end(surfaces, content, marks, nxt, street)
            if end == nxt:
                if after_place and word in self._region:
                    drop[i] = True  # "Desa Loa Kulu Kota": the name goes on
                    place_end = nxt
                i += 1  # nothing named after it: "kantor desa", "jalan desa"
                continue
            for k in range(nxt, end):
                drop[k] = True
            if street or (word in self._region and not self._phrase_ends_at(stems, i)):
                drop[i] = True  # "di Kelurahan X", "Kec. X", "Jl. X": where, not what
            elif marks[end - 1] and not any(content[:i]):
                drop[i] = True  # a heading: "Desa Sumber Sari: Pengembangan ..."
            place_end = end
            i = end
        return drop, labels

    def _name_end(
        self,
        surfaces: Sequence[str],
        content: Sequence[bool],
        marks: Sequence[bool],
        start: int,
        street: bool,
    ) -> int:
        """Where the name that starts at ``start`` ends: up to ``place_name_max_words`` content
        words, with any Roman numerals, before a stop word, a connector, another marker or (but
        for a street: "Jl. Pendidikan") an activity noun ("Desa X pengelolaan keuangan"), and at
        the latest at a clause mark ("Dusun Krajan, Event ..."). A name may open with a marker
        word ("Kec. Kota Bangun", "Kelurahan Kampung Baru")."""
        end, named = start, 0
        while end < len(surfaces):
            name = surfaces[end]
            if end == start and name in self._name_openers:
                named += 1
            elif name in self._stops or name in self._any_marker:
                break
            elif not _NUMERAL.match(name):
                if not content[end] or named == self._max_words:
                    break
                if not street and self._is_activity(name):
                    break
                named += 1
            end += 1
            if marks[end - 1]:
                break  # the name ends where the writer closed the clause
        return end

    def _labelled_end(
        self, surfaces: Sequence[str], content: Sequence[bool], marks: Sequence[bool], start: int
    ) -> int:
        """Where the place after a location label ends: at the next clause mark, before a stop
        word or connector, after ``place_label_max_words`` content words. Markers and activity
        nouns belong to it ("Kantor Desa", "Balai Pertemuan")."""
        end, named = start, 0
        while end < len(surfaces):
            name = surfaces[end]
            if name in self._stops and name not in self._any_marker:
                break
            if content[end]:
                if named == self._label_max_words:
                    break
                named += 1
            end += 1
            if marks[end - 1]:
                break
        return end

    def _is_activity(self, word: str) -> bool:
        """A nominalised verb (pe-...-an: pengelolaan, pembinaan, pendidikan) names an activity,
        which village names seldom are."""
        return (
            len(word) > 6
            and word.startswith("pe")
            and word.endswith("an")
            and self._stem(word) != word
        )
