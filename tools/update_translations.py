"""Refresh the translation catalogues in resources/i18n and compile them.

Run from anywhere: ``uv run python tools/update_translations.py``.

* ``musrenbang_en.ts`` -- English for the interface. ``pyside6-lupdate`` scans every ``.py`` file
  under ``app/ui``: translations already made are kept, new strings are added unfinished, and
  strings no longer in the code are kept as vanished (obsolete). Text passed through a module's
  one-line wrapper (``def _t(text): return QCoreApplication.translate("Ctx", text)``) is invisible
  to lupdate, so it is found here with ``ast`` and handed to lupdate as a generated stub.
  The messages of the Qt-free layers, marked ``_("...")`` or ``N_("...")`` with the markers of
  ``common/i18n.py`` in any ``.py`` file of ``app/`` (outside ``app/ui``), ``server/`` and
  ``common/``, are found the same way and filed under the context ``core``.
* ``musrenbang_id.ts`` -- Indonesian for Qt's own stock texts (dialog buttons, the wizard, the
  file dialog, text context menus). The interface's source strings are already Indonesian, so
  lupdate does not touch this file; it is edited by hand and only checked and compiled here.
  ``--check-stock`` lists stock texts the installed Qt asks for that it does not translate.

Both ``.qm`` files are then compiled with ``pyside6-lrelease -nounfinished``: an unfinished
translation is never shipped, the Indonesian source text shows instead. Fill unfinished English
messages with ``tools/translate_missing.py``.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "app" / "ui"
# Where the Qt-free layers mark their messages with common.i18n's _() and N_().
MARKED_DIRS = (ROOT / "app", ROOT / "server", ROOT / "common")
MARKERS = frozenset({"_", "N_"})
CORE_CONTEXT = "core"  # common.i18n.CONTEXT; not imported, so this tool runs without the app
I18N_DIR = ROOT / "resources" / "i18n"
EN_TS = I18N_DIR / "musrenbang_en.ts"
ID_TS = I18N_DIR / "musrenbang_id.ts"

# Qt contexts whose stock texts musrenbang_id.ts translates into Indonesian.
STOCK_CONTEXTS = frozenset(
    {
        "CloseButton",
        "QAbstractFileIconProvider",
        "QAbstractSpinBox",
        "QDialog",
        "QDialogButtonBox",
        "QFileDialog",
        "QFileSystemModel",
        "QGnomeTheme",
        "QCocoaTheme",
        "QInputDialog",
        "QLineEdit",
        "QMessageBox",
        "QPlatformTheme",
        "QProgressDialog",
        "QScrollBar",
        "QUnicodeControlCharacterMenu",
        "QWidgetTextControl",
        "QWizard",
    }
)
# Texts Qt asks for in those contexts that stay as they are: key names and technical strings.
STOCK_UNTRANSLATED = frozenset(
    {
        ("QFileDialog", "Alt+Left"),
        ("QFileDialog", "Alt+Right"),
        ("QFileDialog", "Alt+Up"),
        ("QFileDialog", "Show "),
    }
)
# Message types lrelease leaves out: no longer in the code.
GONE_TYPES = frozenset({"vanished", "obsolete"})


class ToolError(RuntimeError):
    """A step failed; the message says which and why."""


@dataclass(frozen=True, order=True)
class MessageKey:
    """What identifies a message in a catalogue: its context, source text and disambiguation."""

    context: str
    source: str
    comment: str = ""

    def label(self) -> str:
        suffix = f" [{self.comment}]" if self.comment else ""
        return f"{self.context}: {self.source!r}{suffix}"


@dataclass(frozen=True)
class TsMessage:
    key: MessageKey
    translations: tuple[str, ...]  # one, or one per plural form
    type: str  # "" (finished), "unfinished", "vanished" or "obsolete"

    @property
    def current(self) -> bool:
        return self.type not in GONE_TYPES

    @property
    def finished(self) -> bool:
        return self.type == "" and all(self.translations)


@dataclass
class Extraction:
    """Messages lupdate cannot see (wrapper calls), and texts nobody can extract statically."""

    messages: set[MessageKey] = field(default_factory=set)
    warnings: list[str] = field(default_factory=list)


# --- reading catalogues -------------------------------------------------------------------------


def _text(element: ET.Element | None) -> str:
    return "" if element is None or element.text is None else element.text


def read_messages(ts: Path) -> list[TsMessage]:
    root = ET.parse(ts).getroot()
    messages = []
    for context in root.iter("context"):
        name = _text(context.find("name"))
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else list(translation.iter("numerusform"))
            texts = tuple(_text(f) for f in forms) if forms else (_text(translation),)
            key = MessageKey(name, _text(message.find("source")), _text(message.find("comment")))
            kind = "" if translation is None else translation.get("type", "")
            messages.append(TsMessage(key, texts, kind))
    return messages


def current_keys(ts: Path) -> set[MessageKey]:
    return {m.key for m in read_messages(ts) if m.current}


def unfinished(ts: Path) -> list[TsMessage]:
    return [m for m in read_messages(ts) if m.current and not m.finished]


# --- finding the texts lupdate cannot see -------------------------------------------------------


def ui_sources() -> list[Path]:
    return sorted(p for p in UI_DIR.rglob("*.py") if "__pycache__" not in p.parts)


def marked_sources() -> list[Path]:
    """Every .py file of the Qt-free layers (app/ outside app/ui, server/, common/)."""
    found = set()
    for folder in MARKED_DIRS:
        for path in folder.rglob("*.py"):
            if "__pycache__" in path.parts or path.is_relative_to(UI_DIR):
                continue
            found.add(path)
    return sorted(found)


def _imported_markers(tree: ast.Module) -> set[str]:
    """The local names bound to common.i18n's markers (``from common.i18n import _, N_``)."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "common.i18n":
            names.update(a.asname or a.name for a in node.names if a.name in MARKERS)
    return names


def extract_marked(paths: Iterable[Path]) -> Extraction:
    """The literals given to ``_()`` and ``N_()`` in modules importing them from common.i18n,
    under the context ``core``. ``_(label)`` of a variable translates a text marked elsewhere;
    an f-string or a formatted text inside the marker is reported, since its translation could
    never be found (translate the format string, then format)."""
    result = Extraction()
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        markers = _imported_markers(tree)
        if not markers:
            continue
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in markers
            ):
                continue
            where = f"{_shown(path)}:{node.lineno}"
            if len(node.args) != 1 or node.keywords:
                result.warnings.append(f"{where}: {node.func.id}() takes exactly one text")
                continue
            arg = node.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                result.messages.add(MessageKey(CORE_CONTEXT, arg.value))
            elif isinstance(arg, ast.JoinedStr | ast.BinOp) or (
                isinstance(arg, ast.Call)
                and isinstance(arg.func, ast.Attribute)
                and arg.func.attr == "format"
            ):
                result.warnings.append(
                    f"{where}: {node.func.id}() of a formatted text is never translated: "
                    "translate the format string, then format it"
                )
    return result


def _wrapper_contexts(tree: ast.Module) -> dict[str, str]:
    """Module-level ``def f(text): return <anything>.translate("Ctx", text)`` -> {f: Ctx}."""
    found = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or len(node.args.args) != 1:
            continue
        param = node.args.args[0].arg
        body = [
            s
            for s in node.body
            if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))
        ]
        if len(body) != 1 or not isinstance(body[0], ast.Return):
            continue
        call = body[0].value
        if (
            isinstance(call, ast.Call)
            and isinstance(call.func, ast.Attribute | ast.Name)
            and (call.func.attr if isinstance(call.func, ast.Attribute) else call.func.id)
            == "translate"
            and len(call.args) == 2
            and isinstance(call.args[0], ast.Constant)
            and isinstance(call.args[0].value, str)
            and isinstance(call.args[1], ast.Name)
            and call.args[1].id == param
        ):
            found[node.name] = call.args[0].value
    return found


def _module_name(path: Path) -> str:
    inside = path.resolve().is_relative_to(ROOT)
    return ".".join(path.resolve().relative_to(ROOT).with_suffix("").parts) if inside else path.stem


def _shown(path: Path) -> str:
    resolved = path.resolve()
    return resolved.relative_to(ROOT).as_posix() if resolved.is_relative_to(ROOT) else str(path)


def _bindings(tree: ast.Module, module: str) -> dict[str, tuple[str, str]]:
    """Module-level names that may hold a label table -> (module, attribute); attribute "" is
    the module itself (``from app.core.forum import attendance as attendance_core``)."""
    names: dict[str, tuple[str, str]] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("app."):
            for alias in node.names:
                names[alias.asname or alias.name] = (node.module, alias.name)
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Name):
                    names[target.id] = (module, target.id)
    return names


def _load(binding: tuple[str, str], attributes: Sequence[str]) -> object:
    module, attribute = binding
    try:
        value: object = importlib.import_module(module)
    except Exception:  # a module that does not import is reported as not extracted
        return None
    for name in ([attribute] if attribute else []) + list(attributes):
        if not hasattr(value, name):
            submodule = f"{getattr(value, '__name__', '')}.{name}"
            try:
                value = importlib.import_module(submodule)
            except Exception:  # not a module either: the name is not a table
                return None
        else:
            value = getattr(value, name)
    return value


def _table_reference(node: ast.AST, bindings: dict[str, tuple[str, str]]) -> object:
    """The one label table ``node`` refers to (``T``, ``mod.T``, ``T.get(..)``, ``T.items()``)."""
    found = []
    for sub in ast.walk(node):
        chain: list[str] = []
        inner: ast.AST = sub
        while isinstance(inner, ast.Attribute):
            chain.insert(0, inner.attr)
            inner = inner.value
        if isinstance(inner, ast.Name) and inner.id in bindings and sub is not inner:
            value = _load(bindings[inner.id], [a for a in chain if a not in _METHODS])
            if _label_values(value) is not None or _elements(value) is not None:
                found.append(value)
        elif isinstance(sub, ast.Name) and sub.id in bindings:
            value = _load(bindings[sub.id], [])
            if _label_values(value) is not None or _elements(value) is not None:
                found.append(value)
    unique = {id(v): v for v in found}
    return next(iter(unique.values())) if len(unique) == 1 else None


_METHODS = frozenset({"get", "items", "keys", "values"})
_MISSING = object()


def _evaluate(node: ast.AST, bindings: dict[str, tuple[str, str]]) -> object:
    """A constant expression over the code's tables: ``SETTINGS["language"].label``."""
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name) and node.id in bindings:
        return _load(bindings[node.id], [])
    if isinstance(node, ast.Attribute):
        base = _evaluate(node.value, bindings)
        return _MISSING if base is _MISSING else getattr(base, node.attr, _MISSING)
    if isinstance(node, ast.Subscript):
        base, key = _evaluate(node.value, bindings), _evaluate(node.slice, bindings)
        try:
            return base[key]  # type: ignore[index]
        except (KeyError, IndexError, TypeError):
            return _MISSING
    return _MISSING


def _elements(value: object) -> list[object] | None:
    if isinstance(value, dict):
        return list(value)
    if isinstance(value, list | tuple):
        return list(value)
    return None


def _label_values(value: object) -> list[str] | None:
    """The texts of a label table: a dict of str -> str, or a sequence of str."""
    if isinstance(value, dict) and value and all(isinstance(v, str) for v in value.values()):
        return [str(v) for v in value.values()]
    if isinstance(value, list | tuple) and value and all(isinstance(v, str) for v in value):
        return [str(v) for v in value]
    return None


def _loop_texts(
    arg: ast.AST,
    call: ast.AST,
    parents: dict[ast.AST, ast.AST],
    bindings: dict[str, tuple[str, str]],
) -> list[str] | None:
    """``for code, label in T.items(): ..tr(label)`` or ``for kind in T.values(): ..tr(kind.label)``:
    the texts the loop variable takes, read from the table."""
    attribute = None
    if isinstance(arg, ast.Attribute) and isinstance(arg.value, ast.Name):
        attribute, arg = arg.attr, arg.value
    if not isinstance(arg, ast.Name):
        return None
    node: ast.AST | None = call
    while node is not None and not isinstance(node, ast.For):
        node = parents.get(node)
    if node is None:
        return None
    targets = (
        [node.target] if isinstance(node.target, ast.Name) else getattr(node.target, "elts", [])
    )
    names = [t.id if isinstance(t, ast.Name) else None for t in targets]
    if arg.id not in names:
        return _loop_texts(arg, parents[node], parents, bindings) if node in parents else None
    tables = [_table_reference(node.iter, bindings)]
    if tables == [None] and isinstance(node.iter, ast.Name):
        tables = _passed_tables(node.iter.id, node, parents, bindings)
    if not tables or None in tables:
        return None
    texts = []
    for table in tables:
        found = _texts_of_loop(table, node, names, arg.id, attribute)
        if found is None:
            return None
        texts += found
    return texts


def _passed_tables(
    parameter: str,
    node: ast.AST,
    parents: dict[ast.AST, ast.AST],
    bindings: dict[str, tuple[str, str]],
) -> list[object]:
    """``def _combo(self, name, items=()): for value, label in items: ..`` -> the tables the
    module passes as ``items`` at its call sites (an omitted argument adds nothing)."""
    function: ast.AST | None = node
    while function is not None and not isinstance(function, ast.FunctionDef):
        function = parents.get(function)
    if function is None:
        return [None]
    params = [a.arg for a in function.args.args]
    if parameter not in params:
        return [None]
    module: ast.AST = function
    while module in parents:
        module = parents[module]
    tables: list[object] = []
    for call in ast.walk(module):
        if not isinstance(call, ast.Call):
            continue
        func = call.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        if name != function.name:
            continue
        offset = 1 if params[:1] in (["self"], ["cls"]) and isinstance(func, ast.Attribute) else 0
        index = params.index(parameter) - offset
        passed = [k.value for k in call.keywords if k.arg == parameter]
        if 0 <= index < len(call.args):
            passed.append(call.args[index])
        tables += [_table_reference(expr, bindings) for expr in passed]
    return tables


def _texts_of_loop(
    table: object, node: ast.For, names: list[str | None], name: str, attribute: str | None
) -> list[str] | None:
    method = (
        node.iter.func.attr
        if isinstance(node.iter, ast.Call) and isinstance(node.iter.func, ast.Attribute)
        else ""
    )
    if isinstance(table, dict):
        items: list[object] = {
            "items": list(table.items()),
            "values": list(table.values()),
        }.get(method, list(table))
    else:
        items = list(table)  # type: ignore[call-overload]
    texts = []
    for item in items:
        if isinstance(node.target, ast.Tuple):
            if not isinstance(item, tuple | list) or len(item) != len(names):
                return None
            item = item[names.index(name)]
        if attribute is not None:
            item = getattr(item, attribute, None)
        if not isinstance(item, str):
            return None
        texts.append(item)
    return texts


def extract_computed(paths: Iterable[Path]) -> Extraction:
    """Texts lupdate cannot see. Calls of a module's ``_t``-style wrapper with a literal; and a
    wrapper or ``self.tr`` given a text computed from a label table of the code
    (``_t(STATUS_LABELS.get(code, code))``, ``for code, label in OUTCOME_LABELS.items():
    self.tr(label)``), which contributes every label of the table. Any other computed text is
    reported, since no tool can know it."""
    result = Extraction()
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        wrappers = _wrapper_contexts(tree)
        module_bindings = _bindings(tree, _module_name(path))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        where = _shown(path)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or len(node.args) != 1:
                continue
            func, arg = node.func, node.args[0]
            bindings = module_bindings
            if isinstance(func, ast.Name) and func.id in wrappers:
                context, name = wrappers[func.id], func.id
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    result.messages.add(MessageKey(context, arg.value))
                    continue
            elif (
                isinstance(func, ast.Attribute)
                and func.attr == "tr"
                and isinstance(func.value, ast.Name)
                and func.value.id == "self"
                and not isinstance(arg, ast.Constant)
            ):
                owner: ast.AST | None = parents.get(node)
                while owner is not None and not isinstance(owner, ast.ClassDef):
                    owner = parents.get(owner)
                if owner is None:
                    continue
                context, name = owner.name, "self.tr"
                if owner in tree.body:  # a module-level class: self.X reads its class attributes
                    bindings = {**bindings, "self": (_module_name(path), owner.name)}
            else:
                continue
            value = _evaluate(arg, bindings)
            texts = [value] if isinstance(value, str) else _loop_texts(arg, node, parents, bindings)
            if texts is None:
                table = _table_reference(arg, bindings)
                texts = _label_values(table)
            if texts is None:
                result.warnings.append(
                    f"{where}:{node.lineno}: {name}(...) with a computed text: not extracted"
                )
                continue
            result.messages.update(MessageKey(context, text) for text in texts)
    return result


def write_stub(messages: Iterable[MessageKey], path: Path) -> None:
    """A Python file lupdate reads: one ``QCoreApplication.translate`` call per message."""
    lines = ["from PySide6.QtCore import QCoreApplication", ""]
    for key in sorted(messages):
        context, source = json.dumps(key.context), json.dumps(key.source, ensure_ascii=False)
        if key.comment:
            lines.append(
                f"QCoreApplication.translate({context}, {source}, {json.dumps(key.comment)})"
            )
        else:
            lines.append(f"QCoreApplication.translate({context}, {source})")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def defined_classes(paths: Iterable[Path]) -> set[str]:
    names: set[str] = set()
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        names.update(n.name for n in ast.walk(tree) if isinstance(n, ast.ClassDef))
    return names


# --- running Qt's tools -------------------------------------------------------------------------


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise ToolError(f"{name} not found; run this with `uv run python ...`")
    return found


def _run(args: Sequence[str]) -> str:
    done = subprocess.run(args, capture_output=True, text=True, check=False)
    output = (done.stdout + done.stderr).strip()
    if done.returncode != 0:
        raise ToolError(f"{Path(args[0]).name} failed ({done.returncode}):\n{output}")
    return output


def lupdate(
    ts: Path, sources: Sequence[Path] | None = None, marked: Sequence[Path] | None = None
) -> tuple[str, Extraction]:
    """Merge the messages of ``sources`` (default: every .py under app/ui) and the marked
    messages of ``marked`` (default: the Qt-free layers when ``sources`` is the default, none
    otherwise) into ``ts``, which is created when missing. Returns lupdate's report and the
    extraction done here."""
    paths = ui_sources() if sources is None else list(sources)
    if marked is None:
        marked = marked_sources() if sources is None else []
    extraction = extract_computed(paths)
    core = extract_marked(marked)
    extraction.messages |= core.messages
    extraction.warnings += core.warnings
    with tempfile.TemporaryDirectory(prefix="musrenbang-lupdate-") as tmp:
        stub = Path(tmp) / "wrapped_texts.py"
        write_stub(extraction.messages, stub)
        output = _run(
            [
                _tool("pyside6-lupdate"),
                *map(str, paths),
                str(stub),
                "-locations",
                "none",
                "-source-language",
                "id",
                "-target-language",
                "en",
                "-ts",
                str(ts),
            ]
        )
    return output, extraction


def lrelease(ts: Path, qm: Path) -> str:
    return _run([_tool("pyside6-lrelease"), "-nounfinished", str(ts), "-qm", str(qm)])


def qm_path(ts: Path) -> Path:
    return ts.with_suffix(".qm")


# --- checks -------------------------------------------------------------------------------------


def context_warnings(ts: Path, paths: Sequence[Path]) -> list[str]:
    """Messages filed under a context no runtime lookup uses. PySide's ``tr()`` looks the text
    up under the class names of the object it is called on, but lupdate files ``parent.tr(..)``
    under "parent" and a ``tr`` passed as an argument under "": such texts are never translated."""
    known = defined_classes(paths) | {CORE_CONTEXT}
    for path in paths:
        known.update(_wrapper_contexts(ast.parse(path.read_text(encoding="utf-8"))).values())
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "translate"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                known.add(node.args[0].value)
    stray: dict[str, list[str]] = {}
    for key in sorted(current_keys(ts)):
        if key.context not in known:
            stray.setdefault(key.context, []).append(key.source)
    return [
        f"context {ctx!r} is not a class of app/ui, so these texts are never translated at run "
        f"time (use self.tr in a class or QCoreApplication.translate('Ctx', ...)): {sources}"
        for ctx, sources in stray.items()
    ]


def id_catalogue_problems(ts: Path = ID_TS) -> list[str]:
    problems = []
    for message in read_messages(ts):
        if message.key.context not in STOCK_CONTEXTS:
            problems.append(f"not a stock context: {message.key.label()}")
        elif message.current and not message.finished:
            problems.append(f"unfinished: {message.key.label()}")
    return problems


def requested_stock_texts() -> set[MessageKey]:
    """The stock texts the installed Qt asks for while building the widgets the app uses, in
    the contexts musrenbang_id.ts covers. Needs a QApplication (made here when there is none)."""
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import (
        QApplication,
        QDialogButtonBox,
        QFileDialog,
        QInputDialog,
        QLineEdit,
        QMessageBox,
        QPlainTextEdit,
        QProgressDialog,
        QWizard,
        QWizardPage,
    )

    seen: set[MessageKey] = set()

    class Spy(QTranslator):
        def translate(
            self, context: str, source: str, disambiguation: str | None = None, n: int = -1
        ) -> str:
            seen.add(MessageKey(context, source, disambiguation or ""))
            return source

        def isEmpty(self) -> bool:
            return False

    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([])
    spy = Spy()
    app.installTranslator(spy)
    try:
        every = QDialogButtonBox.StandardButton.NoButton
        for button in QDialogButtonBox.StandardButton:
            if button.value in {1 << bit for bit in range(10, 28)}:  # the real buttons, no masks
                every |= button
        widgets: list[object] = [QDialogButtonBox(every)]
        for style in (QWizard.WizardStyle.ClassicStyle, QWizard.WizardStyle.ModernStyle):
            wizard = QWizard()
            wizard.setWizardStyle(style)
            wizard.setOption(QWizard.WizardOption.HaveHelpButton)
            wizard.addPage(QWizardPage())
            widgets.append(wizard)
        box = QMessageBox()
        box.setDetailedText("-")
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        widgets.append(box)
        for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
            dialog = QFileDialog()
            dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
            dialog.setAcceptMode(mode)
            widgets.append(dialog)
        for editor in (QLineEdit("-"), QPlainTextEdit("-")):
            widgets += [editor, editor.createStandardContextMenu()]
        widgets += [QProgressDialog(), QInputDialog()]
        for widget in widgets:
            widget.deleteLater()  # type: ignore[attr-defined]
    finally:
        app.removeTranslator(spy)
    return {
        k
        for k in seen
        if k.context in STOCK_CONTEXTS and (k.context, k.source) not in STOCK_UNTRANSLATED
    }


# --- the command --------------------------------------------------------------------------------


def update(check_stock: bool = False) -> int:
    if not ID_TS.exists():
        raise ToolError(f"{ID_TS} is missing: it is written by hand, restore it from git")
    sources = ui_sources()
    output, extraction = lupdate(EN_TS, sources, marked_sources())
    print(output)
    for warning in extraction.warnings + context_warnings(EN_TS, sources):
        print(f"warning: {warning}")
    for ts in (EN_TS, ID_TS):
        print(lrelease(ts, qm_path(ts)))
    problems = id_catalogue_problems()
    for problem in problems:
        print(f"{ID_TS.name}: {problem}")
    if check_stock:
        missing = requested_stock_texts() - current_keys(ID_TS)
        for key in sorted(missing):
            print(f"{ID_TS.name}: Qt asks for a stock text not translated: {key.label()}")
        problems += [key.label() for key in missing]
    todo = unfinished(EN_TS)
    if todo:
        print(
            f"{EN_TS.name}: {len(todo)} unfinished message(s); list them with "
            "`uv run python tools/translate_missing.py`"
        )
    return 1 if problems else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--check-stock",
        action="store_true",
        help="also list the stock Qt texts the installed Qt uses that musrenbang_id.ts lacks",
    )
    args = parser.parse_args(argv)
    try:
        return update(check_stock=args.check_stock)
    except ToolError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
