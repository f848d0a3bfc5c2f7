"""The interface's part of ``musrenbang --self-check``: Qt loads the translations, registers the
fonts, finds its platform plugins and the window icon. Runs offscreen: nothing is shown."""

from __future__ import annotations

import os
import sys
import xml.etree.ElementTree as ElementTree

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator
from PySide6.QtGui import QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from app.core.selfcheck import LANGUAGES, Check, CheckFailed, SelfCheckContext
from app.paths import resource

# The platform plugin a real window needs on each system (offscreen is only for checks and tests).
NATIVE_PLATFORM = {"win32": "qwindows", "darwin": "qcocoa"}.get(sys.platform, "qxcb")


def ensure_application() -> QCoreApplication:
    """The running application, or a new offscreen one (the self-check shows no window)."""
    existing = QApplication.instance()
    if existing is not None:
        return existing
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QApplication([sys.argv[0] if sys.argv else "musrenbang"])


def _finished_message(ts_path: str) -> tuple[str, str, str] | None:
    """One (context, source, translation) the catalogue source marks as finished."""
    root = ElementTree.parse(ts_path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source")
            if (
                translation is not None
                and translation.get("type") not in ("unfinished", "obsolete", "vanished")
                and translation.text
                and source
                and message.get("numerus") != "yes"
                and translation.text != source
            ):
                return name, source, translation.text
    return None


def _check_translations(context: SelfCheckContext) -> str:
    app = ensure_application()
    loaded: list[str] = []
    for language in LANGUAGES:
        path = resource("i18n", f"musrenbang_{language}.qm")
        translator = QTranslator(app)
        if not translator.load(str(path)) or translator.isEmpty():
            raise CheckFailed(f"Qt tidak dapat memuat {path.name}")
        sample = resource("i18n", f"musrenbang_{language}.ts")
        if sample.is_file():
            message = _finished_message(str(sample))
            if message is not None:
                name, source, expected = message
                got = translator.translate(name, source)
                if got != expected:
                    raise CheckFailed(
                        f"{path.name}: «{source}» diterjemahkan «{got}», seharusnya «{expected}»"
                    )
        loaded.append(language)
    return f"katalog {', '.join(loaded)} dimuat oleh Qt dan menerjemahkan"


def _check_qt_fonts(context: SelfCheckContext) -> str:
    ensure_application()
    families: set[str] = set()
    for path in sorted(resource("fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            raise CheckFailed(f"Qt menolak huruf {path.name}")
        families.update(QFontDatabase.applicationFontFamilies(font_id))
        # Only a check: the running application keeps the fonts it had.
        QFontDatabase.removeApplicationFont(font_id)
    if not families:
        raise CheckFailed(f"tidak ada huruf di {resource('fonts')}")
    return f"{len(families)} keluarga huruf terdaftar di Qt ({', '.join(sorted(families))})"


def _check_qt_platform(context: SelfCheckContext) -> str:
    ensure_application()
    plugins = QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)
    platforms = os.path.join(plugins, "platforms")
    names = sorted(os.listdir(platforms)) if os.path.isdir(platforms) else []
    if not any(name.startswith(("lib" + NATIVE_PLATFORM, NATIVE_PLATFORM)) for name in names):
        raise CheckFailed(f"plugin jendela {NATIVE_PLATFORM} tidak ada di {platforms}")
    icon = QIcon(str(resource("icons", "musrenbang.png")))
    if icon.isNull():
        raise CheckFailed("ikon aplikasi tidak dapat dimuat")
    return (
        f"plugin {NATIVE_PLATFORM} tersedia (sekarang: {QGuiApplication.platformName()}), "
        "ikon aplikasi dimuat"
    )


UI_CHECKS: tuple[Check, ...] = (
    Check("Terjemahan (Qt)", _check_translations),
    Check("Huruf antarmuka (Qt)", _check_qt_fonts),
    Check("Plugin Qt dan ikon", _check_qt_platform),
)
