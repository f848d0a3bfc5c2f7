"""Loading the interface translations at start.

Source strings are Bahasa Indonesia, the language of the users. ``musrenbang_id.qm`` translates
Qt's own stock texts (dialog buttons, wizard buttons) into Indonesian, since Qt ships no
Indonesian catalogue; ``musrenbang_en.qm`` translates the whole interface into English.
The messages of the Qt-free layers (marked with ``common.i18n._``) are looked up in the same
catalogue under the context ``"core"``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from app.paths import resource
from common import i18n as core_i18n

_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, language: str) -> bool:
    """Install the catalogue for ``language`` ("id" or "en"); True when one was loaded."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    core_i18n.install_translator(_translate_core)
    QLocale.setDefault(
        QLocale(QLocale.Language.Indonesian if language == "id" else QLocale.Language.English)
    )
    translator = QTranslator(app)
    path = resource("i18n", f"musrenbang_{language}.qm")
    if not translator.load(str(path)):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def _translate_core(text: str) -> str:
    return QCoreApplication.translate(core_i18n.CONTEXT, text)
