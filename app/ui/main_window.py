"""The main window: the planning cycle in view, the proposal list, and a status bar."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QMainWindow, QTableView
from sqlalchemy import Engine

from app.core.money import format_rupiah
from app.core.proposal_queries import (
    ProposalRow,
    current_cycle,
    pending_outbox_count,
    proposal_ids,
    proposal_rows,
)
from app.models.db import read_session
from app.ui.proposal_model import ProposalTableModel
from app.ui.tasks import InlineTaskRunner, TaskRunner


@dataclass(frozen=True)
class _Overview:
    cycle_name: str | None
    pagu_total: int
    ids: list[str]
    pending: int


class MainWindow(QMainWindow):
    def __init__(self, engine: Engine, db_label: str, tasks: TaskRunner | InlineTaskRunner) -> None:
        super().__init__()
        self._engine = engine
        self._tasks = tasks
        self.setWindowTitle(self.tr("Musrenbang Kecamatan"))
        self.resize(1200, 720)
        self.model = ProposalTableModel(self._fetch_rows, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.setCentralWidget(self.table)
        self.cycle_label = QLabel(self)
        self.pending_label = QLabel(self)
        status = self.statusBar()
        status.addWidget(self.cycle_label, 1)
        status.addPermanentWidget(self.pending_label)
        status.addPermanentWidget(QLabel(self.tr("Basis data: %s") % db_label, self))
        self.refresh()

    def _fetch_rows(self, ids: Sequence[str]) -> list[ProposalRow]:
        with read_session(self._engine) as session:
            return proposal_rows(session, ids)

    def _load_overview(self) -> _Overview:
        with read_session(self._engine) as session:
            cycle = current_cycle(session)
            ids = proposal_ids(session, cycle.id) if cycle else []
            return _Overview(
                cycle.name if cycle else None,
                cycle.pagu_total if cycle else 0,
                ids,
                pending_outbox_count(session),
            )

    def refresh(self) -> None:
        self.cycle_label.setText(self.tr("Memuat…"))
        self._tasks.run(self._load_overview, self._show_overview, self._show_error)

    def _show_overview(self, overview: _Overview) -> None:
        self.model.set_ids(overview.ids)
        if overview.cycle_name:
            self.setWindowTitle(self.tr("Musrenbang Kecamatan — %s") % overview.cycle_name)
            self.cycle_label.setText(
                self.tr("%s · %d usulan · pagu indikatif %s")
                % (overview.cycle_name, len(overview.ids), format_rupiah(overview.pagu_total))
            )
        else:
            self.cycle_label.setText(self.tr("Belum ada siklus perencanaan."))
        self.pending_label.setText(self.tr("Menunggu sinkronisasi: %d") % overview.pending)

    def _show_error(self, exc: BaseException) -> None:
        from app.ui.errors import show_error

        show_error(self, exc)
