"""What every reference importer shares: column aliases, typed cell readers, issue collection."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlmodel import Session

from app.core.tabular import SourceRow, Table
from app.errors import UserError
from common.money import parse_rupiah
from common.numbers import NumberFormatError, parse_count

MAX_ISSUES_IN_MESSAGE = 20
_T = TypeVar("_T")


@dataclass(frozen=True)
class ImportIssue:
    source: str
    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = [self.source]
        if self.row is not None:
            where.append(f"baris {self.row}")
        if self.column:
            where.append(f"kolom '{self.column}'")
        return f"{', '.join(where)}: {self.message}"


class ReferenceImportFailed(UserError):
    """Nothing was imported; ``issues`` lists every row and column to fix."""

    def __init__(self, issues: list[ImportIssue]) -> None:
        shown = "\n  ".join(str(issue) for issue in issues[:MAX_ISSUES_IN_MESSAGE])
        more = len(issues) - MAX_ISSUES_IN_MESSAGE
        tail = f"\n  … dan {more} masalah lain." if more > 0 else ""
        super().__init__(
            f"Impor dibatalkan, tidak ada data yang diubah. {len(issues)} masalah:\n  {shown}{tail}",
            hint="Perbaiki berkasnya lalu impor lagi.",
        )
        self.issues = issues


@dataclass
class ImportResult:
    kind: str
    source_name: str
    rows: int
    inserted: int = 0
    updated: int = 0
    removed: int = 0
    notes: list[str] = field(default_factory=list)


class RowReader:
    """Resolves the file's headers to canonical column names and reads typed cells.

    Problems are collected, not raised, so one pass reports every bad cell of the file.
    """

    def __init__(
        self, table: Table, aliases: Mapping[str, tuple[str, ...]], required: tuple[str, ...]
    ) -> None:
        self.table = table
        self.issues: list[ImportIssue] = []
        self._column_of: dict[str, str] = {}
        present = set(table.headers)
        for canonical, names in aliases.items():
            for name in (canonical, *names):
                if name in present:
                    self._column_of[canonical] = name
                    break
        for canonical in required:
            if canonical not in self._column_of:
                accepted = ", ".join(
                    list(dict.fromkeys((canonical, *aliases.get(canonical, ()))))[:6]
                )
                found = ", ".join(h for h in table.raw_headers if h.strip()) or "kosong"
                self.add(
                    None,
                    canonical,
                    f"kolom wajib tidak ada di baris judul (baris {table.header_row}: {found}); "
                    f"nama kolom yang diterima antara lain: {accepted}.",
                )
        if not table.rows:
            self.add(None, None, "berkas tidak berisi baris data")

    @property
    def rows(self) -> list[SourceRow]:
        return self.table.rows

    def has_column(self, canonical: str) -> bool:
        return canonical in self._column_of

    def add(self, row: int | None, column: str | None, message: str) -> None:
        label = self._column_of.get(column, column) if column else None
        self.issues.append(ImportIssue(self.table.source_name, row, label, message))

    def text(
        self, row: SourceRow, column: str, *, required: bool = False, max_len: int = 500
    ) -> str | None:
        source = self._column_of.get(column)
        value = row.values.get(source, "").strip() if source else ""
        if not value:
            if required:
                self.add(row.number, column, "wajib diisi")
            return None
        if len(value) > max_len:
            self.add(
                row.number, column, f"terlalu panjang ({len(value)} huruf, maksimum {max_len})"
            )
            return None
        return value

    def choice(
        self, row: SourceRow, column: str, allowed: tuple[str, ...], *, required: bool = False
    ) -> str | None:
        value = self.text(row, column, required=required, max_len=40)
        if value is None:
            return None
        normalised = value.lower().replace(" ", "_")
        if normalised not in allowed:
            self.add(
                row.number,
                column,
                f"'{value}' tidak dikenal; pilih salah satu: {', '.join(allowed)}",
            )
            return None
        return normalised

    def integer(
        self,
        row: SourceRow,
        column: str,
        *,
        required: bool = False,
        low: int = 0,
        high: int = 10**15,
    ) -> int | None:
        return self._convert(row, column, required, lambda v: _int_in(v, low, high))

    def rupiah(self, row: SourceRow, column: str, *, required: bool = False) -> int | None:
        return self._convert(row, column, required, _rupiah)

    def _convert(
        self, row: SourceRow, column: str, required: bool, convert: Callable[[str], _T]
    ) -> _T | None:
        value = self.text(row, column, required=required, max_len=40)
        if value is None:
            return None
        try:
            return convert(value)
        except ValueError as exc:
            self.add(row.number, column, str(exc))
            return None


def _int_in(text: str, low: int, high: int) -> int:
    try:
        value = parse_count(text)
    except NumberFormatError:
        raise ValueError(f"'{text}' bukan bilangan bulat") from None
    if not low <= value <= high:
        raise ValueError(f"{value} di luar rentang {low}–{high}")
    return value


def _rupiah(text: str) -> int:
    return parse_rupiah(text)  # its MoneyFormatError is a ValueError


def split_codes(text: str | None) -> list[str]:
    if not text:
        return []
    return [part.strip() for part in text.replace(",", ";").split(";") if part.strip()]


# A kind's validate() reads the DB for cross-checks and returns rows ready to apply.
Validator = Callable[[RowReader, Session], Any]
Applier = Callable[[Session, Any], ImportResult]
