"""Planning nomenclature (Permendagri 90/2019 and its Kepmendagri updates).

The nomenclature is revised by decree as a whole, so an import replaces the table. Codes are
checked for shape, level and parent: a sub kegiatan whose kegiatan is missing is an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import delete, insert
from sqlmodel import Session

from app.core.reference_import.common import ImportResult, RowReader
from app.models import NomenclatureEntry
from app.models.reference import NOMENCLATURE_LEVELS

ALIASES = {
    "kode": ("kode_rekening", "code"),
    "level": ("tingkat", "jenis"),
    "nama": ("nomenklatur", "uraian", "name"),
    "kinerja": (),
    "indikator": (),
    "satuan": (),
    "parent_kode": ("kode_induk", "parent"),
}
REQUIRED = ("kode", "nama")

_SEG = r"(?:\d|X)"
_PATTERNS = {
    "urusan": re.compile(rf"^{_SEG}$"),
    "bidang": re.compile(rf"^{_SEG}\.(?:\d{{2}}|XX)$"),
    "program": re.compile(rf"^{_SEG}\.(?:\d{{2}}|XX)\.\d{{2}}$"),
    "kegiatan": re.compile(rf"^{_SEG}\.(?:\d{{2}}|XX)\.\d{{2}}\.\d\.\d{{2}}$"),
    "sub_kegiatan": re.compile(rf"^{_SEG}\.(?:\d{{2}}|XX)\.\d{{2}}\.\d\.\d{{2}}\.\d{{4}}$"),
}


def level_of(code: str) -> str | None:
    for level, pattern in _PATTERNS.items():
        if pattern.match(code):
            return level
    return None


def parent_of(code: str, level: str) -> str | None:
    parts = code.split(".")
    if level == "urusan":
        return None
    if level == "kegiatan":
        return ".".join(parts[:3])
    return ".".join(parts[:-1])


@dataclass(frozen=True)
class Row:
    code: str
    level: str
    name: str
    kinerja: str | None
    indikator: str | None
    satuan: str | None
    parent_code: str | None


def validate(reader: RowReader, _session: Session) -> list[Row]:
    parsed: list[Row] = []
    first_row: dict[str, int] = {}
    for row in reader.rows:
        code = reader.text(row, "kode", required=True, max_len=40)
        name = reader.text(row, "nama", required=True, max_len=1000)
        stated_level = reader.choice(row, "level", NOMENCLATURE_LEVELS)
        if code is None or name is None:
            continue
        level = level_of(code)
        if level is None:
            reader.add(
                row.number,
                "kode",
                f"kode '{code}' tidak berbentuk kode nomenklatur (contoh: 1.03.10.2.01.0001)",
            )
            continue
        if stated_level and stated_level != level:
            reader.add(row.number, "level", f"kode '{code}' adalah {level}, bukan {stated_level}")
            continue
        if code in first_row:
            reader.add(
                row.number, "kode", f"kode '{code}' ganda (sudah ada di baris {first_row[code]})"
            )
            continue
        first_row[code] = row.number
        parent = parent_of(code, level)
        stated_parent = reader.text(row, "parent_kode", max_len=40)
        if stated_parent and stated_parent != parent:
            reader.add(
                row.number,
                "parent_kode",
                f"induk kode '{code}' seharusnya '{parent}', bukan '{stated_parent}'",
            )
            continue
        parsed.append(
            Row(
                code,
                level,
                name,
                reader.text(row, "kinerja", max_len=2000),
                reader.text(row, "indikator", max_len=2000),
                reader.text(row, "satuan", max_len=100),
                parent,
            )
        )
    codes = {item.code for item in parsed}
    for item in parsed:
        if item.parent_code and item.parent_code not in codes:
            reader.add(
                first_row[item.code],
                "kode",
                f"induk '{item.parent_code}' dari kode '{item.code}' tidak ada di berkas",
            )
    return parsed


def apply(session: Session, rows: list[Row]) -> ImportResult:
    removed = session.execute(delete(NomenclatureEntry)).rowcount  # type: ignore[attr-defined]
    session.execute(insert(NomenclatureEntry), [row.__dict__ for row in rows])
    return ImportResult(
        "nomenclature", "", len(rows), inserted=len(rows), removed=int(removed or 0)
    )
