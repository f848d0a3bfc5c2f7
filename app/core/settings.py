"""User settings of this installation: one typed model, each field with its type, default and
label.

Stored as JSON in the config folder (never in the registry or the home folder directly), with a
version number and upgrade steps so a newer release can rename or reshape keys safely. The file
is read once and the result kept: ``get_settings()`` returns the kept object, ``reload_settings()``
reads the file again, ``save_settings(key=value, ...)`` checks, writes and keeps the new values.

A value in the file that does not fit its field (a hand edit, an older release) is reported in
the log by name and replaced by the default; a file that is not JSON is kept aside as
``settings.json.damaged``. Neither stops the office from working.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from app import paths

log = logging.getLogger(__name__)

SETTINGS_VERSION = 1
_FILE = "settings.json"


class Settings(BaseModel):
    """The settings; frozen: a change goes through ``save_settings``."""

    model_config = ConfigDict(frozen=True, strict=True, extra="forbid")

    language: Literal["id", "en"] = Field(default="id", title="Bahasa antarmuka")
    server_url: str = Field(default="", title="Alamat server E-Perencanaan")
    allow_plain_http: bool = Field(
        default=False, title="Izinkan HTTP tanpa TLS ke server bukan lokal"
    )
    backup_folder: str = Field(default="", title="Folder cadangan (mis. flashdisk)")
    backup_auto: bool = Field(default=True, title="Cadangan otomatis")
    backup_interval_hours: int = Field(default=24, title="Selang cadangan otomatis (jam)")
    list_columns: list[str] = Field(
        default_factory=list, title="Kolom daftar usulan yang disembunyikan"
    )
    search_debounce_ms: int = Field(default=150, title="Jeda pencarian saat mengetik (ms)")
    # header signature -> {column header: proposal field}
    import_column_maps: dict[str, dict[str, str]] = Field(
        default_factory=dict, title="Pemetaan kolom impor yang diingat"
    )


# The label of each setting, for the settings page (translated there).
LABELS: dict[str, str] = {name: str(field.title) for name, field in Settings.model_fields.items()}

# version N -> N+1 upgrade steps; each takes and returns the raw dict.
UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}

_lock = threading.Lock()
_kept: tuple[Path, Settings] | None = None


def _path() -> Path:
    return paths.config_dir() / _FILE


def _upgrade(raw: dict[str, Any], path: Path) -> dict[str, Any]:
    version = raw.get("_version", 1)
    if not isinstance(version, int) or isinstance(version, bool):
        log.warning("settings file %s: _version %r is not a number; read as 1", path, version)
        version = 1
    while version < SETTINGS_VERSION:
        raw = UPGRADES[version](raw)
        version += 1
    raw["_version"] = SETTINGS_VERSION
    return raw


def _problem(error: ValidationError) -> str:
    return "; ".join(str(detail["msg"]) for detail in error.errors())


def _read(path: Path) -> Settings:
    if not path.exists():
        return Settings()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(raw, dict):
            raise ValueError("not an object")
    except (OSError, ValueError) as exc:
        # A damaged settings file must not stop the office from working: keep it aside.
        log.warning("settings file %s unreadable (%s); using defaults", path, exc)
        try:
            path.replace(path.with_suffix(".json.damaged"))
        except OSError as move_error:
            log.warning("settings file %s could not be kept aside (%s)", path, move_error)
        return Settings()
    raw = _upgrade(raw, path)
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key == "_version":
            continue
        field = Settings.model_fields.get(key)
        if field is None:
            log.warning("settings file %s: unknown setting %r ignored", path, key)
            continue
        try:
            Settings.model_validate({key: value})
        except ValidationError as error:
            log.warning(
                "settings file %s: %s = %r refused (%s); using the default %r",
                path,
                key,
                value,
                _problem(error),
                field.get_default(call_default_factory=True),
            )
            continue
        values[key] = value
    return Settings.model_validate(values)


def get_settings() -> Settings:
    """The settings, read from the file the first time (and again when the config folder is
    another one, as for a test's own home)."""
    global _kept
    path = _path()
    with _lock:
        if _kept is None or _kept[0] != path:
            _kept = (path, _read(path))
        return _kept[1]


def reload_settings() -> Settings:
    """Read the file again (it was changed outside this process)."""
    global _kept
    path = _path()
    with _lock:
        _kept = (path, _read(path))
        return _kept[1]


def save_settings(**changes: Any) -> Settings:
    """Set the named settings and write the file; the new settings are kept and returned.

    A name that is no setting or a value of the wrong type raises ``ValueError`` (pydantic's
    ``ValidationError``) and changes nothing.
    """
    global _kept
    path = _path()
    with _lock:
        current = _kept[1] if _kept is not None and _kept[0] == path else _read(path)
        updated = Settings.model_validate({**current.model_dump(), **changes})
        document = {**updated.model_dump(mode="json"), "_version": SETTINGS_VERSION}
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(document, indent=2, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
        _kept = (path, updated)
        return updated
