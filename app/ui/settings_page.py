"""Pengaturan: one tab per concern (office, sync server, language, backups, moving laptops,
log & diagnosis, users); the tabs live in ``app.ui.settings``."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from app.core.settings import LABELS, get_settings, save_settings
from app.ui.context import AppContext
from app.ui.settings.backup_tab import BackupTab
from app.ui.settings.logs_tab import LogsTab
from app.ui.settings.office_tab import OfficeTab
from app.ui.settings.server_tab import ServerTab
from app.ui.settings.transfer_tab import TransferTab
from app.ui.settings.users_tab import UsersTab

LANGUAGES = (("id", "Bahasa Indonesia"), ("en", "English"))


class LanguageTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.language = QComboBox(self)
        for code, label in LANGUAGES:
            self.language.addItem(label, code)
        self.language.setCurrentIndex(self.language.findData(get_settings().language))
        self.language.currentIndexChanged.connect(self._changed)
        form.addRow(self.tr(LABELS["language"]), self.language)
        self.note = QLabel(self)
        form.addRow("", self.note)

    def _changed(self) -> None:
        save_settings(language=str(self.language.currentData()))
        self.note.setText(self.tr("Bahasa baru berlaku setelah aplikasi dibuka ulang."))


class SettingsPage(QWidget):
    office_replaced = Signal(object)  # OpenedDatabase

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.tabs = QTabWidget(self)
        self.office_tab = OfficeTab(context, self)
        self.server_tab = ServerTab(context, self)
        self.language_tab = LanguageTab(self)
        self.backup_tab = BackupTab(context, self)
        self.transfer_tab = TransferTab(context, self)
        self.logs_tab = LogsTab(context, self)
        self.users_tab = UsersTab(context, self)
        for tab, label in (
            (self.office_tab, self.tr("Kantor")),
            (self.server_tab, self.tr("Server sinkronisasi")),
            (self.language_tab, self.tr("Bahasa")),
            (self.backup_tab, self.tr("Cadangan")),
            (self.transfer_tab, self.tr("Pindah laptop")),
            (self.logs_tab, self.tr("Log && diagnosis")),
            (self.users_tab, self.tr("Pengguna")),
        ):
            self.tabs.addTab(tab, label)
        self.office_tab.wizard_requested.connect(self.run_wizard)
        self.backup_tab.office_replaced.connect(self.office_replaced)
        self.transfer_tab.office_replaced.connect(self.office_replaced)
        self.language = self.language_tab.language  # kept for callers of the one-page layout
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Pengaturan</h2>"), self))
        layout.addWidget(self.tabs, 1)

    def show_tab(self, tab: QWidget) -> None:
        self.tabs.setCurrentWidget(tab)

    def run_wizard(self) -> None:
        from app.core.workspace import region_choices
        from app.ui.wizard import OfficeWizard

        wizard = OfficeWizard(self.context.tasks, region_choices(self.context.engine), self)
        wizard.office_ready.connect(self.office_replaced)
        wizard.open()
