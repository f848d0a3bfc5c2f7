"""Pausing Python's cyclic garbage collector around a large batch.

A batch of thousands of proposals builds hundreds of thousands of small objects (results,
ranked codes, explanation strings) that are all kept; each time the young generation fills up
the collector walks them again, about a tenth of a large batch's time, and finds nothing: the
scorer makes no reference cycles. Reference counting still frees everything at once; only the
search for cycles waits until the batch is done. Nested and concurrent batches (the forum page and
a bulk routing in two worker threads) share one pause: the last one out restores the collector as
the first one in found it.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
