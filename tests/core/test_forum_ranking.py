"""Weighted ranking: composite, weights, stable ties, manual reorder."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.forum.ranking import RankingBoard, RankItem, rank_naive, score_100
from app.errors import UserError

KEYS = ("a", "b", "c")


def item(
    pid: str, ratings: tuple[int, ...], group: str = "G", village_rank: int | None = None
) -> RankItem:
    return RankItem(pid, group, ratings, village_rank=village_rank, number=pid)


def test_composite_is_the_weighted_mean_on_the_1_to_5_scale() -> None:
    board = RankingBoard(KEYS, [item("p1", (5, 1, 3)), item("p2", (1, 5, 3))])
    result = board.rank({"a": 50, "b": 25, "c": 25})
    first = result.entries[0]
    assert first.proposal_id == "p1"
    assert first.composite == pytest.approx((5 * 50 + 1 * 25 + 3 * 25) / 100)
    assert result.entry("p2") is not None
    assert score_100(5.0) == 100 and score_100(1.0) == 0 and score_100(3.0) == 50


def test_changing_weights_reorders() -> None:
    board = RankingBoard(KEYS, [item("p1", (5, 1, 3)), item("p2", (1, 5, 3))])
    assert board.rank({"a": 60, "b": 40, "c": 0}).order() == ["p1", "p2"]
    assert board.rank({"a": 40, "b": 60, "c": 0}).order() == ["p2", "p1"]


def test_ratings_can_be_changed_in_place() -> None:
    board = RankingBoard(KEYS, [item("p1", (3, 3, 3)), item("p2", (3, 3, 3))])
    board.set_rating("p2", "a", 5)
    assert board.rank({"a": 1, "b": 1, "c": 1}).order() == ["p2", "p1"]
    with pytest.raises(UserError):
        board.set_rating("p2", "a", 6)


def test_ties_break_by_village_rank_then_number() -> None:
    board = RankingBoard(
        KEYS,
        [
            item("p3", (3, 3, 3), village_rank=None),
            item("p2", (3, 3, 3), village_rank=2),
            item("p1", (3, 3, 3), village_rank=2),
            item("p0", (3, 3, 3), village_rank=1),
        ],
    )
    assert board.rank({"a": 1, "b": 1, "c": 1}).order() == ["p0", "p1", "p2", "p3"]


def test_rank_is_per_agency_and_the_overall_order_keeps_each_agency_order() -> None:
    board = RankingBoard(
        KEYS,
        [
            item("x1", (5, 5, 5), "X"),
            item("x2", (2, 2, 2), "X"),
            item("y1", (4, 4, 4), "Y"),
            item("y2", (3, 3, 3), "Y"),
        ],
    )
    result = board.rank({"a": 1, "b": 1, "c": 1})
    assert [(e.proposal_id, e.rank_in_group) for e in result.entries] == [
        ("x1", 1),
        ("y1", 1),
        ("y2", 2),
        ("x2", 2),
    ]
    assert [e.proposal_id for e in result.by_group()["Y"]] == ["y1", "y2"]


def test_manual_reorder_moves_one_and_keeps_the_rest_in_score_order() -> None:
    items = [item(f"p{i}", (5 - i % 5, 3, 3)) for i in range(5)]
    board = RankingBoard(KEYS, items)
    plain = board.rank({"a": 1, "b": 0, "c": 0}).order()
    assert plain == ["p0", "p1", "p2", "p3", "p4"]
    moved = board.rank({"a": 1, "b": 0, "c": 0}, {"p4": 2})
    assert moved.order() == ["p0", "p4", "p1", "p2", "p3"]
    entry = moved.entry("p4")
    assert entry is not None and entry.moved and entry.rank_in_group == 2
    beyond = board.rank({"a": 1, "b": 0, "c": 0}, {"p0": 99})
    assert beyond.order()[-1] == "p0"


def test_weights_must_be_whole_percentages_and_not_all_zero() -> None:
    board = RankingBoard(KEYS, [item("p1", (1, 2, 3))])
    with pytest.raises(UserError, match="0–100"):
        board.rank({"a": -1, "b": 1, "c": 1})
    with pytest.raises(UserError, match="bernilai 0"):
        board.rank({"a": 0, "b": 0, "c": 0})


ratings = st.tuples(*(st.integers(1, 5) for _ in KEYS))
items_strategy = st.lists(
    st.tuples(ratings, st.sampled_from(["A", "B", "C"]), st.one_of(st.none(), st.integers(1, 4))),
    min_size=1,
    max_size=40,
)
weights_strategy = st.tuples(*(st.integers(0, 100) for _ in KEYS)).filter(lambda w: sum(w) > 0)


@settings(max_examples=150, deadline=None)
@given(items_strategy, weights_strategy, st.randoms(use_true_random=False))
def test_ranking_is_stable_and_independent_of_input_order(
    raw: list[tuple[tuple[int, ...], str, int | None]],
    w: tuple[int, ...],
    rnd: random.Random,
) -> None:
    items = [
        RankItem(f"p{i:03d}", group, r, village_rank=vr, number=f"N{i % 7}")
        for i, (r, group, vr) in enumerate(raw)
    ]
    weights = dict(zip(KEYS, w, strict=True))
    expected = rank_naive(KEYS, items, weights)
    shuffled = list(items)
    rnd.shuffle(shuffled)
    for candidate in (items, shuffled):
        result = RankingBoard(KEYS, candidate).rank(weights)
        got = sorted((e.group, e.rank_in_group, e.proposal_id) for e in result.entries)
        assert [(pid, rank) for _g, rank, pid in got] == expected
    # Within a group, a higher composite never ranks below a lower one.
    result = RankingBoard(KEYS, shuffled).rank(weights)
    for members in result.by_group().values():
        points = [m.points for m in members]
        assert points == sorted(points, reverse=True)
