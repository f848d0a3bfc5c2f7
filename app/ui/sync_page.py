"""The sync page: last sync, what waits to be sent, items the server refused, conflicts with
both versions side by side and a choice, and what Bappeda/agencies answered per proposal.

Everything it shows is read by ``app.sync.status`` / ``app.sync.conflicts`` on the task
runner's worker; the page only arranges the results and forwards choices.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.database import Database
from app.errors import AppError
from app.sync import conflicts as conflict_ops
from app.sync.client import SyncClient, SyncReport
from app.sync.conflicts import ConflictView
from app.sync.status import (
    ENTITY_LABELS,
    FeedbackItem,
    ItemError,
    item_errors,
    pending_summary,
    sync_status,
    upstream_feedback,
)
from app.ui.context import AppContext
from app.ui.errors import show_error
from common.dates import format_datetime_id
from common.i18n import _
from common.money import format_rupiah

_ModelIndex = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """A read-only table of prepared text rows; ``keys`` keeps the id behind each row."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[list[str]] = []
        self.keys: list[Any] = []

    def set_rows(self, rows: list[list[str]], keys: list[Any]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.keys = keys
        self.endResetModel()

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None


@dataclass(frozen=True)
class SyncSnapshot:
    status: dict[str, Any]
    pending: dict[str, int]
    errors: list[ItemError]
    conflicts: list[ConflictView]
    feedback: list[FeedbackItem]


def load_snapshot(engine: Database) -> SyncSnapshot:
    return SyncSnapshot(
        sync_status(engine),
        pending_summary(engine),
        item_errors(engine),
        conflict_ops.open_conflicts(engine),
        upstream_feedback(engine),
    )


def display_value(field: str, value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if field in ("estimated_cost", "agreed_amount", "amount", "pagu_total") and isinstance(
        value, int
    ):
        return format_rupiah(value)
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _when(text: str | None) -> str | None:
    if not text:
        return None
    try:
        return format_datetime_id(datetime.fromisoformat(text).astimezone())
    except ValueError:
        return text


class SyncPage(QWidget):
    """Mounted by the main window through ``from_context``."""

    refreshed = Signal()
    syncFinished = Signal(object)  # SyncReport or the exception

    @classmethod
    def from_context(cls, context: AppContext) -> SyncPage:
        """How the main window builds the page: every page is built from the context."""
        return cls(context.engine, context.tasks)

    def __init__(
        self,
        engine: Database,
        tasks: Any,
        parent: QWidget | None = None,
        *,
        sync_op: Callable[[], SyncReport] | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.tasks = tasks
        self._sync_op = sync_op or (lambda: SyncClient(engine).sync())
        self._busy = False

        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.sync_button = QPushButton(self.tr("Sinkronkan sekarang"), self)
        self.sync_button.clicked.connect(self.sync_now)
        self.refresh_button = QPushButton(self.tr("Muat ulang"), self)
        self.refresh_button.clicked.connect(self.refresh)

        self.pending_model = RowsModel([self.tr("Jenis data"), self.tr("Menunggu dikirim")], self)
        self.errors_model = RowsModel(
            [
                self.tr("Jenis data"),
                self.tr("Data"),
                self.tr("Perubahan"),
                self.tr("Keadaan"),
                self.tr("Keterangan dari server"),
            ],
            self,
        )
        self.conflicts_model = RowsModel(
            [
                self.tr("Data"),
                self.tr("Kolom"),
                self.tr("Versi kantor ini"),
                self.tr("Versi di server"),
            ],
            self,
        )
        self.feedback_model = RowsModel(
            [
                self.tr("Nomor"),
                self.tr("Usulan"),
                self.tr("Tanggapan kabupaten"),
                self.tr("Alasan"),
            ],
            self,
        )
        self.pending_view = self._view(self.pending_model)
        self.errors_view = self._view(self.errors_model)
        self.conflicts_view = self._view(self.conflicts_model)
        self.feedback_view = self._view(self.feedback_model)

        self.keep_mine_button = QPushButton(self.tr("Pakai versi kantor ini"), self)
        self.keep_theirs_button = QPushButton(self.tr("Pakai versi server"), self)
        self.keep_mine_button.clicked.connect(lambda: self.resolve_selected("mine"))
        self.keep_theirs_button.clicked.connect(lambda: self.resolve_selected("theirs"))
        self.conflicts_view.selectionModel().selectionChanged.connect(self._update_buttons)

        conflict_tab = QWidget(self)
        conflict_layout = QVBoxLayout(conflict_tab)
        conflict_hint = QLabel(
            self.tr(
                "Data ini diubah di dua tempat. Server menyimpan versinya; versi kantor ini disimpan "
                "di sini dan tidak hilang. Pilih versi yang benar; pilihan dikirim pada sinkronisasi berikutnya."
            ),
            conflict_tab,
        )
        conflict_hint.setWordWrap(True)
        conflict_layout.addWidget(conflict_hint)
        conflict_layout.addWidget(self.conflicts_view)
        choice_row = QHBoxLayout()
        choice_row.addStretch(1)
        choice_row.addWidget(self.keep_mine_button)
        choice_row.addWidget(self.keep_theirs_button)
        conflict_layout.addLayout(choice_row)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.pending_view, self.tr("Menunggu dikirim"))
        self.tabs.addTab(self.errors_view, self.tr("Ditolak / tertahan"))
        self.tabs.addTab(conflict_tab, self.tr("Konflik"))
        self.tabs.addTab(self.feedback_view, self.tr("Tanggapan kabupaten"))

        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)
        layout.addWidget(self.tabs, 1)
        self._update_buttons()
        self.refresh()

    def _view(self, model: RowsModel) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        view.verticalHeader().setVisible(False)
        return view

    # ---- loading ----------------------------------------------------------------------

    def refresh(self) -> None:
        engine = self.engine
        self.tasks.run(lambda: load_snapshot(engine), self._show, self._failed)

    def _show(self, snapshot: SyncSnapshot) -> None:
        status = snapshot.status
        if not status["enrolled"]:
            head = self.tr(
                "Perangkat ini belum terdaftar ke server kabupaten. Minta alamat server dan kode "
                "pendaftaran ke admin Bappeda, lalu buka Pengaturan → Server sinkronisasi dan klik "
                '"Daftarkan laptop ini".'
            )
        else:
            last = _when(status["last_sync"]) or self.tr("belum pernah")
            head = (
                self.tr("Kecamatan %1 → %2. Sinkron terakhir: %3.")
                .replace("%1", str(status["kecamatan"]))
                .replace("%2", str(status["server"]))
                .replace("%3", last)
            )
        counts = (
            self.tr("Menunggu dikirim: %1 · ditolak: %2 · konflik: %3")
            .replace("%1", str(status["pending"]))
            .replace("%2", str(status["rejected"]))
            .replace("%3", str(status["conflicts"]))
        )
        lines = [head, counts]
        if status["paused"]:
            lines.append(
                self.tr("Sinkronisasi dijeda: %1").replace("%1", str(status["paused_reason"]))
            )
        elif status["last_error"]:
            lines.append(self.tr("Kesalahan terakhir: %1").replace("%1", str(status["last_error"])))
        for issue in status["issues"]:
            lines.append("• " + str(issue))
        self.status_label.setText("\n".join(lines))

        pending_rows = [
            [_(ENTITY_LABELS.get(k, k)), str(n)] for k, n in sorted(snapshot.pending.items())
        ]
        self.pending_model.set_rows(pending_rows, list(sorted(snapshot.pending)))
        state_labels = {"rejected": self.tr("ditolak"), "pending": self.tr("tertahan")}
        self.errors_model.set_rows(
            [
                [e.entity_label, e.description, e.op, state_labels.get(e.state, e.state), e.error]
                for e in snapshot.errors
            ],
            [e.device_seq for e in snapshot.errors],
        )
        self.conflicts_model.set_rows(
            [
                [
                    c.label,
                    c.field_label,
                    display_value(c.field, c.local_value),
                    display_value(c.field, c.server_value),
                ]
                for c in snapshot.conflicts
            ],
            [c.id for c in snapshot.conflicts],
        )
        self.feedback_model.set_rows(
            [[f.number, f.title, f.status_label, f.reason] for f in snapshot.feedback],
            [f.proposal_id for f in snapshot.feedback],
        )
        self.tabs.setTabText(2, self.tr("Konflik (%1)").replace("%1", str(len(snapshot.conflicts))))
        self._update_buttons()
        self.refreshed.emit()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.sync_button.setEnabled(True)
        if isinstance(exc, AppError):
            text = exc.message + (f" {exc.hint}" if exc.hint else "")
            self.message_label.setText(text)
            self.refresh()
            return
        show_error(self, exc)

    # ---- actions ----------------------------------------------------------------------

    def sync_now(self) -> None:
        if self._busy:
            return
        self._busy = True
        self.sync_button.setEnabled(False)
        self.message_label.setText(self.tr("Sinkronisasi berjalan…"))
        self.tasks.run(self._sync_op, self._synced, self._sync_failed)

    def _synced(self, report: SyncReport) -> None:
        self._busy = False
        self.sync_button.setEnabled(True)
        if report.up_to_date:
            text = self.tr("Selesai: %1 perubahan terkirim; semua data sudah sinkron.").replace(
                "%1", str(report.pushed)
            )
        else:
            text = (
                self.tr(
                    "Selesai dengan catatan: %1 terkirim, %2 ditolak, %3 konflik, %4 masih menunggu. Lihat tab di bawah."
                )
                .replace("%1", str(report.pushed))
                .replace("%2", str(report.rejected_total))
                .replace("%3", str(report.open_conflicts))
                .replace("%4", str(report.pending_after))
            )
        self.message_label.setText(text)
        self.syncFinished.emit(report)
        self.refresh()

    def _sync_failed(self, exc: BaseException) -> None:
        self.syncFinished.emit(exc)
        self._failed(exc)

    def selected_conflict(self) -> int | None:
        rows = self.conflicts_view.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return int(self.conflicts_model.keys[row]) if row < len(self.conflicts_model.keys) else None

    def resolve_selected(self, choice: str) -> None:
        conflict_id = self.selected_conflict()
        if conflict_id is None:
            return
        engine = self.engine

        def done(_result: object) -> None:
            self.message_label.setText(
                self.tr("Pilihan disimpan; dikirim ke server pada sinkronisasi berikutnya.")
            )
            self.refresh()

        self.tasks.run(
            lambda: conflict_ops.resolve(engine, conflict_id, choice), done, self._failed
        )

    def _update_buttons(self) -> None:
        has = self.selected_conflict() is not None
        self.keep_mine_button.setEnabled(has)
        self.keep_theirs_button.setEnabled(has)
