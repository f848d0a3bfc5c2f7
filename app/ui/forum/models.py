"""Item models of the forum page: the ranking table (ratings editable) and simple row lists."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from app.core.forum.decisions import OUTCOME_LABELS
from app.core.forum.summary import ProposalView
from common.money import format_rupiah

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class RankingTableModel(QAbstractTableModel):
    """Rows are the board's proposals in kecamatan order; one editable column per criterion."""

    rating_edited = Signal(str, str, int)  # proposal id, criterion key, value

    FIXED = ("rank", "number", "title", "desa", "agency")
    TAIL = ("score", "amount", "outcome", "suggested")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ProposalView] = []
        self.criteria: list[tuple[str, str, int]] = []
        self.editable = True

    def set_rows(
        self, rows: Sequence[ProposalView], criteria: Sequence[tuple[str, str, int]], editable: bool
    ) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.criteria = list(criteria)
        self.editable = editable
        self.endResetModel()

    def row_of(self, proposal_id: str) -> int | None:
        for i, row in enumerate(self.rows):
            if row.id == proposal_id:
                return i
        return None

    def _columns(self) -> list[str]:
        return [*self.FIXED, *(f"c:{k}" for k, _l, _w in self.criteria), *self.TAIL]

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        columns = self._columns()
        if not 0 <= section < len(columns):
            return None
        key = columns[section]
        if key.startswith("c:"):
            for k, label, weight in self.criteria:
                if f"c:{k}" == key:
                    return f"{label} ({weight}%)"
        labels = {
            "rank": self.tr("Peringkat OPD"),
            "number": self.tr("Nomor"),
            "title": self.tr("Usulan"),
            "desa": self.tr("Desa/Kel."),
            "agency": self.tr("OPD"),
            "score": self.tr("Nilai"),
            "amount": self.tr("Biaya/nilai indikatif"),
            "outcome": self.tr("Keputusan"),
            "suggested": self.tr("Saran pagu"),
        }
        return labels.get(key)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        if self.editable and self._columns()[index.column()].startswith("c:"):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        key = self._columns()[index.column()]
        if role == ID_ROLE:
            return row.id
        if key.startswith("c:") and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            for rating in row.ratings:
                if f"c:{rating.key}" == key:
                    return rating.value
            return None
        if role == Qt.ItemDataRole.ToolTipRole and key.startswith("c:"):
            for rating in row.ratings:
                if f"c:{rating.key}" == key:
                    return rating.note
        if role == Qt.ItemDataRole.ForegroundRole and key == "outcome" and row.outcome:
            return QColor("#1b7f3b") if row.outcome == "agreed" else QColor("#a05a00")
        if role == Qt.ItemDataRole.TextAlignmentRole and (
            key.startswith("c:") or key in ("score", "rank", "amount")
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values: dict[str, Callable[[], Any]] = {
            "rank": lambda: row.rank_in_group,
            "number": lambda: row.number or "",
            "title": lambda: row.title + (" ↕" if row.moved else ""),
            "desa": lambda: row.desa or "",
            "agency": lambda: row.agency_label,
            "score": lambda: row.score,
            "amount": lambda: format_rupiah(row.amount),
            "outcome": lambda: (
                QCoreApplication.translate(
                    "ForumPage", OUTCOME_LABELS.get(row.outcome, row.outcome)
                )
                + (f" #{row.priority}" if row.outcome == "agreed" and row.priority else "")
                if row.outcome
                else ""
            ),
            "suggested": lambda: self.tr("muat") if row.suggested else "",
        }
        return values[key]()

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        key = self._columns()[index.column()]
        if not key.startswith("c:"):
            return False
        try:
            number = int(value)
        except (TypeError, ValueError):
            return False
        if not 1 <= number <= 5:
            return False
        self.rating_edited.emit(self.rows[index.row()].id, key[2:], number)
        return True


class RowsModel(QAbstractTableModel):
    """A read-only table over rows of tuples (attendance, delegates); the first item is the id."""

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[tuple[str, ...]] = []

    def set_rows(self, rows: Sequence[tuple[str, ...]]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == ID_ROLE:
            return row[0]
        if role == Qt.ItemDataRole.DisplayRole and index.column() + 1 < len(row):
            return row[index.column() + 1]
        return None
