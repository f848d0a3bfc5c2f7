"""The status-bar sync indicator and the scheduler that syncs by itself when the server is
reachable again.

``AutoSync`` probes the server on a timer through the task runner (never on the GUI thread),
feeds the result to ``app.sync.scheduler.AutoSyncPolicy``, and starts a background sync when
the policy says so: at once when the connection returns, soon after new changes, with capped
backoff after failures, never after a 401 until the device is enrolled again.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from app.core.database import Database
from app.sync.client import SyncClient, SyncReport
from app.sync.probe import ProbeResult, probe_office
from app.sync.scheduler import AutoSyncPolicy
from app.sync.transport import AuthRevoked


class AutoSync(QObject):
    """Runs the probe every ``interval_ms`` and syncs in the background when due."""

    probed = Signal(object)  # ProbeResult
    syncStarted = Signal()
    syncFinished = Signal(object)  # SyncReport
    syncFailed = Signal(object)  # the exception

    def __init__(
        self,
        engine: Database,
        tasks: Any,
        parent: QObject | None = None,
        *,
        interval_ms: int = 20_000,
        policy: AutoSyncPolicy | None = None,
        probe_op: Callable[[], ProbeResult] | None = None,
        sync_op: Callable[[], SyncReport] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.tasks = tasks
        self.policy = policy or AutoSyncPolicy()
        self._probe_op = probe_op or (lambda: probe_office(engine))
        self._sync_op = sync_op or (lambda: SyncClient(engine).sync())
        self._clock = clock
        self._probing = False
        self._syncing = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check_now)

    def start(self) -> None:
        self.timer.start()
        self.check_now()

    def stop(self) -> None:
        self.timer.stop()

    @property
    def syncing(self) -> bool:
        return self._syncing

    def check_now(self) -> None:
        if self._probing or self._syncing:
            return
        self._probing = True
        self.tasks.run(self._probe_op, self._on_probe, self._on_probe_failed)

    def _on_probe(self, result: ProbeResult) -> None:
        self._probing = False
        if not result.paused and self.policy.paused and result.enrolled:
            self.policy.resume()  # enrolled again since the 401
        self.probed.emit(result)
        if not result.enrolled:
            return
        if self.policy.on_probe(result.reachable, result.pending, self._clock()):
            self.sync_now()

    def _on_probe_failed(self, exc: BaseException) -> None:
        self._probing = False
        self.policy.on_probe(False, 0, self._clock())
        self.probed.emit(ProbeResult(True, False, 0, False))

    def sync_now(self) -> None:
        if self._syncing:
            return
        self._syncing = True
        self.syncStarted.emit()
        self.tasks.run(self._sync_op, self._on_synced, self._on_sync_failed)

    def _on_synced(self, report: SyncReport) -> None:
        self._syncing = False
        self.policy.on_result(True, self._clock())
        self.syncFinished.emit(report)

    def _on_sync_failed(self, exc: BaseException) -> None:
        self._syncing = False
        self.policy.on_result(False, self._clock(), unauthorised=isinstance(exc, AuthRevoked))
        self.syncFailed.emit(exc)


class SyncIndicator(QWidget):
    """ "● Daring · 3 menunggu" in the status bar; its tooltip says what to do."""

    def __init__(self, auto_sync: AutoSync, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.auto_sync = auto_sync
        self.label = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.label)
        self._pending = 0
        self.label.setText(self.tr("Sinkronisasi: memeriksa…"))
        auto_sync.probed.connect(self._on_probe)
        auto_sync.syncStarted.connect(self._on_started)
        auto_sync.syncFinished.connect(self._on_finished)
        auto_sync.syncFailed.connect(self._on_failed)

    def text(self) -> str:
        return self.label.text()

    def _on_probe(self, result: ProbeResult) -> None:
        self._pending = result.pending
        if result.demo:
            # Demo data is never sent, so nothing is "waiting" (it once showed 1,495 items).
            self.label.setText(self.tr("Data demo · tidak dikirim"))
            self.setToolTip(
                self.tr("Kantor demo: data contoh hanya di komputer ini dan tidak disinkronkan.")
            )
            return
        if not result.enrolled:
            self.label.setText(self.tr("○ Belum terdaftar · %s menunggu") % result.pending)
            self.setToolTip(
                self.tr("Daftarkan perangkat ini di halaman Sinkronisasi agar data terkirim.")
            )
        elif result.paused:
            self.label.setText(self.tr("⏸ Sinkronisasi dijeda · %s menunggu") % result.pending)
            self.setToolTip(
                self.tr(
                    "Server menolak token perangkat. Daftarkan ulang dengan kode baru; data tetap aman."
                )
            )
        elif result.reachable:
            self.label.setText(self.tr("● Daring · %s menunggu") % result.pending)
            self.setToolTip(self.tr("Server kabupaten terhubung; perubahan dikirim otomatis."))
        else:
            self.label.setText(self.tr("○ Luring · %s menunggu") % result.pending)
            self.setToolTip(
                self.tr(
                    "Server tidak terjangkau. Data tersimpan di komputer ini dan dikirim otomatis saat koneksi kembali."
                )
            )

    def _on_started(self) -> None:
        self.label.setText(self.tr("⟳ Menyinkronkan… (%s menunggu)") % self._pending)

    def _on_finished(self, report: SyncReport) -> None:
        self._pending = report.pending_after
        if report.up_to_date:
            self.label.setText(self.tr("● Sinkron · 0 menunggu"))
        else:
            self.label.setText(
                self.tr("● Daring · %s menunggu · perlu perhatian") % report.pending_after
            )
            self.setToolTip(
                self.tr("Ada data yang ditolak atau konflik: buka halaman Sinkronisasi.")
            )

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, AuthRevoked):
            self.label.setText(self.tr("⏸ Sinkronisasi dijeda · %s menunggu") % self._pending)
        else:
            self.label.setText(self.tr("○ Gagal sinkron · %s menunggu") % self._pending)
        self.setToolTip(str(exc))
