"""Renstra OPD: each agency's programs, kegiatan and sub kegiatan with targets and budgets.

An import replaces the Renstra of the agencies it names and leaves the others.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy import delete, insert
from sqlmodel import Session, col, select

from app.core.reference_import.common import ImportResult, RowReader
from app.models import Agency, NomenclatureEntry, RenstraItem
from app.models.reference import RENSTRA_LEVELS

ALIASES = {
    "kode_opd": ("opd",),
    "kode_nomenklatur": ("kode", "kode_sub_kegiatan", "kode_program"),
    "nama": ("uraian",),
    "indikator": (),
    "satuan": (),
    "target": (),
    "tahun": ("year",),
    "pagu_indikatif": ("pagu", "anggaran"),
}
REQUIRED = ("kode_opd", "kode_nomenklatur")


@dataclass(frozen=True)
class Row:
    agency_code: str
    level: str
    nomenclature_code: str
    name: str
    indikator: str | None
    satuan: str | None
    target: str | None
    year: int | None
    indicative_budget: int | None


def validate(reader: RowReader, session: Session) -> list[Row]:
    levels = dict(session.exec(select(NomenclatureEntry.code, NomenclatureEntry.level)).all())
    names = dict(session.exec(select(NomenclatureEntry.code, NomenclatureEntry.name)).all())
    agencies = set(session.exec(select(Agency.code)).all())
    parsed: list[Row] = []
    for row in reader.rows:
        agency = reader.text(row, "kode_opd", required=True, max_len=40)
        code = reader.text(row, "kode_nomenklatur", required=True, max_len=40)
        year = reader.integer(row, "tahun", low=2000, high=2100)
        budget = reader.rupiah(row, "pagu_indikatif")
        if agency is None or code is None:
            continue
        if agency not in agencies:
            reader.add(
                row.number, "kode_opd", f"OPD '{agency}' tidak dikenal; impor daftar OPD dulu"
            )
            continue
        level = levels.get(code)
        if level not in RENSTRA_LEVELS:
            reader.add(
                row.number,
                "kode_nomenklatur",
                f"'{code}' bukan kode program/kegiatan/sub kegiatan di nomenklatur",
            )
            continue
        parsed.append(
            Row(
                agency,
                level,
                code,
                reader.text(row, "nama", max_len=1000) or names[code],
                reader.text(row, "indikator", max_len=2000),
                reader.text(row, "satuan", max_len=100),
                reader.text(row, "target", max_len=100),
                year,
                budget,
            )
        )
    return parsed


def apply(session: Session, rows: list[Row]) -> ImportResult:
    agencies = sorted({row.agency_code for row in rows})
    removed = session.execute(
        delete(RenstraItem).where(col(RenstraItem.agency_code).in_(agencies))
    ).rowcount  # type: ignore[attr-defined]
    session.execute(insert(RenstraItem), [asdict(row) for row in rows])
    return ImportResult("renstra", "", len(rows), inserted=len(rows), removed=int(removed or 0))
