"""Terima saran OPD: the scorer's routing for the selected (or all filtered) proposals in one
action. Confident suggestions are applied together; the low-confidence ones are listed for
review and applied only where the operator ticks them. The use case is app.core.routing."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.routing import RouteSuggestion, RoutingOutcome, accept_routes, route_suggestions
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.widgets import fit_to_screen

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class BulkRoutingDialog(QDialog):
    routed = Signal(object)  # the RoutingOutcome

    def __init__(
        self, context: AppContext, proposal_ids: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.proposal_ids = list(proposal_ids)
        self.suggestions: list[RouteSuggestion] = []
        self.setWindowTitle(self.tr("Terima saran OPD"))
        self.resize(*fit_to_screen(self, 900, 620))
        box = QVBoxLayout(self)
        self.summary = QLabel(self.tr("Menghitung saran untuk %d usulan…") % len(proposal_ids))
        self.summary.setWordWrap(True)
        box.addWidget(self.summary)
        headers = [
            self.tr("Usulan"),
            self.tr("Desa/Kel."),
            self.tr("OPD disarankan"),
            self.tr("Sub kegiatan"),
            self.tr("Kewenangan"),
            self.tr("Keyakinan"),
        ]
        self.sure_model = QStandardItemModel(0, len(headers), self)
        self.sure_model.setHorizontalHeaderLabels(headers)
        self.review_model = QStandardItemModel(0, len(headers), self)
        self.review_model.setHorizontalHeaderLabels(headers)
        self.sure_view = self._table(self.sure_model)
        self.review_view = self._table(self.review_model)
        box.addWidget(QLabel(self.tr("Diterima sekaligus (keyakinan cukup):")))
        box.addWidget(self.sure_view, 3)
        self.review_label = QLabel(
            self.tr(
                "Perlu diperiksa (keyakinan rendah atau tanpa saran OPD): centang yang benar, "
                "sisanya tetap tanpa OPD untuk diisi di formulir."
            )
        )
        self.review_label.setWordWrap(True)
        box.addWidget(self.review_label)
        box.addWidget(self.review_view, 2)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = QPushButton(self.tr("Terapkan"))
        self.apply_button.setEnabled(False)
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        box.addWidget(self.buttons)
        self._load()

    def _table(self, model: QStandardItemModel) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.verticalHeader().setVisible(False)
        # Tab goes on to the next list and the buttons; Space ticks the current review row.
        view.setTabKeyNavigation(False)
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return view

    def _load(self) -> None:
        engine, ids = self.context.engine, self.proposal_ids

        self.context.tasks.run(
            lambda: route_suggestions(engine, ids), self._show, lambda exc: show_error(self, exc)
        )

    def _row(self, s: RouteSuggestion, checkable: bool) -> list[QStandardItem]:
        cells = [
            s.label,
            s.desa,
            s.agency_label or self.tr("(tidak ada saran)"),
            s.sub_kegiatan_code or "",
            s.kewenangan or "",
            f"{round(100 * s.confidence)}%",
        ]
        items = [QStandardItem(text) for text in cells]
        items[0].setData(s.proposal_id, ID_ROLE)
        items[0].setToolTip(s.label)
        if checkable:
            items[0].setCheckable(bool(s.agency_code))
            items[0].setCheckState(Qt.CheckState.Unchecked)
        return items

    def _show(self, suggestions: list[RouteSuggestion]) -> None:
        self.suggestions = suggestions
        sure = [s for s in suggestions if not s.needs_review]
        review = [s for s in suggestions if s.needs_review]
        for s in sure:
            self.sure_model.appendRow(self._row(s, False))
        for s in review:
            self.review_model.appendRow(self._row(s, True))
        skipped = len(self.proposal_ids) - len(suggestions)
        text = self.tr("%d usulan diterima sekaligus, %d perlu diperiksa.") % (
            len(sure),
            len(review),
        )
        if skipped:
            text += " " + self.tr("%d usulan dilewati (sudah diputuskan atau dihapus).") % skipped
        self.summary.setText(text)
        self.apply_button.setEnabled(bool(suggestions))
        self.apply_button.setDefault(True)

    def checked_review_ids(self) -> set[str]:
        found = set()
        for row in range(self.review_model.rowCount()):
            item = self.review_model.item(row, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                found.add(str(item.data(ID_ROLE)))
        return found

    def set_review_checked(self, proposal_id: str, checked: bool) -> None:
        for row in range(self.review_model.rowCount()):
            item = self.review_model.item(row, 0)
            if item is not None and item.data(ID_ROLE) == proposal_id and item.isCheckable():
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def apply(self) -> None:
        ticked = self.checked_review_ids()
        chosen = [s for s in self.suggestions if not s.needs_review or s.proposal_id in ticked]
        engine, actor = self.context.engine, self.context.user.username

        def work() -> RoutingOutcome:
            return accept_routes(engine, chosen, actor=actor, include_low=True)

        def done(outcome: RoutingOutcome) -> None:
            self.routed.emit(outcome)
            self.accept()

        self.apply_button.setEnabled(False)
        self.context.tasks.run(work, done, lambda exc: show_error(self, exc))
