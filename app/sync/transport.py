"""HTTP to the sync server: explicit timeouts, retries with capped exponential backoff and
jitter that honour ``Retry-After``, and errors that say what happened in Indonesian.

Only idempotent calls are retried (GETs, pushes — keyed by op ids —, chunk uploads — keyed by
offset —, token refresh). 401/403/409/410/412/422 are never retried: they are answers, not
accidents. Being offline is a normal state and raises ``Offline``, not a traceback.
"""

from __future__ import annotations

import email.utils
import gzip
import json
import logging
import random
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import requests

from app import __version__
from app.errors import EnvironmentProblem, UserError
from common import protocol
from common.i18n import _

log = logging.getLogger(__name__)

CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 30.0
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_RETRY_AFTER = 120.0
# The line failed, not the server: a connection refused or reset, a timeout, or an answer cut
# off in its body (requests reports that last one as a chunked-encoding or decoding error).
CONNECTION_FAILURES = (
    requests.ConnectionError,
    requests.Timeout,
    requests.exceptions.ChunkedEncodingError,
    requests.exceptions.ContentDecodingError,
)
# JSON bodies from this size on go gzip-compressed (``Content-Encoding: gzip``): a push of 100
# proposals shrinks about 5x, which is what counts on a 256 kbit/s kecamatan line.
GZIP_MIN_BYTES = 1024


def encode_json_body(body: Any, headers: dict[str, str]) -> bytes:
    """The request body as compact UTF-8 JSON, gzip-compressed when big enough to pay."""
    raw = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    headers["Content-Type"] = "application/json"
    if len(raw) < GZIP_MIN_BYTES:
        return raw
    headers["Content-Encoding"] = "gzip"
    return gzip.compress(raw, compresslevel=6, mtime=0)


class SyncError(EnvironmentProblem):
    code = "sync_error"


class Offline(SyncError):
    code = "offline"


class ServerBusy(SyncError):
    code = "server_busy"


class AuthRevoked(SyncError):
    """401: sync pauses, the outbox is kept; the device must be enrolled again."""

    code = "unauthorised"


class TokenExpired(SyncError):
    """401 ``token_expired``: the short-lived access token ran out (not a revocation). The
    client asks for a new one with its device token and carries on."""

    code = "token_expired"


class Forbidden(SyncError):
    code = "forbidden"


class ClientTooOld(SyncError):
    code = "client_too_old"


class RequestRefused(SyncError):
    code = "refused"

    def __init__(
        self, message: str, *, hint: str = "", status: int = 400, error_code: str = ""
    ) -> None:
        super().__init__(message, hint=hint)
        self.status = status
        self.error_code = error_code


class InsecureServer(UserError):
    """Plain HTTP to a host that is not this computer."""


def check_server_url(url: str, *, allow_insecure_http: bool = False) -> str:
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UserError(
            _("Alamat server '{url}' tidak sah.").format(url=url),
            hint=_("Tulis lengkap, misalnya https://eperencanaan.kukarkab.go.id"),
        )
    if (
        parts.scheme == "http"
        and not protocol.is_loopback_host(parts.hostname)
        and not allow_insecure_http
    ):
        raise InsecureServer(
            f"Server {parts.hostname} memakai http tanpa enkripsi.",
            hint="Pakai alamat https. Bila jaringan ini memang tertutup, tambahkan --allow-http.",
        )
    return url.strip().rstrip("/")


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return min(float(value), MAX_RETRY_AFTER)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    delta = (when - (now or datetime.now(UTC))).total_seconds()
    return min(max(delta, 0.0), MAX_RETRY_AFTER)


def backoff_delay(attempt: int, *, base: float, cap: float, rng: Callable[[], float]) -> float:
    """Full jitter: a random delay up to min(cap, base·2^attempt)."""
    return float(min(cap, base * (2**attempt)) * rng())


def _error_of(response: requests.Response) -> tuple[str, str, str]:
    try:
        body = response.json()
        error = body.get("error", {}) if isinstance(body, dict) else {}
        return str(error.get("code", "")), str(error.get("message", "")), str(error.get("hint", ""))
    except ValueError:
        return "", response.text[:200], ""


class Transport:
    def __init__(
        self,
        base_url: str,
        *,
        session: requests.Session | None = None,
        timeout: tuple[float, float] = (CONNECT_TIMEOUT, READ_TIMEOUT),
        retries: int = 4,
        backoff_base: float = 0.5,
        backoff_cap: float = 30.0,
        sleep: Callable[[float], None] = time.sleep,
        rng: Callable[[], float] = random.random,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.http = session or requests.Session()
        self.timeout = timeout
        self.retries = retries
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        self.sleep = sleep
        self.rng = rng
        self.access_token: str | None = None
        # Called for a fresh access token when one expires during a long sync (set by the
        # client after it logs in); raises AuthRevoked when the device token itself is refused.
        self.renew: Callable[[], None] | None = None
        self.access_expires_at: float | None = None  # time.monotonic() deadline
        self.clock: Callable[[], float] = time.monotonic

    def close(self) -> None:
        self.http.close()

    def request(
        self,
        method: str,
        path: str,
        *,
        json_body: Any = None,
        data: bytes | None = None,
        params: dict[str, Any] | None = None,
        idempotent: bool = True,
        auth: bool = True,
        timeout: tuple[float, float] | None = None,
    ) -> requests.Response:
        """One call; with ``auth`` an access token that ran out (or is about to) is renewed
        once through ``renew`` and the call made again, so a long sync never stops on it."""

        def send() -> requests.Response:
            return self._request(
                method,
                path,
                json_body=json_body,
                data=data,
                params=params,
                idempotent=idempotent,
                auth=auth,
                timeout=timeout,
            )

        if auth and self.renew is not None and self._expiring():
            self.renew()
        try:
            return send()
        except (TokenExpired, AuthRevoked):
            if not auth or self.renew is None:
                raise
            log.info("%s %s: access token refused; renewing it", method, path)
            self.renew()  # raises AuthRevoked when the device token is refused too
            return send()

    def _expiring(self) -> bool:
        return self.access_expires_at is not None and self.clock() >= self.access_expires_at

    def _request(
        self,
        method: str,
        path: str,
        *,
        json_body: Any = None,
        data: bytes | None = None,
        params: dict[str, Any] | None = None,
        idempotent: bool = True,
        auth: bool = True,
        timeout: tuple[float, float] | None = None,
    ) -> requests.Response:
        headers = {
            protocol.PROTOCOL_HEADER: str(protocol.PROTOCOL_VERSION),
            protocol.CLIENT_HEADER: __version__,
        }
        if auth and self.access_token:
            headers["Authorization"] = f"Bearer {self.access_token}"
        if data is not None:
            headers["Content-Type"] = "application/octet-stream"
        elif json_body is not None:
            data, json_body = encode_json_body(json_body, headers), None
        url = self.base_url + path
        attempt = 0
        while True:
            try:
                response = self.http.request(
                    method,
                    url,
                    json=json_body,
                    data=data,
                    params=params,
                    headers=headers,
                    timeout=timeout or self.timeout,
                )
            except CONNECTION_FAILURES as exc:
                if not idempotent or attempt >= self.retries:
                    raise Offline(
                        "Server sinkronisasi tidak dapat dihubungi.",
                        hint="Periksa koneksi internet; data tetap aman dan dikirim saat koneksi kembali.",
                    ) from exc
                delay = backoff_delay(
                    attempt, base=self.backoff_base, cap=self.backoff_cap, rng=self.rng
                )
                log.info(
                    "%s %s failed (%s); retry in %.1fs", method, path, type(exc).__name__, delay
                )
                self.sleep(delay)
                attempt += 1
                continue
            deprecation = response.headers.get(protocol.DEPRECATION_HEADER)
            if deprecation:
                log.warning("server deprecation notice: %s", deprecation)
            if response.status_code in RETRY_STATUSES and idempotent and attempt < self.retries:
                announced = parse_retry_after(response.headers.get("Retry-After"))
                delay = (
                    announced
                    if announced is not None
                    else backoff_delay(
                        attempt, base=self.backoff_base, cap=self.backoff_cap, rng=self.rng
                    )
                )
                log.info("%s %s -> %s; retry in %.1fs", method, path, response.status_code, delay)
                self.sleep(delay)
                attempt += 1
                continue
            if response.status_code >= 400:
                self._raise(response)
            return response

    def _raise(self, response: requests.Response) -> None:
        status = response.status_code
        code, message, hint = _error_of(response)
        if status == 401 and code == "token_expired":
            raise TokenExpired(
                "Token akses kedaluwarsa.",
                hint="Token baru diminta otomatis; tidak perlu mendaftar ulang.",
            )
        if status == 401:
            raise AuthRevoked(
                "Server menolak token perangkat ini (dicabut atau tidak berlaku).",
                hint="Sinkronisasi dihentikan sementara; perubahan tetap tersimpan. Minta kode baru dan daftarkan ulang: musrenbang sync enroll.",
            )
        if status == 403:
            raise Forbidden(message or "Akses ditolak server.", hint=hint)
        if status == 410:
            raise ClientTooOld(
                message or "Versi aplikasi terlalu lama untuk server ini.",
                hint=hint or "Perbarui aplikasi.",
            )
        if status == 429 or status >= 500:
            raise ServerBusy(
                f"Server sedang sibuk atau bermasalah (HTTP {status}).",
                hint="Sinkronisasi dicoba lagi otomatis nanti.",
            )
        raise RequestRefused(
            message or f"Server menolak permintaan (HTTP {status}).",
            hint=hint,
            status=status,
            error_code=code,
        )

    def get_json(self, path: str, **kwargs: Any) -> Any:
        return read_json(self.request("GET", path, **kwargs))

    def post_json(self, path: str, body: Any, **kwargs: Any) -> Any:
        return read_json(self.request("POST", path, json_body=body, **kwargs))


def read_json(response: requests.Response) -> Any:
    """The answer's JSON; anything else came from something between us and the server."""
    try:
        return response.json()
    except ValueError as exc:
        # A hotspot's login page or a proxy's notice answers 200 with HTML: not our server.
        raise Offline(
            "Jawaban yang diterima bukan dari server sinkronisasi.",
            hint="Bila jaringan (Wi-Fi/hotspot) meminta masuk lewat peramban, masuk dulu; "
            "data tetap aman dan dikirim nanti.",
        ) from exc
