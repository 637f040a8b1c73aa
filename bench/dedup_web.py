"""A local news web for the crawled dedup benchmark: real originals, generated copies, and
same-event reports by other outlets, each site on its own loopback address.

Originals are the real pages of ../shared/data/extraction/{aeb,fundus} (read at run time,
never stored in the repo), served as they were, with their canonical link pointing to where
they are served. Copies are made of the original's true text (ground truth) in another
site's chrome (bench/data/dedup_web/chrome.json), in seven kinds. Hard negatives are the
same-event reports of bench/data/dedup_web/same_event.json, written blind.
"""

from __future__ import annotations

import gzip
import hashlib
import html
import json
import os
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("AGGREGATOR_SHARED_DATA", REPO.parent / "shared" / "data"))
WEB_DATA = REPO / "bench" / "data" / "dedup_web"
SETS = ("aeb", "fundus")
#: What a copy does to its original; each original gets three kinds, in rotation.
KINDS = ("canonical", "identical", "truncated", "reheadlined", "padded", "chrome_en", "chrome_xx")
FOREIGN = ("de", "fr", "es", "ur", "hi")
_CANONICAL = re.compile(rb"<link[^>]+rel=[\"']?canonical[^>]*>|<meta[^>]+og:url[^>]*>", re.I)
_HEAD = re.compile(rb"<head[^>]*>", re.I)
_TITLE = re.compile(rb"<title[^>]*>(.*?)</title>", re.I | re.S)
_PADDING = (
    "Editor's note: the figures in this report were current when it was first published "
    "and may have changed since then; we will keep following the story as it develops."
)


@dataclass
class Page:
    """One served article: where it is, what it is, and the truth about it."""

    key: str  # "orig:<set>/<id>", "copy:<kind>:<set>/<id>", "neg:<n>"
    site: str  # the site's name (a source)
    path: str
    title: str
    published: datetime
    body: bytes = b""
    story: str = ""  # the true story: the original's key; a negative is its own story
    half: str = ""
    kind: str = "original"
    url: str = ""
    #: a copy's making: the original's text, the chrome's language, the outlet
    spec: dict[str, str] = field(default_factory=dict)


@dataclass
class SiteServer:
    """The pages of one site and its feed, served on the loopback address ``host`` under
    the host name ``domain`` (bench/_hosts.py resolves it for the crawl)."""

    name: str
    host: str
    domain: str
    pages: list[Page] = field(default_factory=list)
    base: str = ""

    def feed(self) -> bytes:
        items = "".join(
            f"<item><title>{html.escape(p.title)}</title><link>{self.base}{p.path}</link>"
            f"<guid>{self.base}{p.path}</guid><pubDate>{format_datetime(p.published)}</pubDate>"
            "</item>"
            for p in self.pages
        )
        return (
            "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
            f"<title>{html.escape(self.name)}</title><link>{self.base}/</link>{items}"
            "</channel></rss>"
        ).encode()


def half_of(site: str) -> str:
    """bench/data/dedup_web/README.md's split: by the original's registrable domain."""
    return "tune" if int(hashlib.sha1(site.encode()).hexdigest()[-1], 16) % 2 == 0 else "check"


def real_site(url: str) -> str:
    labels = (urlsplit(url).hostname or "").removeprefix("www.").split(".")
    keep = (
        3 if len(labels) > 2 and labels[-2] in {"co", "com", "org"} and len(labels[-1]) == 2 else 2
    )
    return ".".join(labels[-keep:])


def build(now: datetime, originals_limit: int | None = None) -> list[SiteServer]:
    """Every site of the web with its pages (bodies of originals filled at serve time)."""
    chrome = json.loads((WEB_DATA / "chrome.json").read_text(encoding="utf-8"))
    sites: dict[str, SiteServer] = {}

    def site(name: str, domain: str) -> SiteServer:
        if name not in sites:
            n = len(sites)
            sites[name] = SiteServer(name, f"127.0.{1 + n // 250}.{1 + n % 250}", domain)
        return sites[name]

    originals = _originals(originals_limit)
    for n, (key, url, text, raw) in enumerate(originals):
        when = now - timedelta(days=n % 15, hours=2)
        domain = real_site(url)
        title = _title(raw) or text.split("\n")[0][:80]
        own = site("orig-" + re.sub(r"[^a-z0-9]+", "-", domain), urlsplit(url).hostname or "")
        page = Page(key, own.name, f"/news/{n}.html", title, when, raw, key, half_of(domain))
        own.pages.append(page)
        for j in range(3):
            kind = KINDS[(n * 3 + j) % len(KINDS)]
            language = FOREIGN[n % len(FOREIGN)] if kind == "chrome_xx" else "en"
            # Three copy sites per language: no site carries two copies of one original.
            outlet = f"copies-{language}-{(n + j) % 3}"
            copy_site = site(outlet, f"www.{outlet}.example")
            copy = Page(
                f"copy:{kind}:{key}",
                outlet,
                f"/story/{n}-{kind}.html",
                title,
                when + timedelta(hours=1 + j),
                story=key,
                half=page.half,
                kind=kind,
            )
            copy_site.pages.append(copy)
            # The body is made at serve time: it needs the original's URL.
            copy.title = _copy_title(title, text, kind)
            copy.spec = {"text": text, "lang": language, "outlet": outlet}
    for n, report in enumerate(json.loads((WEB_DATA / "same_event.json").read_text("utf-8"))):
        host = report["outlet_host"]
        outlet = site("neg-" + host.removeprefix("www.").split(".")[0], host)
        real = f"orig:{report['real']}"
        when = next((p.published for s in sites.values() for p in s.pages if p.key == real), now)
        page = Page(
            f"neg:{n}",
            outlet.name,
            f"/report/{n}.html",
            report["title"],
            when + timedelta(minutes=30),
            story=f"neg:{n}",
            half=report["half"],
            kind="negative",
        )
        page.body = _report_html(report, chrome["en"])
        outlet.pages.append(page)
    return list(sites.values())


def _originals(limit: int | None) -> list[tuple[str, str, str, bytes]]:
    found = []
    for name in SETS:
        truth = json.loads((DATA / "extraction" / name / "ground-truth.json").read_text("utf-8"))
        for page_id, record in sorted(truth.items()):
            path = DATA / "extraction" / name / "html" / f"{page_id}.html.gz"
            text = record["articleBody"].replace("\n\n", "\n").strip()
            if path.exists() and len(text.split()) >= 80:
                found.append(
                    (
                        f"orig:{name}/{page_id}",
                        record["url"],
                        text,
                        gzip.decompress(path.read_bytes()),
                    )
                )
    if not found:
        raise SystemExit(f"no pages under {DATA / 'extraction'}: set AGGREGATOR_SHARED_DATA")
    return found[:limit] if limit else found


def _title(raw: bytes) -> str:
    match = _TITLE.search(raw)
    return (
        " ".join(html.unescape(match.group(1).decode("utf-8", "replace")).split()) if match else ""
    )


def _copy_title(title: str, text: str, kind: str) -> str:
    if kind != "reheadlined":
        return title
    words = text.split()[:9]
    return "What we know so far: " + " ".join(words).rstrip(".,;:")


def copy_text(text: str, kind: str) -> list[str]:
    """The paragraphs a copy of ``kind`` shows of the original's text."""
    paragraphs = [p for p in text.split("\n") if p.strip()]
    if kind == "truncated":
        words, kept, total = 0, [], len(text.split())
        for paragraph in paragraphs:
            if kept and words >= 0.6 * total:
                break
            kept.append(paragraph)
            words += len(paragraph.split())
        return kept
    if kind == "padded":
        return [*paragraphs, _PADDING]
    return paragraphs


def copy_html(page: Page, original_url: str, chrome: dict[str, dict[str, object]]) -> bytes:
    spec = page.spec
    c = chrome[spec["lang"]]
    canonical = f"<link rel='canonical' href='{original_url}'>" if page.kind == "canonical" else ""
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in copy_text(spec["text"], page.kind))
    if page.kind == "identical":  # the least chrome: a copy whose text is byte-identical
        return _document(
            spec["lang"],
            page.title,
            spec["outlet"],
            canonical,
            f"<article><h1>{html.escape(page.title)}</h1>{paragraphs}</article>",
        )
    body = (
        f"<header><nav>{_links(c['nav'])}</nav></header><div class='cookie'>{_e(c['cookie'])}</div>"
        f"<main><article><h1>{html.escape(page.title)}</h1>"
        f"<p class='byline'>{_e(c['byline_label'])} {_e(spec['outlet'])}</p>{paragraphs}"
        f"<p><a href='/'>{_e(c['read_more'])}</a></p></article>"
        f"<aside><h2>{_e(c['related_heading'])}</h2>{_links(c['related'])}</aside>"
        f"<section class='newsletter'>{_e(c['newsletter'])}</section>"
        f"<section class='comments'><h3>{_e(c['comments'][0])}</h3><p>{_e(c['comments'][1])}</p>"  # type: ignore[index]
        f"</section><div class='share'>{_links(c['share'])}</div></main>"
        f"<footer>{''.join(f'<p>{_e(line)}</p>' for line in c['footer'])}</footer>"  # type: ignore[attr-defined]
    )
    return _document(spec["lang"], page.title, spec["outlet"], canonical, body)


def _report_html(report: dict[str, object], chrome: dict[str, object]) -> bytes:
    paragraphs = "".join(f"<p>{html.escape(str(p))}</p>" for p in report["paragraphs"])  # type: ignore[attr-defined]
    title = str(report["title"])
    body = (
        f"<header><nav>{_links(chrome['nav'])}</nav></header><main><article>"
        f"<h1>{html.escape(title)}</h1>{paragraphs}</article></main>"
        f"<footer><p>{_e(report['outlet'])}</p></footer>"
    )
    return _document(str(report.get("language") or "en"), title, str(report["outlet"]), "", body)


def _document(lang: str, title: str, outlet: str, head: str, body: str) -> bytes:
    return (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)} | {html.escape(outlet)}</title>{head}"
        f"<meta property='og:site_name' content='{html.escape(outlet)}'>"
        f"<meta property='og:type' content='article'></head><body>{body}</body></html>"
    ).encode()


def _links(items: object) -> str:
    return "<ul>" + "".join(f"<li><a href='/'>{_e(i)}</a></li>" for i in items) + "</ul>"  # type: ignore[attr-defined]


def _e(value: object) -> str:
    return html.escape(str(value))


def original_html(raw: bytes, url: str) -> bytes:
    """The real page, its canonical pointing to where it is served (as on its own site)."""
    page = _CANONICAL.sub(b"", raw)
    head = _HEAD.search(page)
    at = head.end() if head else 0
    return page[:at] + f'<link rel="canonical" href="{url}">'.encode() + page[at:]


@contextmanager
def serve(sites: list[SiteServer]) -> Iterator[dict[str, Page]]:
    """Serve every site on its loopback address; yields the pages by URL (with host names:
    ``hosts`` gives their addresses)."""
    chrome = json.loads((WEB_DATA / "chrome.json").read_text(encoding="utf-8"))
    servers = []
    by_path: dict[tuple[str, str], Page] = {}
    try:
        for site in sites:
            server = ThreadingHTTPServer((site.host, 0), _handler(site, by_path))
            server.daemon_threads = True
            site.base = f"http://{site.domain}:{server.server_address[1]}"
            servers.append(server)
            threading.Thread(target=server.serve_forever, daemon=True).start()
        for site in sites:
            for page in site.pages:
                page.url = f"{site.base}{page.path}"
                by_path[(site.host, page.path)] = page
        originals = {p.key: p for s in sites for p in s.pages if p.kind == "original"}
        for site in sites:
            for page in site.pages:
                if page.kind == "original":
                    page.body = original_html(page.body, page.url)
                elif page.kind not in ("negative",):
                    page.body = copy_html(page, originals[page.story].url, chrome)
        yield {p.url: p for s in sites for p in s.pages}
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()


def _handler(site: SiteServer, pages: dict[tuple[str, str], Page]) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path == "/feed.xml":
                self._send(200, "application/rss+xml", site.feed())
            elif (page := pages.get((site.host, self.path))) is not None:
                # A real page is served as its site served it: the decoder finds its charset.
                generated = page.kind != "original"
                self._send(200, "text/html; charset=utf-8" if generated else "text/html", page.body)
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

    return Handler


def hosts(sites: list[SiteServer]) -> dict[str, str]:
    """Host name -> loopback address of every site (BENCH_DEDUP_HOSTS)."""
    return {s.domain.lower(): s.host for s in sites}


def now_utc() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)
