"""How long work in the core reports progress and learns it was cancelled.

``progress(done, total)`` is called as the work goes (``total`` may change as it is learnt);
``cancelled()`` is polled between steps and, when it answers True, the work raises
``app.errors.Cancelled``. Both are called on the thread doing the work (``app.ui.progress``
relays them to a dialog).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeAlias

Progress: TypeAlias = Callable[[int, int], None]
CancelCheck: TypeAlias = Callable[[], bool]
