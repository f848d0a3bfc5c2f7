"""The simulated network: ``requests`` calls go straight into the server's ASGI app in this
process, through a transport adapter that can lose the request, lose the response, answer 503,
be offline, or make the calling office crash before or after the server saw the request.

Every decision comes from the simulation's seeded ``random.Random``, and every call is
synchronous, so one seed always gives the same sequence of requests and faults.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import random
from collections.abc import Callable, MutableMapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import fastapi.dependencies.utils
import fastapi.routing
import requests
from requests.adapters import BaseAdapter
from requests.structures import CaseInsensitiveDict

SERVER_URL = "http://127.0.0.1:8765"

Message = MutableMapping[str, Any]


class SimulatedCrash(BaseException):
    """The office's process dies here. A BaseException, so no ``except Exception`` in the
    client can swallow it, exactly like a kill."""


class ServerFailure(AssertionError):
    """The server raised instead of answering: always a bug, never a simulated fault."""


@dataclass
class FaultRates:
    """Probabilities per request while a link is flaky (they are tried in this order)."""

    drop_request: float = 0.08
    drop_response: float = 0.08
    unavailable: float = 0.06
    crash_before: float = 0.02
    crash_after: float = 0.03


@dataclass
class Link:
    """One party's connection to the server."""

    name: str
    offline: bool = False
    flaky: bool = False
    rates: FaultRates = field(default_factory=FaultRates)
    can_crash: bool = True
    # Faults whose outcome the caller cannot know (response lost after the server acted) are
    # only injected where the caller can retry idempotently.
    can_lose_response: bool = True
    # After this many more answers to this party, every access token on the server expires
    # (the middle of a sync, typically): the client must renew, not call it a revocation.
    expire_tokens_after: int | None = None


async def _run_inline(func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    return func(*args, **kwargs)


# FastAPI runs plain ``def`` endpoints and dependencies in a worker thread; here each request
# is alone, so running them on the loop's thread is equivalent and saves a thread per request.
_THREADPOOL_USERS = (fastapi.routing, fastapi.dependencies.utils)
_POOL = "run_in_threadpool"


class AsgiCaller:
    """Runs one HTTP exchange against an ASGI app on a private event loop."""

    def __init__(self, app: Any, loop: asyncio.AbstractEventLoop) -> None:
        self.app = app
        self.loop = loop

    def call(
        self, method: str, url: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, list[tuple[str, str]], bytes]:
        saved = [getattr(module, _POOL) for module in _THREADPOOL_USERS]
        for module in _THREADPOOL_USERS:
            setattr(module, _POOL, _run_inline)
        try:
            return self.loop.run_until_complete(self._exchange(method, url, headers, body))
        finally:
            for module, original in zip(_THREADPOOL_USERS, saved, strict=True):
                setattr(module, _POOL, original)

    async def _exchange(
        self, method: str, url: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, list[tuple[str, str]], bytes]:
        parts = urlsplit(url)
        raw_headers = [
            (k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()
        ]
        if body and "content-length" not in {k.lower() for k in headers}:
            raw_headers.append((b"content-length", str(len(body)).encode()))
        scope: dict[str, Any] = {
            "type": "http",
            "asgi": {"version": "3.0", "spec_version": "2.3"},
            "http_version": "1.1",
            "method": method,
            "scheme": parts.scheme,
            "path": parts.path,
            "raw_path": parts.path.encode(),
            "query_string": parts.query.encode(),
            "root_path": "",
            "headers": raw_headers,
            "client": ("127.0.0.1", 40000),
            "server": ("127.0.0.1", 8765),
            "state": {},
        }
        sent = False
        status = 0
        out_headers: list[tuple[str, str]] = []
        chunks: list[bytes] = []

        async def receive() -> Message:
            nonlocal sent
            if sent:
                return {"type": "http.disconnect"}
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        async def send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
                out_headers.extend(
                    (k.decode("latin-1"), v.decode("latin-1")) for k, v in message["headers"]
                )
            elif message["type"] == "http.response.body":
                chunks.append(bytes(message.get("body", b"")))

        try:
            await self.app(scope, receive, send)
        except Exception as exc:
            raise ServerFailure(f"server raised on {method} {parts.path}: {exc!r}") from exc
        return status, out_headers, b"".join(chunks)


class Network:
    """All links of one simulation; the adapters ask it what happens to each request."""

    def __init__(
        self, caller: AsgiCaller, rng: random.Random, trace: Callable[[str], None]
    ) -> None:
        self.caller = caller
        self.rng = rng
        self.trace = trace
        self.links: dict[str, Link] = {}
        self.requests = 0
        self.expire_tokens: Callable[[], None] | None = None

    def link(self, name: str) -> Link:
        return self.links.setdefault(name, Link(name))

    def heal(self) -> None:
        for link in self.links.values():
            link.offline = False
            link.flaky = False

    def session(self, name: str) -> requests.Session:
        session = requests.Session()
        # No proxies from the environment: nothing leaves this process.
        session.trust_env = False
        session.mount("http://", SimAdapter(self, self.link(name)))
        return session

    def _fault(self, link: Link) -> str | None:
        if not link.flaky:
            return None
        rates = link.rates
        roll = self.rng.random()
        for kind, rate in (
            ("drop_request", rates.drop_request),
            ("drop_response", rates.drop_response if link.can_lose_response else 0.0),
            ("unavailable", rates.unavailable),
            ("crash_before", rates.crash_before if link.can_crash else 0.0),
            ("crash_after", rates.crash_after if link.can_crash else 0.0),
        ):
            if roll < rate:
                return kind
            roll -= rate
        return None

    def exchange(self, link: Link, request: requests.PreparedRequest) -> requests.Response:
        self.requests += 1
        method = str(request.method)
        url = str(request.url)
        what = f"{link.name} {method} {urlsplit(url).path}"
        if link.offline:
            raise requests.ConnectionError(f"{link.name} offline")
        fault = self._fault(link)
        if fault == "drop_request":
            self.trace(f"  net: {what}: request lost")
            raise requests.ConnectionError("request lost")
        if fault == "crash_before":
            self.trace(f"  net: {what}: office crashes before sending")
            raise SimulatedCrash(what)
        if fault == "unavailable":
            self.trace(f"  net: {what}: 503")
            return _response(
                request,
                503,
                [("content-type", "application/json"), ("retry-after", "1")],
                json.dumps({"error": {"code": "unavailable", "message": "x", "hint": ""}}).encode(),
            )
        body = request.body or b""
        if isinstance(body, str):
            body = body.encode("utf-8")
        headers = {k: v for k, v in request.headers.items() if v is not None}
        status, out_headers, content = self.caller.call(method, url, headers, bytes(body))
        if link.expire_tokens_after is not None and self.expire_tokens is not None:
            link.expire_tokens_after -= 1
            if link.expire_tokens_after <= 0:
                link.expire_tokens_after = None
                self.trace(f"  net: after {what}: every access token expires")
                self.expire_tokens()
        if fault == "drop_response":
            self.trace(f"  net: {what}: server answered {status}, response lost")
            raise requests.ConnectionError("response lost")
        if fault == "crash_after":
            self.trace(f"  net: {what}: server answered {status}, office crashes before reading")
            raise SimulatedCrash(what)
        return _response(request, status, out_headers, content)


def _response(
    request: requests.PreparedRequest, status: int, headers: list[tuple[str, str]], body: bytes
) -> requests.Response:
    response = requests.Response()
    response.status_code = status
    response.headers = CaseInsensitiveDict(dict(headers))
    if response.headers.get("content-encoding", "").lower() == "gzip":
        # What urllib3 does for a real connection.
        body = gzip.decompress(body)
        del response.headers["content-encoding"]
    response._content = body
    response.url = str(request.url)
    response.request = request
    response.encoding = "utf-8"
    response.reason = "simulated"
    return response


class SimAdapter(BaseAdapter):
    def __init__(self, network: Network, link: Link) -> None:
        super().__init__()
        self.network = network
        self.link = link

    def send(  # type: ignore[override]
        self, request: requests.PreparedRequest, **_kwargs: Any
    ) -> requests.Response:
        return self.network.exchange(self.link, request)

    def close(self) -> None:
        pass
