"""Marking the messages of the Qt-free layers for translation, gettext style.

Source texts are Bahasa Indonesia. ``_("...")`` translates at once, for a message built where
it is raised or returned; ``N_("...")`` only marks a text for the catalogue and returns it
as it is, for tables of labels built at import time that are translated with ``_(label)``
where they are shown. Translate a format string before formatting it::

    raise UserError(_("Berkas {name} rusak.").format(name=path.name))

never a translated f-string: the catalogue holds the text with its ``{name}`` placeholders.

Nothing is translated until the interface installs a translator at start
(``app.ui.i18n.install_translators``, which looks texts up under the Qt context ``"core"``).
Without one -- the CLI, the server, the tests -- ``_`` returns the Indonesian source text.
``tools/update_translations.py`` finds every marked literal in ``app/``, ``server/`` and
``common/`` and files it under ``"core"`` in ``resources/i18n/musrenbang_en.ts``.
"""

from __future__ import annotations

from collections.abc import Callable

CONTEXT = "core"
"""The catalogue context every marked message is filed under."""

Translator = Callable[[str], str]

_translator: Translator | None = None


def install_translator(translator: Translator | None) -> None:
    """Translate every later ``_()`` call with ``translator``; ``None`` restores Indonesian."""
    global _translator
    _translator = translator


def _(text: str) -> str:
    """``text`` translated into the installed language (the source text when none is)."""
    translator = _translator
    return text if translator is None else translator(text)


def N_(text: str) -> str:
    """Marks ``text`` for the catalogue without translating it: translate it with ``_()``
    where it is shown."""
    return text
