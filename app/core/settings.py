"""User settings of this installation, declared once with type, default and label.

Stored as JSON in the config folder (never in the registry or the home folder directly), with a
version number and upgrade steps so a newer release can rename or reshape keys safely.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import paths

log = logging.getLogger(__name__)

SETTINGS_VERSION = 1
_FILE = "settings.json"


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    label: str
    choices: tuple[Any, ...] = ()


SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting("language", str, "id", "Bahasa antarmuka", ("id", "en")),
        Setting("server_url", str, "", "Alamat server E-Perencanaan"),
        Setting("allow_plain_http", bool, False, "Izinkan HTTP tanpa TLS ke server bukan lokal"),
        Setting("backup_folder", str, "", "Folder cadangan (mis. flashdisk)"),
        Setting("backup_auto", bool, True, "Cadangan otomatis"),
        Setting("backup_interval_hours", int, 24, "Selang cadangan otomatis (jam)"),
        Setting("list_columns", list, [], "Kolom daftar usulan yang disembunyikan"),
        Setting("search_debounce_ms", int, 150, "Jeda pencarian saat mengetik (ms)"),
        Setting("import_column_maps", dict, {}, "Pemetaan kolom impor yang diingat"),
    )
}

# version N -> N+1 upgrade steps; each takes and returns the raw dict.
UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def _path() -> Path:
    return paths.config_dir() / _FILE


def _upgrade(raw: dict[str, Any]) -> dict[str, Any]:
    version = int(raw.get("_version", 1))
    while version < SETTINGS_VERSION:
        raw = UPGRADES[version](raw)
        version += 1
    raw["_version"] = SETTINGS_VERSION
    return raw


def load_settings() -> dict[str, Any]:
    values = {key: setting.default for key, setting in SETTINGS.items()}
    path = _path()
    if not path.exists():
        return values
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(raw, dict):
            raise ValueError("not an object")
    except (OSError, ValueError) as exc:
        # A damaged settings file must not stop the office from working: keep it aside.
        log.warning("settings file %s unreadable (%s); using defaults", path, exc)
        path.replace(path.with_suffix(".json.damaged"))
        return values
    raw = _upgrade(raw)
    for key, setting in SETTINGS.items():
        value = raw.get(key, setting.default)
        if isinstance(value, setting.type) and (not setting.choices or value in setting.choices):
            values[key] = value
    return values


def save_setting(key: str, value: Any) -> None:
    setting = SETTINGS[key]
    if not isinstance(value, setting.type) or (setting.choices and value not in setting.choices):
        raise ValueError(f"invalid value for {key}: {value!r}")
    values = load_settings()
    values[key] = value
    values["_version"] = SETTINGS_VERSION
    path = _path()
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(values, indent=2, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)
