"""A local RSS site whose articles carry real texts from ../shared/data (dedup tests)."""

from __future__ import annotations

import html
import json
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.conftest import SHARED_DATA


def real_texts(count: int, min_words: int = 250) -> list[str]:
    """Article bodies from the shared extraction data (real news texts); the test is
    skipped where that data is not (a clone without ../shared)."""
    path = SHARED_DATA / "extraction/aeb/ground-truth.json"
    if not path.exists():
        pytest.skip(f"needs {path}: set AGGREGATOR_SHARED_DATA to the shared data")
    truth = json.loads(path.read_text(encoding="utf-8"))
    texts = [v["articleBody"] for v in truth.values() if len(v["articleBody"].split()) > min_words]
    return texts[:count]


@dataclass
class Site:
    """Pages by path; ``feed`` lists the articles in ``order``."""

    title: str = "Local Ledger"
    pages: dict[str, bytes] = field(default_factory=dict)
    order: list[tuple[str, str]] = field(default_factory=list)
    base: str = ""
    #: GET requests per path
    hits: Counter[str] = field(default_factory=Counter)
    #: how much later than yesterday the feed dates its first item (a copy comes later)
    lag: timedelta = timedelta(0)

    def add_article(
        self, path: str, title: str, text: str, canonical: str | None = None, chrome: str = ""
    ) -> None:
        """Add the page at ``path`` to the site and its feed, or change its text; with
        ``canonical``, the page names that URL as its ``<link rel=canonical>``; ``chrome``
        is more of the site's furniture (HTML), after the article."""
        paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n") if p.strip())
        link = f"<link rel='canonical' href='{html.escape(canonical)}'>" if canonical else ""
        self.pages[path] = (
            f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}"
            f"</title>{link}</head><body><nav><a href='/'>Home</a></nav><article>"
            f"<h1>{html.escape(title)}</h1>{paragraphs}</article>{chrome}"
            f"<footer>© {html.escape(self.title)}</footer></body></html>"
        ).encode()
        if path not in dict(self.order):
            self.order.append((path, title))

    def feed(self) -> bytes:
        # Dated yesterday: entries older than a source's max age (7 days) are not fetched.
        start = datetime.now(UTC).replace(microsecond=0) - timedelta(days=1) + self.lag
        items = "".join(
            f"<item><title>{html.escape(t)}</title><link>{self.base}{p}</link>"
            f"<guid>{self.base}{p}</guid>"
            f"<pubDate>{format_datetime(start + timedelta(minutes=n))}</pubDate></item>"
            for n, (p, t) in enumerate(self.order)
        )
        return (
            f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
            f"<title>{html.escape(self.title)}</title>{items}</channel></rss>"
        ).encode()


@contextmanager
def serve(site: Site) -> Iterator[str]:
    """Serve ``site`` on 127.0.0.1 (port 0); yields its base URL."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            site.hits[self.path] += 1
            if self.path == "/feed.xml":
                self._send(200, "application/rss+xml", site.feed())
            elif self.path in site.pages:
                self._send(200, "text/html; charset=utf-8", site.pages[self.path])
            else:
                self._send(404, "text/plain", b"not found")

        def _send(self, status: int, content_type: str, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site.base
    finally:
        server.shutdown()
        server.server_close()
