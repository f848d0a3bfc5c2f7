"""List the English messages still to translate, and apply translations from JSON.

    uv run python tools/update_translations.py            # pick up new strings first
    uv run python tools/translate_missing.py > todo.json  # unfinished messages, as JSON
    # fill in each "translation" in todo.json, then:
    uv run python tools/translate_missing.py --apply todo.json

``--apply`` takes a file, ``-`` for standard input, or the JSON itself. Two shapes are accepted:
the list printed here (``[{"context": .., "source": .., "translation": ..}, ...]``, with
``"comment"`` for a disambiguated message and a list of forms for a plural one) or a mapping
``{"Context": {"source": "translation"}}``. Empty translations are skipped. Placeholders
(``%s``, ``%d``, ``%1``, ``%%``; ``{name}`` in the ``core`` messages of the Qt-free layers)
must match the source, or nothing is written. ``--reuse`` also fills unfinished messages whose
source text is translated in another context. After writing, ``update_translations`` runs
again, so the .ts is normalised by lupdate and the .qm rebuilt.

The catalogue, ``resources/i18n/musrenbang_en.ts``, stays the only place the translations live.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tools.update_translations import (
    EN_TS,
    MessageKey,
    ToolError,
    read_messages,
    unfinished,
    update,
)

Translation = str | list[str]
_PLACEHOLDER = re.compile(r"%(?:%|\d+|n|L\d+|[-+ #0]*\d*(?:\.\d+)?[sdifgrxXeEc])")
# The core messages (context "core", marked with common.i18n) are str.format templates.
_FIELD = re.compile(r"\{\w*(?:![rsa])?(?::[^{}]*)?\}")
CORE_CONTEXT = "core"


def placeholders(text: str, *, fields: bool = False) -> list[str]:
    """Placeholders in order; numbered ones (%1, %2) may move, so they are sorted. With
    ``fields``, the ``{name}`` fields of a ``str.format`` template instead, sorted too."""
    if fields:
        return sorted(_FIELD.findall(text.replace("{{", "").replace("}}", "")))
    found = _PLACEHOLDER.findall(text)
    numbered = sorted(p for p in found if p[1:].isdigit() or p.startswith("%L"))
    return [p for p in found if not (p[1:].isdigit() or p.startswith("%L"))] + numbered


def has_accelerator(text: str) -> bool:
    return "&" in text.replace("&&", "") and not re.search(r"&\w+;", text)


def listing(ts: Path = EN_TS) -> list[dict[str, object]]:
    entries: list[dict[str, object]] = []
    for message in unfinished(ts):
        entry: dict[str, object] = {"context": message.key.context, "source": message.key.source}
        if message.key.comment:
            entry["comment"] = message.key.comment
        forms = list(message.translations)
        entry["translation"] = forms if len(forms) > 1 else forms[0]
        entries.append(entry)
    return entries


def parse_translations(raw: object) -> dict[MessageKey, Translation]:
    """Either shape of --apply input, as {key: translation}; empty ones left out."""
    result: dict[MessageKey, Translation] = {}
    if isinstance(raw, dict):
        for context, messages in raw.items():
            if not isinstance(messages, dict):
                raise ToolError(f"context {context!r}: expected {{source: translation}}")
            for source, text in messages.items():
                result[MessageKey(str(context), str(source))] = text
    elif isinstance(raw, list):
        for entry in raw:
            if not isinstance(entry, dict) or "context" not in entry or "source" not in entry:
                raise ToolError(f"expected an object with context and source: {entry!r}")
            key = MessageKey(entry["context"], entry["source"], entry.get("comment", ""))
            result[key] = entry.get("translation", "")
    else:
        raise ToolError("expected a JSON list or object")
    for key, text in list(result.items()):
        if not (
            isinstance(text, str)
            or (isinstance(text, list) and all(isinstance(t, str) for t in text))
        ):
            raise ToolError(f"{key.label()}: translation must be a string or a list of strings")
        if not text or (isinstance(text, list) and not all(text)):
            del result[key]
    return result


def problems_of(key: MessageKey, text: Translation) -> tuple[list[str], list[str]]:
    """(errors, warnings) of one translation."""
    errors, warnings = [], []
    for form in [text] if isinstance(text, str) else text:
        fields = key.context == CORE_CONTEXT
        found, expected = placeholders(form, fields=fields), placeholders(key.source, fields=fields)
        if found != expected:
            errors.append(
                f"{key.label()}: placeholders {found} in {form!r} differ from the source's "
                f"{expected}"
            )
        if has_accelerator(form) != has_accelerator(key.source):
            warnings.append(f"{key.label()}: '&' accelerator differs in {form!r}")
        if form.endswith("…") != key.source.endswith("…"):
            warnings.append(f"{key.label()}: trailing '…' differs in {form!r}")
    return errors, warnings


def reused_translations(ts: Path = EN_TS) -> dict[MessageKey, Translation]:
    """Finished translations of the same source text (and comment) in other contexts."""
    done: dict[tuple[str, str], tuple[str, ...]] = {}
    for message in read_messages(ts):
        if message.finished:
            done.setdefault((message.key.source, message.key.comment), message.translations)
    result: dict[MessageKey, Translation] = {}
    for message in unfinished(ts):
        forms = done.get((message.key.source, message.key.comment))
        if forms is not None:
            result[message.key] = forms[0] if len(forms) == 1 else list(forms)
    return result


def apply(translations: dict[MessageKey, Translation], ts: Path = EN_TS) -> int:
    """Write the translations into ``ts``; returns how many messages were set."""
    tree = ET.parse(ts)
    todo = dict(translations)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in {"vanished", "obsolete"}:
                continue
            key = MessageKey(
                name, message.findtext("source") or "", message.findtext("comment") or ""
            )
            text = todo.pop(key, None)
            if text is None:
                continue
            if isinstance(text, list):
                if message.get("numerus") != "yes":
                    raise ToolError(f"{key.label()}: a list of forms for a message without plural")
                translation.clear()
                for form in text:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                if message.get("numerus") == "yes":
                    raise ToolError(f"{key.label()}: a plural message needs a list of forms")
                translation.text = text
            translation.attrib.pop("type", None)
    if todo:
        unknown = "\n".join(f"  {key.label()}" for key in sorted(todo))
        raise ToolError(f"not current messages of {ts.name} (nothing written):\n{unknown}")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")
    return len(translations)


def _load(argument: str) -> object:
    if argument == "-":
        return json.load(sys.stdin)
    if argument.lstrip().startswith(("{", "[")):
        return json.loads(argument)
    return json.loads(Path(argument).read_text(encoding="utf-8"))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--apply", metavar="JSON", help="file, '-' for stdin, or JSON text")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="fill unfinished messages from the same source text translated in another context",
    )
    args = parser.parse_args(argv)
    try:
        if args.apply is None and not args.reuse:
            json.dump(listing(), sys.stdout, ensure_ascii=False, indent=2)
            print()
            return 0
        translations = reused_translations() if args.reuse else {}
        for key, text in translations.items():
            print(f"reused: {key.label()} -> {text!r}", file=sys.stderr)
        if args.apply is not None:
            translations.update(parse_translations(_load(args.apply)))
        errors: list[str] = []
        for key, text in translations.items():
            bad, warnings = problems_of(key, text)
            errors += bad
            for warning in warnings:
                print(f"warning: {warning}", file=sys.stderr)
        if errors:
            raise ToolError("placeholders must match (nothing written):\n  " + "\n  ".join(errors))
        count = apply(translations)
        print(f"{count} translation(s) written to {EN_TS.name}", file=sys.stderr)
        return update()
    except (ToolError, json.JSONDecodeError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
