"""The batch path (chunks of proposals scored as matrices) gives the same results as scoring one
proposal at a time, and the rankings of the team's labelled sets are the stored ones.

The stored file (``tests/core/data/scorer_rankings.tsv``) was written by
``tools/write_scorer_rankings.py`` from the code before the batch path existed; a change meant to
move routing rewrites it with that tool and says why in its commit.
"""

from __future__ import annotations

import importlib.util
from dataclasses import replace
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from app.core.scorer import ConfirmedRouting, KamusRow, ProposalInput, Scorer
from app.core.scorer import engine as engine_module
from tests.core.conftest_scorer import bundled_reference, bundled_scorer, fresh_scorer

ROOT = Path(__file__).resolve().parents[2]
STORED = Path(__file__).parent / "data" / "scorer_rankings.tsv"


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "write_scorer_rankings", ROOT / "tools" / "write_scorer_rankings.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _mixed_batch() -> list[ProposalInput]:
    """Real-looking rows with the awkward ones between them: empty text, only stop words, an
    unknown word, a very long text, a problem column, title and problem in one text."""
    tool = _tool()
    rows = [ProposalInput(id=k, text=t, problem=p) for k, t, p in tool.sample()[:70]]
    odd = [
        ProposalInput(id="empty", text=""),
        ProposalInput(id="stop", text="di dan yang untuk"),
        ProposalInput(id="unknown", text="Qwertyuiop zxcvbnm"),
        ProposalInput(id="long", text="Rehab gedung posyandu dan jalan lingkungan " * 200),
        ProposalInput(
            id="both", text="Rehab posyandu Melati. Atapnya bocor dan lantainya retak sejak lama"
        ),
        ProposalInput(
            id="cost",
            text="Semenisasi jalan gang RT 05",
            volume=200,
            satuan="m",
            biaya=150_000_000,
            desa="Perian",
        ),
    ]
    out: list[ProposalInput] = []
    for i, row in enumerate(rows):
        out.append(row)
        if i % 12 == 5 and odd:
            out.append(odd.pop())
    return out + odd


def _same(scorer: Scorer, batch: list[ProposalInput]) -> None:
    together = scorer.score_batch(batch)
    alone = [scorer.score(p) for p in batch]
    assert len(together) == len(batch)
    for got, want, p in zip(together, alone, batch, strict=True):
        assert got == want, p.id


def test_batch_equals_one_at_a_time() -> None:
    batch = _mixed_batch()
    assert len(batch) > 2 * engine_module.BATCH_CHUNK  # several chunks, the last one partial
    _same(bundled_scorer(), batch)


def test_batch_equals_one_at_a_time_with_kamus_and_confirmed_routings() -> None:
    reference = bundled_reference()
    kamus = [
        KamusRow(code="k1", name="Rehabilitasi gedung posyandu", agency_name="Dinas Kesehatan"),
        KamusRow(code="k2", name="Semenisasi jalan gang", sub_kegiatan_code="1.03.07.2.01.0001"),
        KamusRow(code="k2", name="Semenisasi jalan gang", agency_name="Kecamatan"),
    ]
    scorer = fresh_scorer(replace(reference, kamus_items=tuple(kamus)))
    scorer.add_confirmation(ConfirmedRouting(text="Pelatihan menjahit", bidang_code="2.07"))
    scorer.add_confirmation(
        ConfirmedRouting(
            text="Pengadaan bibit sawit",
            bidang_code="3.27",
            accepted=False,
            suggested_bidang_code="3.25",
        )
    )
    _same(scorer, _mixed_batch())


def test_empty_batch() -> None:
    assert bundled_scorer().score_batch([]) == []
    assert bundled_scorer().score_batch(iter([ProposalInput(id="e", text="")]))[0].bidang == ()


def test_rankings_of_the_labelled_sets_are_the_stored_ones() -> None:
    tool = _tool()
    stored = STORED.read_text(encoding="utf-8").splitlines()
    rows = tool.sample()
    assert len(rows) == len(stored) > 400
    results = bundled_scorer().score_batch(
        ProposalInput(id=k, text=t, problem=p) for k, t, p in rows
    )
    moved = [
        (want, got)
        for want, got in zip(
            stored,
            (tool.rankings_line(k, r) for (k, _, _), r in zip(rows, results, strict=True)),
            strict=True,
        )
        if want != got
    ]
    if moved:
        pytest.fail(
            f"{len(moved)} rankings moved (tools/write_scorer_rankings.py rewrites them when "
            f"that is meant); first: stored {moved[0][0]!r}, now {moved[0][1]!r}"
        )


def test_sub_kegiatan_candidates_are_the_best_with_ties_to_the_lowest_codes() -> None:
    """The slice shortcut gives what sorting each whole row by (score, code) gives: rows whose
    slice wins, rows where something outside beats it, short slices, slices at either end, ties
    at the last place, and one row alone (the typing path)."""
    from app.core.scorer.engine import Scorer as Engine

    rng = np.random.default_rng(11)
    n, k = 300, 16
    for rows in (1, 3, 16):
        for _ in range(40):
            # coarse values so that ties at the k-th place are common
            neg = -np.round(rng.random((rows, n)) * 4) / 4
            slices = []
            for m in range(rows):
                lo = int(rng.choice([0, int(rng.integers(0, n - 5))]))
                hi = int(rng.choice([n, min(n, lo + int(rng.integers(3, 60)))]))
                neg[m, lo:hi] -= 5.0 if rng.random() < 0.8 else 0.0
                if rng.random() < 0.3:
                    neg[m, int(rng.integers(0, n))] -= 9.0  # something outside beats the slice
                slices.append((lo, hi))
            got = Engine._best_candidates(neg, slices, k)
            for m in range(rows):
                line = neg[m].tolist()
                expected = sorted(range(n), key=lambda i: (line[i], i))[:k]
                assert sorted(got[m].tolist()) == sorted(expected)


def test_round_rows_gives_pythons_round() -> None:
    """The whole-array rounding of confidences is Python's ``round`` on every element: random
    values, exact ties and near-ties (decided by ``round`` itself), zeros of both signs,
    negatives, huge values, inf and nan."""
    from app.core.scorer.engine import round_rows

    rng = np.random.default_rng(5)
    edges = [0.0, -0.0, -0.0004, 0.0005, 0.0625, 0.1235, 2.675, 1e300, np.inf, -np.inf, np.nan]
    values = np.concatenate(
        [rng.random(50_000), rng.random(5_000) * 100, np.arange(0, 1.0005, 0.0005), edges]
    )
    for digits in (1, 3):
        got = round_rows(values.reshape(1, -1), digits).reshape(-1).tolist()
        want = [round(v, digits) for v in values.tolist()]
        assert [repr(v) for v in got] == [repr(v) for v in want]


def test_ranked_code_memo_is_bounded_and_gives_the_same_results(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The memos of frozen result parts (ranked codes, the nomenklatur component, the agency
    choice) start over when full; results do not change."""
    batch = _mixed_batch()
    want = bundled_scorer().score_batch(batch)
    monkeypatch.setattr(engine_module, "RANKED_CACHE_LIMIT", 3)
    scorer = fresh_scorer()
    assert scorer.score_batch(batch) == want
    memos = (
        scorer._ranked_sub,
        scorer._ranked_bidang,
        scorer._nomenklatur_memo,
        scorer._agency_memo,
    )
    assert all(0 < len(memo) <= 3 for memo in memos)


def test_spans_add_like_slice_adds_in_order() -> None:
    """Collected slice additions (overlapping ones too, empty ones, row ends) give the same
    doubles as adding slice by slice in the same order, on a C-ordered matrix (one add.at)
    and on a column-major one (slice by slice)."""
    from app.core.scorer.engine import _Spans

    rng = np.random.default_rng(3)
    for order in ("C", "F"):
        base = np.asarray(rng.random((6, 50)) * 1e3, order=order)
        want = base.copy(order=order)
        got = base.copy(order=order)
        spans = _Spans()
        for _ in range(40):
            row = int(rng.integers(0, 6))
            lo = int(rng.integers(0, 50))
            hi = int(rng.choice([lo, min(50, lo + int(rng.integers(1, 30))), 50]))
            value = float(rng.random()) / 3.0
            line = want[row]
            line[lo:hi] += value
            spans.add(row, lo, hi, value)
        spans.apply(got)
        assert got.tobytes() == want.tobytes()


def test_bidang_values_spread_to_sub_kegiatan_columns() -> None:
    """The row-major spread equals the column gather, also for a sub kegiatan order that is
    not bidang by bidang (the fallback)."""
    scorer = bundled_scorer()
    rows = np.random.default_rng(4).random((5, len(scorer.bidang_codes)))
    want = rows[:, scorer._sub_bidang]
    got = scorer._per_sub(rows)
    assert got.flags.c_contiguous and np.array_equal(got, want)
    shuffled = fresh_scorer()
    shuffled._sub_bidang = shuffled._sub_bidang[::-1].copy()
    shuffled._sub_counts = None
    assert np.array_equal(shuffled._per_sub(rows), rows[:, shuffled._sub_bidang])
