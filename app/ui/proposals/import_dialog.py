"""Impor usulan: pick a file, see every row checked before anything is written, then import
all or nothing, or only the valid rows."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.proposal_io import (
    ImportOutcome,
    ImportPreview,
    PreviewRow,
    commit_import,
    preview_import,
)
from app.ui.context import AppContext
from app.ui.progress import run_with_progress

_Index = QModelIndex | QPersistentModelIndex
ACTION_LABELS = {
    "new": "baru",
    "update": "diperbarui",
    "unchanged": "sama",
    "locked": "terkunci",
}


class PreviewModel(QAbstractTableModel):
    HEADERS = ("Baris", "Nomor", "Usulan", "Tindakan", "Masalah")

    def __init__(self, rows: list[PreviewRow], parent: Any = None) -> None:
        super().__init__(parent)
        self.rows = rows

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                str(row.row),
                row.number or "",
                row.values.title,
                self.tr(ACTION_LABELS.get(row.action, row.action)),
                "; ".join(f"{p.column or ''} {p.message}".strip() for p in row.problems),
            )[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and not row.ok:
            return QBrush(QColor("#ffebee"))
        if role == Qt.ItemDataRole.BackgroundRole and row.warnings:
            return QBrush(QColor("#fff8e1"))
        return None


class ImportDialog(QDialog):
    imported = Signal()

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, path: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.preview: ImportPreview | None = None
        self.outcome: ImportOutcome | None = None
        self.setWindowTitle(self.tr("Impor usulan dari Excel/CSV"))
        self.resize(1000, 600)
        self.summary = QLabel(
            self.tr("Pilih berkas templat desa (.xlsx) atau ekspor SIPD (.xlsx/.csv)."), self
        )
        self.summary.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setWordWrap(False)
        self.all_or_nothing = QRadioButton(
            self.tr("Impor semua baris, atau tidak sama sekali bila ada yang salah"), self
        )
        self.valid_only = QRadioButton(
            self.tr("Impor hanya baris yang valid; baris bermasalah dilewati"), self
        )
        self.all_or_nothing.setChecked(True)
        self.buttons = QDialogButtonBox(self)
        self.choose_button = self.buttons.addButton(
            self.tr("Pilih berkas…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button = self.buttons.addButton(
            self.tr("Impor"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.import_button.setEnabled(False)
        self.choose_button.clicked.connect(self.choose_file)
        self.import_button.clicked.connect(self.commit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.all_or_nothing)
        layout.addWidget(self.valid_only)
        layout.addWidget(self.buttons)
        if path is not None:
            self.load(path)

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Pilih berkas usulan"),
            "",
            self.tr("Tabel (*.xlsx *.csv);;Semua berkas (*)"),
        )
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        engine, cycle_id = self.context.engine, self.context.cycle_id
        self.import_button.setEnabled(False)
        run_with_progress(
            self,
            self.context,
            self.tr("Memeriksa %s…") % path.name,
            lambda progress, cancelled: preview_import(
                engine, path, cycle_id=cycle_id, progress=progress, cancelled=cancelled
            ),
            self.show_preview,
        )

    def show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.table.setModel(PreviewModel(preview.rows, self.table))
        self.table.resizeColumnsToContents()
        errors, valid = len(preview.error_rows), len(preview.valid_rows)
        lines = [
            self.tr("%s: format %s, %d baris — %d valid, %d bermasalah.")
            % (
                preview.source_name,
                "SIPD" if preview.format == "sipd" else self.tr("templat desa"),
                len(preview.rows),
                valid,
                errors,
            )
        ]
        if preview.ignored_columns:
            lines.append(
                self.tr("Kolom yang tidak dipakai: %s.") % ", ".join(preview.ignored_columns)
            )
        lines += [str(p) for p in preview.file_problems]
        self.summary.setText("\n".join(lines))
        self.valid_only.setEnabled(errors > 0)
        if errors == 0:
            self.all_or_nothing.setChecked(True)
        self.import_button.setEnabled(preview.can_import)

    def commit(self) -> None:
        preview = self.preview
        if preview is None:
            return
        mode: Literal["all_or_nothing", "valid_only"] = (
            "valid_only" if self.valid_only.isChecked() else "all_or_nothing"
        )
        engine, actor = self.context.engine, self.context.user.username
        self.import_button.setEnabled(False)
        run_with_progress(
            self,
            self.context,
            self.tr("Mengimpor…"),
            lambda progress, cancelled: commit_import(
                engine, preview, mode, actor=actor, progress=progress, cancelled=cancelled
            ),
            self._committed,
            self._failed,
        )

    def _committed(self, outcome: ImportOutcome) -> None:
        self.outcome = outcome
        text = self.tr("Selesai: %d baru, %d diperbarui, %d sama, %d dilewati.") % (
            outcome.inserted,
            outcome.updated,
            outcome.unchanged,
            len(outcome.rejected_rows),
        )
        self.summary.setText(text)
        self.imported.emit()

    def _failed(self, exc: BaseException) -> None:
        from app.ui.errors import show_error

        self.import_button.setEnabled(self.preview is not None and self.preview.can_import)
        show_error(self, exc)
