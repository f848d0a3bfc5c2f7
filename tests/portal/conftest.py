"""A real server process on loopback, shared per test module, on SQLite (in tmp) and on
PostgreSQL (a database of its own, when ``MUSRENBANG_TEST_PG`` is set; skipped otherwise), and a
``requests`` session per person that logs in through the login form."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
import requests

from app.sync.credentials import BACKEND_ENV
from tests.sync.conftest import ServerHandle, running_server

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
PASSWORD = "kata-sandi-uji-123"


@pytest.fixture(autouse=True)
def _file_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(BACKEND_ENV, "file")


# Production runs on PostgreSQL: every server-backed portal test runs on both backends.
@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ServerHandle]:
    backend = str(request.param)
    home = tmp_path_factory.mktemp(f"portal-server-{backend}")
    with running_server(backend, home, "portal") as handle:
        yield handle


@dataclass
class Person:
    base: str
    http: requests.Session

    def get(self, path: str, **kw: object) -> requests.Response:
        return self.http.get(self.base + path, timeout=30, **kw)  # type: ignore[arg-type]

    def post(self, path: str, data: object, **kw: object) -> requests.Response:
        return self.http.post(self.base + path, data=data, timeout=30, **kw)  # type: ignore[arg-type]

    def csrf(self, path: str = "/portal/login") -> str:
        found = CSRF.search(self.get(path).text)
        assert found, f"no CSRF token on {path}"
        return found.group(1)

    def login(self, username: str, password: str = PASSWORD) -> requests.Response:
        token = self.csrf()
        return self.post(
            "/portal/login",
            {"username": username, "password": password, "csrf_token": token},
            allow_redirects=False,
        )


def person(server: ServerHandle, username: str | None = None) -> Person:
    who = Person(server.url, requests.Session())
    if username:
        response = who.login(username)
        assert response.status_code == 303, response.text
    return who
