"""Cadangan: where backups go (e.g. a USB drive), the automatic backup, backing up now, and
the list of backups with what each holds; restoring one replaces the office's database."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import paths
from app.core.backup_service import (
    MAX_INTERVAL_HOURS,
    MIN_INTERVAL_HOURS,
    PREVIEW_LABELS,
    BackupInfo,
    BackupPreview,
    all_backups,
    backup_policy,
    backup_target,
    format_size,
    preview_backup,
    preview_lines,
    reset_fallback_notices,
    restore_with_safety_backup,
    take_backup,
)
from app.core.progress import CancelCheck, Progress
from app.core.settings import save_settings
from app.core.users import can
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.progress import run_with_progress
from common.dates import format_datetime_id

REASON_LABELS = {
    "manual": "Manual",
    "auto": "Otomatis",
    "daily": "Harian",
    "before-restore": "Sebelum pemulihan",
    "before-import": "Sebelum impor",
    "pre-migration": "Sebelum pemutakhiran aplikasi",
}


def reason_code(reason: str) -> str:
    """The key of REASON_LABELS: the copy made before a schema upgrade is named
    ``pre-migration-<revision>``."""
    return "pre-migration" if reason.startswith("pre-migration") else reason


def _t(text: str) -> str:
    return QCoreApplication.translate("BackupTab", text)


def translated_preview_lines(preview: BackupPreview) -> list[tuple[str, str]]:
    """``preview_lines`` with the labels in the interface language (the values stay as the core
    words them). The loop over the label table lets tools/update_translations.py extract them."""
    values = dict(preview_lines(preview))
    lines = []
    for label in PREVIEW_LABELS.values():
        lines.append((_t(label), values[label]))
    return lines


class BackupTab(QWidget):
    office_replaced = Signal(object)  # OpenedDatabase

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        admin = can(context.user.role, "settings")
        self.backups: list[BackupInfo] = []

        where = QGroupBox(self.tr("Tempat dan jadwal"), self)
        self.folder = QLineEdit(self)
        self.folder.setReadOnly(True)
        choose = QPushButton(self.tr("Pilih folder…"), self)
        choose.clicked.connect(self.choose_folder)
        self.default_button = QPushButton(self.tr("Pakai folder bawaan"), self)
        self.default_button.clicked.connect(lambda: self.set_folder(""))
        self.folder_note = QLabel(self)
        self.folder_note.setWordWrap(True)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        folder_row.addWidget(self.default_button)
        self.auto = QCheckBox(self.tr("Cadangkan otomatis"), self)
        self.interval = QSpinBox(self)
        self.interval.setRange(MIN_INTERVAL_HOURS, MAX_INTERVAL_HOURS)
        self.interval.setSuffix(self.tr(" jam"))
        policy = backup_policy()
        self.auto.setChecked(policy.auto)
        self.interval.setValue(int(policy.interval.total_seconds() // 3600))
        self.interval.setEnabled(policy.auto)
        self.auto.toggled.connect(self._auto_changed)
        self.interval.valueChanged.connect(
            lambda hours: save_settings(backup_interval_hours=int(hours))
        )
        auto_row = QHBoxLayout()
        auto_row.addWidget(self.auto)
        auto_row.addWidget(QLabel(self.tr("setiap"), self))
        auto_row.addWidget(self.interval)
        auto_row.addStretch(1)
        form = QFormLayout(where)
        form.addRow(self.tr("Folder cadangan"), folder_row)
        form.addRow("", self.folder_note)
        form.addRow(self.tr("Jadwal"), auto_row)

        self.backup_now = QPushButton(self.tr("Cadangkan sekarang"), self)
        self.backup_now.clicked.connect(self.take_backup_now)
        self.restore_button = QPushButton(self.tr("Pulihkan…"), self)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_button.setEnabled(False)
        self.message = QLabel(self)
        self.message.setWordWrap(True)

        self.model = QStandardItemModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.preview_box = QGroupBox(self.tr("Isi cadangan"), self)
        self.preview_form = QFormLayout(self.preview_box)
        self.preview_hint = QLabel(self.tr("Pilih cadangan untuk melihat isinya."), self)
        self.preview_form.addRow(self.preview_hint)
        self.preview: BackupPreview | None = None

        actions = QHBoxLayout()
        actions.addWidget(self.backup_now)
        actions.addWidget(self.restore_button)
        actions.addWidget(self.message, 1)
        lists = QHBoxLayout()
        lists.addWidget(self.view, 3)
        lists.addWidget(self.preview_box, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(where)
        layout.addLayout(actions)
        layout.addLayout(lists, 1)
        for widget in (choose, self.default_button, self.auto, self.interval, self.restore_button):
            widget.setEnabled(widget.isEnabled() and admin)
        self._admin = admin
        self._show_folder()
        self.refresh()

    # ---------------------------------------------------------------- settings

    def _show_folder(self) -> None:
        target = backup_target()
        if target.configured is None:
            self.folder.setText(str(paths.backup_dir()))
            self.folder_note.setText(self.tr("Folder bawaan di laptop ini."))
        elif target.fell_back:
            self.folder.setText(str(target.configured))
            self.folder_note.setText(
                self.tr(
                    "Folder ini tidak ditemukan (flashdisk tidak terpasang?). Sampai folder itu "
                    "ada lagi, cadangan disimpan di folder bawaan %s."
                )
                % paths.backup_dir()
            )
        else:
            self.folder.setText(str(target.configured))
            self.folder_note.setText(
                self.tr("Cadangan juga tetap bisa dipulihkan dari folder bawaan %s.")
                % paths.backup_dir()
            )

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Pilih folder cadangan (mis. flashdisk)"), self.folder.text()
        )
        if name:
            self.set_folder(name)

    def set_folder(self, folder: str) -> None:
        save_settings(backup_folder=folder)
        reset_fallback_notices()
        self._show_folder()
        self.refresh()

    def _auto_changed(self, on: bool) -> None:
        save_settings(backup_auto=bool(on))
        self.interval.setEnabled(on and self._admin)

    # ---------------------------------------------------------------- list and preview

    def refresh(self) -> None:
        self.context.tasks.run(all_backups, self._show_backups, lambda exc: show_error(self, exc))

    def _show_backups(self, backups: list[BackupInfo]) -> None:
        self.backups = backups
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [self.tr("Waktu"), self.tr("Alasan"), self.tr("Ukuran"), self.tr("Folder")]
        )
        for info in backups:
            self.model.appendRow(
                [
                    QStandardItem(format_datetime_id(info.taken_at.astimezone())),
                    QStandardItem(
                        self.tr(REASON_LABELS.get(reason_code(info.reason), info.reason))
                    ),
                    QStandardItem(format_size(info.size)),
                    QStandardItem(str(info.path.parent)),
                ]
            )
        self.view.resizeColumnsToContents()
        self._clear_preview(self.tr("Pilih cadangan untuk melihat isinya."))
        self.restore_button.setEnabled(False)

    def selected_backup(self) -> BackupInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        info = self.selected_backup()
        self.restore_button.setEnabled(info is not None and self._admin)
        if info is None:
            return
        self._clear_preview(self.tr("Membaca isi cadangan…"))
        path = info.path
        self.context.tasks.run(
            lambda: preview_backup(path),
            self._show_preview,
            lambda exc: self._clear_preview(str(exc)),
            lane="analysis",
        )

    def _clear_preview(self, text: str) -> None:
        self.preview = None
        while self.preview_form.rowCount():
            self.preview_form.removeRow(0)
        self.preview_hint = QLabel(text, self.preview_box)
        self.preview_hint.setWordWrap(True)
        self.preview_form.addRow(self.preview_hint)

    def _show_preview(self, preview: BackupPreview) -> None:
        selected = self.selected_backup()
        if selected is None or selected.path != preview.path:
            return  # another row was chosen meanwhile
        self.preview = preview
        while self.preview_form.rowCount():
            self.preview_form.removeRow(0)
        for label, value in translated_preview_lines(preview):
            text = QLabel(value, self.preview_box)
            text.setWordWrap(True)
            self.preview_form.addRow(label, text)

    # ---------------------------------------------------------------- actions

    def take_backup_now(self) -> None:
        def op(_progress: Progress, _cancelled: CancelCheck) -> Any:
            return take_backup(reason="manual")

        def done(result: tuple[BackupInfo, Any]) -> None:
            info, target = result
            text = self.tr("Cadangan dibuat: %s (%s).") % (info.path.name, format_size(info.size))
            if target.fell_back:
                text += " " + self.tr("Folder pilihan tidak ditemukan; disimpan di folder bawaan.")
            self.message.setText(text)
            self._show_folder()
            self.refresh()

        run_with_progress(self, self.context, self.tr("Membuat cadangan…"), op, done)

    def restore_selected(self) -> None:
        info = self.selected_backup()
        if info is None:
            return
        summary = (
            "\n".join(
                f"{label}: {value}" for label, value in translated_preview_lines(self.preview)
            )
            if (self.preview is not None and self.preview.path == info.path)
            else ""
        )
        answer = QMessageBox.question(
            self,
            self.tr("Pulihkan cadangan"),
            self.tr(
                "Ganti data kantor di laptop ini dengan cadangan %s?\n\n%s\n\n"
                "Semua perubahan sesudah cadangan itu dibuat tidak ada di cadangan. Data saat "
                "ini dicadangkan dulu (alasan: Sebelum pemulihan), jadi bisa dikembalikan. "
                "Sesudahnya Anda diminta masuk lagi."
            )
            % (format_datetime_id(info.taken_at.astimezone()), summary),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        engine = self.context.engine

        def op(_progress: Progress, _cancelled: CancelCheck) -> Any:
            from app.core.database import open_database

            engine.dispose()  # the file is replaced: no connection may stay on it
            restore_with_safety_backup(info.path, paths.database_path())
            return open_database()

        def done(db: Any) -> None:
            self.message.setText(
                self.tr("Dipulihkan dari cadangan %s.")
                % format_datetime_id(info.taken_at.astimezone())
            )
            # The main window rebuilds every page for the restored database (this one too).
            self.office_replaced.emit(db)

        run_with_progress(self, self.context, self.tr("Memulihkan cadangan…"), op, done)
