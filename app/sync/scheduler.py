"""When to sync by itself (Qt-free; the UI drives it with a timer and the task runner).

A cheap connectivity probe (``GET /v1/info`` with a short timeout) runs every
``probe_interval`` seconds. Sync starts at once when the server comes back after being
unreachable, when there are pending changes and the backoff delay has passed, and every
``idle_interval`` otherwise (to pull feedback). Failures back off exponentially with jitter up
to 15 minutes; a 401 pauses automatic sync until the device is enrolled again.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

import requests

from common import protocol

PROBE_TIMEOUT = (3.0, 5.0)


def probe(server_url: str, *, timeout: tuple[float, float] = PROBE_TIMEOUT) -> bool:
    """True when the sync server answers its info call."""
    try:
        response = requests.get(
            server_url.rstrip("/") + "/v1/info",
            timeout=timeout,
            headers={protocol.PROTOCOL_HEADER: str(protocol.PROTOCOL_VERSION)},
        )
    except requests.RequestException:
        return False
    return response.status_code == 200


@dataclass
class AutoSyncPolicy:
    probe_interval: float = 20.0
    idle_interval: float = 300.0
    backoff_base: float = 30.0
    backoff_cap: float = 900.0
    rng: Callable[[], float] = field(default=random.random)
    online: bool | None = None
    failures: int = 0
    paused: bool = False
    next_due: float = 0.0

    def on_probe(self, reachable: bool, pending: int, now: float) -> bool:
        """Record a probe result; True when a sync should start now."""
        was_online = self.online
        self.online = reachable
        if not reachable or self.paused:
            return False
        if was_online is False:
            self.failures = 0
            return True  # the connection came back: sync at once
        if self.failures == 0 and pending > 0:
            return True  # fresh changes go up on the next probe
        return now >= self.next_due

    def on_result(self, ok: bool, now: float, *, unauthorised: bool = False) -> float:
        """Record a sync outcome; returns the delay before the next automatic attempt."""
        if unauthorised:
            self.paused = True
            return self.backoff_cap
        if ok:
            self.failures = 0
            delay = self.idle_interval
        else:
            self.failures += 1
            ceiling = min(self.backoff_cap, self.backoff_base * (2 ** (self.failures - 1)))
            delay = ceiling / 2 + (ceiling / 2) * self.rng()
        self.next_due = now + delay
        return delay

    def resume(self) -> None:
        self.paused = False
        self.failures = 0
        self.next_due = 0.0
