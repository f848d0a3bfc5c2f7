"""Kamus usulan: the region's menu of allowed proposal items, replaced as a whole."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy import delete, insert
from sqlmodel import Session, select

from app.core.reference_import.common import ImportResult, RowReader
from app.models import Agency, KamusItem, NomenclatureEntry

ALIASES = {
    "kode": ("id_kamus", "id"),
    "nama": ("nama_usulan", "usulan"),
    "jenis": ("jenis_usulan",),
    "opd": ("pelaksana_opd", "nama_opd"),
    "kode_opd": (),
    "kode_sub_kegiatan": ("sub_kegiatan",),
    "satuan": (),
    "harga_satuan": ("harga", "unit_price"),
}
REQUIRED = ("kode", "nama")


@dataclass(frozen=True)
class Row:
    code: str
    name: str
    jenis: str | None
    agency_name: str | None
    agency_code: str | None
    sub_kegiatan_code: str | None
    satuan: str | None
    unit_price: int | None


def validate(reader: RowReader, session: Session) -> list[Row]:
    sub_kegiatan = set(
        session.exec(
            select(NomenclatureEntry.code).where(NomenclatureEntry.level == "sub_kegiatan")
        ).all()
    )
    agencies = set(session.exec(select(Agency.code)).all())
    parsed: list[Row] = []
    first_row: dict[str, int] = {}
    for row in reader.rows:
        code = reader.text(row, "kode", required=True, max_len=40)
        name = reader.text(row, "nama", required=True, max_len=500)
        price = reader.rupiah(row, "harga_satuan")
        if code is None or name is None:
            continue
        if code in first_row:
            reader.add(
                row.number, "kode", f"kode '{code}' ganda (sudah ada di baris {first_row[code]})"
            )
            continue
        first_row[code] = row.number
        sub = reader.text(row, "kode_sub_kegiatan", max_len=40)
        if sub and sub not in sub_kegiatan:
            reader.add(
                row.number, "kode_sub_kegiatan", f"sub kegiatan '{sub}' tidak ada di nomenklatur"
            )
        agency = reader.text(row, "kode_opd", max_len=40)
        if agency and agency not in agencies:
            reader.add(row.number, "kode_opd", f"OPD '{agency}' tidak dikenal")
        parsed.append(
            Row(
                code,
                name,
                reader.text(row, "jenis", max_len=40),
                reader.text(row, "opd", max_len=300),
                agency,
                sub,
                reader.text(row, "satuan", max_len=100),
                price,
            )
        )
    return parsed


def apply(session: Session, rows: list[Row]) -> ImportResult:
    removed = session.execute(delete(KamusItem)).rowcount  # type: ignore[attr-defined]
    session.execute(insert(KamusItem), [asdict(row) for row in rows])
    return ImportResult("kamus", "", len(rows), inserted=len(rows), removed=int(removed or 0))
