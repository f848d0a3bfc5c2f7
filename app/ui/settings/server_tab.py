"""Server sinkronisasi: the kabupaten server's address, whether this laptop is enrolled, and
enrolling it with the one-time code from the kabupaten admin (again after moving laptops)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.settings import get_settings, save_settings
from app.core.users import can
from app.errors import EnvironmentProblem, UserError
from app.ui.context import AppContext
from app.ui.errors import show_error


def _when(text: object) -> str | None:
    from common.dates import format_datetime_id

    if not isinstance(text, str) or not text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    return format_datetime_id(moment.astimezone()) if moment.tzinfo else text


def _load(engine: Any) -> dict[str, Any]:
    from app.sync.status import sync_status

    return sync_status(engine)


class ServerTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        admin = can(context.user.role, "settings")
        self.enrolled = QLabel(self)
        self.server = QLabel(self)
        self.device = QLabel(self)
        self.last_sync = QLabel(self)
        self.pending = QLabel(self)
        status = QFormLayout()
        status.addRow(self.tr("Status"), self.enrolled)
        status.addRow(self.tr("Server"), self.server)
        status.addRow(self.tr("ID perangkat"), self.device)
        status.addRow(self.tr("Sinkron terakhir"), self.last_sync)
        status.addRow(self.tr("Menunggu dikirim"), self.pending)

        self.address = QLineEdit(self)
        self.address.setPlaceholderText("https://eperencanaan.kab.go.id")
        self.code = QLineEdit(self)
        self.code.setPlaceholderText(self.tr("kode sekali pakai dari admin kabupaten"))
        self.allow_http = QCheckBox(
            self.tr("Izinkan HTTP tanpa enkripsi (hanya jaringan tertutup kantor)"), self
        )
        self.enroll_button = QPushButton(self.tr("Daftarkan laptop ini"), self)
        self.enroll_button.clicked.connect(self.enroll)
        self.open_sync = QPushButton(self.tr("Buka halaman Sinkronisasi"), self)
        self.open_sync.clicked.connect(self._open_sync_page)
        enrol = QFormLayout()
        enrol.addRow(self.tr("Alamat server"), self.address)
        enrol.addRow(self.tr("Kode pendaftaran"), self.code)
        enrol.addRow("", self.allow_http)
        buttons = QHBoxLayout()
        buttons.addWidget(self.enroll_button)
        self.enroll_progress = QProgressBar(self)
        self.enroll_progress.setRange(0, 0)  # busy: the server's answer has no known length
        self.enroll_progress.setMaximumWidth(160)
        self.enroll_progress.setVisible(False)
        buttons.addWidget(self.enroll_progress)
        buttons.addStretch(1)
        buttons.addWidget(self.open_sync)
        note = QLabel(
            self.tr(
                "Setiap laptop didaftarkan sendiri ke server kabupaten dengan kode sekali pakai "
                "dari admin kabupaten. Setelah pindah laptop (Pengaturan → Pindah laptop), "
                "kredensial sinkronisasi tidak ikut: daftarkan laptop baru lagi di sini, lalu "
                "minta admin mencabut laptop lama."
            ),
            self,
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(status)
        layout.addWidget(note)
        layout.addLayout(enrol)
        layout.addLayout(buttons)
        self.enroll_status = QLabel(self)
        self.enroll_status.setWordWrap(True)
        layout.addWidget(self.enroll_status)
        layout.addStretch(1)
        for widget in (self.address, self.code, self.allow_http, self.enroll_button):
            widget.setEnabled(admin)
        self.address.setText(get_settings().server_url)
        self.allow_http.setChecked(get_settings().allow_plain_http)
        self.refresh()

    def refresh(self) -> None:
        self.context.tasks.run(
            lambda: _load(self.context.engine), self._show, lambda exc: show_error(self, exc)
        )

    def _show(self, status: dict[str, Any]) -> None:
        if status["enrolled"]:
            self.enrolled.setText(self.tr("Terdaftar (kecamatan %s)") % status["kecamatan"])
            if not self.address.text():
                self.address.setText(str(status["server"] or ""))
        else:
            self.enrolled.setText(self.tr("Belum terdaftar — data hanya tersimpan di laptop ini."))
        self.server.setText(str(status["server"] or "-"))
        self.device.setText(str(status["device_id"] or "-"))
        self.last_sync.setText(_when(status["last_sync"]) or self.tr("belum pernah"))
        self.pending.setText(str(status["pending"]))

    def enroll(self) -> None:
        url, code = self.address.text().strip(), self.code.text().strip()
        allow_http = self.allow_http.isChecked()
        engine = self.context.engine

        def work() -> object:
            from app.sync.client import SyncClient

            return SyncClient(engine).enroll(url, code, allow_insecure_http=allow_http)

        def done(_config: object) -> None:
            self._enrolling(False)
            save_settings(server_url=url, allow_plain_http=allow_http)
            self.code.clear()
            self.enroll_status.setText(self.tr("Laptop ini terdaftar ke %s.") % url)
            self.refresh()

        def failed(exc: BaseException) -> None:
            self._enrolling(False)
            if isinstance(exc, EnvironmentProblem):
                # The truth: nothing is enrolled, so nothing will be sent "when the connection
                # returns" (the transport's generic hint said so).
                message = self.tr("Pendaftaran gagal: %s") % exc.message
                self.enroll_status.setText(
                    message + " " + self.tr("Laptop ini belum terdaftar; data tetap di laptop ini.")
                )
                show_error(
                    self,
                    UserError(
                        message + " " + self.tr("Laptop ini BELUM terdaftar."),
                        hint=self.tr(
                            "Periksa alamat server dan jaringan kantor, lalu klik Daftarkan "
                            "laptop ini lagi. Data tetap aman di laptop ini."
                        ),
                    ),
                )
                return
            self.enroll_status.setText(self.tr("Pendaftaran gagal; laptop ini belum terdaftar."))
            show_error(self, exc)

        self._enrolling(True)
        self.enroll_status.setText(
            self.tr("Menghubungi %s… (bisa sampai setengah menit bila jaringan lambat)") % url
        )
        self.context.tasks.run(work, done, failed, changes=("sync",))

    def _enrolling(self, busy: bool) -> None:
        self.enroll_progress.setVisible(busy)
        self.enroll_button.setEnabled(not busy)

    def _open_sync_page(self) -> None:
        show_page = getattr(self.window(), "show_page", None)
        if callable(show_page):
            show_page("sync")
