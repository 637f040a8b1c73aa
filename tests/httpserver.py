"""A fixture HTTP server for tests: registered routes plus behaviour routes.

Usage::

    with FixtureServer() as server:
        server.route("/feed.xml", rss_bytes, content_type="application/rss+xml")
        server.route_fn("/echo", lambda h: h.reply(200, h.path.encode()))
        fetch(server.url("/feed.xml"))
        assert server.requests[0] == ("GET", "/feed.xml", {...})

Registered routes win over the built-in behaviour routes:

=========================  ============================================================
``/ok``                    200 ``ok``
``/status/<code>``         answers with that status code
``/redirect/<n>``          302 to ``/redirect/<n-1>``; ``/redirect/0`` goes to ``/ok``
``/redirect-loop``         302 to itself, for ever
``/slow/<seconds>``        sleeps (float seconds), then 200 ``slow``
``/trickle``               200 with 20 bytes, one every 0.2 s
``/malformed-feed``        a truncated RSS 2.0 document (application/rss+xml)
``/not-html``              PNG bytes (image/png)
``/gzip-bomb``             ``Content-Encoding: gzip``, ~100 KiB that inflate to 128 MiB
=========================  ============================================================

``server.requests`` logs ``(method, path, headers)`` for every request, path with query.
The server listens on 127.0.0.1, port 0, in a daemon thread; it is quiet on stderr.
"""

from __future__ import annotations

import functools
import re
import sys
import threading
import time
import zlib
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

GZIP_BOMB_SIZE = 128 * 1024 * 1024
TRICKLE_BYTES = 20
TRICKLE_INTERVAL = 0.2
PNG_BYTES = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"
    b"\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa75"
    b"\x81\x84\x00\x00\x00\x00IEND\xaeB`\x82"
)
MALFORMED_FEED = (
    b'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
    b"<title>Broken feed</title><link>http://example.invalid/</link>"
    b"<item><title>First item</title><link>http://example.invalid/a</link></item>"
    b"<item><title>Second item, cut off in the mid"
)

RouteFn = Callable[["FixtureHandler"], None]


@functools.cache
def gzip_bomb() -> bytes:
    """A gzip member that inflates to GZIP_BOMB_SIZE zero bytes; built once, in 1 MiB steps."""
    comp = zlib.compressobj(9, zlib.DEFLATED, 31)  # wbits 31: gzip container
    chunk = bytes(1024 * 1024)
    parts = [comp.compress(chunk) for _ in range(GZIP_BOMB_SIZE // len(chunk))]
    parts.append(comp.flush())
    return b"".join(parts)


class FixtureHandler(BaseHTTPRequestHandler):
    """Request handler; route functions get it and call `reply` (or write raw)."""

    server: FixtureServer
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        self._dispatch()

    def do_HEAD(self) -> None:
        self._dispatch()

    def do_POST(self) -> None:
        self._dispatch()

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the log is `FixtureServer.requests`."""

    def reply(
        self,
        status: int,
        body: bytes = b"",
        headers: dict[str, str] | None = None,
        content_type: str = "text/html; charset=utf-8",
    ) -> None:
        """Send a complete response (no body for HEAD)."""
        self.send_response(status)
        all_headers = {"Content-Type": content_type, "Content-Length": str(len(body))}
        all_headers.update(headers or {})
        for name, value in all_headers.items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD" and body:
            self.wfile.write(body)

    def _dispatch(self) -> None:
        self.server.log(self.command, self.path, dict(self.headers.items()))
        path = urlsplit(self.path).path
        fn = self.server.routes.get(path) or _behaviour(path)
        if fn is None:
            self.reply(404, b"not found", content_type="text/plain")
        else:
            fn(self)


def _redirect(to: str) -> RouteFn:
    return lambda h: h.reply(302, b"", {"Location": to})


def _slow(seconds: float) -> RouteFn:
    def fn(h: FixtureHandler) -> None:
        time.sleep(seconds)
        h.reply(200, b"slow", content_type="text/plain")

    return fn


def _trickle(h: FixtureHandler) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/plain")
    h.send_header("Content-Length", str(TRICKLE_BYTES))
    h.end_headers()
    for _ in range(TRICKLE_BYTES):
        h.wfile.write(b"x")
        h.wfile.flush()
        time.sleep(TRICKLE_INTERVAL)


def _bomb(h: FixtureHandler) -> None:
    h.reply(200, gzip_bomb(), {"Content-Encoding": "gzip"}, "text/html; charset=utf-8")


FIXED: dict[str, RouteFn] = {
    "/ok": lambda h: h.reply(200, b"ok", content_type="text/plain"),
    "/redirect-loop": _redirect("/redirect-loop"),
    "/trickle": _trickle,
    "/malformed-feed": lambda h: h.reply(200, MALFORMED_FEED, content_type="application/rss+xml"),
    "/not-html": lambda h: h.reply(200, PNG_BYTES, content_type="image/png"),
    "/gzip-bomb": _bomb,
}


def _behaviour(path: str) -> RouteFn | None:
    if path in FIXED:
        return FIXED[path]
    if m := re.fullmatch(r"/status/(\d{3})", path):
        code = int(m[1])
        return lambda h: h.reply(code, b"status %d" % code, content_type="text/plain")
    if m := re.fullmatch(r"/redirect/(\d+)", path):
        n = int(m[1])
        return _redirect("/ok" if n <= 0 else f"/redirect/{n - 1}")
    if m := re.fullmatch(r"/slow/(\d+(?:\.\d+)?)", path):
        return _slow(float(m[1]))
    return None


class FixtureServer(ThreadingHTTPServer):
    """The fixture server; a context manager that serves in a daemon thread."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), FixtureHandler)
        self.routes: dict[str, RouteFn] = {}
        self.requests: list[tuple[str, str, dict[str, str]]] = []
        self._lock = threading.Lock()
        # A short poll interval keeps shutdown() (and so each test's teardown) fast.
        self._thread = threading.Thread(target=self.serve_forever, args=(0.05,), daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def url(self, path: str) -> str:
        """Absolute URL of a path on this server."""
        return self.base_url + path

    def route(
        self,
        path: str,
        body: bytes,
        *,
        status: int = 200,
        headers: dict[str, str] | None = None,
        content_type: str = "text/html; charset=utf-8",
    ) -> None:
        """Serve a fixed response at path (query strings are ignored when matching)."""
        self.routes[path] = lambda h: h.reply(status, body, headers, content_type)

    def route_fn(self, path: str, fn: RouteFn) -> None:
        """Serve path by calling fn(handler); fn writes the response (e.g. `handler.reply`)."""
        self.routes[path] = fn

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Quiet about clients that hang up early (the point of some routes)."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)

    def log(self, method: str, path: str, headers: dict[str, str]) -> None:
        with self._lock:
            self.requests.append((method, path, headers))

    def paths(self) -> list[str]:
        """The requested paths, in order."""
        with self._lock:
            return [p for _, p, _ in self.requests]

    def __enter__(self) -> FixtureServer:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.shutdown()
        self.server_close()
        self._thread.join(timeout=5)
