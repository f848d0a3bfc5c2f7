"""The fault proxy itself, against a tiny echo-and-record upstream (no sync server needed)."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator

import pytest

from tests.sync.faultproxy import FaultProxy


class Upstream:
    """Accepts connections; answers each request chunk with b"ok:<n>" and records what came."""

    def __init__(self, *, answer: bool = True) -> None:
        self.answer = answer
        self.received: list[bytes] = []
        self.ended = threading.Event()
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.settimeout(0.2)
        self.port = int(self.sock.getsockname()[1])
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            conn.settimeout(5)
            got = b""
            try:
                while True:
                    data = conn.recv(65536)
                    if not data:
                        break
                    got += data
                    if self.answer and got.endswith(b"\n"):
                        conn.sendall(b"ok:%d\n" % len(got))
            except OSError:
                pass
            self.received.append(got)
            self.ended.set()
            conn.close()

    def close(self) -> None:
        self.stop.set()
        self.thread.join(timeout=2)
        self.sock.close()


@pytest.fixture
def upstream() -> Iterator[Upstream]:
    server = Upstream()
    yield server
    server.close()


def _talk(port: int, payload: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(payload)
        answer = b""
        try:
            while not answer.endswith(b"\n"):
                data = sock.recv(65536)
                if not data:
                    break
                answer += data
        except ConnectionResetError:
            return answer + b"<reset>"
        return answer


def test_forwards_both_ways_and_counts(upstream: Upstream) -> None:
    with FaultProxy(upstream.port) as proxy:
        assert _talk(proxy.port, b"GET /a HTTP/1.1\r\n\r\nhello\n") == b"ok:25\n"
        proxy.wait_for(lambda: proxy.bytes_down == 6, timeout=2)  # counted after the send
        assert proxy.bytes_up == 25
        assert proxy.connections == 1
        assert proxy.requests_seen == [b"GET /a HTTP/1.1"]


def test_reset_after_n_bytes_up_reaches_the_next_connection_only(upstream: Upstream) -> None:
    payload = b"POST /v1/push HTTP/1.1\r\n\r\n" + b"x" * 200_000 + b"\n"
    with FaultProxy(upstream.port) as proxy:
        proxy.reset_request_after(1000, match=b"/v1/push")
        with (
            pytest.raises(OSError),
            socket.create_connection(("127.0.0.1", proxy.port), timeout=5) as sock,
        ):
            sock.sendall(payload)
            assert sock.recv(100) == b""
        assert upstream.ended.wait(5)
        assert upstream.received == [payload[:1000]]
        # The fault is used up: the next connection goes through whole.
        assert _talk(proxy.port, payload) == b"ok:%d\n" % len(payload)


def test_reset_response_and_skip(upstream: Upstream) -> None:
    with FaultProxy(upstream.port) as proxy:
        proxy.reset_response_after(2, match=b"GET", skip=1)
        assert _talk(proxy.port, b"GET /1\n") == b"ok:7\n"  # skipped
        assert _talk(proxy.port, b"POST /2\n") == b"ok:8\n"  # does not match
        assert _talk(proxy.port, b"GET /3\n") in (b"ok<reset>", b"ok")
        assert proxy.pending_faults() == 0


def test_dropped_response_after_the_request_arrived(upstream: Upstream) -> None:
    with FaultProxy(upstream.port) as proxy:
        proxy.drop_responses()
        assert _talk(proxy.port, b"POST /x\n") in (b"", b"<reset>")
        assert upstream.ended.wait(5)
        assert upstream.received == [b"POST /x\n"]


def test_offline_refuses_and_online_accepts_again(upstream: Upstream) -> None:
    with FaultProxy(upstream.port) as proxy:
        proxy.go_offline()
        with (
            pytest.raises(OSError),
            socket.create_connection(("127.0.0.1", proxy.port), timeout=5) as sock,
        ):
            sock.sendall(b"GET /\n")
            if sock.recv(10) == b"":
                raise ConnectionResetError("closed")
        proxy.go_online()
        assert _talk(proxy.port, b"GET /\n") == b"ok:6\n"


def test_latency_and_bandwidth_slow_the_traffic(upstream: Upstream) -> None:
    with FaultProxy(upstream.port, latency=0.05, bandwidth=200_000) as proxy:
        started = time.monotonic()
        assert _talk(proxy.port, b"x" * 40_000 + b"\n") == b"ok:40001\n"
        # One round trip (2 × 50 ms) plus 40 kB at 200 kB/s.
        assert time.monotonic() - started >= 0.1 + 0.2 - 0.02


def test_close_is_prompt_with_connections_open(upstream: Upstream) -> None:
    proxy = FaultProxy(upstream.port)
    idle = socket.create_connection(("127.0.0.1", proxy.port), timeout=5)
    proxy.wait_for(lambda: proxy.connections == 1)
    started = time.monotonic()
    proxy.close()
    assert time.monotonic() - started < 2.0
    idle.settimeout(2)
    with contextlib.suppress(ConnectionResetError):
        assert idle.recv(10) == b""
    idle.close()
