"""The user guide: its files hold together (every link and picture resolves, every shortcut it
names exists in the code), and the help window opens it from F1 with chapters, links, pictures
and search working."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from app import __version__
from app.paths import guide_dir
from app.ui.context import AppContext
from app.ui.help_window import MAX_IMAGE_WIDTH, HelpWindow, guide_chapters
from app.ui.main_window import MainWindow
from tests.ui.conftest import activate

ROOT = Path(__file__).resolve().parents[2]
GUIDE = guide_dir()
LINK = re.compile(r"(!?)\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
SHORTCUT = re.compile(r"`((?:Ctrl|Alt|Shift)\+[^`]+|F\d{1,2})`")
# Keys Qt itself gives every window and text box; the app does not declare them.
QT_BUILT_IN = {"Shift+Tab", "Ctrl+V"}


def _guide_files() -> list[Path]:
    return sorted(GUIDE.glob("*.md"))


def _links(path: Path) -> list[tuple[bool, str]]:
    text = path.read_text(encoding="utf-8")
    return [(bang == "!", target) for bang, target in LINK.findall(text)]


def test_the_guide_is_where_the_app_looks_for_it() -> None:
    assert GUIDE == ROOT / "docs" / "panduan"
    names = [p.name for p in _guide_files()]
    assert "README.md" in names and len(names) >= 9, names


def test_in_a_bundle_the_guide_is_read_from_the_bundle(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert guide_dir() == tmp_path / "docs" / "panduan"


def test_every_link_and_picture_in_the_guide_resolves() -> None:
    broken: list[str] = []
    pictures = 0
    for path in _guide_files():
        for is_image, target in _links(path):
            if target.startswith(("http://", "https://", "mailto:", "#")):
                continue
            resolved = (path.parent / target.split("#", 1)[0]).resolve()
            if not resolved.is_file():
                broken.append(f"{path.name}: {target}")
                continue
            if is_image:
                pictures += 1
                image = QImage(str(resolved))
                if image.isNull() or image.width() < 200:
                    broken.append(f"{path.name}: {target} is not a readable picture")
            else:
                assert resolved.is_relative_to(GUIDE), f"{path.name} links outside the guide"
    assert not broken, "broken links or pictures:\n" + "\n".join(broken)
    assert pictures >= 10


def test_the_index_links_every_chapter_and_every_picture_is_used() -> None:
    index = {target for _img, target in _links(GUIDE / "README.md")}
    chapters = {p.name for p in _guide_files()} - {"README.md"}
    assert chapters <= index, chapters - index
    used = {
        (path.parent / target).resolve()
        for path in _guide_files()
        for is_image, target in _links(path)
        if is_image
    }
    unused = [p.name for p in (GUIDE / "gambar").glob("*.png") if p.resolve() not in used]
    assert not unused, f"pictures no chapter shows: {unused}"


def test_every_shortcut_the_guide_names_exists_in_the_code() -> None:
    code = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "app" / "ui").rglob("*.py"))
    named = {
        match
        for path in _guide_files()
        for match in SHORTCUT.findall(path.read_text(encoding="utf-8"))
    }
    assert {"F1", "Ctrl+N", "Alt+T", "F5"} <= named
    missing = []
    for keys in sorted(named - QT_BUILT_IN):
        spelled = keys.replace("Enter", "Return")
        if f'"{spelled}"' in code or f"({spelled})" in code:
            continue
        if re.fullmatch(r"F\d{1,2}", keys) and f"Key_{keys}" in code:
            continue
        missing.append(keys)
    assert not missing, f"the guide names shortcuts the code does not have: {missing}"


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen has no stacking
def test_f1_opens_the_guide_at_its_index(qtbot: QtBot, context: AppContext) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    activate(qtbot, window)
    assert window.guide_action.shortcut().toString() == "F1"
    help_menu = window.menuBar().actions()[-1].menu()
    assert isinstance(help_menu, QMenu)
    assert help_menu.title() == "&Bantuan"
    assert [a.text() for a in help_menu.actions() if not a.isSeparator()] == [
        "Panduan pengguna",
        "Tentang Musrenbang Kecamatan",
    ]
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.help_window is not None and window.help_window.isVisible())
    help_window = window.help_window
    assert isinstance(help_window, HelpWindow)
    assert help_window.current_file() == "README.md"
    assert help_window.toc.count() == len(_guide_files())
    assert "Panduan Pengguna" in help_window.browser.toPlainText()
    # A second F1 raises the same window rather than opening another.
    window.open_guide()
    assert window.help_window is help_window


def test_every_chapter_loads_with_its_pictures(qtbot: QtBot) -> None:
    help_window = HelpWindow()
    qtbot.addWidget(help_window)
    help_window.show()
    chapters = guide_chapters()
    assert chapters[0].path.name == "README.md"
    for row, chapter in enumerate(chapters):
        help_window.toc.setCurrentRow(row)
        assert help_window.current_file() == chapter.path.name
        text = help_window.browser.toPlainText()
        assert chapter.title in text
        assert "](" not in text, f"{chapter.path.name}: Markdown shown as text"
        document = help_window.browser.document()
        block = document.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                if fragment.charFormat().isImageFormat():
                    name = fragment.charFormat().toImageFormat().name()
                    image = help_window.browser.loadResource(
                        QTextDocument.ResourceType.ImageResource.value, QUrl(name)
                    )
                    assert isinstance(image, QImage) and not image.isNull(), name
                    assert image.width() <= MAX_IMAGE_WIDTH, name
                fragments += 1
            block = block.next()


def test_links_between_chapters_and_back(qtbot: QtBot) -> None:
    help_window = HelpWindow()
    qtbot.addWidget(help_window)
    help_window.show()
    help_window.follow_link(QUrl("02-usulan.md"))
    assert help_window.current_file() == "02-usulan.md"
    assert help_window.toc.currentItem().text() == "Mengisi dan mengimpor usulan"
    help_window.follow_link(QUrl("07-jika-bermasalah.md"))
    assert help_window.current_file() == "07-jika-bermasalah.md"
    help_window.browser.backward()
    assert help_window.current_file() == "02-usulan.md"


def test_search_moves_on_to_the_chapter_that_has_the_words(qtbot: QtBot) -> None:
    help_window = HelpWindow()
    qtbot.addWidget(help_window)
    help_window.show()
    help_window.search.setText("SmartScreen")
    assert help_window.find_next()
    assert help_window.current_file() == "01-hari-pertama.md"
    assert help_window.browser.textCursor().selectedText() == "SmartScreen"
    help_window.search.setText("kata yang tidak ada di panduan qqq")
    assert not help_window.find_next()
    assert "tidak ditemukan" in help_window.search_note.text()


def test_a_missing_guide_says_where_it_looked(qtbot: QtBot, tmp_path: Path) -> None:
    help_window = HelpWindow(tmp_path / "tidak-ada")
    qtbot.addWidget(help_window)
    assert help_window.toc.count() == 0
    assert str(tmp_path / "tidak-ada") in help_window.browser.toPlainText()


def test_about_names_the_version_and_the_licence(qtbot: QtBot, context: AppContext) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    box = window.show_about()
    assert __version__ in box.text()
    assert "MIT" in box.informativeText() and "PROVENANCE" in box.informativeText()
    box.close()


def test_pictures_follow_the_width_of_the_window(qtbot: QtBot) -> None:
    help_window = HelpWindow()
    qtbot.addWidget(help_window)
    help_window.resize(1180, 780)
    help_window.show()
    help_window.open_chapter("02-usulan.md")
    browser = help_window.browser
    qtbot.waitUntil(lambda: browser._laid_out_for == browser.image_limit())
    wide = browser._laid_out_for
    help_window.resize(760, 700)
    qtbot.waitUntil(lambda: browser.image_limit() < wide)
    qtbot.waitUntil(lambda: browser._laid_out_for == browser.image_limit(), timeout=3000)
    assert browser._laid_out_for < wide
    assert help_window.current_file() == "02-usulan.md"
