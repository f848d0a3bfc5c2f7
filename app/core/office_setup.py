"""Setting up a real office (the first-run wizard's work), away from the demo data.

The new office gets a fresh database: the current file, demo or not, is moved aside (kept,
never deleted) so that demo proposals can never be synced as real ones.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from app import paths
from app.core.database import OpenedDatabase, open_database
from app.core.office import Office, set_office
from app.core.reference_import import import_reference
from app.errors import UserError
from app.models import PlanningCycle, Region
from app.models.db import read_session, write_session
from common.i18n import _


@dataclass
class OfficeSetup:
    kecamatan_code: str
    year: int
    # Kabupaten files to import instead of (or on top of) the bundled ones, in this order.
    reference_files: list[tuple[str, Path]] = field(default_factory=list)
    use_bundled_reference: bool = True


def kecamatan_choices(session: Session) -> list[Region]:
    return list(
        session.exec(
            select(Region).where(Region.level == "kecamatan").order_by(col(Region.code))
        ).all()
    )


def set_up_office(
    setup: OfficeSetup, *, create_first_user: Callable[[Engine], object] | None = None
) -> tuple[OpenedDatabase, Path | None]:
    """Create the office database; returns it and where the previous file was moved."""
    db_path = paths.database_path()
    moved: Path | None = None
    if db_path.exists():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        moved = db_path.with_name(f"musrenbang-sebelum-{stamp}.sqlite3")
        shutil.move(db_path, moved)
        for suffix in ("-wal", "-shm"):
            sidecar = db_path.with_name(db_path.name + suffix)
            if sidecar.exists():
                shutil.move(sidecar, moved.with_name(moved.name + suffix))
    db: OpenedDatabase | None = None
    try:
        db = open_database(load_reference=setup.use_bundled_reference)
        for kind, path in setup.reference_files:
            import_reference(db.engine, kind, path)
        with read_session(db.engine) as session:
            kecamatan = session.get(Region, setup.kecamatan_code)
        if kecamatan is None or kecamatan.level != "kecamatan":
            raise UserError(
                _("Kecamatan {kecamatan_code} tidak ada di data wilayah yang dimuat.").format(
                    kecamatan_code=setup.kecamatan_code
                ),
                hint=_("Pilih kecamatan lain atau impor data wilayah kabupaten Anda."),
            )
        with write_session(db.engine) as session:
            set_office(
                session, Office(setup.kecamatan_code.rsplit(".", 1)[0], setup.kecamatan_code)
            )
            session.add(
                PlanningCycle(
                    year=setup.year,
                    kecamatan_code=setup.kecamatan_code,
                    name=f"Musrenbang Kecamatan {kecamatan.name} {setup.year}",
                )
            )
        if create_first_user is not None:
            create_first_user(db.engine)
    except BaseException:
        # Put the previous file back: a failed setup must leave the office as it was.
        if db is not None:
            db.engine.dispose()
        for suffix in ("", "-wal", "-shm"):
            Path(str(db_path) + suffix).unlink(missing_ok=True)
        if moved is not None:
            shutil.move(moved, db_path)
        raise
    return db, moved
