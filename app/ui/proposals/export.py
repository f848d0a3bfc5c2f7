"""Saving the proposal list and the village template to files, in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.core.proposal_io import export_proposals as write_export
from app.core.proposal_io import export_sipd as write_sipd
from app.core.proposal_io import write_template
from app.ui.context import AppContext
from app.ui.progress import run_with_progress


def _t(text: str) -> str:
    return QCoreApplication.translate("ProposalExport", text)


def _inform(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def export_proposals(
    parent: QWidget,
    context: AppContext,
    ids: list[str],
    path: Path | None = None,
    *,
    sipd: bool = False,
) -> None:
    """Save ``ids`` in the app's import format, or (``sipd``) in SIPD's column layout."""
    if path is None:
        sipd_filter = _t("Susunan kolom SIPD, Excel (*.xlsx)")
        name, chosen = QFileDialog.getSaveFileName(
            parent,
            _t("Ekspor daftar usulan"),
            "usulan.xlsx",
            ";;".join((_t("Excel (*.xlsx)"), _t("CSV (*.csv)"), sipd_filter)),
        )
        if not name:
            return
        path = Path(name)
        sipd = chosen == sipd_filter
    engine = context.engine
    target = path
    run_with_progress(
        parent,
        context,
        _t("Mengekspor %d usulan…") % len(ids),
        lambda progress, cancelled: (
            write_sipd(engine, ids, target)
            if sipd
            else write_export(engine, ids, target, progress=progress, cancelled=cancelled)
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
