"""A local benchmark news site: N articles made from the shared real pages, with section feeds."""

from __future__ import annotations

import argparse
import contextlib
import gzip
import hashlib
import json
import os
import re
import sys
import threading
import time
from collections import Counter
from email.utils import formatdate
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

from bench._env import SKIPPED

REPO = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("AGGREGATOR_SHARED_DATA", REPO.parent / "shared" / "data"))
SETS = ("aeb", "fundus", "trafilatura-eval")
#: Every page claims this modification time, so If-Modified-Since works as well as ETags.
LAST_MODIFIED = formatdate(1_767_225_600, usegmt=True)  # 2026-01-01
_CANONICAL = re.compile(rb"<link[^>]+rel=[\"']?canonical[^>]*>|<meta[^>]+og:url[^>]*>", re.I)
_HEAD = re.compile(rb"<head[^>]*>", re.I)
_PARAGRAPH_END = re.compile(rb"</p>", re.I)
_RANGE = re.compile(r"bytes=(\d+)-(\d*)")
_TITLE = re.compile(rb"<title[^>]*>(.*?)</title>", re.I | re.S)


def load_pages(data: Path = DATA) -> list[bytes]:
    """Every page of the extraction sets as served (bytes, original encoding), in a fixed order."""
    pages = []
    for name in SETS:
        for path in sorted((data / "extraction" / name / "html").glob("*.html.gz")):
            pages.append(gzip.decompress(path.read_bytes()))
    if not pages:
        where = data / "extraction"
        print(f"skipped: no pages under {where} (set AGGREGATOR_SHARED_DATA)", file=sys.stderr)
        raise SystemExit(SKIPPED)
    return pages


class Site:
    """``articles`` pages in ``sections`` sections; page i is source page i mod len(pages).

    Each copy gets its own canonical URL and a sentence naming its edition at the end of every
    paragraph, so copies differ in URL and text as distinct articles do.
    """

    def __init__(self, pages: list[bytes], articles: int, sections: int = 10) -> None:
        self.pages = pages
        self.articles = articles
        self.sections = [f"s{n:02d}" for n in range(sections)]
        self.base = ""
        # Entries dated from yesterday's midnight (UTC): recent enough for a source's
        # maximum age, and the same in every run of the day, so re-crawls see the same feed.
        self.published_from = (int(time.time()) // 86400 - 1) * 86400

    def section_of(self, index: int) -> str:
        return self.sections[index % len(self.sections)]

    def article_path(self, index: int) -> str:
        return f"/{self.section_of(index)}/{index:05d}.html"

    def indexes(self, section: str) -> range:
        return range(self.sections.index(section), self.articles, len(self.sections))

    def article(self, index: int) -> bytes:
        page = self.pages[index % len(self.pages)]
        link = f'<link rel="canonical" href="{self.base}{self.article_path(index)}">'.encode()
        page = _CANONICAL.sub(b"", page)
        head = _HEAD.search(page)
        at = head.end() if head else 0
        page = page[:at] + link + page[at:]
        note = f" Edition {index // len(self.pages) + 1} of story {index}.".encode()
        # In every paragraph: wherever the main text starts, the copy's text differs, so
        # dedup sees a copy of a story (published), not a repeat of the same text (dropped).
        return _PARAGRAPH_END.sub(note + b"</p>", page)

    def title(self, index: int) -> str:
        match = _TITLE.search(self.pages[index % len(self.pages)][:65536])
        raw = match.group(1).decode("utf-8", "replace").strip() if match else ""
        return " ".join(raw.split())[:200] or f"Story {index}"

    def feed(self, section: str) -> bytes:
        items = "".join(
            f"<item><title>{escape(self.title(i))}</title>"
            f"<link>{self.base}{self.article_path(i)}</link>"
            f'<guid isPermaLink="true">{self.base}{self.article_path(i)}</guid>'
            f"<pubDate>{formatdate(self.published_from + i * 30, usegmt=True)}</pubDate></item>"
            for i in self.indexes(section)
        )
        return (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Bench {section}</title><link>{self.base}/{section}/</link>"
            f"<description>Section {section}</description>{items}</channel></rss>"
        ).encode()

    def sitemap(self, section: str) -> bytes:
        urls = "".join(
            f"<url><loc>{self.base}{self.article_path(i)}</loc></url>"
            for i in self.indexes(section)
        )
        return _urlset("urlset", urls)

    def sitemap_index(self) -> bytes:
        maps = "".join(
            f"<sitemap><loc>{self.base}/{s}/sitemap.xml</loc></sitemap>" for s in self.sections
        )
        return _urlset("sitemapindex", maps)

    def feed_urls(self) -> list[str]:
        return [f"{self.base}/{s}/rss.xml" for s in self.sections]

    def route(self, path: str) -> tuple[str, str, bytes | None]:
        """(kind, content type, body) of ``path``; body None means 404."""
        parts = path.split("?", 1)[0].strip("/").split("/")
        if parts == ["robots.txt"]:
            text = f"User-agent: *\nAllow: /\nSitemap: {self.base}/sitemap.xml\n"
            return "robots", "text/plain", text.encode()
        if parts == ["sitemap.xml"]:
            return "sitemap", "application/xml", self.sitemap_index()
        if len(parts) == 2 and parts[0] in self.sections:
            if parts[1] == "rss.xml":
                return "feed", "application/rss+xml", self.feed(parts[0])
            if parts[1] == "sitemap.xml":
                return "sitemap", "application/xml", self.sitemap(parts[0])
            stem = parts[1].removesuffix(".html")
            index = int(stem) if stem.isdigit() else self.articles
            if index < self.articles and self.section_of(index) == parts[0]:
                return "article", "text/html", self.article(index)
        return "missing", "text/plain", None


def _urlset(tag: str, body: str) -> bytes:
    return (
        f'<?xml version="1.0" encoding="utf-8"?>'
        f'<{tag} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</{tag}>'
    ).encode()


class Handler(BaseHTTPRequestHandler):
    """Serves the site with ETag and Last-Modified; counts requests by kind and status."""

    protocol_version = "HTTP/1.1"
    server: SiteServer

    def do_HEAD(self) -> None:
        kind, content_type, body = self.server.site.route(self.path)
        self.server.count(kind, "HEAD")
        status = HTTPStatus.NOT_FOUND if body is None else HTTPStatus.OK
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body or b"")))
        self.send_header("Accept-Ranges", "bytes")
        self.end_headers()

    def do_GET(self) -> None:
        if self.path.startswith("/_stats"):
            self._send(HTTPStatus.OK, "application/json", self.server.stats_json(), "")
            return
        if self.server.latency:
            time.sleep(self.server.latency)
        kind, content_type, body = self.server.site.route(self.path)
        if body is not None and _RANGE.fullmatch(self.headers.get("Range") or ""):
            self._send_range(kind, content_type, body)
            return
        if body is None:
            self.server.count(kind, 404)
            self._send(HTTPStatus.NOT_FOUND, "text/plain", b"not found\n", "")
            return
        etag = '"' + hashlib.blake2b(body, digest_size=12).hexdigest() + '"'
        if self._not_modified(etag):
            self.server.count(kind, 304)
            self._send(HTTPStatus.NOT_MODIFIED, content_type, b"", etag)
            return
        self.server.count(kind, 200)
        self._send(HTTPStatus.OK, content_type, body, etag)

    def _send_range(self, kind: str, content_type: str, body: bytes) -> None:
        """206 with one byte range, as CDNs answer (newspaper4k probes pages this way)."""
        match = _RANGE.fullmatch(self.headers["Range"])
        assert match is not None
        first = int(match[1])
        last = min(int(match[2] or len(body) - 1), len(body) - 1)
        self.server.count(kind, 206)
        self.send_response(HTTPStatus.PARTIAL_CONTENT)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Range", f"bytes {first}-{last}/{len(body)}")
        self.send_header("Content-Length", str(last + 1 - first))
        self.end_headers()
        self.wfile.write(body[first : last + 1])

    def _not_modified(self, etag: str) -> bool:
        match = self.headers.get("If-None-Match")
        if match is not None:
            return etag in (m.strip() for m in match.split(",")) or match.strip() == "*"
        return self.headers.get("If-Modified-Since") == LAST_MODIFIED

    def _send(self, status: HTTPStatus, content_type: str, body: bytes, etag: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Accept-Ranges", "bytes")
        if etag:
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", LAST_MODIFIED)
        if status != HTTPStatus.NOT_MODIFIED:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if status != HTTPStatus.NOT_MODIFIED:
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


class SiteServer(ThreadingHTTPServer):
    """The HTTP server of one Site; ``/_stats`` returns the request counters as JSON."""

    daemon_threads = True
    request_queue_size = 128

    def __init__(self, site: Site, latency: float = 0.0, port: int = 0) -> None:
        super().__init__(("127.0.0.1", port), Handler)
        self.site = site
        self.latency = latency
        self.counts: Counter[str] = Counter()
        self.lock = threading.Lock()
        site.base = f"http://127.0.0.1:{self.server_address[1]}"

    def count(self, kind: str, status: int | str) -> None:
        with self.lock:
            self.counts[f"{kind}/{status}"] += 1

    def handle_error(self, request: object, client_address: object) -> None:
        # A client that gives up (a timeout) resets the connection: count it, no traceback.
        self.count("error", 0)

    def stats_json(self) -> bytes:
        with self.lock:
            return json.dumps(dict(self.counts), sort_keys=True).encode()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--sections", type=int, default=10)
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added per request")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args(argv)
    site = Site(load_pages(), args.articles, args.sections)
    server = SiteServer(site, args.latency, args.port)
    # The harness reads this first line to learn the address.
    print(site.base, flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
