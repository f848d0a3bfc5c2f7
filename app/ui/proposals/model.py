"""Proposal list model: holds ids only and fetches rows a page at a time when they are shown.

Sorting and filtering happen in SQL (app.core.proposal_queries); the model only receives the
ordered ids, so 50,000 proposals cost a list of strings, not 50,000 objects.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.core.proposal_queries import ListColumn, ProposalRow, list_columns
from app.core.workflow import STATUS_LABELS
from common.money import format_rupiah
from common.numbers import format_number

PAGE_SIZE = 200
RowFetcher = Callable[[Sequence[str]], list[ProposalRow]]
_Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole


def _t(text: str) -> str:
    return QCoreApplication.translate("ProposalTableModel", text)


Column = ListColumn


def columns() -> tuple[Column, ...]:
    return list_columns()


# Light backgrounds that stay readable in print and for colour-blind users (text says it too).
STATUS_COLOURS = {
    "verified": "#e3f2fd",
    "in_forum": "#fff8e1",
    "agreed": "#e8f5e9",
    "not_agreed": "#ffebee",
    "moved_to_village": "#f3e5f5",
    "postponed": "#eceff1",
    "merged": "#eeeeee",
}


class ProposalTableModel(QAbstractTableModel):
    def __init__(self, fetch_rows: RowFetcher, parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch_rows = fetch_rows
        self._ids: list[str] = []
        self._cache: dict[str, ProposalRow] = {}
        self.columns = columns()
        self.duplicate_ids: frozenset[str] = frozenset()

    def set_ids(self, ids: list[str]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._cache.clear()
        self.endResetModel()

    def set_duplicates(self, ids: frozenset[str]) -> None:
        self.duplicate_ids = ids
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(self.columns) - 1)
            )

    def invalidate(self, proposal_ids: Sequence[str]) -> None:
        """Forget cached rows after an edit so they are read again."""
        for proposal_id in proposal_ids:
            self._cache.pop(proposal_id, None)
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(self.columns) - 1)
            )

    def ids(self) -> list[str]:
        return list(self._ids)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.columns):
            return self.columns[section].label
        return None

    def row_at(self, row: int) -> ProposalRow | None:
        if not 0 <= row < len(self._ids):
            return None
        proposal_id = self._ids[row]
        if proposal_id not in self._cache:
            start = row - row % PAGE_SIZE
            page = [i for i in self._ids[start : start + PAGE_SIZE] if i not in self._cache]
            for fetched in self._fetch_rows(page):
                self._cache[fetched.id] = fetched
        return self._cache.get(proposal_id)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.row_at(index.row())
        if item is None:
            return None
        key = self.columns[index.column()].key
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in (
            "volume",
            "estimated_cost",
            "village_rank",
            "problem_count",
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and item.status in STATUS_COLOURS:
            return QBrush(QColor(STATUS_COLOURS[item.status]))
        if role == Qt.ItemDataRole.ForegroundRole and key == "problem_count" and item.problem_count:
            return QBrush(QColor("#b71c1c"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        if role == ID_ROLE:
            return item.id
        return None

    def _tooltip(self, item: ProposalRow) -> str | None:
        notes = []
        if item.upstream_status:
            notes.append(
                _t("Keputusan kabupaten: %s")
                % " — ".join(p for p in (item.upstream_status, item.upstream_reason) if p)
            )
        if item.problem_count:
            notes.append(
                _t("%d masalah data: buka usulan untuk melihat rinciannya.") % item.problem_count
            )
        if item.id in self.duplicate_ids:
            notes.append(_t("Mirip dengan usulan lain di siklus ini (kemungkinan ganda)."))
        return "\n".join(notes) or None

    def _display(self, item: ProposalRow, key: str) -> str:
        if key == "volume":
            if item.volume is None:
                return ""
            return f"{format_number(item.volume)} {item.satuan or ''}".strip()
        if key == "estimated_cost":
            return format_rupiah(item.estimated_cost) if item.estimated_cost is not None else ""
        if key == "status":
            return _t(STATUS_LABELS.get(item.status, item.status))
        if key == "title":
            mark = "⚠ " if item.problem_count else ""
            dup = " ⧉" if item.id in self.duplicate_ids else ""
            return f"{mark}{_one_line(item.title)}{dup}"
        if key == "problem_count":
            return str(item.problem_count) if item.problem_count else ""
        value = getattr(item, key)
        return "" if value is None else _one_line(str(value))


def _one_line(text: str) -> str:
    """A cell's text on one line: a title wrapped with Alt+Enter in the village's spreadsheet
    ("Pembangunan jalan usaha\ntani ...") would otherwise show only its first line."""
    return " ".join(text.split()) if "\n" in text or "\r" in text else text
