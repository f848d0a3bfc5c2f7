"""Saving the proposal list and the village template to files, in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.core.proposal_io import export_proposals as write_export
from app.core.proposal_io import write_template
from app.ui.context import AppContext
from app.ui.progress import run_with_progress


def _t(text: str) -> str:
    return QCoreApplication.translate("ProposalExport", text)


def _inform(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def export_proposals(
    parent: QWidget, context: AppContext, ids: list[str], path: Path | None = None
) -> None:
    if path is None:
        name, _ = QFileDialog.getSaveFileName(
            parent,
            _t("Ekspor daftar usulan"),
            "usulan.xlsx",
            _t("Excel (*.xlsx);;CSV (*.csv)"),
        )
        if not name:
            return
        path = Path(name)
    engine = context.engine
    run_with_progress(
        parent,
        context,
        _t("Mengekspor %d usulan…") % len(ids),
        lambda progress, cancelled: write_export(
            engine, ids, path, progress=progress, cancelled=cancelled
        ),
        lambda count: _inform(
            parent,
            _t("Ekspor selesai"),
            _t("%d usulan disimpan ke %s.") % (count, path),
        ),
    )


def save_village_template(parent: QWidget, context: AppContext, path: Path | None = None) -> None:
    if path is None:
        name, _ = QFileDialog.getSaveFileName(
            parent,
            _t("Simpan templat usulan desa"),
            "templat-usulan-desa.xlsx",
            _t("Excel (*.xlsx)"),
        )
        if not name:
            return
        path = Path(name)
    engine, cycle_id = context.engine, context.cycle_id
    run_with_progress(
        parent,
        context,
        _t("Menyiapkan templat…"),
        lambda _progress, _cancelled: write_template(engine, path, cycle_id=cycle_id),
        lambda saved: _inform(
            parent,
            _t("Templat tersimpan"),
            _t("Templat disimpan ke %s. Kirimkan ke desa/kelurahan.") % saved,
        ),
    )
