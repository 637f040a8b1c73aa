"""Feed discovery from a homepage: <link rel=alternate>, the usual paths, robots.txt sitemaps."""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree

#: <link type=...> values that announce a feed (RSS, Atom, JSON Feed).
FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/feed+json",
        "application/json",
        "application/rdf+xml",
        "text/xml",
        "application/xml",
    }
)
#: Where sites usually keep their feed, tried in this order when the page announces none.
USUAL_PATHS = ("/feed", "/rss.xml", "/atom.xml", "/feed.xml", "/rss", "/index.xml", "/feed.json")


def looks_like_html(body: bytes, content_type: str = "") -> bool:
    if "html" in content_type.lower():
        return True
    head = body[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))


def feed_links(html: bytes | str, base_url: str) -> list[str]:
    """The feeds a page announces with <link rel="alternate" type="...">, in page order."""
    return [url for url, _ in announced_feeds(html, base_url)]


def announced_feeds(html: bytes | str, base_url: str) -> list[tuple[str, str]]:
    """(URL, title) of each feed the page announces, in page order; the title is the
    link's ``title`` attribute, or "" when it has none."""
    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return []
    base = root.xpath("string(//base/@href)") or base_url
    found: dict[str, str] = {}
    for link in root.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        kind = (link.get("type") or "").lower().split(";")[0].strip()
        href = (link.get("href") or "").strip()
        if "alternate" in rel and kind in FEED_TYPES and href:
            url = urljoin(urljoin(base_url, str(base)), href)
            found.setdefault(url, " ".join((link.get("title") or "").split()))
    return list(found.items())


def usual_feed_urls(page_url: str) -> list[str]:
    """The usual feed paths on the page's host."""
    parts = urlsplit(page_url)
    return [f"{parts.scheme}://{parts.netloc}{path}" for path in USUAL_PATHS]


def robots_url(page_url: str) -> str:
    parts = urlsplit(page_url)
    return f"{parts.scheme}://{parts.netloc}/robots.txt"


def robots_sitemaps(text: str) -> list[str]:
    """The ``Sitemap:`` lines of a robots.txt; news sitemaps first, as the likeliest source."""
    urls = []
    for line in text.splitlines():
        field, _, value = line.partition(":")
        if field.strip().lower() == "sitemap" and value.strip().startswith(("http://", "https://")):
            urls.append(value.strip())
    return sorted(_unique(urls), key=lambda u: "news" not in u.lower())


def _unique(urls: list[str]) -> list[str]:
    return list(dict.fromkeys(urls))
