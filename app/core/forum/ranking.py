"""Weighted 1–5 ranking of forum proposals, per agency, with manual reordering.

The composite score is ``Σ weightᵢ·ratingᵢ / Σ weightᵢ`` on the 1–5 scale. It is computed and
compared as the integer ``Σ weightᵢ·ratingᵢ`` (weights are whole numbers), so equal scores are
exactly equal and ties are broken the same way every time: the village's own priority first,
then the proposal number, then the id.

``RankingBoard`` keeps the ratings in a numpy matrix so re-ranking after a weight change is one
matrix-vector product and one ``lexsort``.
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from app.errors import UserError
from common.i18n import _

MIN_RATING = 1
MAX_RATING = 5
NEUTRAL_RATING = 3
NO_AGENCY = ""


@dataclass(frozen=True)
class CriterionSpec:
    key: str
    label: str
    default_weight: int
    description: str


DEFAULT_CRITERIA: tuple[CriterionSpec, ...] = (
    CriterionSpec(
        "alignment",
        "Keselarasan",
        25,
        "Keselarasan dengan RPJMD/Renstra menurut penilai keselarasan (0–100 → 1–5).",
    ),
    CriterionSpec(
        "urgency", "Urgensi", 20, "Seberapa mendesak masalahnya; awalnya dari peringkat desa."
    ),
    CriterionSpec("benefit", "Manfaat", 20, "Jumlah penerima manfaat."),
    CriterionSpec(
        "readiness", "Kesiapan", 15, "Kesiapan pelaksanaan, mis. lahan siap dan bersertifikat."
    ),
    CriterionSpec(
        "repeat", "Usulan berulang", 10, "Diusulkan lagi setelah tahun lalu tidak terdanai."
    ),
    CriterionSpec(
        "vulnerable",
        "Kelompok rentan",
        10,
        "Manfaat bagi warga miskin, penyandang disabilitas, perempuan.",
    ),
)
CRITERION_LABELS = {c.key: c.label for c in DEFAULT_CRITERIA}


@dataclass(frozen=True)
class RankItem:
    proposal_id: str
    group: str  # agency code, NO_AGENCY when not yet routed
    ratings: tuple[int, ...]  # one per criterion, in the board's criterion order
    village_rank: int | None = None
    number: str | None = None


class RankedEntry(NamedTuple):  # a tuple: thousands are built per re-rank
    proposal_id: str
    group: str
    points: int  # Σ weight·rating
    composite: float  # 1–5
    rank_in_group: int  # 1-based
    overall: int  # 1-based position in the kecamatan-wide order
    moved: bool  # placed by a manual reorder


@dataclass(frozen=True)
class RankResult:
    weights: tuple[int, ...]
    entries: tuple[RankedEntry, ...]  # kecamatan-wide order

    def by_group(self) -> dict[str, list[RankedEntry]]:
        groups: dict[str, list[RankedEntry]] = {}
        for entry in sorted(self.entries, key=lambda e: (e.group, e.rank_in_group)):
            groups.setdefault(entry.group, []).append(entry)
        return groups

    def entry(self, proposal_id: str) -> RankedEntry | None:
        for item in self.entries:
            if item.proposal_id == proposal_id:
                return item
        return None

    def order(self) -> list[str]:
        return [e.proposal_id for e in self.entries]


def score_100(composite: float) -> int:
    """The 1–5 composite as 0–100 for people who think in percentages."""
    return round((composite - MIN_RATING) * 100 / (MAX_RATING - MIN_RATING))


def check_weights(keys: Sequence[str], weights: Mapping[str, int]) -> tuple[int, ...]:
    values = []
    for key in keys:
        value = weights.get(key, 0)
        if isinstance(value, bool) or not isinstance(value, int) or value < 0 or value > 100:
            raise UserError(
                _("Bobot kriteria {criterion} harus bilangan bulat 0–100.").format(
                    criterion=_(CRITERION_LABELS.get(key, key))
                ),
                hint=_("Isi bobot dalam persen, mis. 25."),
            )
        values.append(value)
    if sum(values) == 0:
        raise UserError(
            _("Semua bobot kriteria bernilai 0."),
            hint=_("Beri bobot pada paling sedikit satu kriteria."),
        )
    return tuple(values)


def check_rating(value: int) -> int:
    if (
        isinstance(value, bool)
        or not isinstance(value, int)
        or not MIN_RATING <= value <= MAX_RATING
    ):
        raise UserError(
            _("Nilai {value!r} di luar skala.").format(value=value),
            hint=_("Nilai kriteria adalah 1 sampai 5."),
        )
    return value


class RankingBoard:
    """Ratings of one session's proposals, ready to be ranked under any weights."""

    def __init__(self, criteria: Sequence[str], items: Sequence[RankItem]) -> None:
        self.criteria = tuple(criteria)
        self.items = tuple(items)
        width = len(self.criteria)
        for item in self.items:
            if len(item.ratings) != width:
                raise ValueError(
                    f"{item.proposal_id}: {len(item.ratings)} ratings, {width} criteria"
                )
        self._matrix: npt.NDArray[np.int64] = np.array(
            [item.ratings for item in self.items], dtype=np.int64
        ).reshape(len(self.items), width)
        self._index = {item.proposal_id: i for i, item in enumerate(self.items)}
        # Tie-break keys, fixed once: village rank (missing last), number, id.
        self._tie_order = sorted(
            range(len(self.items)),
            key=lambda i: (
                self.items[i].village_rank is None,
                self.items[i].village_rank or 0,
                self.items[i].number or "",
                self.items[i].proposal_id,
            ),
        )
        tie_rank = np.empty(len(self.items), dtype=np.int64)
        tie_rank[self._tie_order] = np.arange(len(self.items), dtype=np.int64)
        self._tie_rank = tie_rank
        groups = sorted({item.group for item in self.items})
        self._group_names = groups
        group_index = {g: i for i, g in enumerate(groups)}
        self._group_of = np.array([group_index[item.group] for item in self.items], dtype=np.int64)

    def __len__(self) -> int:
        return len(self.items)

    def set_rating(self, proposal_id: str, criterion: str, value: int) -> None:
        self._matrix[self._index[proposal_id], self.criteria.index(criterion)] = check_rating(value)

    def rank(
        self, weights: Mapping[str, int], overrides: Mapping[str, int] | None = None
    ) -> RankResult:
        """Rank per agency (group) and kecamatan-wide.

        ``overrides`` maps a proposal id to the 1-based position the forum moved it to within
        its agency's list; the others keep their computed order around it.
        """
        w = check_weights(self.criteria, weights)
        total_weight = sum(w)
        points = self._matrix @ np.array(w, dtype=np.int64)
        # Group ascending, points descending, then the fixed tie order.
        n = len(self.items)
        order = np.lexsort((self._tie_rank, -points, self._group_of))
        # Rank within the agency, vectorised: position in the sorted order minus the start of
        # the agency's run.
        sorted_groups = self._group_of[order]
        starts = np.flatnonzero(np.r_[True, sorted_groups[1:] != sorted_groups[:-1]])
        positions = np.arange(n, dtype=np.int64)
        run_start = starts[np.searchsorted(starts, positions, side="right") - 1]
        rank_in_group = np.empty(n, dtype=np.int64)
        rank_in_group[order] = positions - run_start + 1
        moved: set[int] = set()
        pinned_groups = {
            int(self._group_of[self._index[pid]]) for pid in (overrides or {}) if pid in self._index
        }
        if overrides and pinned_groups:
            per_group: dict[int, list[int]] = {}
            for i in order.tolist():
                per_group.setdefault(int(self._group_of[i]), []).append(i)
            for g in pinned_groups:
                per_group[g] = self._apply_overrides(per_group[g], overrides, moved)
                for position, i in enumerate(per_group[g], start=1):
                    rank_in_group[i] = position
            merged = self._merge(per_group, points)
        else:  # every agency list is in (score, tie) order: the merge is one global sort
            merged = np.lexsort((self._tie_rank, -points)).tolist()
        pts = points.tolist()
        ranks = rank_in_group.tolist()
        items = self.items
        entries = tuple(
            RankedEntry(
                items[i].proposal_id,
                items[i].group,
                pts[i],
                pts[i] / total_weight,
                ranks[i],
                overall,
                i in moved,
            )
            for overall, i in enumerate(merged, start=1)
        )
        return RankResult(w, entries)

    def _apply_overrides(
        self, members: list[int], overrides: Mapping[str, int], moved: set[int]
    ) -> list[int]:
        pinned = [
            (overrides[self.items[i].proposal_id], k, i)
            for k, i in enumerate(members)
            if self.items[i].proposal_id in overrides
        ]
        if not pinned:
            return members
        pinned_ids = {i for _, _, i in pinned}
        rest = [i for i in members if i not in pinned_ids]
        for position, _k, i in sorted(pinned):
            rest.insert(min(max(position, 1), len(rest) + 1) - 1, i)
            moved.add(i)
        return rest

    def _merge(self, per_group: dict[int, list[int]], points: npt.NDArray[np.int64]) -> list[int]:
        """Kecamatan-wide order: a k-way merge of the agency lists by the score of their heads,
        so every agency's own order (including manual moves) is kept."""
        heap: list[tuple[int, int, int, int]] = []
        for g, members in per_group.items():
            head = members[0]
            heap.append((-int(points[head]), int(self._tie_rank[head]), g, 0))
        heapq.heapify(heap)
        result: list[int] = []
        while heap:
            _p, _t, g, k = heapq.heappop(heap)
            members = per_group[g]
            result.append(members[k])
            if k + 1 < len(members):
                nxt = members[k + 1]
                heapq.heappush(heap, (-int(points[nxt]), int(self._tie_rank[nxt]), g, k + 1))
        return result


def rank_naive(
    criteria: Sequence[str],
    items: Sequence[RankItem],
    weights: Mapping[str, int],
) -> list[tuple[str, int]]:
    """Plain-Python reference ranking (no overrides): (proposal id, rank in group) in
    kecamatan order by group then rank. Used by the tests and the benchmark as a baseline."""
    w = check_weights(criteria, weights)

    def points(item: RankItem) -> int:
        return sum(wi * r for wi, r in zip(w, item.ratings, strict=True))

    ordered = sorted(
        items,
        key=lambda it: (
            it.group,
            -points(it),
            it.village_rank is None,
            it.village_rank or 0,
            it.number or "",
            it.proposal_id,
        ),
    )
    result: list[tuple[str, int]] = []
    current, position = None, 0
    for item in ordered:
        position = position + 1 if item.group == current else 1
        current = item.group
        result.append((item.proposal_id, position))
    return result
