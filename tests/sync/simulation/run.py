"""One seed of the simulation: a random schedule of office edits, syncs, crashes and network
faults plus Bappeda decisions; then the network heals, every office syncs until quiet, and
the oracle (``tests.sync.simulation.oracle``) checks the end state."""

from __future__ import annotations

import random
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlmodel import col, select

from app.errors import UserError
from app.models import OutboxEntry, Proposal
from app.models.backup import backup_database, restore_backup
from app.models.db import read_session, write_session
from app.sync import conflicts
from app.sync.client import SyncClient
from app.sync.transport import SyncError, Transport
from common import protocol
from server.db import Record
from server.db import read_session as server_read
from tests.sync.simulation.network import SERVER_URL, AsgiCaller, Network, SimulatedCrash
from tests.sync.simulation.world import (
    KECAMATAN,
    Environment,
    MemoryStore,
    copy_database,
    cycle_of,
    no_sleep,
    office_engine,
    transport_factory,
)

# Small value pools, so that edits often set a value back to an earlier one.
TITLES = [f"Semenisasi jalan RT {n:02d}" for n in range(1, 6)] + [
    "Sumur bor dusun II",
    "Drainase pasar desa",
]
PROBLEMS = [None, "Jalan rusak saat hujan", "Banjir tiap musim hujan", "Air bersih kurang"]
COSTS = [None, 50_000_000, 125_000_000, 250_000_000, 400_000_000]
VOLUMES = [None, 100.0, 250.5, 1200.0]
BENEFICIARIES = [None, 40, 120, 300]
EDITABLE: dict[str, list[Any]] = {
    "title": TITLES,
    "problem": PROBLEMS,
    "estimated_cost": COSTS,
    "volume": VOLUMES,
    "beneficiaries": BENEFICIARIES,
}
MAX_PROPOSALS = 15
HOT_RECORDS = 3
HOT_SHARE = 0.5
SETTLE_SYNCS = 6
BACKUP_AT_START = 0.5

STEP_WEIGHTS = {
    "edit": 30,
    "add": 8,
    "delete": 4,
    "restore": 2,
    "sync": 25,
    "feedback": 12,
    "flaky": 6,
    "calm": 4,
    "offline": 4,
    "online": 4,
    "restart": 3,
    "resolve": 3,
    "expire": 3,
    "backup": 2,
    "restore_backup": 4,
}


@dataclass
class Office:
    name: str
    kecamatan: str
    path: Path
    engine: Engine
    client: SyncClient
    cycle_id: str
    year: int
    restarts: int = 0
    # The newest local backup (``db backup``) and what the office had confirmed at that moment.
    backup: Path | None = None
    backup_fields: dict[str, dict[str, Any]] = field(default_factory=dict)


@dataclass
class Expectation:
    """What the people in the simulation were told succeeded."""

    # Every field of every proposal an office saved, last confirmed value (owner known).
    fields: dict[str, dict[str, Any]] = field(default_factory=dict)
    owner: dict[str, str] = field(default_factory=dict)
    # Bappeda decisions the server accepted: the last one per proposal, and how many.
    upstream: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    feedback_count: Counter[str] = field(default_factory=Counter)
    # (kecamatan, proposal id, field) the office resolved, with the choice.
    resolutions: list[tuple[str, str, str, str]] = field(default_factory=list)
    # Restores of a local backup: ops the restored offices no longer know (the server may have
    # applied them), and per kecamatan the (proposal id, field) whose confirmed value the
    # restore rolled back and that the office has not saved again since. Only there may the
    # server keep a value the office no longer has, and only when a forgotten op wrote it.
    forgotten_ops: set[str] = field(default_factory=set)
    rolled_back: dict[str, set[tuple[str, str]]] = field(default_factory=dict)


class Simulation:
    def __init__(
        self,
        seed: int,
        env: Environment,
        folder: Path,
        *,
        steps: tuple[int, int] = (8, 24),
    ) -> None:
        self.seed = seed
        self.rng = random.Random(seed)
        self.trace_lines: list[str] = []
        self.expect = Expectation()
        self.step_range = steps
        self.folder = folder
        templates = env.templates
        env.reset_server()
        self.server = env.server
        self.network = Network(AsgiCaller(env.app, env.loop), self.rng, self.trace)
        self.network.expire_tokens = self._expire_tokens
        self.store = MemoryStore(templates.credentials)
        self.offices: list[Office] = []
        for index, kecamatan in enumerate(KECAMATAN):
            path = folder / f"office-{kecamatan}.sqlite3"
            copy_database(templates.offices[kecamatan], path)
            engine = office_engine(path)
            name = "ABC"[index]
            cycle_id, year = cycle_of(engine)
            self.offices.append(
                Office(name, kecamatan, path, engine, self._client(name, engine), cycle_id, year)
            )
        self.kabupaten = Transport(
            SERVER_URL, session=self.network.session("kabupaten"), sleep=no_sleep, retries=0
        )
        kab_link = self.network.link("kabupaten")
        # Bappeda's answer is either certain or absent: its calls are not idempotent, so a lost
        # response would leave the oracle guessing whether the status was set.
        kab_link.can_crash = False
        kab_link.can_lose_response = False
        kabupaten = self.kabupaten

        def renew() -> None:
            answer = kabupaten.post_json(
                "/v1/token", {"refresh_token": templates.bappeda_refresh}, auth=False
            )
            kabupaten.access_token = str(answer["access_token"])

        renew()
        kabupaten.renew = renew

    # ---- plumbing -------------------------------------------------------------------------

    def trace(self, line: str) -> None:
        self.trace_lines.append(line)

    def _client(self, name: str, engine: Engine) -> SyncClient:
        return SyncClient(
            engine,
            store=self.store,
            transport_factory=transport_factory(self.network, name, self.rng.random),
        )

    def restart(self, office: Office) -> None:
        """The office's program starts again: a new engine and client on the same file."""
        office.engine.dispose()
        office.engine = office_engine(office.path)
        office.client = self._client(office.name, office.engine)
        office.restarts += 1

    def close(self) -> None:
        for office in self.offices:
            office.engine.dispose()
        self.kabupaten.close()

    def _new_id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def _proposal_ids(self, office: Office, *, deleted: bool | None = None) -> list[str]:
        with read_session(office.engine) as session:
            query = select(Proposal.id).order_by(col(Proposal.id))
            if deleted is not None:
                query = query.where(Proposal.deleted == deleted)
            return list(session.exec(query).all())

    def _pick(self, ids: list[str]) -> str:
        """Half the time one of a few "hot" records, so that edits, decisions and faults pile
        up on the same proposals (where sync bugs live) instead of spreading thin."""
        if self.rng.random() < HOT_SHARE:
            return self.rng.choice(ids[:HOT_RECORDS])
        return self.rng.choice(ids)

    def _confirm(
        self,
        office: Office,
        proposal_id: str,
        values: dict[str, Any],
        *,
        changed: set[str] | None = None,
    ) -> None:
        """Remember what the office was told was saved. ``changed``: the fields whose stored
        value really changed (all of ``values`` when not given); saving a field's current value
        again writes nothing, so a value a restored backup rolled back stays rolled back."""
        self.expect.owner[proposal_id] = office.kecamatan
        self.expect.fields.setdefault(proposal_id, {}).update(values)
        rolled_back = self.expect.rolled_back.get(office.kecamatan, set())
        for name in values if changed is None else changed:
            rolled_back.discard((proposal_id, name))

    # ---- the schedule ---------------------------------------------------------------------

    def run(self) -> None:
        for office in self.offices:
            for _ in range(self.rng.randint(2, 5)):
                self.add(office)
            # Half of the offices start with a backup of this offline work (the automatic
            # backup at program start), so that a later restore rolls back pushed work.
            if self.rng.random() < BACKUP_AT_START:
                self.step_backup(office)
        count = self.rng.randint(*self.step_range)
        names = list(STEP_WEIGHTS)
        weights = list(STEP_WEIGHTS.values())
        for number in range(count):
            kind = self.rng.choices(names, weights)[0]
            office = self.rng.choice(self.offices)
            self.trace(f"step {number}: {kind} {office.name}")
            getattr(self, f"step_{kind}")(office)
        self.settle()

    def add(self, office: Office) -> None:
        number = len(self._proposal_ids(office)) + 1
        if number > MAX_PROPOSALS:
            return
        proposal_id = self._new_id()
        with write_session(office.engine) as session:
            proposal = Proposal(
                id=proposal_id,
                cycle_id=office.cycle_id,
                planning_year=office.year,
                number=f"{office.name}-{number:03d}",
                title=self.rng.choice(TITLES),
                estimated_cost=self.rng.choice(COSTS),
            )
            session.add(proposal)
            session.flush()
            values = {
                k: v
                for k, v in proposal.model_dump().items()
                if k not in ("id", "rev", "created_at", "updated_at")
            }
        self._confirm(office, proposal_id, values)
        self.trace(f"  {office.name}: added {proposal_id[:8]} {values['title']!r}")

    def step_add(self, office: Office) -> None:
        self.add(office)

    def step_edit(self, office: Office) -> None:
        live = self._proposal_ids(office, deleted=False)
        if not live:
            return
        target = self._pick(live)
        names = self.rng.sample(sorted(EDITABLE), self.rng.randint(1, 2))
        values = {name: self.rng.choice(EDITABLE[name]) for name in names}
        with write_session(office.engine) as session:
            row = session.get(Proposal, target)
            assert row is not None
            changed = {name for name, value in values.items() if getattr(row, name) != value}
            for name, value in values.items():
                setattr(row, name, value)
            session.add(row)
        self._confirm(office, target, values, changed=changed)
        self.trace(f"  {office.name}: edited {target[:8]} {values}")

    def _set_deleted(self, office: Office, deleted: bool) -> None:
        candidates = self._proposal_ids(office, deleted=not deleted)
        if not candidates:
            return
        target = self.rng.choice(candidates)
        with write_session(office.engine) as session:
            row = session.get(Proposal, target)
            assert row is not None
            row.deleted = deleted
            session.add(row)
        self._confirm(office, target, {"deleted": deleted})
        self.trace(f"  {office.name}: {'deleted' if deleted else 'restored'} {target[:8]}")

    def step_delete(self, office: Office) -> None:
        self._set_deleted(office, True)

    def step_restore(self, office: Office) -> None:
        self._set_deleted(office, False)

    def sync(self, office: Office) -> Any:
        try:
            report = office.client.sync()
        except SimulatedCrash:
            self.trace(f"  {office.name}: crashed during sync; restarting")
            self.restart(office)
            return None
        except SyncError as exc:
            self.trace(f"  {office.name}: sync failed: {type(exc).__name__}")
            return None
        self.trace(
            f"  {office.name}: sync ok pushed={report.pushed} dup={report.duplicates} "
            f"merged={report.merged} conflicts={report.conflicts} rejected={report.rejected} "
            f"held={report.held} pulled={report.pulled.get('feedback', 0)} "
            f"pending={report.pending_after}"
        )
        return report

    def step_sync(self, office: Office) -> None:
        self.sync(office)

    def step_feedback(self, office: Office) -> None:
        """Bappeda decides on one of the proposals the server holds for ``office``."""
        with server_read(self.server) as session:
            ids = list(
                session.execute(
                    select(Record.entity_id)
                    .where(Record.entity == "proposal", Record.kecamatan_code == office.kecamatan)
                    .order_by(Record.entity_id)
                )
                .scalars()
                .all()
            )
        if not ids:
            return
        target = self._pick(ids)
        status = self.rng.choice(sorted(protocol.UPSTREAM_STATUSES))
        reason: str | None = None
        if status in protocol.UPSTREAM_NEEDS_REASON or self.rng.random() < 0.3:
            reason = self.rng.choice(
                ["Sudah dianggarkan APBDes", "Lokasi tumpang tindih", "Tahun depan"]
            )
        try:
            answer = self.kabupaten.post_json(
                "/v1/feedback", {"proposal_id": target, "status": status, "reason": reason}
            )
        except SyncError as exc:
            self.trace(f"  bappeda: {status} on {target[:8]} failed: {type(exc).__name__}")
            return
        assert answer["upstream_status"] == status
        self.expect.upstream[target] = (status, reason)
        self.expect.feedback_count[target] += 1
        self.trace(f"  bappeda: {target[:8]} -> {status} (rev {answer['rev']})")

    def step_flaky(self, office: Office) -> None:
        self.network.link(office.name).flaky = True

    def step_calm(self, office: Office) -> None:
        self.network.link(office.name).flaky = False

    def step_offline(self, office: Office) -> None:
        self.network.link(office.name).offline = True

    def step_online(self, office: Office) -> None:
        self.network.link(office.name).offline = False

    def step_expire(self, office: Office) -> None:
        """A few answers into the office's next sync, every access token runs out (the
        server's clock passed them): renewed on the spot, never taken as a revocation."""
        self.network.link(office.name).expire_tokens_after = self.rng.randint(1, 6)

    def _expire_tokens(self) -> None:
        from datetime import timedelta

        from sqlalchemy import update

        from server.db import AccessToken, utcnow
        from server.db import write_session as server_write

        with server_write(self.server) as session:
            session.execute(update(AccessToken).values(expires_at=utcnow() - timedelta(seconds=1)))

    def step_backup(self, office: Office) -> None:
        """``db backup``: a consistent copy of the live database, kept for a later restore."""
        info = backup_database(
            office.path, self.folder / f"backups-{office.name}", reason="simulasi", prune=False
        )
        office.backup = info.path
        office.backup_fields = {
            pid: dict(values)
            for pid, values in self.expect.fields.items()
            if self.expect.owner.get(pid) == office.kecamatan
        }
        self.trace(f"  {office.name}: backup taken ({len(office.backup_fields)} proposals)")

    def _op_ids(self, office: Office) -> set[str]:
        with read_session(office.engine) as session:
            return set(session.exec(select(OutboxEntry.op_id)).all())

    def step_restore_backup(self, office: Office) -> None:
        """``db restore`` of the office's newest backup (another office's when this one has
        none): the program stops, the database file is replaced by the earlier copy through
        the app's restore code, and the program starts again. Everything saved after the
        backup is gone from the office; whatever of it was pushed stays on the server."""
        if office.backup is None:
            with_backup = [o for o in self.offices if o.backup is not None]
            if not with_backup:
                return
            office = self.rng.choice(with_backup)
        assert office.backup is not None
        before = self._op_ids(office)
        office.engine.dispose()
        restore_backup(office.backup, office.path)
        self.restart(office)
        forgotten = before - self._op_ids(office)
        self.expect.forgotten_ops |= forgotten
        rolled_back = self.expect.rolled_back.setdefault(office.kecamatan, set())
        for pid in [p for p, k in self.expect.owner.items() if k == office.kecamatan]:
            current = self.expect.fields.get(pid, {})
            earlier = office.backup_fields.get(pid)
            if earlier is None:
                # Added after the backup: the office no longer has it.
                rolled_back.update((pid, name) for name in current)
                rolled_back.add((pid, "*"))
                self.expect.fields.pop(pid, None)
                self.expect.owner.pop(pid, None)
                continue
            rolled_back.update(
                (pid, name) for name in current if current[name] != earlier.get(name)
            )
            self.expect.fields[pid] = dict(earlier)
        self.trace(
            f"  {office.name}: restored its backup, {len(forgotten)} outbox entries forgotten"
        )

    def step_restart(self, office: Office) -> None:
        self.restart(office)

    def step_resolve(self, office: Office) -> None:
        open_ = conflicts.open_conflicts(office.engine)
        if not open_:
            return
        item = open_[0]
        choice = self.rng.choice(["mine", "theirs"])
        try:
            conflicts.resolve(office.engine, item.id, choice)
        except UserError as exc:
            # "mine" on a proposal Bappeda has decided is refused; nothing changes.
            self.trace(
                f"  {office.name}: resolving {item.entity_id[:8]}.{item.field} refused: {exc}"
            )
            return
        self.expect.resolutions.append((office.kecamatan, item.entity_id, item.field, choice))
        if choice == "mine" and item.entity == "proposal":
            self._confirm(office, item.entity_id, {item.field: item.local_value})
        self.trace(f"  {office.name}: resolved {item.entity_id[:8]}.{item.field} -> {choice}")

    # ---- the end --------------------------------------------------------------------------

    def settle(self) -> None:
        """Heal the network and sync every office until nothing is left to push.

        Offices do not affect each other and Bappeda is idle now, so each office settles on
        its own; the oracle then checks that nothing is pending and every cursor is at the
        newest change, which is what makes a further sync a no-op.
        """
        self.network.heal()
        self.trace("heal: network healthy, syncing until nothing is pending")
        for office in self.offices:
            for round_number in range(SETTLE_SYNCS):
                report = office.client.sync()
                self.trace(
                    f"  settle {round_number} {office.name}: pushed={report.pushed} "
                    f"dup={report.duplicates} held={report.held} "
                    f"pulled={report.pulled.get('feedback', 0)} pending={report.pending_after} "
                    f"rejected={report.rejected_total} conflicts={report.open_conflicts}"
                )
                if not report.pending_after:
                    break
            else:
                raise AssertionError(
                    f"{office.name} still has pending changes after {SETTLE_SYNCS} healthy syncs"
                )
