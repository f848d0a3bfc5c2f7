"""Lampiran in the proposal form: photos with thumbnails, letters, cost estimates, land papers.

Files are copied into the content-addressed store by app.core.attachments on the worker;
thumbnails are decoded there too (QImage is safe off the GUI thread, QPixmap is not).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.attachments import (
    KIND_LABELS,
    AttachmentInfo,
    add_attachment,
    list_attachments,
    remove_attachment,
)
from app.ui.context import AppContext
from app.ui.errors import show_error

THUMB = 96
LINK_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class _Shown:
    info: AttachmentInfo | None
    path: Path
    kind: str
    image: QImage | None


def _thumbnail(path: Path) -> QImage | None:
    image = QImage(str(path))
    if image.isNull():
        return None
    return image.scaled(
        THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


class AttachmentPanel(QGroupBox):
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.proposal_id: str | None = None
        self.pending: list[tuple[Path, str]] = []  # chosen before the proposal's first save
        self.setTitle(self.tr("Lampiran (foto, surat, RAB, bukti lahan)"))
        self.model = QStandardItemModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setIconSize(QSize(THUMB, THUMB))
        self.view.setGridSize(QSize(THUMB + 40, THUMB + 40))
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setWordWrap(True)
        self.view.setFixedHeight(THUMB + 60)
        self.kind = QComboBox(self)
        for key, label in KIND_LABELS.items():
            self.kind.addItem(self.tr(label), key)
        self.add_button = QPushButton(self.tr("Tambah lampiran…"), self)
        self.remove_button = QPushButton(self.tr("Hapus"), self)
        self.add_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.addWidget(self.kind)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(row)

    def load(self, proposal_id: str) -> None:
        self.proposal_id = proposal_id
        engine = self.context.engine

        def read() -> list[_Shown]:
            return [
                _Shown(
                    i,
                    i.path,
                    i.kind,
                    _thumbnail(i.path) if i.mime_type.startswith("image/") else None,
                )
                for i in list_attachments(engine, proposal_id)
            ]

        self.context.tasks.run(read, self._show, lambda exc: show_error(self, exc))

    def _show(self, shown: list[_Shown]) -> None:
        self.model.clear()
        for item in shown:
            self._append(item)

    def _append(self, shown: _Shown) -> None:
        name = shown.info.original_name if shown.info else shown.path.name
        entry = QStandardItem(f"{name}\n({self.tr(KIND_LABELS.get(shown.kind, shown.kind))})")
        entry.setEditable(False)
        if shown.image is not None:
            entry.setIcon(QIcon(QPixmap.fromImage(shown.image)))
        entry.setData(shown.info.link_id if shown.info else str(shown.path), LINK_ROLE)
        entry.setData(shown.kind, KIND_ROLE)
        self.model.appendRow(entry)

    def choose(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Pilih lampiran"),
            "",
            self.tr("Foto dan dokumen (*.jpg *.jpeg *.png *.pdf *.xlsx *.docx)"),
        )
        for name in names:
            self.add(Path(name), str(self.kind.currentData()))

    def add(self, path: Path, kind: str) -> None:
        if self.proposal_id is None:
            self.pending.append((path, kind))
            self._append(_Shown(None, path, kind, _thumbnail(path)))
            self.changed.emit()
            return
        engine, proposal_id, actor = (
            self.context.engine,
            self.proposal_id,
            self.context.user.username,
        )

        def store() -> _Shown:
            info = add_attachment(engine, proposal_id, path, kind=kind, actor=actor)
            return _Shown(
                info,
                info.path,
                info.kind,
                _thumbnail(info.path) if info.mime_type.startswith("image/") else None,
            )

        self.context.tasks.run(store, self._added, lambda exc: show_error(self, exc))

    def _added(self, shown: _Shown) -> None:
        self._append(shown)
        self.changed.emit()

    def remove_selected(self) -> None:
        rows = sorted(self.view.selectionModel().selectedIndexes(), key=lambda i: -i.row())
        keys = [str(index.data(LINK_ROLE)) for index in rows]
        if self.proposal_id is None:
            self.pending = [(p, k) for p, k in self.pending if str(p) not in keys]
            for index in rows:
                self.model.removeRow(index.row())
            return
        engine, actor, proposal_id = (
            self.context.engine,
            self.context.user.username,
            self.proposal_id,
        )

        def remove() -> None:
            for key in keys:
                remove_attachment(engine, key, actor=actor)

        self.context.tasks.run(
            remove, lambda _r: self.load(proposal_id), lambda exc: show_error(self, exc)
        )

    def photo_count(self) -> int:
        return sum(
            1
            for row in range(self.model.rowCount())
            if self.model.item(row).data(KIND_ROLE) == "photo"
        )
