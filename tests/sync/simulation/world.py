"""The simulated world: one in-process server and three enrolled offices, built once per test
session as template database files and copied for every seed (creating and migrating
databases takes seconds; copying them takes milliseconds)."""

from __future__ import annotations

import asyncio
import random
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlmodel import select

from app.core.database import open_database
from app.core.demo import create_demo
from app.models import PlanningCycle
from app.models.db import create_db_engine, read_session
from app.sync.client import SyncClient
from app.sync.transport import Transport
from server import security
from server.__main__ import open_server_database
from server.app import create_app
from server.config import Settings
from server.db import create_server_engine
from server.db import write_session as server_write
from tests.sync.simulation.network import SERVER_URL, AsgiCaller, Network

KECAMATAN = ("64.02.01", "64.02.02", "64.02.03")
# Small pages so that a pull spans several pages and can be cut between them.
PAGE_SIZE = 4


class MemoryStore:
    """The credential store of one simulated computer (never the real keyring)."""

    name = "simulation"

    def __init__(self, data: dict[str, str] | None = None) -> None:
        self.data = dict(data or {})

    def get(self, account: str) -> str | None:
        return self.data.get(account)

    def set(self, account: str, secret: str) -> None:
        self.data[account] = secret

    def delete(self, account: str) -> None:
        self.data.pop(account, None)


def server_settings(folder: Path) -> Settings:
    return Settings(
        database_url=f"sqlite:///{folder / 'server.sqlite3'}",
        data_dir=folder,
        page_size=PAGE_SIZE,
        rate_per_second=1e9,
        rate_burst=10**9,
    )


def copy_database(source: Path, target: Path) -> None:
    """Copy a closed database file (its WAL was checkpointed away when the last connection
    closed) over ``target``, whose engine must have no open connection."""
    if Path(f"{source}-wal").exists():
        raise RuntimeError(f"{source} is still open (it has a WAL file)")
    target.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(source, target)


def _fast_sqlite(engine: Engine) -> Engine:
    # Durability against power loss is not what this simulation tests (see the docs), and
    # thousands of fsyncs per seed would dominate its run time.
    @event.listens_for(engine, "connect")
    def _no_fsync(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA synchronous = OFF")
        cursor.close()

    return engine


def office_engine(path: Path) -> Engine:
    return _fast_sqlite(create_db_engine(path))


def no_sleep(_seconds: float) -> None:
    """Retry delays pass instantly: simulated time is steps, not seconds."""


@dataclass
class Templates:
    folder: Path
    server_db: Path
    offices: dict[str, Path]
    credentials: dict[str, str]
    bappeda_refresh: str


def build_templates(folder: Path, loop: asyncio.AbstractEventLoop) -> Templates:
    """Migrate the server, create three offices (demo reference data, no proposals), enrol
    them and sync once, so every seed starts from the same settled state. Needs
    MUSRENBANG_HOME pointing at a scratch folder."""
    folder.mkdir(parents=True, exist_ok=True)
    settings = server_settings(folder)
    engine = _fast_sqlite(open_server_database(settings))
    with server_write(engine) as session:
        _principal, bappeda = security.create_user(session, "bappeda", "Bappeda (simulasi)", None)
    network = Network(AsgiCaller(create_app(settings, engine), loop), random.Random(0), _ignore)
    store = MemoryStore()
    offices: dict[str, Path] = {}
    for kecamatan in KECAMATAN:
        path = folder / f"office-{kecamatan}.sqlite3"
        db = open_database(path)
        create_demo(db.engine, kecamatan_code=kecamatan, empty=True)
        with server_write(engine) as session:
            code = security.create_enrolment_code(session, kecamatan, hours=1)
        client = SyncClient(
            db.engine, store=store, transport_factory=transport_factory(network, kecamatan)
        )
        client.enroll(SERVER_URL, code, device_name=f"simulasi {kecamatan}")
        report = client.sync()
        if not report.up_to_date:
            raise RuntimeError(f"template office {kecamatan} did not settle: {report}")
        db.engine.dispose()
        offices[kecamatan] = path
    engine.dispose()
    return Templates(folder, folder / "server.sqlite3", offices, dict(store.data), bappeda)


def _ignore(_line: str) -> None:
    pass


def transport_factory(
    network: Network, name: str, rng: Callable[[], float] | None = None
) -> Callable[[str], Transport]:
    def make(url: str) -> Transport:
        return Transport(
            url,
            session=network.session(name),
            sleep=no_sleep,
            retries=2,
            rng=rng or random.Random(0).random,
        )

    return make


def cycle_of(engine: Engine) -> tuple[str, int]:
    with read_session(engine) as session:
        cycle = session.exec(select(PlanningCycle)).one()
        return cycle.id, cycle.year


@dataclass
class Environment:
    """What every seed shares: the templates, the event loop, and one server app whose
    database file is replaced by the template before each seed (building the FastAPI app
    costs more than a whole seed's requests)."""

    templates: Templates
    loop: asyncio.AbstractEventLoop
    server_path: Path
    server: Engine
    app: Any

    def reset_server(self) -> None:
        self.server.dispose()
        copy_database(self.templates.server_db, self.server_path)

    def close(self) -> None:
        self.server.dispose()


def open_environment(folder: Path, loop: asyncio.AbstractEventLoop) -> Environment:
    templates = build_templates(folder / "templates", loop)
    settings = server_settings(folder / "server")
    path = folder / "server" / "server.sqlite3"
    copy_database(templates.server_db, path)
    engine = _fast_sqlite(create_server_engine(settings.database_url))
    return Environment(templates, loop, path, engine, create_app(settings, engine))
