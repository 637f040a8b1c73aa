"""Serve the bundled demo news site (aggregator/demo/site) on one local port."""

from __future__ import annotations

import contextlib
import hashlib
import signal
import sys
import threading
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import unquote, urlsplit

SITE_DIR = Path(__file__).parent / "site"
#: Every file of the site claims this modification time, so validators are deterministic.
LAST_MODIFIED = 1772820000  # 2026-03-06T18:00:00Z
FEED_PATHS = {"gulf-ledger": "/ledger/feed.xml", "valley-notes": "/blog/atom.xml"}
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
}
SPECIAL_TYPES = {
    "/ledger/feed.xml": "application/rss+xml; charset=utf-8",
    "/blog/atom.xml": "application/atom+xml; charset=utf-8",
}


def resolve(path: str) -> Path | None:
    """The site file for a URL path (query ignored), or None when there is none."""
    rel = unquote(urlsplit(path).path).lstrip("/")
    target = (SITE_DIR / rel).resolve()
    if target.is_dir():
        target = target / "index.html"
    root = SITE_DIR.resolve()
    if root not in target.parents or not target.is_file() or target.suffix == ".md":
        return None
    return target


def content_type(path: str, file: Path) -> str:
    """The Content-Type the demo site serves for a URL path."""
    clean = urlsplit(path).path
    return SPECIAL_TYPES.get(clean) or CONTENT_TYPES.get(file.suffix, "application/octet-stream")


class _Handler(BaseHTTPRequestHandler):
    server: _DemoHTTPServer

    def do_GET(self) -> None:
        self._serve(with_body=True)

    def do_HEAD(self) -> None:
        self._serve(with_body=False)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the request log is `DemoSite.requests`, not stderr."""

    def _serve(self, *, with_body: bool) -> None:
        self.server.log_request_path(self.path)
        file = resolve(self.path)
        if file is None:
            self._send(
                404, b"Not Found\n", {"Content-Type": "text/plain; charset=utf-8"}, with_body
            )
            return
        body = self.server.render(file)
        etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
        headers = {
            "Content-Type": content_type(self.path, file),
            "ETag": etag,
            "Last-Modified": formatdate(LAST_MODIFIED, usegmt=True),
            "Cache-Control": "max-age=60",
        }
        if self._not_modified(etag):
            self._send(304, b"", headers, with_body=False)
            return
        self._send(200, body, headers, with_body)

    def _not_modified(self, etag: str) -> bool:
        # RFC 9110 13.2.2: If-None-Match wins over If-Modified-Since when both are sent.
        inm = self.headers.get("If-None-Match")
        if inm is not None:
            tags = {t.strip().removeprefix("W/") for t in inm.split(",")}
            return etag in tags or "*" in tags
        ims = self.headers.get("If-Modified-Since")
        if ims is None:
            return False
        try:
            return parsedate_to_datetime(ims).timestamp() >= LAST_MODIFIED
        except (TypeError, ValueError):
            return False

    def _send(self, status: int, body: bytes, headers: dict[str, str], with_body: bool) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if with_body and body:
            self.wfile.write(body)


class _DemoHTTPServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(
        self, address: tuple[str, int], requests: list[str], ledger_url: str | None = None
    ) -> None:
        super().__init__(address, _Handler)
        self.base_url = f"http://{address[0]}:{self.server_address[1]}"
        self.ledger_url = ledger_url or self.base_url
        self.requests = requests
        self._lock = threading.Lock()
        self._cache: dict[Path, bytes] = {}

    def log_request_path(self, path: str) -> None:
        with self._lock:
            self.requests.append(path)

    def render(self, file: Path) -> bytes:
        """The file's bytes with ``{{BASE}}`` replaced by this server's base URL and
        ``{{LEDGER}}`` by the news site's (for the blog's links to the original)."""
        with self._lock:
            cached = self._cache.get(file)
        if cached is None:
            cached = (
                file.read_bytes()
                .replace(b"{{BASE}}", self.base_url.encode())
                .replace(b"{{LEDGER}}", self.ledger_url.encode())
            )
            with self._lock:
                self._cache[file] = cached
        return cached


class DemoSite:
    """The demo news world on local servers, started and stopped as a context manager.

    The news site answers at ``base_url`` (``http://HOST:PORT``); the blog at
    ``blog_url``, on a second loopback address when the system has one (Linux routes all
    of 127.0.0.0/8 to the loopback device), so the two publishers have hosts of their own
    as on the real web. ``feeds`` maps source names to feed URLs; ``requests`` lists the
    paths served, in order (for tests).
    """

    def __init__(
        self, host: str = "127.0.0.1", port: int = 0, blog_host: str = "127.0.0.2"
    ) -> None:
        self.requests: list[str] = []
        ledger = _DemoHTTPServer((host, port), self.requests)
        self._servers = [ledger]
        try:
            address = (blog_host, ledger.server_address[1])
            self._servers.append(_DemoHTTPServer(address, self.requests, ledger.base_url))
        except OSError:
            pass  # no second loopback address here: the blog shares the news site's host
        self.base_url: str = ledger.base_url
        self.blog_url: str = self._servers[-1].base_url
        self.feeds: dict[str, str] = {
            name: (self.blog_url if path.startswith("/blog/") else self.base_url) + path
            for name, path in FEED_PATHS.items()
        }
        self._threads: list[threading.Thread] = []

    def __enter__(self) -> DemoSite:
        for server in self._servers:
            thread = threading.Thread(
                target=server.serve_forever, args=(0.05,), name="demo-site", daemon=True
            )
            thread.start()
            self._threads.append(thread)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        for server in self._servers:
            server.shutdown()
            server.server_close()
        for thread in self._threads:
            thread.join(timeout=5)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    """Serve the demo site until Ctrl-C: ``python -m aggregator.demo.server [PORT]``."""
    args = sys.argv[1:] if argv is None else argv
    port = int(args[0]) if args else 0
    # Stop cleanly on Ctrl-C and on SIGTERM, even when started with SIGINT ignored (`cmd &`).
    signal.signal(signal.SIGINT, _interrupt)
    signal.signal(signal.SIGTERM, _interrupt)
    with DemoSite(port=port) as site:
        print(f"Demo news site at {site.base_url}/, blog at {site.blog_url}/blog/")
        for name, url in site.feeds.items():
            print(f"  {name:<13} {url}")
        print(f"Sitemap: {site.base_url}/sitemap.xml  (Ctrl-C to stop)")
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
