"""Data Referensi: what reference data is loaded, and importing the kabupaten's own files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.core.reference_import import KINDS, ImportResult, import_reference
from app.core.reference_stats import reference_stats
from app.ui.context import AppContext
from app.ui.errors import show_error
from common.numbers import format_integer

_LEVEL_LABELS = {
    "urusan": "Urusan",
    "bidang": "Bidang urusan",
    "program": "Program",
    "kegiatan": "Kegiatan",
    "sub_kegiatan": "Sub kegiatan",
    "kabupaten": "Kabupaten",
    "kecamatan": "Kecamatan",
    "desa": "Desa",
    "kelurahan": "Kelurahan",
    "provinsi": "Provinsi",
    "visi": "Visi",
    "misi": "Misi",
    "tujuan": "Tujuan",
    "sasaran": "Sasaran",
    "program_prioritas": "Program prioritas",
}


class ReferencePage(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.model = QStandardItemModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.kind = QComboBox(self)
        for name, kind in KINDS.items():
            self.kind.addItem(self.tr(kind.label), name)
        self.import_button = QPushButton(self.tr("Impor berkas…"), self)
        self.import_button.setToolTip(
            self.tr(
                "Berkas CSV atau XLSX; semua baris diperiksa dan satu kesalahan membatalkan seluruh impor."
            )
        )
        self.import_button.clicked.connect(self.choose_and_import)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Jenis data:"), self))
        top.addWidget(self.kind)
        top.addWidget(self.import_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Data Referensi</h2>"), self))
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.tree, 1)
        context.data_changed.connect(self._on_data_changed)
        self.refresh()

    def _on_data_changed(self, kind: str) -> None:
        if kind == "reference":
            self.refresh()

    def refresh(self) -> None:
        self.context.tasks.run(
            lambda: reference_stats(self.context.engine), self._show_stats, self._failed
        )

    def _show_stats(self, stats: dict[str, Any]) -> None:
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self.tr("Data"), self.tr("Jumlah")])
        sections = (
            ("nomenclature", self.tr("Nomenklatur")),
            ("regions", self.tr("Wilayah")),
            ("rpjmd", self.tr("RPJMD")),
        )
        for key, title in sections:
            parent = QStandardItem(title)
            counts: dict[str, int] = stats[key]
            for level, count in counts.items():
                parent.appendRow(
                    [
                        QStandardItem(self.tr(_LEVEL_LABELS.get(level, level))),
                        QStandardItem(format_integer(count)),
                    ]
                )
            self.model.appendRow([parent, QStandardItem(format_integer(sum(counts.values())))])
        for key, title in (
            ("agencies", self.tr("Perangkat Daerah (OPD)")),
            ("renstra", self.tr("Renstra OPD")),
            ("kamus", self.tr("Kamus usulan")),
        ):
            self.model.appendRow([QStandardItem(title), QStandardItem(format_integer(stats[key]))])
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)

    def choose_and_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Pilih berkas referensi"),
            "",
            self.tr("Tabel (*.xlsx *.csv);;Semua berkas (*)"),
        )
        if name:
            self.import_file(str(self.kind.currentData()), Path(name))

    def import_file(self, kind: str, path: Path) -> None:
        self.import_button.setEnabled(False)
        self.status.setText(self.tr("Mengimpor %s…") % path.name)
        self.context.tasks.run(
            lambda: import_reference(self.context.engine, kind, path),
            self._imported,
            self._failed,
            changes=("reference",),
        )

    def _imported(self, result: ImportResult) -> None:
        self.import_button.setEnabled(True)
        text = self.tr("%d baris dari %s diimpor (%d baru, %d diperbarui, %d diganti).") % (
            result.rows,
            result.source_name,
            result.inserted,
            result.updated,
            result.removed,
        )
        self.status.setText(" ".join([text, *result.notes]))

    def _failed(self, exc: BaseException) -> None:
        self.import_button.setEnabled(True)
        self.status.setText(self.tr("Impor gagal; tidak ada data yang diubah."))
        show_error(self, exc)
