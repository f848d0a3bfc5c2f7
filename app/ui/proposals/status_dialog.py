"""Ubah status: moves the selected proposals along the workflow, asking for a reason where
the workflow requires one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from app.core.status_change import MixedChange, change_status_where_allowed, target_choices
from app.core.workflow import NEEDS_REASON, STATUS_LABELS
from app.ui.context import AppContext
from app.ui.errors import show_error


class StatusDialog(QDialog):
    changed = Signal()

    def __init__(
        self, context: AppContext, proposal_ids: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.proposal_ids = proposal_ids
        self.setWindowTitle(self.tr("Ubah status usulan"))
        self.target = QComboBox(self)
        # Every status some of the selection may take, with how many can: a mixed selection
        # once offered only the common ones and dropped the rest without a word.
        choices = target_choices(context.engine, proposal_ids)
        targets = [c.status for c in choices]
        for choice in choices:
            label = self.tr(STATUS_LABELS[choice.status])
            if choice.movable < choice.total:
                label += " " + self.tr("(%d dari %d usulan)") % (choice.movable, choice.total)
            self.target.addItem(label, choice.status)
        self.choices = {c.status: c for c in choices}
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setPlaceholderText(
            self.tr("Alasan (wajib untuk ditolak, dialihkan, ditunda, atau digabung)")
        )
        self.reason.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(QLabel(self.tr("%d usulan dipilih.") % len(proposal_ids), self))
        if not targets:
            layout.addRow(
                QLabel(self.tr("Tidak ada status yang berlaku untuk semua usulan terpilih."), self)
            )
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        layout.addRow(self.tr("Status baru:"), self.target)
        layout.addRow(self.note)
        layout.addRow(self.tr("Alasan:"), self.reason)
        layout.addRow(self.buttons)
        self.target.currentIndexChanged.connect(self._update_reason_hint)
        self._update_reason_hint()

    def _update_reason_hint(self) -> None:
        choice = self.choices.get(str(self.target.currentData()))
        if choice is not None and choice.movable < choice.total:
            self.note.setText(
                self.tr(
                    "%d usulan lain tidak dapat diubah ke status ini dan dibiarkan seperti semula."
                )
                % (choice.total - choice.movable)
            )
        else:
            self.note.setText("")
        needs = self.target.currentData() in NEEDS_REASON
        self.reason.setEnabled(True)
        self.reason.setToolTip(self.tr("Wajib diisi") if needs else self.tr("Boleh dikosongkan"))

    def apply(self) -> None:
        status = self.target.currentData()
        if status is None:
            return
        engine, ids, actor, reason = (
            self.context.engine,
            self.proposal_ids,
            self.context.user.username,
            self.reason.toPlainText(),
        )
        self.buttons.setEnabled(False)
        self.context.tasks.run(
            lambda: change_status_where_allowed(
                engine, ids, str(status), actor=actor, reason=reason
            ),
            self._done,
            self._failed,
            changes=("proposals",),
        )

    def _done(self, result: MixedChange) -> None:
        self.outcome = result
        self.changed.emit()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        # The dialog stays open so the operator can add the missing reason.
        self.buttons.setEnabled(True)
        show_error(self, exc)
