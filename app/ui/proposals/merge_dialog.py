"""Gabungkan: keep one proposal and merge the others into it, with the reason villages will read."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QWidget,
)

from app.core.duplicates import MergeCandidate, merge_candidates, merge_proposals
from app.ui.context import AppContext
from app.ui.errors import show_error


class MergeDialog(QDialog):
    merged = Signal()

    def __init__(
        self, context: AppContext, proposal_ids: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.proposal_ids = proposal_ids
        self.setWindowTitle(self.tr("Gabungkan usulan"))
        self.keep = QComboBox(self)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setPlainText(
            self.tr("Usulan sama/berdekatan lokasinya; digabung agar dibahas sekali.")
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Pertahankan usulan:"), self.keep)
        layout.addRow(self.tr("Alasan penggabungan:"), self.reason)
        layout.addRow(self.buttons)
        self.buttons.setEnabled(False)  # until the proposals to choose from are read
        engine = context.engine
        self.context.tasks.run(
            lambda: merge_candidates(engine, proposal_ids), self._show, self._load_failed
        )

    def _show(self, candidates: list[MergeCandidate]) -> None:
        for candidate in candidates:
            self.keep.addItem(candidate.label, candidate.proposal_id)
        self.buttons.setEnabled(True)

    def apply(self) -> None:
        keep_id = str(self.keep.currentData())
        others = [i for i in self.proposal_ids if i != keep_id]
        engine, actor, reason = (
            self.context.engine,
            self.context.user.username,
            self.reason.toPlainText(),
        )
        self.buttons.setEnabled(False)
        self.context.tasks.run(
            lambda: merge_proposals(engine, keep_id, others, actor, reason),
            self._done,
            self._failed,
            changes=("proposals",),
        )

    def _done(self, _merged: object) -> None:
        self.merged.emit()
        self.accept()

    def _load_failed(self, exc: BaseException) -> None:
        show_error(self, exc)
        self.reject()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_error(self, exc)
