from __future__ import annotations

import json
import logging

import pytest

from app import paths
from app.core.settings import LABELS, Settings, get_settings, reload_settings, save_settings


def test_defaults_then_saved_value() -> None:
    assert get_settings().language == "id"
    save_settings(language="en")
    assert get_settings().language == "en"
    stored = json.loads((paths.config_dir() / "settings.json").read_text())
    assert stored["_version"] == 1
    assert stored["language"] == "en" and stored["search_debounce_ms"] == 150


@pytest.mark.expected_log(r"refused \(|unknown setting", logger="app.core.settings")
def test_invalid_values_are_refused_and_ignored(caplog: pytest.LogCaptureFixture) -> None:
    with pytest.raises(ValueError):
        save_settings(language="fr")
    with pytest.raises(ValueError):
        save_settings(no_such_setting=1)
    assert not (paths.config_dir() / "settings.json").exists()
    (paths.config_dir() / "settings.json").write_text(
        json.dumps({"language": 5, "search_debounce_ms": "x", "backup_auto": False, "colour": 1})
    )
    with caplog.at_level(logging.WARNING, logger="app.core.settings"):
        values = reload_settings()
    assert values.language == Settings.model_fields["language"].default == "id"
    assert values.search_debounce_ms == 150
    assert values.backup_auto is False  # the good value next to the bad ones is kept
    # Each refused value is reported by name, and so is a key that is no setting.
    text = caplog.text
    assert "language = 5 refused" in text and "search_debounce_ms = 'x' refused" in text
    assert "unknown setting 'colour' ignored" in text


@pytest.mark.expected_log(r"settings file .* unreadable", logger="app.core.settings")
def test_damaged_file_is_kept_aside() -> None:
    path = paths.config_dir() / "settings.json"
    path.write_text("{not json")
    assert get_settings().language == "id"
    assert (paths.config_dir() / "settings.json.damaged").exists()


@pytest.mark.expected_log(r"_version .* is not a number", logger="app.core.settings")
def test_damaged_version_is_read_as_the_first() -> None:
    (paths.config_dir() / "settings.json").write_text(
        json.dumps({"_version": "x", "language": "en"})
    )
    assert get_settings().language == "en"


def test_file_is_read_once_until_reloaded() -> None:
    assert get_settings().server_url == ""
    path = paths.config_dir() / "settings.json"
    path.write_text(json.dumps({"server_url": "https://eperencanaan.example"}))
    assert get_settings().server_url == ""
    assert reload_settings().server_url == "https://eperencanaan.example"
    assert get_settings() is get_settings()


def test_every_setting_has_a_label() -> None:
    assert set(LABELS) == set(Settings.model_fields)
    assert LABELS["language"] == "Bahasa antarmuka"
