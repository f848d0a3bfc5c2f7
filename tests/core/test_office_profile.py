"""The office's letterhead facts: validated, stored with the office data, never synced."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine
from sqlmodel import func, select

from app.core.office_profile import clean_profile, office_identity, save_profile
from app.errors import UserError
from app.models import OutboxEntry
from app.models.db import read_session


def _outbox(engine: Engine) -> int:
    with read_session(engine) as session:
        return session.exec(select(func.count()).select_from(OutboxEntry)).one()


def test_profile_is_saved_and_read_with_the_identity(demo_engine: Engine) -> None:
    identity = office_identity(demo_engine)
    assert identity.kecamatan_code and identity.kecamatan_name and identity.kabupaten_name
    assert identity.profile.camat_name == ""
    queued = _outbox(demo_engine)
    profile = clean_profile("  Drs.  Budi   Santoso ", "19700101 199003 1 002", "Jl. Merdeka 1")
    save_profile(demo_engine, profile)
    again = office_identity(demo_engine).profile
    assert again.camat_name == "Drs. Budi Santoso"
    assert again.camat_nip == "197001011990031002"
    assert again.address == "Jl. Merdeka 1"
    assert _outbox(demo_engine) == queued  # local office data: nothing queued for the server


@pytest.mark.parametrize("nip", ["1970", "19700101199003100X", "1970010119900310021"])
def test_a_wrong_nip_is_refused(nip: str) -> None:
    with pytest.raises(UserError, match="18 angka"):
        clean_profile("Budi", nip, "")


def test_without_an_office(engine: Engine) -> None:
    identity = office_identity(engine)
    assert identity.kecamatan_code is None and identity.profile.camat_nip == ""
