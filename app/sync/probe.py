"""The background connectivity probe's reading of the office: enrolled, reachable, backlog,
paused or a demo (whose data is never sent)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.core.database import Database
from app.core.office import get_office
from app.models.db import read_session
from app.sync.client import outbox_counts
from app.sync.scheduler import probe
from app.sync.settings import load_config, load_state


@dataclass(frozen=True)
class ProbeResult:
    enrolled: bool
    reachable: bool
    pending: int
    paused: bool
    demo: bool = False  # a demo office: its data is never sent


def probe_office(engine: Database, probe_fn: Callable[[str], bool] = probe) -> ProbeResult:
    with read_session(engine) as session:
        config = load_config(session)
        state = load_state(session)
        pending = outbox_counts(session)["pending"]
        office = get_office(session)
    if office is not None and office.is_demo:
        return ProbeResult(False, False, 0, False, demo=True)
    if config is None:
        return ProbeResult(False, False, pending, False)
    return ProbeResult(True, probe_fn(config.server_url), pending, state.paused_reason is not None)
