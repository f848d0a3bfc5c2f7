"""Server settings, read from the environment once per process.

``DATABASE_URL`` selects PostgreSQL (``postgresql+psycopg://...``); without it the server keeps a
SQLite file ``server.sqlite3`` in the data folder (``MUSRENBANG_HOME`` when set, as for the client,
else the platform's per-user data folder). Attachments always live on disk in that folder.

Every other setting is ``MUSRENBANG_SERVER_<NAME>`` (``MUSRENBANG_SERVER_MAX_BATCH_OPS``, ...);
the rate limit and the token lifetime keep their short names ``MUSRENBANG_SERVER_RATE``,
``MUSRENBANG_SERVER_BURST`` and ``MUSRENBANG_SERVER_TOKEN_SECONDS``. An empty variable means the
default; a value that does not fit stops the server with a message naming the variable and what
it expects (``ConfigError``).
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from common import protocol
from common.paths import user_folder

SERVER_NAME = "musrenbang-reference-server"
SERVER_VERSION = "1.0.0"
MIN_CLIENT_VERSION = "0.1.0"
ENV_PREFIX = "MUSRENBANG_SERVER_"


class ConfigError(ValueError):
    """An environment variable holds a value the server cannot use."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX,
        env_ignore_empty=True,
        str_strip_whitespace=True,
        frozen=True,
        extra="ignore",
        populate_by_name=True,
    )

    # Empty: SQLite in the data folder (``load_settings`` fills it in).
    database_url: str = Field(default="", validation_alias="DATABASE_URL")
    data_dir: Path = Field(default_factory=lambda: user_folder("data"))
    max_batch_ops: int = Field(default=protocol.MAX_BATCH_OPS, gt=0)
    max_body_bytes: int = Field(default=protocol.MAX_BODY_BYTES, gt=0)
    page_size: int = Field(default=protocol.PAGE_SIZE, gt=0)
    max_page_size: int = Field(default=protocol.MAX_PAGE_SIZE, gt=0)
    chunk_size: int = Field(default=protocol.CHUNK_SIZE, gt=0)
    max_attachment_bytes: int = Field(default=protocol.MAX_ATTACHMENT_BYTES, gt=0)
    access_token_seconds: int = Field(
        default=900, gt=0, validation_alias=ENV_PREFIX + "TOKEN_SECONDS"
    )
    enrol_code_hours: int = Field(default=72, gt=0)
    # Token buckets per access token and per client address: sustained requests per second
    # and burst (an address gets ADDRESS_FACTOR times more, offices may share one).
    rate_per_second: float = Field(default=20.0, gt=0, validation_alias=ENV_PREFIX + "RATE")
    rate_burst: int = Field(default=200, gt=0, validation_alias=ENV_PREFIX + "BURST")

    @property
    def blob_dir(self) -> Path:
        path = self.data_dir / "server-attachments"
        path.mkdir(parents=True, exist_ok=True)
        return path


def environment_variable(field_name: str) -> str:
    """The variable a setting is read from."""
    alias = Settings.model_fields[field_name].validation_alias
    return alias if isinstance(alias, str) else ENV_PREFIX + field_name.upper()


_EXPECTED: dict[object, str] = {
    int: "a whole number",
    float: "a number",
    str: "text",
    Path: "a folder path",
}


def _field_named(location: str) -> str | None:
    """The setting an error's location names: a field or its variable."""
    for name in Settings.model_fields:
        if location in (name, environment_variable(name)):
            return name
    return None


def _explain(error: ValidationError) -> str:
    lines = []
    for detail in error.errors():
        location = str(detail["loc"][0]) if detail["loc"] else ""
        name = _field_named(location)
        if name is None:
            lines.append(f"{location}: {detail['msg']}")
            continue
        annotation = Settings.model_fields[name].annotation
        expected = _EXPECTED.get(annotation, "another value")
        if detail["type"] == "greater_than":
            expected += " above 0"
        value = detail.get("input")
        lines.append(
            f"{environment_variable(name)}={value!r}: expected {expected} ({detail['msg']})"
        )
    return "; ".join(lines)


def load_settings() -> Settings:
    """The settings from the environment."""
    try:
        settings = Settings()
    except ValidationError as error:
        raise ConfigError(_explain(error)) from None
    if settings.database_url:
        return settings
    url = f"sqlite:///{settings.data_dir / 'server.sqlite3'}"
    return settings.model_copy(update={"database_url": url})
