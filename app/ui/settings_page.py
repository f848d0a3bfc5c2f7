"""Pengaturan: language, local users (admin), and setting up a real office."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
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

from app.core.settings import SETTINGS, load_settings, save_setting
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

LANGUAGES = (("id", "Bahasa Indonesia"), ("en", "English"))


class SettingsPage(QWidget):
    office_replaced = Signal(object)  # OpenedDatabase

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        admin = can(context.user.role, "settings")
        general = QGroupBox(self.tr("Umum"), self)
        form = QFormLayout(general)
        self.language = QComboBox(self)
        for code, label in LANGUAGES:
            self.language.addItem(label, code)
        self.language.setCurrentIndex(self.language.findData(load_settings()["language"]))
        self.language.currentIndexChanged.connect(self._language_changed)
        form.addRow(self.tr(SETTINGS["language"].label), self.language)
        self.language_note = QLabel(self)
        form.addRow("", self.language_note)
        self.setup_button = QPushButton(self.tr("Siapkan kantor baru (wizard)…"), self)
        self.setup_button.clicked.connect(self.run_wizard)
        self.setup_button.setEnabled(admin)
        form.addRow(self.tr("Kantor"), self.setup_button)

        users_box = QGroupBox(self.tr("Pengguna lokal"), self)
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
        users_layout = QVBoxLayout(users_box)
        users_layout.addWidget(self.users_view)
        users_layout.addLayout(row)
        users_layout.addLayout(actions)
        users_box.setEnabled(can(context.user.role, "users"))

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Pengaturan</h2>"), self))
        layout.addWidget(general)
        layout.addWidget(users_box, 1)
        self.refresh_users()

    def _language_changed(self) -> None:
        save_setting("language", str(self.language.currentData()))
        self.language_note.setText(self.tr("Bahasa baru berlaku setelah aplikasi dibuka ulang."))

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

    def run_wizard(self) -> None:
        from app.ui.wizard import OfficeWizard, region_choices

        wizard = OfficeWizard(self.context.tasks, region_choices(self.context.engine), self)
        wizard.office_ready.connect(self.office_replaced)
        wizard.open()
