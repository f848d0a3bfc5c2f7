"""The first-run wizard for a real office: region, planning year, reference data, first user.

It creates a fresh database (the demo or previous file is kept aside) through
app.core.office_setup, on the worker thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.core.database import OpenedDatabase
from app.core.demo import planning_year
from app.core.office_setup import OfficeSetup, set_up_office
from app.core.reference_import import KINDS
from app.core.users import ROLE_LABELS, create_user
from app.core.workspace import RegionChoice
from app.ui.errors import show_error
from app.ui.tasks import InlineTaskRunner, TaskRunner

MIN_PASSWORD = 8


class RegionPage(QWizardPage):
    def __init__(self, regions: list[RegionChoice]) -> None:
        super().__init__()
        self.setTitle(self.tr("Wilayah dan tahun perencanaan"))
        self.setSubTitle(
            self.tr(
                "Pilih kecamatan kantor ini. Data usulan hanya untuk desa/kelurahan kecamatan ini."
            )
        )
        self.regions = regions
        self.kabupaten = QComboBox(self)
        self.kecamatan = QComboBox(self)
        for region in regions:
            if region.level == "kabupaten":
                self.kabupaten.addItem(region.name, region.code)
        self.kabupaten.currentIndexChanged.connect(self._fill_kecamatan)
        self.year = QSpinBox(self)
        self.year.setRange(2020, 2100)
        self.year.setValue(planning_year())
        layout = QFormLayout(self)
        layout.addRow(self.tr("Kabupaten"), self.kabupaten)
        layout.addRow(self.tr("Kecamatan"), self.kecamatan)
        layout.addRow(self.tr("Tahun perencanaan (RKPD)"), self.year)
        self._fill_kecamatan()

    def _fill_kecamatan(self) -> None:
        self.kecamatan.clear()
        kabupaten = self.kabupaten.currentData()
        for region in self.regions:
            if region.level == "kecamatan" and region.parent_code == kabupaten:
                self.kecamatan.addItem(region.name, region.code)

    def isComplete(self) -> bool:
        return self.kecamatan.currentData() is not None


class ReferencePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Data referensi"))
        self.setSubTitle(
            self.tr("Nomenklatur, wilayah, dan OPD. Berkas kabupaten menggantikan data bawaan.")
        )
        self.bundled = QRadioButton(
            self.tr(
                "Gunakan data bawaan (nomenklatur Permendagri 90, wilayah dan OPD bawaan Kukar)"
            ),
            self,
        )
        self.files = QRadioButton(
            self.tr("Gunakan data bawaan, lalu impor berkas kabupaten di bawah ini"), self
        )
        self.bundled.setChecked(True)
        self.paths: dict[str, QLineEdit] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.bundled)
        layout.addWidget(self.files)
        form = QFormLayout()
        for name, kind in KINDS.items():
            edit = QLineEdit(self)
            edit.setPlaceholderText(self.tr("(tidak diimpor)"))
            button = QPushButton(self.tr("Pilih…"), self)
            button.clicked.connect(lambda _c=False, e=edit: self._choose(e))
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(button)
            form.addRow(self.tr(kind.label), row)
            self.paths[name] = edit
            edit.textChanged.connect(lambda _t: self.files.setChecked(True))
        layout.addLayout(form)

    def _choose(self, edit: QLineEdit) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih berkas"), "", self.tr("Tabel (*.xlsx *.csv)")
        )
        if name:
            edit.setText(name)

    def chosen_files(self) -> list[tuple[str, Path]]:
        if not self.files.isChecked():
            return []
        return [
            (name, Path(edit.text())) for name, edit in self.paths.items() if edit.text().strip()
        ]


class UserPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Pengguna pertama"))
        self.setSubTitle(
            self.tr(
                "Pengguna ini mengelola kantor. Kata sandi disimpan tersandi (Argon2), tidak pernah sebagai teks."
            )
        )
        self.username = QLineEdit(self)
        self.username.setPlaceholderText("admin.kecamatan")
        self.full_name = QLineEdit(self)
        self.role = QComboBox(self)
        for role in ("admin", "operator"):
            self.role.addItem(self.tr(ROLE_LABELS[role]), role)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit(self)
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b71c1c;")
        layout = QFormLayout(self)
        layout.addRow(self.tr("Nama pengguna"), self.username)
        layout.addRow(self.tr("Nama lengkap"), self.full_name)
        layout.addRow(self.tr("Peran"), self.role)
        layout.addRow(self.tr("Kata sandi"), self.password)
        layout.addRow(self.tr("Ulangi kata sandi"), self.confirm)
        layout.addRow(self.message)
        for edit in (self.username, self.full_name, self.password, self.confirm):
            edit.textChanged.connect(self.completeChanged)

    def problem(self) -> str | None:
        if not self.username.text().strip() or not self.full_name.text().strip():
            return self.tr("Isi nama pengguna dan nama lengkap.")
        if len(self.password.text()) < MIN_PASSWORD:
            return self.tr("Kata sandi paling sedikit %d karakter.") % MIN_PASSWORD
        if self.password.text() != self.confirm.text():
            return self.tr("Kedua kata sandi tidak sama.")
        return None

    def isComplete(self) -> bool:
        problem = self.problem()
        self.message.setText(problem or "")
        return problem is None


class OfficeWizard(QWizard):
    """Emits ``office_ready`` with the opened database when the office was created."""

    office_ready = Signal(object)

    def __init__(
        self,
        tasks: TaskRunner | InlineTaskRunner,
        regions: list[RegionChoice],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.setWindowTitle(self.tr("Siapkan kantor kecamatan"))
        intro = QWizardPage()
        intro.setTitle(self.tr("Selamat datang"))
        text = QLabel(
            self.tr(
                "Wizard ini menyiapkan basis data kantor Anda: kecamatan, tahun perencanaan, data referensi, "
                "dan pengguna pertama.\n\nBasis data yang sekarang (mis. data demo) tidak dihapus: berkasnya "
                "disimpan di folder data dengan nama baru."
            ),
            intro,
        )
        text.setWordWrap(True)
        QVBoxLayout(intro).addWidget(text)
        self.region_page = RegionPage(regions)
        self.reference_page = ReferencePage()
        self.user_page = UserPage()
        for page in (intro, self.region_page, self.reference_page, self.user_page):
            self.addPage(page)
        self.result_db: OpenedDatabase | None = None

    def accept(self) -> None:
        setup = OfficeSetup(
            kecamatan_code=str(self.region_page.kecamatan.currentData()),
            year=self.region_page.year.value(),
            reference_files=self.reference_page.chosen_files(),
        )
        user = self.user_page
        username, full_name, role, password = (
            user.username.text(),
            user.full_name.text(),
            str(user.role.currentData()),
            user.password.text(),
        )
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.tasks.run(
            lambda: set_up_office(
                setup,
                create_first_user=lambda engine: create_user(
                    engine, username, full_name, role, password
                ),
            ),
            self._done,
            self._failed,
        )

    def _done(self, result: tuple[OpenedDatabase, Path | None]) -> None:
        self.result_db = result[0]
        self.office_ready.emit(result[0])
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        show_error(self, exc)
