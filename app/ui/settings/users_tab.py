"""Pengguna: the local accounts of this laptop (admin only)."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.users import (
    ROLE_LABELS,
    UserInfo,
    can,
    create_user,
    list_users,
    reset_password,
    set_active,
)
from app.ui.context import AppContext
from app.ui.errors import show_error


class UsersTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.users_model = QStandardItemModel(self)
        self.users_view = QTableView(self)
        self.users_view.setModel(self.users_model)
        self.users_view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.users_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.new_username = QLineEdit(self)
        self.new_username.setPlaceholderText(self.tr("nama pengguna"))
        self.new_full_name = QLineEdit(self)
        self.new_full_name.setPlaceholderText(self.tr("nama lengkap"))
        self.new_role = QComboBox(self)
        for role, label in ROLE_LABELS.items():
            self.new_role.addItem(self.tr(label), role)
        self.new_password = QLineEdit(self)
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_password.setPlaceholderText(self.tr("kata sandi (min. 8)"))
        add = QPushButton(self.tr("Tambah pengguna"), self)
        add.clicked.connect(self.add_user)
        self.toggle_button = QPushButton(self.tr("Aktif/nonaktifkan"), self)
        self.toggle_button.clicked.connect(self.toggle_selected)
        self.reset_button = QPushButton(self.tr("Atur ulang kata sandi…"), self)
        self.reset_button.clicked.connect(self.reset_selected)
        row = QHBoxLayout()
        for widget in (
            self.new_username,
            self.new_full_name,
            self.new_role,
            self.new_password,
            add,
        ):
            row.addWidget(widget)
        actions = QHBoxLayout()
        actions.addWidget(self.toggle_button)
        actions.addWidget(self.reset_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Akun untuk masuk ke aplikasi di laptop ini. Hanya admin yang dapat "
                    "menambah pengguna atau mengganti kata sandi."
                ),
                self,
            )
        )
        layout.addWidget(self.users_view, 1)
        layout.addLayout(row)
        layout.addLayout(actions)
        self.setEnabled(can(context.user.role, "users"))
        self.refresh_users()

    def refresh_users(self) -> None:
        self.context.tasks.run(
            lambda: list_users(self.context.engine),
            self._show_users,
            lambda exc: show_error(self, exc),
        )

    def _show_users(self, users: list[UserInfo]) -> None:
        self.users_model.clear()
        self.users_model.setHorizontalHeaderLabels(
            [self.tr("Nama pengguna"), self.tr("Nama lengkap"), self.tr("Peran"), self.tr("Status")]
        )
        for user in users:
            self.users_model.appendRow(
                [
                    QStandardItem(user.username),
                    QStandardItem(user.full_name),
                    QStandardItem(self.tr(ROLE_LABELS.get(user.role, user.role))),
                    QStandardItem(self.tr("aktif") if user.active else self.tr("nonaktif")),
                ]
            )
        self.users_view.resizeColumnsToContents()

    def _selected_username(self) -> str | None:
        rows = self.users_view.selectionModel().selectedRows()
        return self.users_model.item(rows[0].row(), 0).text() if rows else None

    def add_user(self) -> None:
        engine, actor = self.context.engine, self.context.user.username
        args = (
            self.new_username.text(),
            self.new_full_name.text(),
            str(self.new_role.currentData()),
            self.new_password.text(),
        )

        def done(_info: object) -> None:
            for edit in (self.new_username, self.new_full_name, self.new_password):
                edit.clear()
            self.refresh_users()

        self.context.tasks.run(
            lambda: create_user(engine, *args, actor=actor), done, lambda exc: show_error(self, exc)
        )

    def toggle_selected(self) -> None:
        username = self._selected_username()
        if username is None:
            return
        row = self.users_view.selectionModel().selectedRows()[0].row()
        active = self.users_model.item(row, 3).text() == self.tr("aktif")
        engine, actor = self.context.engine, self.context.user.username
        self.context.tasks.run(
            lambda: set_active(engine, username, not active, actor=actor),
            lambda _r: self.refresh_users(),
            lambda exc: show_error(self, exc),
        )

    def reset_selected(self) -> None:
        username = self._selected_username()
        if username is None:
            return
        password, ok = QInputDialog.getText(
            self,
            self.tr("Kata sandi baru"),
            self.tr("Kata sandi baru untuk %s:") % username,
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        engine, actor = self.context.engine, self.context.user.username
        self.context.tasks.run(
            lambda: reset_password(engine, username, password, actor=actor),
            lambda _r: QMessageBox.information(
                self, self.tr("Kata sandi"), self.tr("Kata sandi %s sudah diganti.") % username
            ),
            lambda exc: show_error(self, exc),
        )
