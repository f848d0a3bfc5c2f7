"""What every report is made of, shared by the PDF and the Excel writers: the header facts of the
session (kop, digest) and tables as columns plus typed rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from app.core.progress import CancelCheck, Progress

# Kinds of cell: text wraps; money is whole Rupiah; int a count; number a volume (may be
# fractional); sign is an empty box for a signature.
CELL_KINDS = ("text", "money", "int", "number", "sign")
ROW_STYLES = ("data", "group", "subtotal", "total", "note")


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    width: float  # relative width (millimetres at full scale)
    kind: str = "text"
    number: str = ""  # the column number printed under the header, e.g. "(1)"


@dataclass(frozen=True)
class Row:
    values: tuple[object, ...]
    style: str = "data"


@dataclass
class TableData:
    """One table of a document; the Excel twin writes it as one sheet."""

    name: str  # sheet name (≤ 31 characters)
    title: str
    columns: tuple[Column, ...]
    rows: list[Row] = field(default_factory=list)
    row_height: float | None = None  # minimum row height in points (signature lists)

    def add(self, *values: object, style: str = "data") -> None:
        if len(values) != len(self.columns):
            raise ValueError(f"{self.name}: {len(values)} values for {len(self.columns)} columns")
        self.rows.append(Row(tuple(values), style))


@dataclass(frozen=True)
class ReportInfo:
    """Facts every page shows: who issues it, which session, and the digest that binds it."""

    kind: str
    document_title: str
    kabupaten: str  # "Kabupaten Kutai Kartanegara"
    kecamatan: str  # "Tenggarong"
    cycle_year: int  # the RKPD year the forum plans for
    session_id: str
    session_title: str
    session_kind_label: str
    held_on: date | None
    place: str | None
    chair: str | None
    minute_taker: str | None
    sealed: bool
    digest: str
    code: str
    generated_at: datetime
    logo: Path | None = None
    number: str | None = None  # the document number (berita acara)
    office_address: str | None = None  # Pengaturan → Kantor; the kop's third line
    camat_name: str | None = None
    camat_nip: str | None = None

    @property
    def town(self) -> str:
        """Where a document is signed: the kecamatan's town (the seat of the kantor camat, which
        in Kukar carries the kecamatan's name), not the venue of the forum."""
        return self.kecamatan

    @property
    def kecamatan_line(self) -> str:
        return f"Kecamatan {self.kecamatan}"

    @property
    def forum_name(self) -> str:
        """ "Musrenbang Kecamatan Tenggarong", "Pra Forum / Forum Perangkat Daerah Kecamatan …"."""
        label = self.session_kind_label
        if label.endswith("Kecamatan"):
            return f"{label} {self.kecamatan}"
        return f"{label} Kecamatan {self.kecamatan}"


@dataclass(frozen=True)
class CollectOptions:
    logo: Path | None = None
    number: str | None = None
    progress: Progress | None = None
    cancelled: CancelCheck | None = None
