from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from app.core.database import open_database
from app.core.demo import create_demo
from app.core.office import get_office
from app.core.office_setup import OfficeSetup, set_up_office
from app.errors import UserError
from app.models import PlanningCycle, Proposal
from app.models.db import read_session


def test_real_office_replaces_demo_and_keeps_it_aside() -> None:
    demo = open_database()
    create_demo(demo.engine)
    demo.engine.dispose()
    db, moved = set_up_office(OfficeSetup("64.02.13", 2028))
    assert moved is not None and moved.exists()
    with read_session(db.engine) as session:
        office = get_office(session)
        cycles = session.exec(select(PlanningCycle)).all()
        proposals = session.exec(select(Proposal)).all()
    assert office is not None and office.kecamatan_code == "64.02.13" and not office.is_demo
    assert [c.name for c in cycles] == ["Musrenbang Kecamatan Samboja 2028"]
    assert proposals == []


def test_failed_setup_restores_the_previous_file(tmp_path: Path) -> None:
    demo = open_database()
    create_demo(demo.engine)
    demo.engine.dispose()
    bad = tmp_path / "opd.csv"
    bad.write_text("kode,nama\n1.03.01,DINAS\n", encoding="utf-8")
    with pytest.raises(UserError):
        set_up_office(OfficeSetup("64.02.13", 2028, reference_files=[("agencies", bad)]))
    restored = open_database()
    with read_session(restored.engine) as session:
        assert len(session.exec(select(Proposal)).all()) == 150


def test_first_user_is_created_or_nothing_changes() -> None:
    from app.core.users import authenticate, create_user

    db, _moved = set_up_office(
        OfficeSetup("64.02.06", 2028),
        create_first_user=lambda engine: create_user(
            engine, "admin.tgr", "Admin Tenggarong", "admin", "rahasia-kantor-1"
        ),
    )
    assert authenticate(db.engine, "admin.tgr", "rahasia-kantor-1").role == "admin"
    db.engine.dispose()
    with pytest.raises(UserError):
        set_up_office(
            OfficeSetup("64.02.13", 2028),
            create_first_user=lambda engine: create_user(engine, "x", "X", "admin", "pendek"),
        )
    again = open_database()
    with read_session(again.engine) as session:
        office = get_office(session)
    assert office is not None and office.kecamatan_code == "64.02.06"  # the previous office is back
