"""Starting the desktop application: check the database, create the demo office on first run,
then show the main window. Opening and creating run on the worker thread with a progress
dialog, so the window never freezes."""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMessageBox, QSplashScreen

from app import paths
from app.core.backup_service import newest_backup, restore_newest_backup
from app.core.database import OpenedDatabase, check_office_database, open_database
from app.core.demo import create_first_start_demo
from app.core.settings import get_settings
from app.core.workspace import has_planning_cycle
from app.errors import DatabaseCorrupt
from app.logsetup import configure_logging
from app.ui.context import AppContext
from app.ui.crash import install_excepthook
from app.ui.errors import show_error
from app.ui.i18n import install_translators
from app.ui.main_window import MainWindow
from app.ui.tasks import TaskRunner

# Start-up benchmarks (bench/bench_bundle.py) set this: print a marker once the main window has
# been shown and painted, then quit.
EXIT_AFTER_SHOW_ENV = "MUSRENBANG_EXIT_AFTER_SHOW"
SHOWN_MARKER = "MUSRENBANG_MAIN_WINDOW_SHOWN"


@dataclass
class _Started:
    db: OpenedDatabase
    demo_created: bool


def _open_or_create_demo() -> _Started:
    db = open_database()
    has_cycle = has_planning_cycle(db.engine)
    if db.created or not has_cycle:
        # Routed proposals, pagu per agency and an open forum with its attendance: the demo
        # shows the whole product, not 150 proposals waiting for an agency.
        create_first_start_demo(db.engine)
        return _Started(db, True)
    return _Started(db, False)


def _t(text: str) -> str:
    return QCoreApplication.translate("Launch", text)


class Splash(QSplashScreen):
    """Shown from the moment the application starts until the main window is up, with the
    step in progress, so a slow first start (the demo is built) never looks like nothing."""

    def show_step(self, text: str) -> None:
        self.showMessage(
            text,
            int(Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter),
            QColor("#1f2a36"),
        )
        self.show()
        QApplication.processEvents()


def make_splash() -> Splash:
    pixmap = QPixmap(480, 260)
    pixmap.fill(QColor("#f5f7fa"))
    painter = QPainter(pixmap)
    icon = QPixmap(str(paths.resource("icons", "musrenbang.png")))
    if not icon.isNull():
        painter.drawPixmap(24, 40, icon.scaled(96, 96, Qt.AspectRatioMode.KeepAspectRatio))
    painter.setPen(QColor("#1f2a36"))
    font = QFont()
    font.setPointSize(18)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(140, 80, "Musrenbang Kecamatan")
    font.setPointSize(10)
    font.setBold(False)
    painter.setFont(font)
    painter.drawText(140, 110, _t("Perencanaan pembangunan kecamatan"))
    painter.end()
    return Splash(pixmap)


def _offer_restore() -> bool:
    """Asks to restore the newest backup of a corrupt database; True when restored."""
    newest = newest_backup()
    if newest is None:
        QMessageBox.critical(
            None,
            "Musrenbang Kecamatan",
            _t(
                "Basis data rusak dan belum ada cadangan untuk dipulihkan.\nBerkas: %s\nHubungi admin atau tim pengembang."
            )
            % paths.database_path(),
        )
        return False
    answer = QMessageBox.question(
        None,
        "Musrenbang Kecamatan",
        _t(
            "Basis data tidak dapat dibaca (rusak).\n\nPulihkan cadangan terbaru (%s UTC)? Berkas yang rusak disimpan, tidak dihapus."
        )
        % f"{newest.taken_at:%d-%m-%Y %H:%M}",
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    restore_newest_backup(newest)
    return True


def _report_shown_and_quit(app: QApplication, window: MainWindow) -> None:
    window.repaint()  # the first frame is on screen before the time is taken
    if sys.stdout is not None:
        # CPU seconds of every thread so far: on a busy machine a fairer figure than wall time.
        print(f"{SHOWN_MARKER} cpu={time.process_time():.3f}", flush=True)
    app.exit(0)


def launch_gui() -> int:
    configure_logging()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Musrenbang Kecamatan")
    app.setWindowIcon(QIcon(str(paths.resource("icons", "musrenbang.png"))))
    install_excepthook()
    install_translators(app, get_settings().language)
    try:
        check_office_database(paths.database_path())  # also: empty/missing with backups
    except DatabaseCorrupt:
        if not _offer_restore():
            return 1
    tasks = TaskRunner(app)
    progress = make_splash()
    progress.show_step(_t("Membuka basis data… (pada awal pertama, data demo disiapkan)"))
    windows: list[MainWindow] = []

    def started(result: _Started) -> None:
        progress.show_step(_t("Menyiapkan jendela…"))
        progress.close()
        from app.ui.login import sign_in

        user = sign_in(result.db.engine)
        if user is None:
            app.exit(0)
            return
        context = AppContext(result.db.engine, str(result.db.path), tasks, user)
        window = MainWindow(context, auto_sync=True)
        windows.append(window)
        window.showMaximized()
        from app.ui.settings.auto_backup import AutoBackup

        AutoBackup(tasks, window).start()
        if os.environ.get(EXIT_AFTER_SHOW_ENV):
            QTimer.singleShot(0, lambda: _report_shown_and_quit(app, window))
        if result.demo_created:
            window.statusBar().showMessage(
                "Basis data demo dibuat (data contoh, bukan data resmi).", 10_000
            )

    def failed(exc: BaseException) -> None:
        progress.close()
        show_error(None, exc)
        app.exit(1)

    tasks.run(_open_or_create_demo, started, failed)
    return app.exec()
