"""The pagu fitter and the live pagu status."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.forum.pagu import Ceilings, PaguItem, fit, pagu_status


def test_fits_in_priority_order_and_says_what_must_give() -> None:
    items = [
        PaguItem("a", "DPU", 400),
        PaguItem("b", "DPU", 300),
        PaguItem("c", "DINKES", 200),
        PaguItem("d", "DPU", 100),
    ]
    result = fit(items, Ceilings(total=800, per_agency={"DPU": 500}))
    assert result.funded == ("a", "c", "d")
    assert [(g.proposal_id, g.limit, g.shortfall) for g in result.given_up] == [
        ("b", "agency", 200)
    ]
    assert result.skipped_over == ("c", "d")
    assert result.total == 700
    assert result.by_agency["DPU"] == 500


def test_without_skipping_the_rest_gives_way_after_the_first_miss() -> None:
    items = [PaguItem("a", None, 600), PaguItem("b", None, 500), PaguItem("c", None, 100)]
    result = fit(items, Ceilings(total=1000), skip_over=False)
    assert result.funded == ("a",)
    assert [g.limit for g in result.given_up] == ["total", "order"]


def test_no_ceiling_funds_everything() -> None:
    items = [PaguItem("a", "X", 10**12), PaguItem("b", None, 5)]
    assert fit(items, Ceilings(total=None)).funded == ("a", "b")


def test_status_warns_for_each_ceiling_that_is_exceeded() -> None:
    status = pagu_status(
        [PaguItem("a", "DPU", 600), PaguItem("b", "DINKES", 100), PaguItem("c", None, 400)],
        Ceilings(total=1000, per_agency={"DPU": 500, "DINKES": 300}),
        {"DPU": "Dinas PU"},
    )
    assert status.total_used == 1100 and status.total_over == 100
    assert len(status.warnings) == 2
    assert "Dinas PU" in status.warnings[1] and "Rp 100" in status.warnings[1]
    dinkes = next(a for a in status.agencies if a.agency_code == "DINKES")
    assert dinkes.share is not None and abs(dinkes.share - 1 / 3) < 1e-9 and dinkes.over == 0
    assert not status.ok
    assert pagu_status([PaguItem("a", "DPU", 500)], Ceilings(1000, {"DPU": 500})).ok


agencies = st.sampled_from(["A", "B", "C", None])
items_strategy = st.lists(st.tuples(agencies, st.integers(0, 1_000)), min_size=0, max_size=60).map(
    lambda raw: [PaguItem(f"p{i}", a, amount) for i, (a, amount) in enumerate(raw)]
)
ceilings_strategy = st.builds(
    Ceilings,
    total=st.one_of(st.none(), st.integers(0, 10_000)),
    per_agency=st.dictionaries(st.sampled_from(["A", "B", "C"]), st.integers(0, 5_000)),
)


@settings(max_examples=300, deadline=None)
@given(items_strategy, ceilings_strategy, st.booleans())
def test_never_exceeds_a_ceiling_it_was_asked_to_respect(
    items: list[PaguItem], ceilings: Ceilings, skip_over: bool
) -> None:
    result = fit(items, ceilings, skip_over=skip_over)
    amount = {i.proposal_id: i for i in items}
    funded = [amount[pid] for pid in result.funded]
    if ceilings.total is not None:
        assert sum(i.amount for i in funded) <= ceilings.total
    for code, limit in ceilings.per_agency.items():
        assert sum(i.amount for i in funded if i.agency_code == code) <= limit
    # Every item is either funded or given up, and the funded keep the priority order.
    assert len(result.funded) + len(result.given_up) == len(items)
    positions = [items.index(amount[pid]) for pid in result.funded]
    assert positions == sorted(positions)
    if not skip_over and result.given_up:
        first_miss = items.index(amount[result.given_up[0].proposal_id])
        assert all(p < first_miss for p in positions)
    # A proposal given up because of a ceiling really did not fit at its turn.
    for give in result.given_up:
        if give.limit != "order":
            assert give.shortfall > 0
            before = [
                amount[pid]
                for pid in result.funded
                if items.index(amount[pid]) < items.index(amount[give.proposal_id])
            ]
            if give.limit == "total":
                assert ceilings.total is not None
                assert (
                    sum(i.amount for i in before) + give.amount - ceilings.total == give.shortfall
                )
            else:
                limit = ceilings.per_agency[give.agency_code or ""]
                used = sum(i.amount for i in before if i.agency_code == give.agency_code)
                assert used + give.amount - limit == give.shortfall


@settings(max_examples=100, deadline=None)
@given(items_strategy)
def test_equal_amounts_are_funded_in_the_given_order(items: list[PaguItem]) -> None:
    same = [PaguItem(i.proposal_id, "A", 10) for i in items]
    result = fit(same, Ceilings(total=None, per_agency={"A": 10 * (len(same) // 2)}))
    assert list(result.funded) == [i.proposal_id for i in same[: len(same) // 2]]
