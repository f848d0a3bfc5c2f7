"""The user guide (docs/panduan, Markdown) in a window of its own: chapters on the left, the
chapter on the right with its pictures and links to other chapters, and a search box that looks
in the open chapter first and then in the others.

The guide is plain files read at run time; ``app.paths.guide_dir`` finds them beside the sources
or inside a PyInstaller bundle.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QImage,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.paths import guide_dir
from app.ui.widgets import fit_to_screen

INDEX_NAMES = ("README.md", "index.md")
# Screenshots are taken on a large display; in the help window they are shown no wider than this
# (or the reading area, when it is narrower) so a chapter reads without scrolling sideways.
MAX_IMAGE_WIDTH = 900
PATH_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Chapter:
    path: Path
    title: str


def _title(path: Path) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return path.stem


def guide_chapters(folder: Path | None = None) -> list[Chapter]:
    """The index first, then the chapters in file-name order (their names start with a number)."""
    folder = folder or guide_dir()
    if not folder.is_dir():
        return []
    index = [folder / name for name in INDEX_NAMES if (folder / name).is_file()][:1]
    rest = sorted(p for p in folder.glob("*.md") if p.name not in INDEX_NAMES)
    return [Chapter(path, _title(path)) for path in index + rest]


class GuideBrowser(QTextBrowser):
    """A QTextBrowser that shows local pictures scaled down to the reading width, and scales
    them again when the window is resized."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._laid_out_for = 0
        self._rescale = QTimer(self)
        self._rescale.setSingleShot(True)
        self._rescale.setInterval(200)
        self._rescale.timeout.connect(self._reload_keeping_place)

    def image_limit(self) -> int:
        # The widget's width less a scroll bar, shown or not: the same before and after the
        # pictures make the text long enough to need one.
        room = self.width() - self.verticalScrollBar().sizeHint().width() - 40
        return min(MAX_IMAGE_WIDTH, max(320, room))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._laid_out_for and self.image_limit() != self._laid_out_for:
            self._rescale.start()

    def _reload_keeping_place(self) -> None:
        bar = self.verticalScrollBar()
        share = bar.value() / bar.maximum() if bar.maximum() else 0.0
        self.reload()
        bar.setValue(round(share * bar.maximum()))

    def loadResource(self, type_: int, name: QUrl | str) -> Any:
        if type_ == int(QTextDocument.ResourceType.ImageResource.value):
            wanted = QUrl(name) if isinstance(name, str) else name
            url = wanted if wanted.isLocalFile() else self.source().resolved(wanted)
            if url.isLocalFile() and Path(url.toLocalFile()).is_file():
                image = QImage(url.toLocalFile())
                limit = self._laid_out_for = self.image_limit()
                if image.width() > limit:
                    image = image.scaledToWidth(limit, Qt.TransformationMode.SmoothTransformation)
                return image
        return super().loadResource(type_, name)


class HelpWindow(QWidget):
    """A top-level window; the main window keeps one and raises it on F1."""

    chapterShown = Signal(str)  # the chapter's file name

    def __init__(self, folder: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("HelpWindow")
        self.setWindowTitle(self.tr("Panduan pengguna — Musrenbang Kecamatan"))
        self.resize(*fit_to_screen(self, 1180, 780))
        self.folder = folder or guide_dir()
        self.chapters = guide_chapters(self.folder)

        self.toc = QListWidget(self)
        self.toc.setObjectName("helpChapters")
        for chapter in self.chapters:
            item = QListWidgetItem(chapter.title, self.toc)
            item.setData(PATH_ROLE, str(chapter.path))
        self.toc.currentItemChanged.connect(self._chapter_chosen)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Cari di panduan… (Enter: berikutnya)"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.find_next)
        self.search_note = QLabel(self)
        self.search_note.setWordWrap(True)
        self.search_note.setVisible(False)

        self.browser = GuideBrowser(self)
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenLinks(False)  # chapters open here, web addresses in the browser
        self.browser.anchorClicked.connect(self.follow_link)
        self.browser.sourceChanged.connect(self._source_changed)

        back = QPushButton(self.tr("◀ Kembali"), self)
        back.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(back.setEnabled)
        back.setEnabled(False)
        home = QPushButton(self.tr("Daftar isi"), self)
        home.clicked.connect(self.show_index)

        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addWidget(self.search_note)
        column.addWidget(self.toc, 1)
        right = QWidget(self)
        reading = QVBoxLayout(right)
        reading.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addWidget(home)
        buttons.addStretch(1)
        reading.addLayout(buttons)
        reading.addWidget(self.browser, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 900])
        QVBoxLayout(self).addWidget(splitter)

        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self).activated.connect(
            self.search.setFocus
        )
        QShortcut(QKeySequence("Esc"), self).activated.connect(self.close)
        if not self.chapters:
            self.browser.setPlainText(
                self.tr("Berkas panduan tidak ditemukan di %s.") % str(self.folder)
            )
        else:
            self.show_index()

    # --- navigation -------------------------------------------------------------------------
    def show_index(self) -> None:
        if self.chapters:
            self.open_path(self.chapters[0].path)

    def open_chapter(self, file_name: str) -> bool:
        path = self.folder / file_name
        if not path.is_file():
            return False
        self.open_path(path)
        return True

    def open_path(self, path: Path) -> None:
        url = QUrl.fromLocalFile(str(path.resolve()))
        if self.browser.source() != url:
            self.browser.setSource(url, QTextDocument.ResourceType.MarkdownResource)

    def current_file(self) -> str:
        return Path(self.browser.source().toLocalFile()).name

    def follow_link(self, url: QUrl) -> None:
        target = self.browser.source().resolved(url)
        if target.isLocalFile() and target.toLocalFile().endswith(".md"):
            path = Path(target.toLocalFile())
            if path.is_file():
                self.open_path(path)
                return
        web = target.scheme() in ("http", "https", "mailto")
        if web or (target.isLocalFile() and Path(target.toLocalFile()).exists()):
            QDesktopServices.openUrl(target)  # the browser, or the picture in a viewer

    def _chapter_chosen(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self.open_path(Path(str(item.data(PATH_ROLE))))

    def _source_changed(self, url: QUrl) -> None:
        name = Path(url.toLocalFile()).resolve()
        for row in range(self.toc.count()):
            item = self.toc.item(row)
            if Path(str(item.data(PATH_ROLE))).resolve() == name:
                if self.toc.currentRow() != row:
                    self.toc.blockSignals(True)
                    self.toc.setCurrentRow(row)
                    self.toc.blockSignals(False)
                break
        self.chapterShown.emit(name.name)

    # --- search -----------------------------------------------------------------------------
    def find_next(self) -> bool:
        """Next match in the open chapter, else the first match in the chapters after it."""
        text = self.search.text().strip()
        self.search_note.clear()
        self.search_note.setVisible(False)
        if not text:
            return False
        if self.browser.find(text):
            return True
        order = [c.path.resolve() for c in self.chapters]
        current = Path(self.browser.source().toLocalFile()).resolve()
        start = order.index(current) if current in order else -1
        # The following chapters, then back round to the open one from its top.
        for offset in range(1, len(order) + 1):
            path = order[(start + offset) % len(order)]
            if text.casefold() not in path.read_text(encoding="utf-8").casefold():
                continue
            self.open_path(path)
            self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)
            if self.browser.find(text):
                return True
        self.search_note.setText(self.tr("“%s” tidak ditemukan di panduan.") % text)
        self.search_note.setVisible(True)
        return False
