"""The main window: navigation between the office's pages, the planning cycle in view, and a
status bar with the database, the sync state and pending changes.

Pages are built lazily on first visit; a page whose module is not part of this build is not
offered in the navigation.
"""

from __future__ import annotations

import importlib.util
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from app import __version__
from app.core.database import OpenedDatabase
from app.core.workspace import pending_sync_count
from app.ui.context import AppContext
from app.ui.widgets import fit_to_screen
from common.money import format_rupiah

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PageSpec:
    key: str
    label: str
    module: str
    factory: str
    shortcut: str


def _page_specs() -> tuple[PageSpec, ...]:
    return (
        PageSpec(
            "proposals",
            QCoreApplication.translate("MainWindow", "Usulan"),
            "app.ui.proposals.page",
            "ProposalsPage",
            "Ctrl+1",
        ),
        PageSpec(
            "forum",
            QCoreApplication.translate("MainWindow", "Forum"),
            "app.ui.forum.page",
            "ForumPage.from_context",
            "Ctrl+2",
        ),
        PageSpec(
            "reports",
            QCoreApplication.translate("MainWindow", "Laporan"),
            "app.ui.reports_page",
            "ReportsPage",
            "Ctrl+3",
        ),
        PageSpec(
            "sync",
            QCoreApplication.translate("MainWindow", "Sinkronisasi"),
            "app.ui.sync_page",
            "SyncPage.from_context",
            "Ctrl+4",
        ),
        PageSpec(
            "reference",
            QCoreApplication.translate("MainWindow", "Data Referensi"),
            "app.ui.reference_page",
            "ReferencePage",
            "Ctrl+5",
        ),
        PageSpec(
            "settings",
            QCoreApplication.translate("MainWindow", "Pengaturan"),
            "app.ui.settings_page",
            "SettingsPage",
            "Ctrl+6",
        ),
    )


def _page_factory(spec: PageSpec) -> Callable[[AppContext], QWidget] | None:
    """The page's constructor; its module is imported when the page is first shown (importing
    every page, reports and forum included, before the window appeared slowed the start-up)."""
    try:
        found = importlib.util.find_spec(spec.module)
    except ModuleNotFoundError:  # its package is not written yet either
        found = None
    if found is None:
        return None

    def build(context: AppContext) -> QWidget:
        factory: object = importlib.import_module(spec.module)
        for name in spec.factory.split("."):  # a page class, or its ``from_context``
            factory = getattr(factory, name)
        assert callable(factory)
        page: QWidget = factory(context)
        return page

    return build


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, *, auto_sync: bool = False) -> None:
        """``auto_sync`` starts the background connectivity probe (the launcher turns it on;
        tests leave it off so no timer reaches for a network)."""
        super().__init__()
        self.context = context
        self._start_auto_sync = auto_sync
        self.setObjectName("MainWindow")
        self.resize(*fit_to_screen(self, 1280, 760))
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.pages: dict[str, QWidget] = {}
        self.nav_actions: dict[str, QAction] = {}
        self._factories: dict[str, Callable[[AppContext], QWidget]] = {}
        self._build_navigation()
        self.help_window: QWidget | None = None
        self._build_help_menu()
        self.cycle_label = QLabel(self)
        self.pending_label = QLabel(self)
        self.user_label = QLabel(self)
        status = self.statusBar()
        status.addWidget(self.cycle_label, 1)
        self._add_sync_indicator()
        if not hasattr(self, "sync_indicator"):  # the indicator shows pending changes itself
            status.addPermanentWidget(self.pending_label)
        else:
            self.pending_label.hide()  # kept for its text; unplaced it would sit over the menu
        status.addPermanentWidget(self.user_label)
        # The file's name only (the full path in the tooltip): a long path once squeezed the
        # status bar's confirmations ("Keputusan tersimpan: …") to a few words.
        db_label = QLabel(self.tr("Basis data: %s") % Path(context.db_label).name, self)
        db_label.setToolTip(context.db_label)
        status.addPermanentWidget(db_label)
        context.data_changed.connect(lambda _kind: self.refresh_status())
        self.refresh_status()
        self.show_page("proposals")

    def _build_navigation(self) -> None:
        bar = QToolBar(self.tr("Navigasi"), self)
        bar.setObjectName("navigation")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(Qt.ToolBarArea.LeftToolBarArea, bar)
        group = QActionGroup(self)
        for spec in _page_specs():
            factory = _page_factory(spec)
            if factory is None:
                log.info("page %s not part of this build", spec.key)
                continue
            self._factories[spec.key] = factory
            action = QAction(spec.label, self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(spec.shortcut))
            action.setToolTip(f"{spec.label} ({spec.shortcut})")
            action.triggered.connect(lambda _checked=False, key=spec.key: self.show_page(key))
            group.addAction(action)
            bar.addAction(action)
            self.nav_actions[spec.key] = action

    def _build_help_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Bantuan"))
        self.guide_action = QAction(self.tr("Panduan pengguna"), self)
        self.guide_action.setShortcut(QKeySequence("F1"))
        # F1 also from the help window itself and other windows of the app, not only this one.
        self.guide_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.guide_action.triggered.connect(lambda _checked=False: self.open_guide())
        # F5 opens the projector screen from anywhere in the main window (as the README says).
        self.present_action = QAction(self.tr("Layar presentasi forum"), self)
        self.present_action.setShortcut(QKeySequence("F5"))
        self.present_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.present_action.triggered.connect(lambda _checked=False: self.open_presenter())
        self.addAction(self.present_action)
        self.about_action = QAction(self.tr("Tentang Musrenbang Kecamatan"), self)
        self.about_action.triggered.connect(self.show_about)
        menu.addAction(self.guide_action)
        menu.addSeparator()
        menu.addAction(self.about_action)

    def open_guide(self, chapter: str | None = None) -> QWidget:
        """Shows the user guide (one window, raised again on the next F1)."""
        from app.ui.help_window import HelpWindow

        if self.help_window is None:
            self.help_window = HelpWindow(parent=self)
        window = self.help_window
        assert isinstance(window, HelpWindow)
        if chapter:
            window.open_chapter(chapter)
        if window.isVisible():
            window.raise_()  # already open, maybe behind the main window
        window.show()
        window.activateWindow()
        return window

    def open_presenter(self) -> QWidget | None:
        """The forum page's presenter screen (the forum page is built if need be)."""
        page = self.show_page("forum")
        opener = getattr(page, "open_presenter", None)
        if opener is None:
            return None
        window: QWidget = opener()
        return window

    def closeEvent(self, event: QCloseEvent) -> None:
        # The presenter and the help are windows of their own: left open, they would keep the
        # application running (and the projector lit) after the operator closed it.
        for window in (self.help_window, getattr(self.pages.get("forum"), "presenter", None)):
            if isinstance(window, QWidget):
                window.close()
        super().closeEvent(event)

    def show_about(self) -> QMessageBox:
        box = QMessageBox(self)
        box.setObjectName("AboutBox")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Tentang Musrenbang Kecamatan"))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(self.tr("<h3>Musrenbang Kecamatan</h3><p>Versi %s</p>") % __version__)
        box.setInformativeText(
            self.tr(
                "Aplikasi luring untuk kantor camat: usulan desa/kelurahan, forum Musrenbang, "
                "laporan resmi, dan sinkronisasi ke E-Perencanaan kabupaten.<br><br>"
                "Lisensi MIT. Asal-usul data referensi (nomenklatur, wilayah, OPD) dan huruf "
                "tercatat di berkas PROVENANCE.md pada folder resources. Data demo bukan data resmi."
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.open()  # not exec(): the window stays responsive and tests can read the box
        return box

    def _add_sync_indicator(self) -> None:
        try:
            from app.ui.sync_indicator import AutoSync, SyncIndicator
        except ModuleNotFoundError:
            return
        self.auto_sync = AutoSync(self.context.engine, self.context.tasks, self)
        # What a background sync changed is announced by the task runner (SyncReport.notice).
        self.sync_indicator = SyncIndicator(self.auto_sync, self)
        self.statusBar().addPermanentWidget(self.sync_indicator)
        if self._start_auto_sync:
            self.auto_sync.start()

    def show_page(self, key: str) -> QWidget | None:
        if key not in self._factories:
            return None
        page = self.pages.get(key)
        if page is None:
            page = self._factories[key](self.context)
            self.pages[key] = page
            self.stack.addWidget(page)
            replaced = getattr(page, "office_replaced", None)
            if replaced is not None:
                replaced.connect(self.switch_database)
            notice = getattr(page, "notice", None)
            if notice is not None:  # a page's confirmations ("Keputusan tersimpan: …")
                notice.connect(lambda text: self.statusBar().showMessage(text, 15000))
        self.stack.setCurrentWidget(page)
        self.nav_actions[key].setChecked(True)
        return page

    def switch_database(self, db: OpenedDatabase) -> None:
        """A new office database was set up: sign in to it and rebuild every page."""
        from app.ui.login import sign_in

        user = sign_in(db.engine, self)
        if user is None:
            return
        old = self.context
        self.context = AppContext(db.engine, str(db.path), old.tasks, user)
        self.context.data_changed.connect(lambda _kind: self.refresh_status())
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        if hasattr(self, "auto_sync"):
            self.auto_sync.stop()
            self.statusBar().removeWidget(self.sync_indicator)
            self.sync_indicator.deleteLater()
            self.auto_sync.deleteLater()
            self._add_sync_indicator()
        old.engine.dispose()
        self.refresh_status()
        self.show_page("proposals")

    def refresh_status(self) -> None:
        self.context.reload_office()
        cycle = self.context.cycle
        pending = pending_sync_count(self.context.engine)
        if cycle:
            self.setWindowTitle(self.tr("Musrenbang Kecamatan — %s") % cycle.name)
            self.cycle_label.setText(
                self.tr("%s · pagu indikatif %s") % (cycle.name, format_rupiah(cycle.pagu_total))
            )
        else:
            self.setWindowTitle(self.tr("Musrenbang Kecamatan"))
            self.cycle_label.setText(self.tr("Belum ada siklus perencanaan."))
        self.pending_label.setText(self.tr("Menunggu sinkronisasi: %d") % pending)
        user = self.context.user
        self.user_label.setText(f"{user.full_name} ({user.role})")
