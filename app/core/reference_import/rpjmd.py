"""RPJMD: visi → misi → tujuan → sasaran → program prioritas, with indicators and targets.

An import replaces the RPJMD as a whole (a new plan or a revision).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy import delete, insert
from sqlmodel import Session, col, select

from app.core.reference_import.common import ImportResult, RowReader
from app.models import Agency, NomenclatureEntry, PlanItem
from app.models.reference import RPJMD_LEVELS

ALIASES = {
    "kode": ("code",),
    "level": ("tingkat", "jenis"),
    "nama": ("uraian", "name"),
    "parent_kode": ("kode_induk", "parent"),
    "indikator": (),
    "satuan": (),
    "baseline": ("kondisi_awal",),
    "target": ("target_akhir",),
    "kode_nomenklatur": ("kode_program", "nomenclature_code"),
    "kode_opd": ("opd",),
    "periode": ("period",),
    "demo": (),
}
REQUIRED = ("kode", "level", "nama")


@dataclass(frozen=True)
class Row:
    plan_kind: str
    period: str | None
    level: str
    code: str
    parent_code: str | None
    name: str
    indikator: str | None
    satuan: str | None
    baseline: str | None
    target: str | None
    nomenclature_code: str | None
    agency_code: str | None
    is_demo: bool


def validate(reader: RowReader, session: Session) -> list[Row]:
    nomenclature = set(session.exec(select(NomenclatureEntry.code)).all())
    agencies = set(session.exec(select(Agency.code)).all())
    parsed: list[Row] = []
    level_of: dict[str, str] = {}
    first_row: dict[str, int] = {}
    for row in reader.rows:
        code = reader.text(row, "kode", required=True, max_len=40)
        level = reader.choice(row, "level", RPJMD_LEVELS, required=True)
        name = reader.text(row, "nama", required=True, max_len=2000)
        if code is None or level is None or name is None:
            continue
        if code in first_row:
            reader.add(
                row.number, "kode", f"kode '{code}' ganda (sudah ada di baris {first_row[code]})"
            )
            continue
        first_row[code] = row.number
        level_of[code] = level
        nomen = reader.text(row, "kode_nomenklatur", max_len=40)
        if nomen and nomen not in nomenclature:
            reader.add(row.number, "kode_nomenklatur", f"kode '{nomen}' tidak ada di nomenklatur")
        agency = reader.text(row, "kode_opd", max_len=40)
        if agency and agency not in agencies:
            reader.add(row.number, "kode_opd", f"OPD '{agency}' tidak dikenal")
        parsed.append(
            Row(
                "rpjmd",
                reader.text(row, "periode", max_len=20),
                level,
                code,
                reader.text(row, "parent_kode", max_len=40),
                name,
                reader.text(row, "indikator", max_len=2000),
                reader.text(row, "satuan", max_len=100),
                reader.text(row, "baseline", max_len=100),
                reader.text(row, "target", max_len=100),
                nomen,
                agency,
                (reader.text(row, "demo", max_len=10) or "").lower() in ("1", "ya", "true"),
            )
        )
    for item in parsed:
        depth = RPJMD_LEVELS.index(item.level)
        if depth == 0:
            continue
        if item.parent_code is None:
            reader.add(
                first_row[item.code], "parent_kode", f"{item.level} '{item.code}' perlu induk"
            )
        elif item.parent_code not in level_of:
            reader.add(
                first_row[item.code],
                "parent_kode",
                f"induk '{item.parent_code}' tidak ada di berkas",
            )
        elif RPJMD_LEVELS.index(level_of[item.parent_code]) != depth - 1:
            reader.add(
                first_row[item.code],
                "parent_kode",
                f"induk {item.level} harus {RPJMD_LEVELS[depth - 1]}, bukan {level_of[item.parent_code]}",
            )
    return parsed


def apply(session: Session, rows: list[Row]) -> ImportResult:
    removed = session.execute(delete(PlanItem).where(col(PlanItem.plan_kind) == "rpjmd")).rowcount  # type: ignore[attr-defined]
    session.execute(insert(PlanItem), [asdict(row) for row in rows])
    return ImportResult("rpjmd", "", len(rows), inserted=len(rows), removed=int(removed or 0))
