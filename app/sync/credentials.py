"""The device's refresh token: in the OS keyring, or in a file only the user can read.

Windows Credential Manager, macOS Keychain and Secret Service are used through ``keyring``.
Where no keyring exists (a bare Linux desktop, a service account) the token goes to
``<config>/sync-credentials.json`` with mode 0600. ``MUSRENBANG_CREDENTIALS=file`` forces the
file (tests use it so they never touch a real keyring).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from pathlib import Path
from typing import Any, Protocol

from app import paths

log = logging.getLogger(__name__)

SERVICE = "MusrenbangKecamatan-sync"
BACKEND_ENV = "MUSRENBANG_CREDENTIALS"
FILE_NAME = "sync-credentials.json"


class CredentialStore(Protocol):
    name: str

    def get(self, account: str) -> str | None: ...

    def set(self, account: str, secret: str) -> None: ...

    def delete(self, account: str) -> None: ...


class FileStore:
    name = "file"

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.config_dir() / FILE_NAME

    def _read(self) -> dict[str, str]:
        if not self.path.exists():
            return {}
        data: Any = json.loads(self.path.read_text(encoding="utf-8") or "{}")
        return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}

    def _write(self, data: dict[str, str]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, self.path)

    def get(self, account: str) -> str | None:
        return self._read().get(account)

    def set(self, account: str, secret: str) -> None:
        data = self._read()
        data[account] = secret
        self._write(data)

    def delete(self, account: str) -> None:
        data = self._read()
        if data.pop(account, None) is not None:
            self._write(data)


class KeyringStore:
    name = "keyring"

    def get(self, account: str) -> str | None:
        import keyring

        value = keyring.get_password(SERVICE, account)
        return str(value) if value is not None else None

    def set(self, account: str, secret: str) -> None:
        import keyring

        keyring.set_password(SERVICE, account, secret)

    def delete(self, account: str) -> None:
        import keyring
        from keyring.errors import PasswordDeleteError

        with contextlib.suppress(PasswordDeleteError):
            keyring.delete_password(SERVICE, account)


def _keyring_usable() -> bool:
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return False
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken backend configuration: fall back to the file
        log.warning("keyring backend unavailable; using the credentials file", exc_info=True)
        return False
    return not isinstance(backend, fail.Keyring) and float(getattr(backend, "priority", 0)) > 0


def default_store() -> CredentialStore:
    choice = os.environ.get(BACKEND_ENV, "").strip().lower()
    if choice == "file":
        return FileStore()
    if choice == "keyring" or _keyring_usable():
        return KeyringStore()
    return FileStore()


def account_name(server_url: str, device_id: str) -> str:
    return f"{server_url.rstrip('/')}|{device_id}"
