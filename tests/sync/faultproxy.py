"""A fault-injecting TCP proxy for the sync fault tests (loopback only, one background thread).

    with FaultProxy(server_port, latency=0.15, bandwidth=32_000) as proxy:
        proxy.reset_request_after(40_000)        # the next connection: RST after 40 kB up
        proxy.drop_responses(match=b"POST /v1/push")
        ...

Faults are armed for the next connection(s) (``times``); ``match`` narrows a fault to
connections whose first request bytes contain it, ``skip`` lets that many matching connections
through first. HTTP keep-alive carries several requests over one connection, so tests that aim
a fault at one request use ``fresh_connection_transport`` (``Connection: close``: one request
per connection). ``requests_seen`` (request lines) and ``request_progress`` (how much of the
newest matching request went upstream) follow every request, pooled or not, so a test can also
act on a process that keeps its connections alive (e.g. SIGKILL the CLI halfway through a push).

Every socket is non-blocking and served by one selector loop that checks a stop flag at least
every 50 ms, so ``close()`` returns within about a second. Bytes a client handed over before it
died are still delivered, as on a real network.
"""

from __future__ import annotations

import contextlib
import selectors
import socket
import struct
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

import requests

from app.sync.transport import Transport
from common.protocol import is_loopback_host

_TICK = 0.05
_READ = 65536
_QUEUE_LIMIT = 1 << 20  # stop reading a side while this much waits to be written


@dataclass
class _Fault:
    kind: str  # "reset_request" | "reset_response" | "drop_response"
    nbytes: int
    times: int
    match: bytes | None
    skip: int
    fraction: float | None = None  # of the request (headers + Content-Length), instead of nbytes


@dataclass
class _Direction:
    src: socket.socket
    dst: socket.socket
    up: bool
    queue: deque[tuple[float, bytes]] = field(default_factory=deque)
    queued: int = 0
    forwarded: int = 0
    eof: bool = False
    shut: bool = False
    next_free: float = 0.0


class _Conn:
    def __init__(self, client: socket.socket, upstream: socket.socket, serial: int) -> None:
        self.serial = serial  # the proxy's connection count when it was accepted
        self.client = client
        self.upstream = upstream
        self.up = _Direction(client, upstream, True)
        self.down = _Direction(upstream, client, False)
        self.fault: _Fault | None = None
        self.decided = False
        self.closed = False
        self.request_size: int | None = None  # of the first request: headers + Content-Length
        # Requests seen on this connection (keep-alive carries several): (first line, offset
        # in the client's byte stream, size), so progress can be told per request.
        self.requests: list[tuple[bytes, int, int]] = []
        self.next_request_at = 0
        self.read_up = 0


def _rst(sock: socket.socket) -> None:
    """Close with a TCP reset rather than an orderly FIN."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    with contextlib.suppress(OSError):
        sock.close()


class FaultProxy:
    def __init__(
        self,
        upstream_port: int,
        *,
        upstream_host: str = "127.0.0.1",
        latency: float = 0.0,
        bandwidth: float | None = None,
    ) -> None:
        if not is_loopback_host(upstream_host):
            raise ValueError("the fault proxy only forwards to this computer")
        self.upstream = (upstream_host, upstream_port)
        self.latency = latency
        self.bandwidth = bandwidth
        self.bytes_up = 0
        self.bytes_down = 0
        self.connections = 0
        # The first line of each connection's first request, e.g. b"POST /v1/push HTTP/1.1".
        self.requests_seen: list[bytes] = []
        self._lock = threading.Lock()
        self._faults: list[_Fault] = []
        self._offline = False
        # go_offline cuts the connections accepted up to then (by serial), not those a quick
        # go_online lets in before the loop gets round to the cut.
        self._cut_upto: int | None = None
        self._stop = threading.Event()
        self._conns: list[_Conn] = []
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self._listener.setblocking(False)
        self.port = int(self._listener.getsockname()[1])
        self.url = f"http://127.0.0.1:{self.port}"
        self._selector = selectors.DefaultSelector()
        self._selector.register(self._listener, selectors.EVENT_READ, None)
        self._thread = threading.Thread(target=self._loop, name="fault-proxy", daemon=True)
        self._thread.start()

    # ---- control ------------------------------------------------------------------------

    def __enter__(self) -> FaultProxy:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2.0)

    def _arm(
        self,
        kind: str,
        nbytes: int,
        times: int,
        match: bytes | None,
        skip: int,
        fraction: float | None = None,
    ) -> None:
        with self._lock:
            self._faults.append(_Fault(kind, nbytes, times, match, skip, fraction))

    def reset_request_after(
        self,
        nbytes: int,
        times: int = 1,
        *,
        match: bytes | None = None,
        skip: int = 0,
        fraction: float | None = None,
    ) -> None:
        """Forward ``nbytes`` client→server on the next connection(s), then reset both sides.

        ``fraction`` cuts at that share of the request instead (its headers plus the
        ``Content-Length`` they announce), e.g. 0.5 for halfway through a compressed body."""
        self._arm("reset_request", nbytes, times, match, skip, fraction)

    def reset_response_after(
        self, nbytes: int, times: int = 1, *, match: bytes | None = None, skip: int = 0
    ) -> None:
        """Forward ``nbytes`` server→client on the next connection(s), then reset both sides."""
        self._arm("reset_response", nbytes, times, match, skip)

    def drop_responses(self, times: int = 1, *, match: bytes | None = None, skip: int = 0) -> None:
        """Forward the request; when the server starts answering, close without a byte of it."""
        self._arm("drop_response", 0, times, match, skip)

    def go_offline(self) -> None:
        """Refuse new connections (reset at once) and cut the open ones."""
        with self._lock:
            self._offline = True
            self._cut_upto = self.connections

    def go_online(self) -> None:
        with self._lock:
            self._offline = False

    def request_progress(self, match: bytes) -> float:
        """How much of the newest open request matching ``match`` went upstream (0.0-1.0)."""
        with self._lock:
            for conn in reversed(list(self._conns)):
                for line, start, size in reversed(conn.requests):
                    if match in line:
                        return min(1.0, max(0, conn.up.forwarded - start) / size)
        return 0.0

    def pending_faults(self) -> int:
        with self._lock:
            return sum(f.times for f in self._faults)

    def wait_for(self, condition: Any, timeout: float = 20.0) -> None:
        """Block until ``condition()`` is true (polling the counters); fail after ``timeout``."""
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError("proxy condition not reached in time")
            self._stop.wait(0.005)

    # ---- the loop -------------------------------------------------------------------------

    def _loop(self) -> None:
        try:
            while not self._stop.is_set():
                with self._lock:
                    cut_upto = self._cut_upto
                    self._cut_upto = None
                if cut_upto is not None:
                    for conn in list(self._conns):
                        if conn.serial <= cut_upto:
                            self._close(conn, reset=True)
                self._refresh_interest()
                timeout = self._next_timeout()
                for key, events in self._selector.select(timeout):
                    if key.data is None:
                        self._accept()
                    else:
                        conn, _up = key.data
                        if conn.closed:
                            continue
                        sock = key.fileobj
                        if events & selectors.EVENT_READ:
                            self._read(conn, conn.up if sock is conn.client else conn.down)
                        if events & selectors.EVENT_WRITE and not conn.closed:
                            self._write(conn, conn.down if sock is conn.client else conn.up)
                now = time.monotonic()
                for conn in list(self._conns):
                    if not conn.closed:
                        self._flush_due(conn, now)
        finally:
            for conn in list(self._conns):
                self._close(conn, reset=True)
            self._selector.close()
            self._listener.close()

    def _next_timeout(self) -> float:
        soonest = _TICK
        now = time.monotonic()
        for conn in self._conns:
            for direction in (conn.up, conn.down):
                if direction.queue:
                    soonest = min(soonest, max(0.0, direction.queue[0][0] - now))
        return soonest

    def _accept(self) -> None:
        while True:
            try:
                client, _addr = self._listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            with self._lock:
                self.connections += 1
                serial = self.connections
                offline = self._offline
            if offline:
                _rst(client)
                continue
            try:
                upstream = socket.create_connection(self.upstream, timeout=1.0)
            except OSError:
                _rst(client)  # the server is down: the client sees a reset, as on a real network
                continue
            for sock in (client, upstream):
                sock.setblocking(False)
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            conn = _Conn(client, upstream, serial)
            self._conns.append(conn)
            self._selector.register(client, selectors.EVENT_READ, (conn, True))
            self._selector.register(upstream, selectors.EVENT_READ, (conn, False))

    def _refresh_interest(self) -> None:
        for conn in self._conns:
            if conn.closed:
                continue
            for sock, incoming, outgoing in (
                (conn.client, conn.up, conn.down),
                (conn.upstream, conn.down, conn.up),
            ):
                events = 0
                if not incoming.eof and incoming.queued < _QUEUE_LIMIT:
                    events |= selectors.EVENT_READ
                if outgoing.queue and outgoing.queue[0][0] <= time.monotonic():
                    events |= selectors.EVENT_WRITE
                try:
                    if events:
                        self._selector.modify(sock, events, (conn, sock is conn.client))
                    else:
                        self._selector.modify(
                            sock, selectors.EVENT_READ, (conn, sock is conn.client)
                        )
                except (KeyError, ValueError, OSError):
                    pass

    def _decide(self, conn: _Conn, first: bytes) -> None:
        conn.decided = True
        if conn.requests:
            conn.request_size = conn.requests[0][2]
        with self._lock:
            for fault in self._faults:
                if fault.match is not None and fault.match not in first:
                    continue
                if fault.skip > 0:
                    fault.skip -= 1
                    return
                fault.times -= 1
                if fault.times <= 0:
                    self._faults.remove(fault)
                if fault.fraction is not None and conn.request_size is not None:
                    fault = _Fault(fault.kind, int(conn.request_size * fault.fraction), 1, None, 0)
                conn.fault = fault
                return

    def _track_requests(self, conn: _Conn, data: bytes) -> None:
        """Note each request that starts in ``data`` (its headers must arrive in one piece)."""
        end = conn.read_up + len(data)
        while conn.next_request_at < end:
            at = conn.next_request_at - conn.read_up
            head, separator, _rest = data[at:].partition(b"\r\n\r\n")
            if not separator:
                conn.next_request_at = 1 << 62  # headers split across reads: stop tracking
                break
            size = len(head) + 4
            for header in head.split(b"\r\n")[1:]:
                name, _, value = header.partition(b":")
                if name.strip().lower() == b"content-length" and value.strip().isdigit():
                    size += int(value.strip())
            line = head.split(b"\r\n", 1)[0][:200]
            conn.requests.append((line, conn.next_request_at, size))
            with self._lock:
                self.requests_seen.append(line)
            conn.next_request_at += size
        conn.read_up = end

    def _read(self, conn: _Conn, direction: _Direction) -> None:
        try:
            data = direction.src.recv(_READ)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            self._close(conn, reset=True)
            return
        if not data:
            direction.eof = True
            fault = conn.fault
            if not direction.up and fault is not None and fault.kind == "drop_response":
                self._close(conn, reset=False)
            elif not direction.queue:
                self._shutdown(conn, direction)
            return
        if direction.up:
            self._track_requests(conn, data)
            if not conn.decided:
                self._decide(conn, data)
        fault = conn.fault
        if fault is not None and fault.kind == "drop_response" and not direction.up:
            # The server answered, so it has finished the request: lose the answer.
            self._close(conn, reset=False)
            return
        limit = None
        if fault is not None and fault.kind == (
            "reset_request" if direction.up else "reset_response"
        ):
            limit = fault.nbytes
        already = direction.forwarded + direction.queued
        if limit is not None and already + len(data) >= limit:
            data = data[: max(0, limit - already)]
            direction.eof = True  # nothing more is read; the reset follows the last byte
            direction.shut = True
        now = time.monotonic()
        due = now + self.latency
        if self.bandwidth:
            start = max(now, direction.next_free)
            direction.next_free = start + len(data) / self.bandwidth
            due = direction.next_free + self.latency  # serialised, then in flight
        if data:
            direction.queue.append((due, data))
            direction.queued += len(data)
        if direction.shut and not direction.queue:
            self._close(conn, reset=True)

    def _flush_due(self, conn: _Conn, now: float) -> None:
        for direction in (conn.up, conn.down):
            if direction.queue and direction.queue[0][0] <= now:
                self._write(conn, direction)
                if conn.closed:
                    return

    def _write(self, conn: _Conn, direction: _Direction) -> None:
        now = time.monotonic()
        while direction.queue and direction.queue[0][0] <= now:
            due, data = direction.queue[0]
            try:
                sent = direction.dst.send(data)
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                self._close(conn, reset=True)
                return
            with self._lock:
                if direction.up:
                    self.bytes_up += sent
                else:
                    self.bytes_down += sent
            direction.forwarded += sent
            direction.queued -= sent
            if sent < len(data):
                direction.queue[0] = (due, data[sent:])
                return
            direction.queue.popleft()
        if not direction.queue and direction.eof:
            if direction.shut:
                self._close(conn, reset=True)
            else:
                self._shutdown(conn, direction)

    def _shutdown(self, conn: _Conn, direction: _Direction) -> None:
        with contextlib.suppress(OSError):
            direction.dst.shutdown(socket.SHUT_WR)
        if conn.up.eof and conn.down.eof and not conn.up.queue and not conn.down.queue:
            self._close(conn, reset=False)

    def _close(self, conn: _Conn, *, reset: bool) -> None:
        if conn.closed:
            return
        conn.closed = True
        for sock in (conn.client, conn.upstream):
            with contextlib.suppress(KeyError, ValueError):
                self._selector.unregister(sock)
            if reset:
                _rst(sock)
            else:
                with contextlib.suppress(OSError):
                    sock.close()
        if conn in self._conns:
            self._conns.remove(conn)


def fresh_connection_transport(url: str, **kwargs: Any) -> Transport:
    """A transport that opens a new connection per request, so a fault hits one request."""
    session = requests.Session()
    session.headers["Connection"] = "close"
    kwargs.setdefault("sleep", lambda _seconds: None)
    kwargs.setdefault("retries", 2)
    return Transport(url, session=session, **kwargs)
