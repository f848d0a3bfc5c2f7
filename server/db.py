"""The server's tables, on their own metadata (never the client's ``SQLModel.metadata``), and
its engine for SQLite or PostgreSQL.

Change-log sequence numbers come from one counter row that every writing transaction updates:
on PostgreSQL the row lock is held until COMMIT, so a change numbered N+1 can never become
visible before N (the classic "sequence gap" that makes readers skip rows). On SQLite writers
are serialised by ``BEGIN IMMEDIATE``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import (
    BigInteger,
    Boolean,
    Engine,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    create_engine,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from common.sqlite import BEGIN_OPTION, create_sqlite_engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# Many devices push at once; see common.sqlite for why the client waits less.
SQLITE_BUSY_TIMEOUT_MS = 15_000
_SEQ_KEY = "musrenbang_change_seq"


def utcnow() -> datetime:
    """Naive UTC: both SQLite and PostgreSQL store it unchanged."""
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData()


class ServerMeta(Base):
    __tablename__ = "server_meta"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


class Counter(Base):
    __tablename__ = "counter"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


class EnrolmentCode(Base):
    __tablename__ = "enrolment_code"
    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    kecamatan_code: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column()
    expires_at: Mapped[datetime] = mapped_column()
    used_at: Mapped[datetime | None] = mapped_column(default=None)
    device_id: Mapped[str | None] = mapped_column(String(36), default=None)
    # SHA-256 of the key the device sent with the code: the same code and key again (its first
    # answer was lost) gets the same device back.
    enrol_key_hash: Mapped[str | None] = mapped_column(String(64), default=None)


class Principal(Base):
    """A device (bound to one kecamatan) or a Bappeda / agency user."""

    __tablename__ = "principal"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    role: Mapped[str] = mapped_column(String(20))  # device | bappeda | agency
    name: Mapped[str] = mapped_column(String(120))
    kecamatan_code: Mapped[str | None] = mapped_column(String(20), index=True, default=None)
    agency_code: Mapped[str | None] = mapped_column(String(40), default=None)
    refresh_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column()
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)
    last_seq: Mapped[int | None] = mapped_column(BigInteger, default=None)


class AccessToken(Base):
    __tablename__ = "access_token"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    principal_id: Mapped[str] = mapped_column(ForeignKey("principal.id"), index=True)
    expires_at: Mapped[datetime] = mapped_column()


class Record(Base):
    """The server's current copy of one office row; ``data`` holds its fields as JSON."""

    __tablename__ = "record"
    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kecamatan_code: Mapped[str] = mapped_column(String(20), index=True)
    rev: Mapped[int] = mapped_column(Integer)
    data_json: Mapped[str] = mapped_column(Text)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column()


class RecordVersion(Base):
    """Every revision of every record: the merge bases, and nothing is ever discarded."""

    __tablename__ = "record_version"
    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    rev: Mapped[int] = mapped_column(Integer, primary_key=True)
    origin: Mapped[str] = mapped_column(String(36))  # principal id that wrote it
    op_id: Mapped[str | None] = mapped_column(String(36), default=None)
    data_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column()


class OpResultRow(Base):
    """The stored result of every op, so a replay returns the same answer."""

    __tablename__ = "op_result"
    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    principal_id: Mapped[str] = mapped_column(String(36), index=True)
    device_seq: Mapped[int] = mapped_column(BigInteger)
    payload_hash: Mapped[str] = mapped_column(String(64))
    result_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column()


class HeldOp(Base):
    """An op that arrived before an earlier one of the same device: applied when the gap fills."""

    __tablename__ = "held_op"
    principal_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_seq: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    op_id: Mapped[str] = mapped_column(String(36))
    payload_json: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column()


class Batch(Base):
    __tablename__ = "batch"
    batch_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    principal_id: Mapped[str] = mapped_column(String(36), index=True)
    kecamatan_code: Mapped[str] = mapped_column(String(20), index=True)
    ops: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[datetime] = mapped_column()


class Conflict(Base):
    __tablename__ = "conflict"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    kecamatan_code: Mapped[str] = mapped_column(String(20), index=True)
    field: Mapped[str] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(10))  # field | delete | soft
    hard: Mapped[bool] = mapped_column(Boolean)
    server_value_json: Mapped[str | None] = mapped_column(Text, default=None)
    client_value_json: Mapped[str | None] = mapped_column(Text, default=None)
    base_rev: Mapped[int | None] = mapped_column(Integer, default=None)
    server_rev: Mapped[int] = mapped_column(Integer)
    op_id: Mapped[str] = mapped_column(String(36))
    principal_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column()
    resolved_at: Mapped[datetime | None] = mapped_column(default=None)
    resolution: Mapped[str | None] = mapped_column(String(10), default=None)


class ChangeLog(Base):
    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_stream_kec_seq", "stream", "kecamatan_code", "seq"),)
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    stream: Mapped[str] = mapped_column(String(20))
    kecamatan_code: Mapped[str | None] = mapped_column(String(20), default=None)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(64))
    rev: Mapped[int] = mapped_column(Integer)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    data_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column()


class Blob(Base):
    __tablename__ = "blob"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    received: Mapped[int] = mapped_column(BigInteger, default=0)
    complete: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column()
    completed_at: Mapped[datetime | None] = mapped_column(default=None)


class BlobOwner(Base):
    __tablename__ = "blob_owner"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    kecamatan_code: Mapped[str] = mapped_column(String(20), primary_key=True)


class BlobUpload(Base):
    """One kecamatan's upload in progress of one file. Each office uploads into its own partial
    file, so no office can see, stop or spoil another's; a file is readable by an office only
    after that office has sent all of it and the hash matched (``BlobOwner``)."""

    __tablename__ = "blob_upload"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    kecamatan_code: Mapped[str] = mapped_column(String(20), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    received: Mapped[int] = mapped_column(BigInteger, default=0)
    updated_at: Mapped[datetime] = mapped_column()


class ReferenceFile(Base):
    __tablename__ = "reference_file"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    name: Mapped[str] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(BigInteger)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    published_at: Mapped[datetime] = mapped_column()


class WriteLog(Base):
    """Every write, by whom: enrolment, pushes, uploads, feedback, admin actions."""

    __tablename__ = "write_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column()
    principal_id: Mapped[str | None] = mapped_column(String(36), default=None)
    action: Mapped[str] = mapped_column(String(40))
    detail_json: Mapped[str] = mapped_column(Text)


# ---------------------------------------------------------------------------------------------
# Engine and sessions


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def create_server_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        return create_sqlite_engine(url, busy_timeout_ms=SQLITE_BUSY_TIMEOUT_MS)
    return create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=10)


@contextmanager
def read_session(engine: Engine) -> Iterator[Session]:
    with Session(engine) as session:
        yield session


SQLITE_WRITER_WAIT = 30.0
_SQLITE_WRITERS: dict[str, threading.Lock] = {}
_SQLITE_WRITERS_GUARD = threading.Lock()


def _sqlite_writer_lock(engine: Engine) -> threading.Lock:
    """One lock per database file and process.

    SQLite admits one writer at a time; threads that meet a held write lock poll with the busy
    timeout, and under load (20 devices pushing at once) some give up with "database is
    locked". Queueing them on a lock in the process first hands the write lock over at once
    and in turn; another process writing to the same file still meets the busy timeout.
    """
    key = str(engine.url)
    with _SQLITE_WRITERS_GUARD:
        return _SQLITE_WRITERS.setdefault(key, threading.Lock())


@contextmanager
def write_session(engine: Engine) -> Iterator[Session]:
    """One write transaction (``BEGIN IMMEDIATE`` on SQLite); rolled back on any error."""
    if not is_sqlite(engine):
        with _write_transaction(engine) as session:
            yield session
        return
    lock = _sqlite_writer_lock(engine)
    # Bounded, so a writer nested in another on the same thread fails instead of hanging.
    if not lock.acquire(timeout=SQLITE_WRITER_WAIT):
        raise TimeoutError(f"no SQLite write slot within {SQLITE_WRITER_WAIT:.0f} s")
    try:
        with _write_transaction(engine.execution_options(**{BEGIN_OPTION: "IMMEDIATE"})) as session:
            yield session
    finally:
        lock.release()


@contextmanager
def _write_transaction(bind: Engine) -> Iterator[Session]:
    with Session(bind, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def allocate_change_seqs(session: Session, count: int) -> int:
    """Allocate ``count`` consecutive change-log numbers; returns the first.

    Locks the counter row (``SELECT ... FOR UPDATE``; on SQLite the ``BEGIN IMMEDIATE`` lock
    already serialises writers) until COMMIT. A push allocates its numbers last, just before
    inserting its change-log rows, so concurrent pushes wait for each other only for their
    final inserts and COMMIT.
    """
    counter = session.get(Counter, "change_seq", with_for_update=True)
    if counter is None:
        raise RuntimeError("change_seq counter missing: run the server migrations")
    allocated = session.info.get(_SEQ_KEY)
    current = int(counter.value) if allocated is None else max(int(allocated), int(counter.value))
    session.info[_SEQ_KEY] = current + count
    counter.value = current + count
    return current + 1


def next_change_seq(session: Session) -> int:
    """Allocate the next change-log number (see ``allocate_change_seqs``)."""
    return allocate_change_seqs(session, 1)


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def migrate(engine: Engine) -> None:
    """Bring the server database to the newest schema (idempotent)."""
    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
