from __future__ import annotations

import json

import pytest

from app import paths
from app.core.settings import SETTINGS, load_settings, save_setting


def test_defaults_then_saved_value() -> None:
    assert load_settings()["language"] == "id"
    save_setting("language", "en")
    assert load_settings()["language"] == "en"
    stored = json.loads((paths.config_dir() / "settings.json").read_text())
    assert stored["_version"] == 1


def test_invalid_values_are_refused_and_ignored() -> None:
    with pytest.raises(ValueError):
        save_setting("language", "fr")
    (paths.config_dir() / "settings.json").write_text(
        json.dumps({"language": 5, "search_debounce_ms": "x"})
    )
    values = load_settings()
    assert values["language"] == SETTINGS["language"].default
    assert values["search_debounce_ms"] == 150


@pytest.mark.expected_log(r"settings file .* unreadable", logger="app.core.settings")
def test_damaged_file_is_kept_aside() -> None:
    path = paths.config_dir() / "settings.json"
    path.write_text("{not json")
    assert load_settings()["language"] == "id"
    assert (paths.config_dir() / "settings.json.damaged").exists()
