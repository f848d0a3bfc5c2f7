"""The scorer pauses the cyclic collector during a batch and always gives it back."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from app.core.scorer import ProposalInput
from app.core.scorer.collector import collector_paused
from tests.core.conftest_scorer import bundled_scorer, proposal


def test_a_batch_pauses_the_collector_and_restores_it() -> None:
    seen: list[bool] = []

    def watching() -> Iterator[ProposalInput]:
        seen.append(gc.isenabled())  # read while the batch pulls its first proposal
        yield proposal("Semenisasi jalan desa")

    assert gc.isenabled()
    results = bundled_scorer().score_batch(watching())
    assert results[0].bidang and seen == [False]
    assert gc.isenabled()


def test_nested_pauses_restore_only_at_the_end_even_after_an_error() -> None:
    with pytest.raises(RuntimeError), collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer batch is still running
        raise RuntimeError("a row failed")
    assert gc.isenabled()


def test_a_collector_the_caller_disabled_stays_disabled() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_two_threads_share_one_pause() -> None:
    inside, release = threading.Barrier(2), threading.Event()

    def batch() -> None:
        with collector_paused():
            inside.wait()
            release.wait()

    other = threading.Thread(target=batch)
    other.start()
    with collector_paused():
        inside.wait()
    assert not gc.isenabled()  # the other thread's batch still runs
    release.set()
    other.join()
    assert gc.isenabled()
