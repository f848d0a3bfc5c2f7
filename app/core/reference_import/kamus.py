"""Kamus usulan: the region's menu of allowed proposal items, replaced as a whole.

Accepts the files regions actually have: SIPD exports (``kode_sub_kegiatan``,
``nama_sub_kegiatan``, ``kamus_usulan``, ``perangkat_daerah``, ``satuan``,
``perkiraan_harga_satuan``; sub kegiatan codes with a two-digit last segment, no id column),
e-Musrenbang dumps (``id_kamus``, ``nama_usulan``, ``jenis_usulan``, ``pelaksana_opd``) and the
application's own template. An item listed for several executors (several rows, or several names
in one cell separated by ``;`` or a line break) is kept once per executor under one code: the
scorer offers all of them as alternatives.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy import delete, insert
from sqlmodel import Session, select

from app.core.nomenclature_codes import is_placeholder, known_code, under_bidang
from app.core.reference_import.common import ImportResult, RowReader
from app.core.scorer.inputs import (
    KAMUS_COLUMNS,
    kamus_item_code,
    normalise_sub_kegiatan_code,
    split_executors,
)
from app.models import Agency, KamusItem, NomenclatureEntry

ALIASES = {
    "kode": tuple(n for n in KAMUS_COLUMNS["code"] if n != "kode"),
    "nama": ("nama", *KAMUS_COLUMNS["name"]),
    "jenis": KAMUS_COLUMNS["jenis"],
    "opd": KAMUS_COLUMNS["agency_name"],
    "kode_opd": KAMUS_COLUMNS["agency_code"],
    "kode_sub_kegiatan": tuple(
        n for n in KAMUS_COLUMNS["sub_kegiatan_code"] if n != "kode_sub_kegiatan"
    ),
    "nama_sub_kegiatan": tuple(
        n for n in KAMUS_COLUMNS["sub_kegiatan_name"] if n != "nama_sub_kegiatan"
    ),
    "satuan": tuple(n for n in KAMUS_COLUMNS["satuan"] if n != "satuan"),
    "harga_satuan": tuple(n for n in KAMUS_COLUMNS["unit_price"] if n != "harga_satuan"),
}
REQUIRED = ("nama",)


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


def _folded(text: str) -> str:
    return " ".join(text.lower().split())


def validate(reader: RowReader, session: Session) -> list[Row]:
    sub_rows = session.exec(
        select(NomenclatureEntry.code, NomenclatureEntry.name).where(
            NomenclatureEntry.level == "sub_kegiatan"
        )
    ).all()
    sub_kegiatan = frozenset(sub_code for sub_code, _ in sub_rows)
    sub_by_name: dict[str, str] = {}
    for sub_code, sub_title in sorted(sub_rows):
        sub_by_name.setdefault(_folded(sub_title), sub_code)
    agencies = set(session.exec(select(Agency.code)).all())
    parsed: list[Row] = []
    first_row: dict[str, tuple[int, str]] = {}
    seen: set[tuple[str, str]] = set()
    for row in reader.rows:
        name = reader.text(row, "nama", required=True, max_len=500)
        price = reader.rupiah(row, "harga_satuan")
        if name is None:
            continue
        raw_sub = reader.text(row, "kode_sub_kegiatan", max_len=40)
        sub = normalise_sub_kegiatan_code(raw_sub)
        sub_name = reader.text(row, "nama_sub_kegiatan", max_len=1000)
        if sub and sub_kegiatan and not known_code(sub, sub_kegiatan):
            by_name = sub_by_name.get(_folded(sub_name or ""))
            if by_name is not None and is_placeholder(by_name):
                # a supporting-programme item: the stale code still says whose bidang
                by_name = under_bidang(by_name, ".".join(sub.split(".")[:2]))
            if by_name is not None and known_code(by_name, sub_kegiatan):
                sub = by_name  # the code is stale, the name is the nomenclature's
            else:
                reader.add(
                    row.number,
                    "kode_sub_kegiatan",
                    f"sub kegiatan '{raw_sub}' tidak ada di nomenklatur",
                )
        elif not sub and sub_name:
            sub = sub_by_name.get(_folded(sub_name))
            if sub is not None and is_placeholder(sub):
                sub = None  # a supporting-programme item names no bidang; its executor does
        code = reader.text(row, "kode", max_len=40) or kamus_item_code(name, sub)
        earlier = first_row.get(code)
        if earlier is not None and _folded(earlier[1]) != _folded(name):
            reader.add(
                row.number,
                "kode",
                f"kode '{code}' ganda untuk usulan lain (sudah ada di baris {earlier[0]})",
            )
            continue
        first_row.setdefault(code, (row.number, name))
        agency = reader.text(row, "kode_opd", max_len=40)
        if agency and agency not in agencies:
            reader.add(row.number, "kode_opd", f"OPD '{agency}' tidak dikenal")
        for executor in split_executors(reader.text(row, "opd", max_len=1000) or ""):
            if len(executor) > 300:
                reader.add(row.number, "opd", "nama perangkat daerah terlalu panjang")
                continue
            key = (code, _folded(executor))
            if key in seen:
                continue  # the same item and executor listed twice: kept once
            seen.add(key)
            parsed.append(
                Row(
                    code,
                    name,
                    reader.text(row, "jenis", max_len=40),
                    executor or None,
                    agency,
                    sub,
                    reader.text(row, "satuan", max_len=100),
                    price,
                )
            )
    return parsed


def apply(session: Session, rows: list[Row]) -> ImportResult:
    removed = session.execute(delete(KamusItem)).rowcount  # type: ignore[attr-defined]
    if rows:
        session.execute(insert(KamusItem), [asdict(row) for row in rows])
    items = len({row.code for row in rows})
    result = ImportResult("kamus", "", len(rows), inserted=len(rows), removed=int(removed or 0))
    if items != len(rows):
        result.notes.append(
            f"{items} butir kamus; {len(rows) - items} butir punya lebih dari satu pelaksana "
            "(disimpan sebagai alternatif)."
        )
    return result
