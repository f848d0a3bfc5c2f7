"""Plain, frozen inputs of the alignment scorer and the loader for the bundled reference data.

The scorer never reads the database or Qt objects: callers turn whatever they hold (bundled CSV
files, the SQLModel tables, an imported spreadsheet) into these dataclasses first.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from app.paths import resource
from common.numbers import find_number


@dataclass(frozen=True, slots=True)
class NomenclatureRow:
    code: str
    level: str  # urusan, bidang, program, kegiatan, sub_kegiatan
    name: str
    parent_code: str | None = None
    # the Kepmendagri lists' performance and indicator texts ("Jumlah Unit Sekolah Baru yang
    # Dibangun"); empty in the bundled list, filled when an office imports the full list
    kinerja: str = ""
    indikator: str = ""


@dataclass(frozen=True, slots=True)
class AgencyRow:
    code: str
    name: str
    abbreviation: str = ""
    bidang_codes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PlanItemRow:
    """One RPJMD node (sasaran, program prioritas, ...) with its optional nomenclature link."""

    code: str
    level: str
    name: str
    parent_code: str | None = None
    indikator: str = ""
    nomenclature_code: str | None = None


@dataclass(frozen=True, slots=True)
class RenstraRow:
    agency_code: str
    level: str  # program, kegiatan, sub_kegiatan
    nomenclature_code: str
    name: str
    indikator: str = ""
    year: int | None = None


@dataclass(frozen=True, slots=True)
class KamusRow:
    code: str
    name: str
    jenis: str = ""
    agency_name: str = ""
    agency_code: str | None = None
    sub_kegiatan_code: str | None = None
    satuan: str = ""
    unit_price: float | None = None


@dataclass(frozen=True, slots=True)
class ConfirmedRouting:
    """The office accepted (or corrected) a routing: evidence for similar later proposals."""

    text: str
    bidang_code: str
    agency_code: str | None = None
    sub_kegiatan_code: str | None = None
    suggested_bidang_code: str | None = None
    accepted: bool = True
    proposal_id: str | None = None


@dataclass(frozen=True, slots=True)
class CostRecord:
    """A past proposal's unit cost (Rupiah per satuan) under a sub kegiatan."""

    sub_kegiatan_code: str
    satuan: str
    unit_cost: float


@dataclass(frozen=True, slots=True)
class RegionRow:
    code: str
    level: str  # kabupaten, kecamatan, desa, kelurahan
    name: str


@dataclass(frozen=True, slots=True)
class ScorerReference:
    nomenclature: tuple[NomenclatureRow, ...]
    agencies: tuple[AgencyRow, ...] = ()
    plan_items: tuple[PlanItemRow, ...] = ()
    renstra_items: tuple[RenstraRow, ...] = ()
    kamus_items: tuple[KamusRow, ...] = ()
    confirmed_routings: tuple[ConfirmedRouting, ...] = ()
    cost_history: tuple[CostRecord, ...] = ()
    regions: tuple[RegionRow, ...] = ()

    def static_fingerprint(self) -> str:
        """Hash of the parts the built index depends on (not the routings or cost history)."""
        digest = hashlib.sha256()
        for row in self.nomenclature:
            digest.update(f"N|{row.code}|{row.level}|{row.name}|{row.parent_code}\n".encode())
            if row.kinerja or row.indikator:
                digest.update(f"K|{row.kinerja}|{row.indikator}\n".encode())
        for agency in self.agencies:
            digest.update(
                f"A|{agency.code}|{agency.name}|{';'.join(agency.bidang_codes)}\n".encode()
            )
        return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class ProposalInput:
    """One proposal as the scorer sees it. ``None`` means "not known" (not zero)."""

    id: str
    text: str
    problem: str = ""
    desa: str = ""
    kecamatan: str = ""
    volume: float | None = None
    satuan: str = ""
    biaya: float | None = None
    has_location: bool | None = None
    photo_count: int | None = None
    extra: tuple[tuple[str, str], ...] = field(default=())


def _clean(value: str | None) -> str:
    return " ".join((value or "").split())


def _read_csv(path: Path) -> list[dict[str, str]]:
    from app.core.tabular import read_table  # the app's one table reader

    table = read_table(path, skip_summary_rows=False)
    return [row.values for row in table.rows]


def read_nomenclature_csv(path: Path) -> tuple[NomenclatureRow, ...]:
    return tuple(
        NomenclatureRow(
            code=_clean(row.get("kode")),
            level=_clean(row.get("level")),
            name=_clean(row.get("nama")),
            parent_code=_clean(row.get("parent_kode")) or None,
            kinerja=_clean(row.get("kinerja")),
            indikator=_clean(row.get("indikator")),
        )
        for row in _read_csv(path)
        if _clean(row.get("kode"))
    )


def read_agencies_csv(path: Path) -> tuple[AgencyRow, ...]:
    rows = []
    for row in _read_csv(path):
        code = _clean(row.get("kode"))
        if not code:
            continue
        bidang = tuple(b.strip() for b in (row.get("bidang_urusan") or "").split(";") if b.strip())
        rows.append(
            AgencyRow(
                code=code,
                name=_clean(row.get("nama")),
                abbreviation=_clean(row.get("singkatan")),
                bidang_codes=bidang,
            )
        )
    return tuple(rows)


def read_regions_csv(path: Path) -> tuple[RegionRow, ...]:
    return tuple(
        RegionRow(
            code=_clean(r.get("kode")), level=_clean(r.get("level")), name=_clean(r.get("nama"))
        )
        for r in _read_csv(path)
        if _clean(r.get("kode"))
    )


def _parse_price(value: str | None) -> float | None:
    return find_number(_clean(value)) if _clean(value) else None


# column names of real kamus usulan files (SIPD exports, e-Musrenbang dumps) and the app's own
KAMUS_COLUMNS: dict[str, tuple[str, ...]] = {
    "code": ("id_kamus", "kode_kamus", "id", "no_kamus", "code"),
    "name": (
        "kamus_usulan",
        "nama_usulan",
        "nama_kamus",
        "nama_kamus_usulan",
        "usulan",
        "uraian_usulan",
        "nama_item",
        "item_usulan",
        "uraian",
        "uraian_pekerjaan",
        "nama_pekerjaan",
        "name",
    ),
    "jenis": ("jenis_usulan", "jenis", "kategori"),
    "agency_name": (
        "perangkat_daerah",
        "pelaksana_opd",
        "nama_opd",
        "opd",
        "opd_pelaksana",
        "skpd",
        "nama_skpd",
        "pelaksana",
        "nama_perangkat_daerah",
        "agency_name",
    ),
    "agency_code": ("kode_perangkat_daerah", "kode_opd", "kode_skpd", "agency_code"),
    "sub_kegiatan_code": (
        "kode_sub_kegiatan",
        "kode_subkegiatan",
        "kd_sub_kegiatan",
        "sub_kegiatan_code",
        "kode_sub",
    ),
    "sub_kegiatan_name": ("nama_sub_kegiatan", "sub_kegiatan", "nama_subkegiatan"),
    "satuan": ("satuan", "satuan_usulan", "satuan_volume"),
    "unit_price": (
        "perkiraan_harga_satuan",
        "harga_satuan",
        "perkiraan_harga",
        "harga",
        "unit_price",
    ),
}
# segment widths of a sub kegiatan code: 1.01.02.2.01.0008
_SEGMENT_WIDTHS = (1, 2, 2, 1, 2, 4)


def normalise_sub_kegiatan_code(code: str | None) -> str | None:
    """Pads the segments of a sub kegiatan code as the nomenclature writes them: SIPD writes
    ``1.01.02.2.01.08`` for ``1.01.02.2.01.0008``. Anything not shaped like a code is returned
    trimmed (the caller reports it)."""
    text = _clean(code).strip(".")
    if not text:
        return None
    parts = text.split(".")
    if len(parts) != len(_SEGMENT_WIDTHS) or not all(p.isdigit() for p in parts[1:]):
        return text
    return ".".join(
        p.zfill(width) if p.isdigit() else p
        for p, width in zip(parts, _SEGMENT_WIDTHS, strict=True)
    )


def split_executors(value: str) -> list[str]:
    """Several executors in one cell ("Dinas PU; Dinas Perkim", one per line): a comma is not a
    separator (agency names contain commas)."""
    parts = [p.strip() for chunk in value.replace("\r", "\n").split("\n") for p in chunk.split(";")]
    return [p for p in parts if p] or [""]


def kamus_item_code(name: str, sub_kegiatan_code: str | None) -> str:
    """A stable code for a kamus item that has no id column (SIPD exports have none)."""
    key = f"{' '.join(name.lower().split())}|{sub_kegiatan_code or ''}"
    return "K" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10].upper()


def _pick(row: dict[str, str], field_name: str) -> str:
    lowered = {k.strip().lower().replace(" ", "_"): v for k, v in row.items() if k}
    for name in KAMUS_COLUMNS[field_name]:
        value = lowered.get(name)
        if value and value.strip():
            return _clean(value)
    return ""


def _kamus_table(path: Path) -> list[dict[str, str]]:
    """Rows of a kamus file by header: CSV in any usual encoding and delimiter, XLSX, XLS or
    ODS (the app's one table reader)."""
    from app.core.tabular import read_first_sheet, to_table

    sheet, _encoding = read_first_sheet(path)
    if sheet is None or not any(any(c.strip() for c in row) for row in sheet.rows):
        return []
    # SIPD and office files open with title rows: the header is the row with the most
    # kamus column names, and a closing "Jumlah" row is not an item
    known = {name for names in KAMUS_COLUMNS.values() for name in names}
    table = to_table(sheet, path.name, known=known)
    return [dict(row.values) for row in table.rows]


def read_kamus_csv(path: Path) -> tuple[KamusRow, ...]:
    """A kamus usulan CSV as regions export it: SIPD (kode_sub_kegiatan, nama_sub_kegiatan,
    kamus_usulan, perangkat_daerah, satuan, perkiraan_harga_satuan), e-Musrenbang (id_kamus,
    nama_usulan, jenis_usulan, pelaksana_opd) or the application's own columns. An item listed
    for several executors gives one row per executor under the same code (alternatives)."""
    rows = []
    for row in _kamus_table(path):
        name = _pick(row, "name")
        if not name:
            continue
        sub = normalise_sub_kegiatan_code(_pick(row, "sub_kegiatan_code"))
        code = _pick(row, "code") or kamus_item_code(name, sub)
        for agency in split_executors(_pick(row, "agency_name")):
            rows.append(
                KamusRow(
                    code=code,
                    name=name,
                    jenis=_pick(row, "jenis"),
                    agency_name=agency,
                    agency_code=_pick(row, "agency_code") or None,
                    sub_kegiatan_code=sub,
                    satuan=_pick(row, "satuan"),
                    unit_price=_parse_price(_pick(row, "unit_price")),
                )
            )
    return tuple(rows)


def load_bundled_reference(
    *, kamus: Iterable[KamusRow] = (), with_regions: bool = True
) -> ScorerReference:
    """The reference data shipped with the application (fresh installation, no database)."""
    regions = read_regions_csv(resource("reference", "wilayah_kukar.csv")) if with_regions else ()
    return ScorerReference(
        nomenclature=read_nomenclature_csv(resource("reference", "nomenklatur.csv")),
        agencies=read_agencies_csv(resource("reference", "opd_kukar_default.csv")),
        kamus_items=tuple(kamus),
        regions=regions,
    )


def sample_kamus_path() -> Path:
    """The bundled sample kamus (Kota Surabaya, partial); not loaded unless asked for."""
    return resource("kamus", "kamus_usulan_surabaya.csv")
