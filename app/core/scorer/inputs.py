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


@dataclass(frozen=True, slots=True)
class NomenclatureRow:
    code: str
    level: str  # urusan, bidang, program, kegiatan, sub_kegiatan
    name: str
    parent_code: str | None = None


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
    text = _clean(value).replace("Rp", "").replace(" ", "")
    if not text:
        return None
    digits = text.replace(".", "").replace(",", ".")
    try:
        return float(digits)
    except ValueError:
        return None


def read_kamus_csv(path: Path) -> tuple[KamusRow, ...]:
    """A kamus usulan CSV: the SIPD-like export (id_kamus, nama_usulan, jenis_usulan,
    pelaksana_opd) or the application's own columns (code, name, jenis, agency_name,
    agency_code, sub_kegiatan_code, satuan, unit_price)."""
    rows = []
    for row in _read_csv(path):
        name = _clean(row.get("nama_usulan") or row.get("name"))
        if not name:
            continue
        rows.append(
            KamusRow(
                code=_clean(row.get("id_kamus") or row.get("code")),
                name=name,
                jenis=_clean(row.get("jenis_usulan") or row.get("jenis")),
                agency_name=_clean(row.get("pelaksana_opd") or row.get("agency_name")),
                agency_code=_clean(row.get("agency_code")) or None,
                sub_kegiatan_code=_clean(row.get("sub_kegiatan_code")) or None,
                satuan=_clean(row.get("satuan")),
                unit_price=_parse_price(row.get("unit_price") or row.get("harga_satuan")),
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
