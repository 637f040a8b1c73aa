"""A small fixture web server on 127.0.0.1: routes to canned answers, and a log of requests."""

from __future__ import annotations

import random
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

Answer = tuple[int, dict[str, str], bytes]
Handler = Callable[[dict[str, str]], Answer]


@dataclass
class Site:
    """Routes (path -> handler of the request headers) and every request seen."""

    routes: dict[str, Handler] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    base: str = ""

    def url(self, path: str) -> str:
        return f"{self.base}{path}"

    def page(self, path: str, body: str | bytes, content_type: str = "text/html",
             status: int = 200, headers: dict[str, str] | None = None) -> None:  # fmt: skip
        data = body.encode() if isinstance(body, str) else body
        answer = (status, {"Content-Type": content_type, **(headers or {})}, data)
        self.routes[path] = lambda _: answer

    def hits(self, path: str) -> int:
        return sum(1 for p, _ in self.requests if p == path)


def serve(site: Site) -> Iterator[Site]:
    class _Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            headers = {k.lower(): v for k, v in self.headers.items()}
            site.requests.append((self.path, headers))
            route = site.routes.get(self.path)
            status, extra, body = route(headers) if route else (404, {}, b"not found")
            self.send_response(status)
            for name, value in extra.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def site() -> Iterator[Site]:
    yield from serve(Site())


def rfc822(days_ago: float = 0) -> str:
    return format_datetime(datetime.now(UTC) - timedelta(days=days_ago), usegmt=True)


def iso(days_ago: float = 0) -> str:
    return (datetime.now(UTC) - timedelta(days=days_ago)).isoformat(timespec="seconds")


_WORDS = [
    "council",
    "harbour",
    "plan",
    "residents",
    "months",
    "officials",
    "project",
    "jobs",
    "town",
    "winter",
    "storms",
    "critics",
    "cost",
    "beach",
    "families",
    "generations",
    "minister",
    "budget",
    "river",
    "bridge",
    "farmers",
    "water",
    "prices",
    "market",
    "school",
    "teachers",
    "hospital",
    "doctors",
    "road",
    "traffic",
    "election",
    "voters",
    "court",
    "judge",
    "police",
    "station",
    "festival",
    "museum",
    "library",
    "railway",
    "port",
    "ships",
    "trade",
    "border",
    "customs",
    "drought",
    "harvest",
    "wheat",
    "rain",
    "energy",
    "solar",
    "wind",
    "grid",
    "factory",
    "workers",
    "union",
    "strike",
    "talks",
]


def article_html(title: str, paragraphs: int = 6) -> str:
    """A page whose text is its own: articles sharing a text are repeats to dedup."""
    rng = random.Random(title)
    sentences = (
        " ".join(rng.choice(_WORDS) for _ in range(14)).capitalize() + "." for _ in range(60)
    )
    body = "".join(
        f"<p>{' '.join(next(sentences) for _ in range(5))}</p>" for _ in range(paragraphs)
    )
    return (
        f"<!doctype html><html lang='en'><head><title>{title}</title>"
        f"<meta property='og:title' content='{title}'></head><body><nav>Home | World</nav>"
        f"<article><h1>{title}</h1>{body}</article><footer>(c) Ledger</footer></body></html>"
    )


def rss(site: Site, items: list[tuple[str, str, float]], ttl: int | None = None,
        title: str = "The Ledger") -> str:  # fmt: skip
    """RSS 2.0 listing (path, title, days ago) items of ``site``."""
    entries = "".join(
        f"<item><title>{t}</title><link>{site.url(p)}</link><guid>{site.url(p)}</guid>"
        f"<pubDate>{rfc822(age)}</pubDate></item>"
        for p, t, age in items
    )
    extra = f"<ttl>{ttl}</ttl>" if ttl else ""
    return (
        f"<?xml version='1.0'?><rss version='2.0'><channel><title>{title}</title>"
        f"<link>{site.url('/')}</link>{extra}{entries}</channel></rss>"
    )


def news_site(site: Site, prefix: str = "", count: int = 3) -> list[str]:
    """Article pages under ``prefix`` and an RSS feed at ``prefix/feed.xml``; the pages' paths."""
    paths = [f"{prefix}/news/story-{i}.html" for i in range(1, count + 1)]
    for i, path in enumerate(paths, 1):
        site.page(path, article_html(f"Harbour plan, part {i}"))
    site.page(f"{prefix}/feed.xml", rss(site, [(p, f"Harbour plan, part {i}", i / 10)
                                               for i, p in enumerate(paths, 1)]),
              "application/rss+xml")  # fmt: skip
    return paths
