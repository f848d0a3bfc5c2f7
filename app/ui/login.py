"""Signing in. An office database without local users (the demo) opens as the demo admin."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from app.core.database import Database
from app.core.users import authenticate, has_users
from app.errors import UserError
from app.ui.context import DEMO_USER, SignedInUser


class LoginDialog(QDialog):
    def __init__(self, engine: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.user: SignedInUser | None = None
        self.setWindowTitle(self.tr("Masuk — Musrenbang Kecamatan"))
        self.username = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b71c1c;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Masuk"))
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Nama pengguna"), self.username)
        layout.addRow(self.tr("Kata sandi"), self.password)
        layout.addRow(self.message)
        layout.addRow(buttons)

    def try_sign_in(self) -> None:
        try:
            info = authenticate(self.engine, self.username.text(), self.password.text())
        except UserError as exc:  # shown in the dialog, which stays open
            self.message.setText(exc.message)
            self.password.clear()
            self.password.setFocus()
            return
        self.user = SignedInUser(info.username, info.full_name, info.role)
        self.accept()


def sign_in(engine: Database, parent: QWidget | None = None) -> SignedInUser | None:
    if not has_users(engine):
        return DEMO_USER
    dialog = LoginDialog(engine, parent)
    return dialog.user if dialog.exec() == QDialog.DialogCode.Accepted else None
