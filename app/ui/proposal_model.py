"""Proposal list model: holds ids only and fetches rows a page at a time when they are shown."""

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

from app.core.money import format_rupiah
from app.core.proposal_queries import ProposalRow
from app.core.workflow import STATUS_LABELS

PAGE_SIZE = 200
RowFetcher = Callable[[Sequence[str]], list[ProposalRow]]
_Index = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    return QCoreApplication.translate("ProposalTableModel", text)


class ProposalTableModel(QAbstractTableModel):
    COLUMNS = ("number", "desa", "title", "volume", "estimated_cost", "status", "kewenangan")

    def __init__(self, fetch_rows: RowFetcher, parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch_rows = fetch_rows
        self._ids: list[str] = []
        self._cache: dict[str, ProposalRow] = {}
        self._headers = (
            _t("Nomor"),
            _t("Desa/Kelurahan"),
            _t("Usulan"),
            _t("Volume"),
            _t("Perkiraan Biaya"),
            _t("Status"),
            _t("Kewenangan"),
        )

    def set_ids(self, ids: list[str]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._cache.clear()
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def row_at(self, row: int) -> ProposalRow | None:
        if not 0 <= row < len(self._ids):
            return None
        proposal_id = self._ids[row]
        if proposal_id not in self._cache:
            start = row - row % PAGE_SIZE
            page = self._ids[start : start + PAGE_SIZE]
            for fetched in self._fetch_rows(page):
                self._cache[fetched.id] = fetched
        return self._cache.get(proposal_id)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.row_at(index.row())
        if item is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("volume", "estimated_cost"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None

    def _display(self, item: ProposalRow, column: str) -> str:
        if column == "volume":
            if item.volume is None:
                return ""
            amount = (
                f"{item.volume:,.0f}".replace(",", ".")
                if item.volume.is_integer()
                else f"{item.volume:g}".replace(".", ",")
            )
            return f"{amount} {item.satuan or ''}".strip()
        if column == "estimated_cost":
            return format_rupiah(item.estimated_cost) if item.estimated_cost is not None else ""
        if column == "status":
            return _t(STATUS_LABELS.get(item.status, item.status))
        value = getattr(item, column)
        return "" if value is None else str(value)
