"""The automatic backup while the application is open: checked every few minutes, taken when
due (Pengaturan → Cadangan sets the switch, interval and folder). A missing USB folder is said
once, in the status bar, never in a dialog that would interrupt the work."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMainWindow, QWidget

from app.core.backup_service import BackupInfo, run_auto_backup, take_fallback_notice
from app.ui.tasks import InlineTaskRunner, TaskRunner

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 10 * 60 * 1000
NOTICE_MS = 30_000


class AutoBackup(QObject):
    def __init__(
        self,
        tasks: TaskRunner | InlineTaskRunner,
        window: QWidget,
        *,
        every_ms: int = CHECK_EVERY_MS,
    ) -> None:
        super().__init__(window)
        self.tasks = tasks
        self.window = window
        self.running = False
        self.timer = QTimer(self)
        self.timer.setInterval(every_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()
        self.check()

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> None:
        if self.running:
            return
        self.running = True
        self.tasks.run(run_auto_backup, self._done, self._failed, lane="analysis")

    def _say(self, text: str) -> None:
        if isinstance(self.window, QMainWindow):
            self.window.statusBar().showMessage(text, NOTICE_MS)

    def _done(self, info: BackupInfo | None) -> None:
        self.running = False
        if info is not None:
            log.info("automatic backup %s", info.path)
        notice = take_fallback_notice()
        if notice:
            self._say(notice)

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        log.warning("automatic backup failed: %s", exc)
        self._say(self.tr("Cadangan otomatis gagal: %s") % exc)
