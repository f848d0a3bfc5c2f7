"""Pagu indikatif kecamatan: the ceiling per planning year, in total and per agency.

A row without an agency code is the total; without such a row the total is the sum of the
agencies. The planning cycle is created when it does not exist yet.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, select

from app.core.reference_import.common import ImportResult, RowReader
from app.models import Agency, PaguAgency, PlanningCycle, Region

ALIASES = {
    "tahun": ("tahun_perencanaan", "year"),
    "kode_kecamatan": ("kecamatan",),
    "kode_opd": ("opd",),
    "pagu": ("pagu_indikatif", "jumlah", "amount"),
}
REQUIRED = ("tahun", "kode_kecamatan", "pagu")


@dataclass(frozen=True)
class Row:
    year: int
    kecamatan_code: str
    agency_code: str | None
    amount: int


def validate(reader: RowReader, session: Session) -> list[Row]:
    kecamatan = set(session.exec(select(Region.code).where(Region.level == "kecamatan")).all())
    agencies = set(session.exec(select(Agency.code)).all())
    parsed: list[Row] = []
    seen: dict[tuple[int, str, str | None], int] = {}
    for row in reader.rows:
        year = reader.integer(row, "tahun", required=True, low=2000, high=2100)
        kec = reader.text(row, "kode_kecamatan", required=True, max_len=20)
        agency = reader.text(row, "kode_opd", max_len=40)
        amount = reader.rupiah(row, "pagu", required=True)
        if year is None or kec is None or amount is None:
            continue
        if kec not in kecamatan:
            reader.add(row.number, "kode_kecamatan", f"kecamatan '{kec}' tidak ada di data wilayah")
            continue
        if agency and agency not in agencies:
            reader.add(row.number, "kode_opd", f"OPD '{agency}' tidak dikenal")
            continue
        key = (year, kec, agency)
        if key in seen:
            reader.add(row.number, "kode_opd", f"baris ganda (sama dengan baris {seen[key]})")
            continue
        seen[key] = row.number
        parsed.append(Row(year, kec, agency, amount))
    for (year, kec, agency), number in seen.items():
        if agency is None:
            total = next(
                r.amount
                for r in parsed
                if (r.year, r.kecamatan_code, r.agency_code) == (year, kec, None)
            )
            spread = sum(
                r.amount
                for r in parsed
                if (r.year, r.kecamatan_code) == (year, kec) and r.agency_code
            )
            if spread > total:
                reader.add(
                    number, "pagu", f"jumlah pagu per OPD ({spread}) melebihi pagu total ({total})"
                )
    return parsed


def apply(session: Session, rows: list[Row]) -> ImportResult:
    result = ImportResult("pagu", "", len(rows))
    for year, kec in sorted({(r.year, r.kecamatan_code) for r in rows}):
        mine = [r for r in rows if (r.year, r.kecamatan_code) == (year, kec)]
        cycle = session.exec(
            select(PlanningCycle).where(
                PlanningCycle.year == year, PlanningCycle.kecamatan_code == kec
            )
        ).first()
        if cycle is None:
            region = session.get(Region, kec)
            name = f"Musrenbang Kecamatan {region.name if region else kec} {year}"
            cycle = PlanningCycle(year=year, kecamatan_code=kec, name=name)
            session.add(cycle)
            session.flush()
            result.notes.append(f"Siklus perencanaan baru dibuat: {name}.")
        total = next((r.amount for r in mine if r.agency_code is None), None)
        cycle.pagu_total = total if total is not None else sum(r.amount for r in mine)
        existing = {
            p.agency_code: p
            for p in session.exec(select(PaguAgency).where(PaguAgency.cycle_id == cycle.id)).all()
        }
        for r in mine:
            if r.agency_code is None:
                continue
            current = existing.get(r.agency_code)
            if current is None:
                session.add(
                    PaguAgency(cycle_id=cycle.id, agency_code=r.agency_code, amount=r.amount)
                )
                result.inserted += 1
            elif current.amount != r.amount or current.deleted:
                current.amount, current.deleted = r.amount, False
                result.updated += 1
    return result
