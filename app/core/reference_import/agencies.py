"""Agencies (OPD) and the bidang urusan each holds.

Cycles' per-agency pagu point at agencies, so agencies are added and renamed, never removed;
an agency's list of bidang is replaced by the file's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import delete
from sqlmodel import Session, col, select

from app.core.reference_import.common import ImportResult, RowReader, split_codes
from app.models import Agency, AgencyBidang, NomenclatureEntry

ALIASES = {
    "kode": ("kode_opd", "kode_skpd", "code"),
    "nama": ("nama_opd", "nama_skpd", "name"),
    "singkatan": ("akronim", "alias"),
    "bidang_urusan": ("urusan", "kode_bidang", "bidang"),
    "default": ("bawaan",),
}
REQUIRED = ("kode", "nama", "bidang_urusan")
_CODE = re.compile(r"^[0-9A-Z]+(\.[0-9A-Z]+){1,5}$")


@dataclass(frozen=True)
class Row:
    code: str
    name: str
    abbreviation: str | None
    bidang: tuple[str, ...]
    is_default: bool


def validate(reader: RowReader, session: Session) -> list[Row]:
    bidang_known = set(
        session.exec(
            select(NomenclatureEntry.code).where(NomenclatureEntry.level == "bidang")
        ).all()
    )
    if not bidang_known:
        reader.add(None, None, "nomenklatur belum diimpor; impor nomenklatur dulu")
    parsed: list[Row] = []
    first_row: dict[str, int] = {}
    for row in reader.rows:
        code = reader.text(row, "kode", required=True, max_len=40)
        name = reader.text(row, "nama", required=True, max_len=300)
        bidang = split_codes(reader.text(row, "bidang_urusan", required=True, max_len=200))
        if code is None or name is None or not bidang:
            continue
        if not _CODE.match(code):
            reader.add(row.number, "kode", f"kode OPD '{code}' tidak sah (contoh: 1.03.01)")
            continue
        if code in first_row:
            reader.add(
                row.number, "kode", f"kode '{code}' ganda (sudah ada di baris {first_row[code]})"
            )
            continue
        first_row[code] = row.number
        unknown = [b for b in bidang if bidang_known and b not in bidang_known]
        if unknown:
            reader.add(
                row.number,
                "bidang_urusan",
                f"bidang urusan tidak ada di nomenklatur: {', '.join(unknown)}",
            )
            continue
        is_default = (reader.text(row, "default", max_len=10) or "").lower() in (
            "1",
            "ya",
            "true",
            "y",
        )
        parsed.append(
            Row(
                code,
                name,
                reader.text(row, "singkatan", max_len=40),
                tuple(dict.fromkeys(bidang)),
                is_default,
            )
        )
    return parsed


def apply(session: Session, rows: list[Row]) -> ImportResult:
    existing = {agency.code: agency for agency in session.exec(select(Agency)).all()}
    result = ImportResult("agencies", "", len(rows))
    for row in rows:
        agency = existing.get(row.code)
        if agency is None:
            session.add(
                Agency(
                    code=row.code,
                    name=row.name,
                    abbreviation=row.abbreviation,
                    is_default=row.is_default,
                )
            )
            result.inserted += 1
        else:
            agency.name, agency.abbreviation, agency.is_default = (
                row.name,
                row.abbreviation,
                row.is_default,
            )
            result.updated += 1
    session.flush()
    codes = [row.code for row in rows]
    session.execute(delete(AgencyBidang).where(col(AgencyBidang.agency_code).in_(codes)))
    session.add_all(
        AgencyBidang(agency_code=row.code, bidang_code=bidang)
        for row in rows
        for bidang in row.bidang
    )
    return result
