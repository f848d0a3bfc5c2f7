"""ASGI middleware: request size limits, gzip request bodies and rate limiting, applied before
the body reaches the app."""

from __future__ import annotations

import hashlib
import threading
import time
import zlib

from server.config import Settings
from server.errors import ASGIApp, Message, Receive, Scope, Send, send_error

# Requests that carry no token to count against (or must not be able to pick one).
ANONYMOUS_PATHS = frozenset({"/v1/enroll", "/v1/token", "/bappeda"})
ADDRESS_FACTOR = 4
MAX_KEYS = 50_000


class TokenBucket:
    def __init__(self, rate: float, burst: int) -> None:
        self.rate = rate
        self.burst = burst
        self._state: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, key: str) -> float:
        """0 when allowed, else the seconds to wait."""
        now = time.monotonic()
        with self._lock:
            if len(self._state) > MAX_KEYS:
                self._prune(now)
            tokens, last = self._state.get(key, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - last) * self.rate)
            if tokens >= 1:
                self._state[key] = (tokens - 1, now)
                return 0.0
            self._state[key] = (tokens, now)
            return (1 - tokens) / self.rate if self.rate > 0 else 60.0

    def _prune(self, now: float) -> None:
        """Forget callers whose bucket has filled up again (they are as good as new)."""
        full_after = self.burst / self.rate if self.rate > 0 else 3600.0
        for key, (_tokens, last) in list(self._state.items()):
            if now - last >= full_after:
                del self._state[key]


class GuardMiddleware:
    """Request size limits (before the body reaches the app) and per-caller rate limiting."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.settings = settings
        self.bucket = TokenBucket(settings.rate_per_second, settings.rate_burst)
        self.address_bucket = TokenBucket(
            settings.rate_per_second * ADDRESS_FACTOR, settings.rate_burst * ADDRESS_FACTOR
        )

    def _wait(self, scope: Scope, headers: dict[str, str]) -> float:
        """Seconds the caller must wait (0: go on). Every request counts against its client
        address, so a made-up Authorization header per request gains nothing; calls with a
        bearer token count against that token as well, and the address gets a larger share
        (several offices may sit behind one address). Enrolment and token requests count
        against the address alone, at the caller's rate."""
        client = scope.get("client") or ("?", 0)
        address = str(client[0])
        path = str(scope.get("path", ""))
        auth = headers.get("authorization", "")
        anonymous = path in ANONYMOUS_PATHS or not auth.lower().startswith("bearer ")
        if anonymous:
            return self.bucket.take(f"anon:{address}")
        wait = self.address_bucket.take(f"ip:{address}")
        token_key = "tok:" + hashlib.sha256(auth.encode("latin-1")).hexdigest()[:24]
        return max(wait, self.bucket.take(token_key))

    def _limit(self, scope: Scope) -> int:
        path = str(scope.get("path", ""))
        if scope.get("method") == "PUT" and path.startswith("/v1/attachments/"):
            return self.settings.chunk_size + 64 * 1024
        return self.settings.max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {
            k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])
        }
        wait = self._wait(scope, headers)
        if wait > 0:
            retry = str(max(1, int(wait + 0.999)))
            await send_error(
                send,
                429,
                "rate_limited",
                "Terlalu banyak permintaan; coba lagi sebentar.",
                {"Retry-After": retry},
            )
            return
        limit = self._limit(scope)
        declared = headers.get("content-length")
        if declared is not None:
            try:
                too_big = int(declared) > limit
            except ValueError:
                await send_error(send, 400, "bad_content_length", "Content-Length tidak sah.")
                return
            if too_big:
                await send_error(
                    send, 413, "body_too_large", f"Isi permintaan melebihi batas {limit} bita."
                )
                return
        if scope.get("method") in ("POST", "PUT", "PATCH"):
            chunks: list[bytes] = []
            size = 0
            more = True
            while more:
                message = await receive()
                if message["type"] == "http.disconnect":
                    return
                chunk = message.get("body", b"")
                size += len(chunk)
                if size > limit:
                    await send_error(
                        send, 413, "body_too_large", f"Isi permintaan melebihi batas {limit} bita."
                    )
                    return
                chunks.append(chunk)
                more = bool(message.get("more_body", False))
            body = b"".join(chunks)
            if headers.get("content-encoding", "identity").strip().lower() == "gzip":
                try:
                    body = _gunzip(body, limit)
                except _TooLarge:
                    await send_error(
                        send,
                        413,
                        "body_too_large",
                        f"Isi permintaan setelah dibuka melebihi batas {limit} bita.",
                    )
                    return
                except (OSError, EOFError, zlib.error):
                    await send_error(send, 400, "bad_gzip", "Isi gzip rusak atau terpotong.")
                    return
                scope = _without_encoding(scope, len(body))
            elif headers.get("content-encoding", "identity").strip().lower() != "identity":
                await send_error(
                    send, 415, "unsupported_encoding", "Content-Encoding hanya gzip yang diterima."
                )
                return
            delivered = False

            async def replay() -> Message:
                nonlocal delivered
                if delivered:
                    return await receive()
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}

            await self.app(scope, replay, send)
            return
        await self.app(scope, receive, send)


class _TooLarge(Exception):
    pass


def _gunzip(data: bytes, limit: int) -> bytes:
    """The decompressed body, never more than ``limit`` bytes of it: a small gzip body can
    unpack to gigabytes (a "gzip bomb"), so decompression stops as soon as it passes the limit."""
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    out = inflater.decompress(data, limit + 1)
    if len(out) > limit or inflater.unconsumed_tail:
        raise _TooLarge
    out += inflater.flush()
    if len(out) > limit:
        raise _TooLarge
    if not inflater.eof or inflater.unused_data:
        raise EOFError("truncated or concatenated gzip body")
    return out


def _without_encoding(scope: Scope, length: int) -> Scope:
    """The request as the app sees it after decompression: plain body, its real length."""
    kept = [
        (k, v)
        for k, v in scope.get("headers", [])
        if k.lower() not in (b"content-encoding", b"content-length")
    ]
    kept.append((b"content-length", str(length).encode()))
    return {**scope, "headers": kept}
