"""Kemendagri region codes: provinsi 64, kabupaten 64.02, kecamatan 64.02.06, desa/kelurahan
64.02.06.2012 (1xxx kelurahan, 2xxx desa).

Proposals and cycles point at regions, so an import adds and renames but never removes codes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlmodel import Session, select

from app.core.reference_import.common import ImportResult, RowReader
from app.models import Region
from app.models.reference import REGION_LEVELS

ALIASES = {
    "kode": ("kode_wilayah", "code"),
    "level": ("tingkat", "jenis"),
    "nama": ("nama_wilayah", "name"),
    "parent_kode": ("kode_induk", "parent"),
}
REQUIRED = ("kode", "nama")

_PATTERNS = (
    ("provinsi", re.compile(r"^\d{2}$")),
    ("kabupaten", re.compile(r"^\d{2}\.\d{2}$")),
    ("kecamatan", re.compile(r"^\d{2}\.\d{2}\.\d{2}$")),
    ("village", re.compile(r"^\d{2}\.\d{2}\.\d{2}\.\d{4}$")),
)


def level_of(code: str) -> str | None:
    for level, pattern in _PATTERNS:
        if pattern.match(code):
            if level == "village":
                return "kelurahan" if code.split(".")[-1].startswith("1") else "desa"
            return level
    return None


@dataclass(frozen=True)
class Row:
    code: str
    level: str
    name: str
    parent_code: str | None


def validate(reader: RowReader, session: Session) -> list[Row]:
    parsed: list[Row] = []
    first_row: dict[str, int] = {}
    for row in reader.rows:
        code = reader.text(row, "kode", required=True, max_len=20)
        name = reader.text(row, "nama", required=True, max_len=200)
        stated = reader.choice(row, "level", REGION_LEVELS)
        if code is None or name is None:
            continue
        level = level_of(code)
        if level is None:
            reader.add(
                row.number, "kode", f"kode wilayah '{code}' tidak sah (contoh: 64.02.06.2012)"
            )
            continue
        if stated and stated != level:
            reader.add(row.number, "level", f"kode '{code}' adalah {level}, bukan {stated}")
            continue
        if code in first_row:
            reader.add(
                row.number, "kode", f"kode '{code}' ganda (sudah ada di baris {first_row[code]})"
            )
            continue
        first_row[code] = row.number
        parent = code.rsplit(".", 1)[0] if "." in code else None
        parsed.append(Row(code, level, name, parent))
    known = set(session.exec(select(Region.code)).all()) | {row.code for row in parsed}
    for item in parsed:
        # The top of a file (a kabupaten without its provinsi) may stand alone.
        if item.level in ("kecamatan", "desa", "kelurahan") and item.parent_code not in known:
            reader.add(
                first_row[item.code],
                "kode",
                f"induk '{item.parent_code}' dari '{item.code}' tidak ada",
            )
    return parsed


def apply(session: Session, rows: list[Row]) -> ImportResult:
    existing = {region.code: region for region in session.exec(select(Region)).all()}
    result = ImportResult("regions", "", len(rows))
    for row in rows:
        current = existing.get(row.code)
        if current is None:
            session.add(
                Region(code=row.code, level=row.level, name=row.name, parent_code=row.parent_code)
            )
            result.inserted += 1
        elif (current.name, current.level) != (row.name, row.level):
            current.name, current.level = row.name, row.level
            result.updated += 1
    missing = set(existing) - {row.code for row in rows}
    if missing:
        result.notes.append(
            f"{len(missing)} kode wilayah lama tidak ada di berkas dan tetap disimpan."
        )
    return result
