"""The office's letterhead facts beside its identity: the camat's name and NIP and the office
address, as the office types them on the Pengaturan page.

Kept in an ``AppSetting`` row of the office database, so it travels with backups and with a move
to another laptop. ``AppSetting`` is not a synchronised table: editing these writes no outbox
entry and never reaches the server (the kabupaten has its own record of who the camat is).
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass

from sqlalchemy import Engine
from sqlmodel import Session

from app.core.office import get_office
from app.errors import UserError
from app.models import AppSetting, Region
from app.models.db import read_session, write_session
from app.models.types import utcnow
from common.i18n import _

_KEY = "office_profile"
NIP_DIGITS = 18


@dataclass(frozen=True)
class OfficeProfile:
    camat_name: str = ""
    camat_nip: str = ""
    address: str = ""


@dataclass(frozen=True)
class OfficeIdentity:
    """What the office is (set by the setup wizard, read-only here) and its profile."""

    kecamatan_code: str | None
    kecamatan_name: str | None
    kabupaten_code: str | None
    kabupaten_name: str | None
    is_demo: bool
    profile: OfficeProfile


def get_profile(session: Session) -> OfficeProfile:
    row = session.get(AppSetting, _KEY)
    if row is None:
        return OfficeProfile()
    raw = json.loads(row.value_json)
    known = {k: str(v) for k, v in raw.items() if k in OfficeProfile.__dataclass_fields__}
    return OfficeProfile(**known)


def clean_profile(camat_name: str, camat_nip: str, address: str) -> OfficeProfile:
    """Validate what was typed; the NIP of a civil servant has 18 digits (spaces allowed)."""
    name = " ".join(camat_name.split())
    nip = re.sub(r"[\s.]", "", camat_nip)
    if nip and (not nip.isdigit() or len(nip) != NIP_DIGITS):
        raise UserError(
            _("NIP '{strip}' tidak sah: NIP terdiri dari {nip_digits} angka.").format(
                strip=camat_nip.strip(), nip_digits=NIP_DIGITS
            ),
            hint=_("Periksa NIP camat pada SK atau kartu pegawai; kosongkan bila belum ada."),
        )
    if len(name) > 200:
        raise UserError(_("Nama camat terlalu panjang (maks. 200 huruf)."))
    text = address.strip()
    if len(text) > 500:
        raise UserError(_("Alamat kantor terlalu panjang (maks. 500 huruf)."))
    return OfficeProfile(name, nip, text)


def save_profile(engine: Engine, profile: OfficeProfile) -> OfficeProfile:
    value = json.dumps(asdict(profile), ensure_ascii=False, sort_keys=True)
    with write_session(engine) as session:
        row = session.get(AppSetting, _KEY)
        if row is None:
            session.add(AppSetting(key=_KEY, value_json=value))
        else:
            row.value_json, row.updated_at = value, utcnow()
            session.add(row)
    return profile


def office_identity(engine: Engine) -> OfficeIdentity:
    with read_session(engine) as session:
        office = get_office(session)
        profile = get_profile(session)
        if office is None:
            return OfficeIdentity(None, None, None, None, False, profile)
        kecamatan = session.get(Region, office.kecamatan_code)
        kabupaten = session.get(Region, office.kabupaten_code)
        return OfficeIdentity(
            office.kecamatan_code,
            kecamatan.name if kecamatan else None,
            office.kabupaten_code,
            kabupaten.name if kabupaten else None,
            office.is_demo,
            profile,
        )


@dataclass(frozen=True)
class ChecklistItem:
    key: str  # camat, nip, address, logo, pagu
    label: str  # what to fill in
    done: bool
    where: str  # where in the application it is filled in


def first_run_checklist(session: Session, *, has_logo: bool) -> list[ChecklistItem]:
    """What the office fills in before its documents are ready to sign: the camat's name and
    NIP, the office address (the kop's third line), the kabupaten's logo, and the ceilings (the
    pagu indikatif kecamatan and the agencies' share of it). ``has_logo`` comes from the logo
    setting, which lives outside the database."""
    from sqlmodel import col, select

    from app.core.proposal_queries import current_cycle
    from app.models import PaguAgency

    profile = get_profile(session)
    cycle = current_cycle(session)
    agencies = (
        session.exec(
            select(PaguAgency).where(
                PaguAgency.cycle_id == cycle.id, col(PaguAgency.deleted).is_(False)
            )
        ).first()
        if cycle is not None
        else None
    )
    office = "Pengaturan → Kantor"
    return [
        ChecklistItem("camat", "Nama camat", bool(profile.camat_name), office),
        ChecklistItem("nip", "NIP camat", bool(profile.camat_nip), office),
        ChecklistItem("address", "Alamat kantor", bool(profile.address), office),
        ChecklistItem("logo", "Logo kabupaten", has_logo, "Laporan → Logo kabupaten…"),
        ChecklistItem(
            "pagu",
            "Pagu indikatif kecamatan dan pagu per perangkat daerah",
            bool(cycle is not None and cycle.pagu_total and agencies is not None),
            "Data Referensi → Pagu",
        ),
    ]
