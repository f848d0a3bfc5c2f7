"""Scenario 15: a deterministic, seeded simulation of three offices and Bappeda editing,
syncing, crashing and losing the network; at the end every copy converges and nothing is lost
or applied twice. See docs/sync-simulation.md.

    uv run pytest tests/sync/test_simulation.py -q --run-slow             # 200 seeds (CI)
    uv run pytest tests/sync/test_simulation.py -q                        # the first 10
    MUSRENBANG_SIM_SEEDS=5000 uv run pytest tests/sync/test_simulation.py -q
    MUSRENBANG_SIM_FIRST_SEED=5000 MUSRENBANG_SIM_SEEDS=5000 uv run pytest ...   # the next 5000
    MUSRENBANG_SIM_SEED=1234 uv run pytest tests/sync/test_simulation.py -q   # one seed
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import traceback
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import Proposal
from app.models.db import write_session
from app.paths import HOME_ENV
from server.db import Record, RecordVersion
from server.db import read_session as server_read
from server.db import write_session as server_write
from tests.sync.simulation.network import SimulatedCrash
from tests.sync.simulation.oracle import check
from tests.sync.simulation.run import Simulation
from tests.sync.simulation.world import Environment, open_environment

SEED_ENV = "MUSRENBANG_SIM_SEED"
SEEDS_ENV = "MUSRENBANG_SIM_SEEDS"
FIRST_SEED_ENV = "MUSRENBANG_SIM_FIRST_SEED"
DEFAULT_SEEDS = 200
# Of the default seeds, the first ones run in the quick `uv run pytest` and the rest are marked
# slow (`--run-slow` runs them); seeds chosen through the environment all run.
QUICK_SEEDS = 10
TRACE_LINES = 40


def _seeds() -> list[int]:
    one = os.environ.get(SEED_ENV, "").strip()
    if one:
        return [int(one)]
    first = int(os.environ.get(FIRST_SEED_ENV, "").strip() or 0)
    count = int(os.environ.get(SEEDS_ENV, "").strip() or DEFAULT_SEEDS)
    return list(range(first, first + count))


def _seed_params() -> list[object]:
    seeds = _seeds()
    if any(os.environ.get(name, "").strip() for name in (SEED_ENV, SEEDS_ENV, FIRST_SEED_ENV)):
        return list(seeds)
    return [
        pytest.param(seed, marks=pytest.mark.slow) if index >= QUICK_SEEDS else seed
        for index, seed in enumerate(seeds)
    ]


def reproduce_command(seed: int) -> str:
    return f"{SEED_ENV}={seed} uv run pytest tests/sync/test_simulation.py -q"


@pytest.fixture(scope="session")
def sim_loop() -> Iterator[asyncio.AbstractEventLoop]:
    loop = asyncio.new_event_loop()
    yield loop
    loop.run_until_complete(loop.shutdown_asyncgens())
    loop.run_until_complete(loop.shutdown_default_executor())
    loop.close()


@pytest.fixture(scope="session")
def sim_env(
    tmp_path_factory: pytest.TempPathFactory, sim_loop: asyncio.AbstractEventLoop
) -> Iterator[Environment]:
    folder = tmp_path_factory.mktemp("sim")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(HOME_ENV, str(folder / "home"))
        env = open_environment(folder, sim_loop)
    yield env
    env.close()


def failure_report(seed: int, problems: list[str], trace: list[str]) -> str:
    shown = problems[:25] + ([f"... and {len(problems) - 25} more"] if len(problems) > 25 else [])
    return "\n".join(
        [
            reproduce_command(seed),
            f"seed {seed}: {len(problems)} problem(s):",
            *(f"  - {p}" for p in shown),
            f"last {min(TRACE_LINES, len(trace))} of {len(trace)} trace lines:",
            *trace[-TRACE_LINES:],
        ]
    )


@pytest.mark.expected_log(r"outbox restored from a backup", logger="app.sync.client")
@pytest.mark.expected_log(r"server epoch changed", logger="app.sync.client")
@pytest.mark.parametrize("seed", _seed_params())
def test_seed_converges_without_loss_or_duplicates(
    seed: int, sim_env: Environment, tmp_path: Path
) -> None:
    sim = Simulation(seed, sim_env, tmp_path / "sim")
    try:
        try:
            sim.run()
            problems = check(sim)
        except (Exception, SimulatedCrash) as exc:
            problems = [f"{type(exc).__name__}: {exc}", *traceback.format_exc().splitlines()[-12:]]
        if problems:
            pytest.fail(failure_report(seed, problems, sim.trace_lines), pytrace=False)
    finally:
        sim.close()
    # Thousands of seeds would leave gigabytes of passing databases behind; a failing seed's
    # files stay for inspection.
    shutil.rmtree(tmp_path / "sim")


def test_failure_report_starts_with_the_command_that_reproduces_it() -> None:
    text = failure_report(42, ["lost"], ["step 0: edit A"])
    first = text.splitlines()[0]
    assert first == "MUSRENBANG_SIM_SEED=42 uv run pytest tests/sync/test_simulation.py -q"
    assert "lost" in text and "step 0: edit A" in text


def _run_seed(seed: int, env: Environment, folder: Path) -> Simulation:
    sim = Simulation(seed, env, folder)
    sim.run()
    return sim


def test_a_seed_replays_the_same_schedule(sim_env: Environment, tmp_path: Path) -> None:
    """What makes a failing seed's command reproduce it: same trace, same server revisions."""
    outcomes = []
    for attempt in ("first", "second"):
        sim = _run_seed(7, sim_env, tmp_path / attempt)
        try:
            with server_read(sim.server) as session:
                revs = sorted(
                    (r.entity, r.entity_id, r.rev, r.deleted)
                    for r in session.execute(select(Record)).scalars()
                )
            outcomes.append((sim.trace_lines, revs))
        finally:
            sim.close()
    assert len(outcomes[0][0]) > 20
    assert outcomes[0] == outcomes[1]


def test_the_oracle_notices_a_lost_change_and_a_double_apply(
    sim_env: Environment, tmp_path: Path
) -> None:
    sim = _run_seed(3, sim_env, tmp_path / "sim")
    try:
        assert check(sim) == []
        edited = next(iter(sorted(sim.expect.fields)))
        with server_write(sim.server) as session:
            record = session.get(Record, ("proposal", edited))
            assert record is not None
            data = json.loads(record.data_json)
            data["title"] = "Diubah diam-diam di server"
            record.data_json = json.dumps(data)
            version = (
                session.execute(select(RecordVersion).where(RecordVersion.op_id.is_not(None)))
                .scalars()
                .first()
            )
            assert version is not None
            # The same op applied once more, as a replay bug would.
            twice = session.get(Record, (version.entity, version.entity_id))
            assert twice is not None
            twice.rev += 1
            session.add(
                RecordVersion(
                    entity=version.entity,
                    entity_id=version.entity_id,
                    rev=twice.rev,
                    origin=version.origin,
                    op_id=version.op_id,
                    data_json=version.data_json,
                    created_at=version.created_at,
                )
            )
        problems = "\n".join(check(sim))
        assert f"{edited[:8]}.title" in problems
        assert f"op {version.op_id} applied 2 times" in problems
    finally:
        sim.close()


def test_two_edits_of_one_field_around_a_bappeda_decision_do_not_conflict(
    sim_env: Environment, tmp_path: Path
) -> None:
    """The first bug the simulation found, as a fixed schedule: the server counted the office's
    own earlier edit as someone else's once Bappeda had written in between."""
    sim = Simulation(1, sim_env, tmp_path / "sim")
    try:
        office = sim.offices[0]
        sim.add(office)
        assert sim.sync(office) is not None
        proposal_id = sim._proposal_ids(office)[0]

        def edit(title: str) -> None:
            with write_session(office.engine) as session:
                row = session.get(Proposal, proposal_id)
                assert row is not None
                row.title = title
            sim._confirm(office, proposal_id, {"title": title})

        edit("Semenisasi jalan RT 07")
        answer = sim.kabupaten.post_json(
            "/v1/feedback", {"proposal_id": proposal_id, "status": "in_review", "reason": None}
        )
        sim.expect.upstream[proposal_id] = ("in_review", None)
        sim.expect.feedback_count[proposal_id] += 1
        assert answer["rev"] == 2
        edit("Semenisasi jalan RT 08")
        report = sim.sync(office)
        assert report is not None and report.conflicts == 0
        sim.settle()
        assert check(sim) == []
    finally:
        sim.close()


@pytest.mark.expected_log(r"outbox restored from a backup", logger="app.sync.client")
def test_a_restored_local_backup_converges_and_the_oracle_allows_only_what_it_rolled_back(
    sim_env: Environment, tmp_path: Path
) -> None:
    """The backup-restore fault as a fixed schedule: work pushed after the backup is forgotten
    by the office, not lost; the office's later edits still land; a server value the restore
    did not roll back is still reported."""
    sim = Simulation(2, sim_env, tmp_path / "sim")
    try:
        office = sim.offices[0]
        sim.add(office)
        sim.add(office)
        sim.step_backup(office)
        assert sim.sync(office) is not None
        first, second = sim._proposal_ids(office)

        def edit(proposal_id: str, title: str) -> None:
            with write_session(office.engine) as session:
                row = session.get(Proposal, proposal_id)
                assert row is not None
                row.title = title
            sim._confirm(office, proposal_id, {"title": title})

        edit(first, "Pembangunan posyandu (setelah cadangan)")
        sim.add(office)
        assert sim.sync(office) is not None
        sim.step_restore_backup(office)
        # The edit and the third proposal, both on the server; the first two adds were in the
        # backup as pending entries and come back as duplicates.
        assert len(sim.expect.forgotten_ops) == 2
        assert sim._proposal_ids(office) == sorted([first, second])
        edit(second, "Pembangunan posyandu (setelah pemulihan)")
        sim.settle()
        assert check(sim) == []
        # The first proposal's title is the forgotten edit's on the server only: allowed. The
        # second's later edit must be there: changing it on the server is reported.
        with server_write(sim.server) as session:
            record = session.get(Record, ("proposal", second))
            assert record is not None
            data = json.loads(record.data_json)
            data["title"] = "Semenisasi jalan RT 05"
            record.data_json = json.dumps(data)
        problems = "\n".join(check(sim))
        assert f"{second[:8]}.title" in problems
        assert f"{first[:8]}" not in problems
    finally:
        sim.close()
