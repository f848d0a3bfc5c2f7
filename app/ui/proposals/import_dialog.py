"""Impor usulan: pick a file, see every row checked before anything is written (which file
column went to which field, rows of other kecamatan skipped, errors before warnings), map an
unrecognised column by hand, save the rejected rows for the village, then import all or
nothing, or only the valid rows."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QRadioButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.proposal_io import (
    ImportOutcome,
    ImportPreview,
    PreviewRow,
    commit_import,
    preview_import,
    write_rejected_rows,
)
from app.core.proposal_io.importer import mappable_fields, remember_mapping
from app.ui.context import AppContext
from app.ui.progress import run_with_progress
from common.money import format_rupiah

_Index = QModelIndex | QPersistentModelIndex
ACTION_LABELS = {
    "new": "baru",
    "update": "diperbarui",
    "unchanged": "sama",
    "locked": "terkunci",
    "skip": "dilewati",
}
NOT_USED = ""


class PreviewModel(QAbstractTableModel):
    HEADERS = (
        "Lembar",
        "Baris",
        "Nomor/ID",
        "Usulan",
        "Desa",
        "Biaya",
        "OPD (keyakinan)",
        "Tindakan",
        "Masalah",
    )

    def __init__(
        self, rows: list[PreviewRow], parent: Any = None, desa_names: dict[str, str] | None = None
    ) -> None:
        super().__init__(parent)
        self.desa_names = desa_names or {}
        # errors first, then warnings, then the rest; skipped rows last
        self.rows = sorted(
            rows,
            key=lambda r: (r.action == "skip", r.ok, not r.warnings, r.sheet, r.row),
        )

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

    def _agency(self, row: PreviewRow) -> str:
        code = row.values.agency_code or ""
        if row.agency_confidence is None:
            return code
        return f"{code or '–'} ({round(row.agency_confidence * 100)}%)"

    def _problems(self, row: PreviewRow) -> str:
        if row.action == "skip":
            return "; ".join(row.changes)
        ordered = sorted(row.problems, key=lambda p: p.severity != "error")
        text = "; ".join(f"{p.column or ''} {p.message}".strip() for p in ordered)
        if row.action == "update" and row.changes:
            changed = self.tr("berubah: %s") % ", ".join(row.changes)
            text = f"{changed}; {text}" if text else changed
        return text

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            cost = row.values.estimated_cost
            return (
                row.sheet,
                str(row.row),
                row.sipd_id or row.number or "",
                row.values.title,
                self.desa_names.get(row.values.desa_code or "", row.values.desa_code or ""),
                format_rupiah(cost) if cost is not None else "",
                self._agency(row),
                self.tr(ACTION_LABELS.get(row.action, row.action)),
                self._problems(row),
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._problems(row) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.action == "skip":
                return QBrush(QColor("#eeeeee"))
            if not row.ok:
                return QBrush(QColor("#ffebee"))
            if row.warnings:
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
        self.path: Path | None = None
        self.setWindowTitle(self.tr("Impor usulan dari Excel/CSV"))
        self.resize(1200, 720)
        self.summary = QLabel(
            self.tr(
                "Pilih berkas templat desa, spreadsheet desa, atau ekspor SIPD "
                "(.xlsx, .xls, .ods, .csv)."
            ),
            self,
        )
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.columns_box = QGroupBox(self.tr("Kolom berkas → isian aplikasi"), self)
        self.columns_table = QTableWidget(0, 2, self.columns_box)
        self.columns_table.setHorizontalHeaderLabels(
            [self.tr("Kolom di berkas"), self.tr("Diisikan ke")]
        )
        self.columns_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        self.columns_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )
        self.columns_table.verticalHeader().setVisible(False)
        self.columns_hint = QLabel(
            self.tr(
                "Kolom yang tidak dikenali dapat dipetakan dengan tangan; pemetaan diingat "
                "untuk berkas berikutnya dengan judul kolom yang sama."
            ),
            self.columns_box,
        )
        self.columns_hint.setWordWrap(True)
        box_layout = QVBoxLayout(self.columns_box)
        box_layout.addWidget(self.columns_table, 1)
        box_layout.addWidget(self.columns_hint)
        self.table = QTableView(self)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(False)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.columns_box)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([320, 880])
        self.all_or_nothing = QRadioButton(
            self.tr("Impor semua baris, atau tidak sama sekali bila ada yang salah"), self
        )
        self.valid_only = QRadioButton(
            self.tr("Impor hanya baris yang valid; baris bermasalah dilewati"), self
        )
        self.all_or_nothing.setChecked(True)
        self.all_or_nothing.toggled.connect(self._update_buttons)
        self.valid_only.toggled.connect(self._update_buttons)
        self.buttons = QDialogButtonBox(self)
        self.choose_button = self.buttons.addButton(
            self.tr("Pilih berkas…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.rejected_button = self.buttons.addButton(
            self.tr("Simpan baris bermasalah…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.rejected_button.setToolTip(
            self.tr(
                "Simpan baris yang gagal dalam templat desa, dengan kolom yang menjelaskan "
                "apa yang harus diperbaiki, untuk dikirim kembali ke desa."
            )
        )
        self.import_button = self.buttons.addButton(
            self.tr("Impor"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.import_button.setEnabled(False)
        self.rejected_button.setEnabled(False)
        self.choose_button.clicked.connect(self.choose_file)
        self.rejected_button.clicked.connect(self.save_rejected)
        self.import_button.clicked.connect(self.commit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        modes = QHBoxLayout()
        modes.addWidget(self.all_or_nothing)
        modes.addWidget(self.valid_only)
        modes.addStretch(1)
        layout.addLayout(modes)
        layout.addWidget(self.buttons)
        if path is not None:
            self.load(path)

    # --- reading -----------------------------------------------------------------------

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Pilih berkas usulan"),
            "",
            self.tr("Tabel (*.xlsx *.xls *.ods *.csv);;Semua berkas (*)"),
        )
        if name:
            self.load(Path(name))

    def load(self, path: Path, mapping: dict[str, str] | None = None) -> None:
        engine, cycle_id = self.context.engine, self.context.cycle_id
        self.path = path
        self.import_button.setEnabled(False)
        run_with_progress(
            self,
            self.context,
            self.tr("Memeriksa %s…") % path.name,
            lambda progress, cancelled: preview_import(
                engine,
                path,
                cycle_id=cycle_id,
                progress=progress,
                cancelled=cancelled,
                mapping=mapping,
            ),
            self.show_preview,
        )

    def show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.table.setModel(
            PreviewModel(preview.rows + preview.skipped, self.table, preview.desa_names)
        )
        self.table.resizeColumnsToContents()
        for column, width in ((3, 300), (8, 420)):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), width))
        self._show_columns(preview)
        counts = preview.summary()
        errors, valid = len(preview.error_rows), len(preview.valid_rows)
        warnings = sum(1 for r in preview.rows if r.ok and r.warnings)
        lines = [
            self.tr("%s: format %s, %d baris — %d valid, %d bermasalah, %d dengan peringatan.")
            % (
                preview.source_name,
                "SIPD" if preview.format == "sipd" else self.tr("templat desa"),
                len(preview.rows),
                valid,
                errors,
                warnings,
            ),
            self.tr("Akan terjadi: %d baru, %d diperbarui, %d sama.")
            % (counts["new"], counts["update"], counts["unchanged"]),
        ]
        if preview.skipped:
            lines.append(self.tr("%d baris dari kecamatan lain dilewati.") % len(preview.skipped))
        if preview.totals_skipped:
            lines.append(self.tr("%d baris jumlah/nomor kolom dilewati.") % preview.totals_skipped)
        lines += [str(p) for p in preview.file_problems]
        self.summary.setText("\n".join(lines))
        self.valid_only.setEnabled(errors > 0)
        if errors == 0:
            self.all_or_nothing.setChecked(True)
        self.rejected_button.setEnabled(errors > 0)
        self._update_buttons()

    def _show_columns(self, preview: ImportPreview) -> None:
        fields = mappable_fields(preview.format)
        used = {header: key for key, header in preview.columns.items()}
        headers = [h for _sheet, hs in preview.tables[:1] for h in hs if h] or [
            h for h in preview.headers if h
        ]
        self.columns_table.setRowCount(len(headers))
        for row, header in enumerate(headers):
            item = QTableWidgetItem(preview.written_headers.get(header, header))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.columns_table.setItem(row, 0, item)
            combo = QComboBox(self.columns_table)
            combo.addItem(self.tr("(tidak dipakai)"), NOT_USED)
            for key, label in fields.items():
                combo.addItem(label, key)
            key = used.get(header, NOT_USED)
            combo.setCurrentIndex(max(0, combo.findData(key)))
            combo.setProperty("header", header)
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.columns_table.setCellWidget(row, 1, combo)
        self.columns_table.resizeRowsToContents()

    def _mapping_changed(self) -> None:
        preview = self.preview
        if preview is None or self.path is None:
            return
        mapping: dict[str, str] = {}
        for row in range(self.columns_table.rowCount()):
            combo = self.columns_table.cellWidget(row, 1)
            if not isinstance(combo, QComboBox):
                continue
            header = str(combo.property("header"))
            key = str(combo.currentData() or "")
            if key and preview.columns.get(key) != header:
                mapping[header] = key
        merged = {**preview.mapping, **mapping}
        remember_mapping(preview.headers, merged)
        self.load(self.path, merged)

    # --- buttons -------------------------------------------------------------------------

    def _mode(self) -> Literal["all_or_nothing", "valid_only"]:
        return "valid_only" if self.valid_only.isChecked() else "all_or_nothing"

    def _update_buttons(self) -> None:
        preview = self.preview
        self.import_button.setEnabled(preview is not None and preview.can_import_in(self._mode()))
        if preview is not None and preview.error_rows and self._mode() == "all_or_nothing":
            self.import_button.setToolTip(
                self.tr(
                    "Ada baris bermasalah: perbaiki berkasnya, atau pilih impor baris valid saja."
                )
            )
        else:
            self.import_button.setToolTip("")

    def save_rejected(self, path: Path | None = None) -> None:
        preview = self.preview
        if preview is None:
            return
        if not isinstance(path, Path):
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Simpan baris bermasalah"),
                f"perbaiki-{Path(preview.source_name).stem}.xlsx",
                self.tr("Excel (*.xlsx)"),
            )
            if not name:
                return
            path = Path(name)
        target = path
        run_with_progress(
            self,
            self.context,
            self.tr("Menyimpan baris bermasalah…"),
            lambda _progress, _cancelled: write_rejected_rows(preview, target),
            lambda count: self._rejected_saved(count, target),
            self._failed,
        )

    def _rejected_saved(self, count: int, target: Path) -> None:
        QMessageBox.information(
            self,
            self.tr("Baris bermasalah tersimpan"),
            self.tr("%d baris disimpan ke %s. Kirimkan ke desa untuk diperbaiki.")
            % (count, target),
        )

    def commit(self) -> None:
        preview = self.preview
        if preview is None or not preview.can_import_in(self._mode()):
            return
        mode = self._mode()
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
            changes=("proposals",),
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

        self._update_buttons()
        show_error(self, exc)
