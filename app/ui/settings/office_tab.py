"""Kantor: which kecamatan this laptop serves (from the setup wizard) and the letterhead facts
the office types itself: camat, NIP, address and the logo printed on reports."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.office_profile import OfficeIdentity, clean_profile, office_identity, save_profile
from app.core.users import can
from app.ui.context import AppContext
from app.ui.errors import show_error


class OfficeTab(QWidget):
    wizard_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        admin = can(context.user.role, "settings")
        self.kecamatan = QLabel(self)
        self.kabupaten = QLabel(self)
        self.demo_note = QLabel(self)
        self.demo_note.setWordWrap(True)
        self.camat_name = QLineEdit(self)
        self.camat_name.setPlaceholderText(self.tr("mis. Drs. Budi Santoso, M.Si."))
        self.camat_nip = QLineEdit(self)
        self.camat_nip.setPlaceholderText(self.tr("18 angka, mis. 19700101 199003 1 002"))
        self.address = QPlainTextEdit(self)
        self.address.setPlaceholderText(self.tr("alamat kantor kecamatan"))
        self.address.setMaximumHeight(70)
        self.save_button = QPushButton(self.tr("Simpan data kantor"), self)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel(self)
        self.logo_view = QLabel(self)
        self.logo_view.setFixedSize(72, 72)
        self.logo_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_label = QLabel(self)
        self.logo_label.setWordWrap(True)
        choose = QPushButton(self.tr("Pilih logo…"), self)
        choose.clicked.connect(self.choose_logo)
        self.clear_logo_button = QPushButton(self.tr("Pakai logo polos"), self)
        self.clear_logo_button.clicked.connect(self.clear_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_view)
        logo_row.addWidget(self.logo_label, 1)
        logo_row.addWidget(choose)
        logo_row.addWidget(self.clear_logo_button)
        self.setup_button = QPushButton(self.tr("Siapkan kantor baru (wizard)…"), self)
        self.setup_button.clicked.connect(self.wizard_requested)

        form = QFormLayout()
        form.addRow(self.tr("Kecamatan"), self.kecamatan)
        form.addRow(self.tr("Kabupaten"), self.kabupaten)
        form.addRow("", self.demo_note)
        form.addRow(self.tr("Nama camat"), self.camat_name)
        form.addRow(self.tr("NIP camat"), self.camat_nip)
        form.addRow(self.tr("Alamat kantor"), self.address)
        form.addRow(self.tr("Logo kop laporan"), logo_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.setup_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        for widget in (
            self.camat_name,
            self.camat_nip,
            self.address,
            self.save_button,
            choose,
            self.clear_logo_button,
            self.setup_button,
        ):
            widget.setEnabled(admin)
        self.refresh()

    def refresh(self) -> None:
        self.context.tasks.run(
            lambda: office_identity(self.context.engine),
            self._show,
            lambda exc: show_error(self, exc),
        )
        self._show_logo()

    def _show(self, identity: OfficeIdentity) -> None:
        if identity.kecamatan_code is None:
            self.kecamatan.setText(self.tr("belum disiapkan"))
            self.kabupaten.setText("-")
        else:
            self.kecamatan.setText(f"{identity.kecamatan_name or '?'} ({identity.kecamatan_code})")
            self.kabupaten.setText(f"{identity.kabupaten_name or '?'} ({identity.kabupaten_code})")
        self.demo_note.setText(
            self.tr("Ini data DEMO (contoh). Untuk data resmi, siapkan kantor baru dengan wizard.")
            if identity.is_demo
            else self.tr("Kecamatan diubah hanya lewat wizard penyiapan kantor.")
        )
        self.camat_name.setText(identity.profile.camat_name)
        self.camat_nip.setText(identity.profile.camat_nip)
        self.address.setPlainText(identity.profile.address)

    def _show_logo(self) -> None:
        from app.core.reports.logo import configured_logo

        logo = configured_logo()
        if logo is None:
            self.logo_view.setPixmap(QPixmap())
            self.logo_view.setText(self.tr("(polos)"))
            self.logo_label.setText(
                self.tr("Belum ada logo; laporan memakai lambang polos bertuliskan LOGO.")
            )
            return
        pixmap = QPixmap(str(logo))
        if not pixmap.isNull():
            self.logo_view.setPixmap(
                pixmap.scaled(
                    72,
                    72,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.logo_label.setText(self.tr("Logo kabupaten: %s") % logo.name)

    def save(self) -> None:
        engine = self.context.engine
        name, nip, address = (
            self.camat_name.text(),
            self.camat_nip.text(),
            self.address.toPlainText(),
        )

        def done(_result: object) -> None:
            self.status.setText(self.tr("Tersimpan."))
            self.refresh()

        self.context.tasks.run(
            lambda: save_profile(engine, clean_profile(name, nip, address)),
            done,
            lambda exc: show_error(self, exc),
            changes=("office",),
        )

    def choose_logo(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Pilih logo kabupaten"), "", self.tr("Gambar (*.png *.jpg *.jpeg)")
        )
        if not name:
            return
        from app.core.reports.logo import set_logo

        self.context.tasks.run(
            lambda: set_logo(Path(name)),
            lambda _path: self._show_logo(),
            lambda exc: show_error(self, exc),
        )

    def clear_logo(self) -> None:
        from app.core.reports.logo import clear_logo

        clear_logo()
        self._show_logo()
