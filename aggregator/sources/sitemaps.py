"""Sitemaps (urlset, sitemap index, Google News) and gzip, from bytes fetched by Scrapy."""

from __future__ import annotations

import zlib
from dataclasses import dataclass

from lxml import etree

from aggregator.errors import FeedError
from aggregator.models import FeedEntry

#: A decompressed document larger than this is refused (a gzip bomb is hostile input).
MAX_UNZIPPED = 64 * 1024 * 1024
_NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"


@dataclass(frozen=True)
class SitemapLink:
    """A child sitemap of a sitemap index, with its <lastmod> if given."""

    url: str
    lastmod: str | None = None


@dataclass(frozen=True)
class ParsedSitemap:
    """A sitemap's page entries, or (for an index) the sitemaps it lists."""

    entries: tuple[FeedEntry, ...] = ()
    sitemaps: tuple[SitemapLink, ...] = ()
    title: str | None = None


def gunzip_if_needed(body: bytes, limit: int = MAX_UNZIPPED) -> bytes:
    """``body`` decompressed when it is gzip (by its magic bytes, whatever the headers said)."""
    if body[:2] != b"\x1f\x8b":
        return body
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        data = inflater.decompress(body, limit + 1)
    except zlib.error as exc:
        raise FeedError(f"not a feed: broken gzip ({exc})") from None
    if len(data) > limit:
        raise FeedError(f"not a feed: more than {limit} bytes once decompressed")
    return data


def is_sitemap(body: bytes) -> bool:
    """Whether the XML's root is <urlset> or <sitemapindex> (looked for near the start)."""
    head = body[:4096]
    return b"<urlset" in head or b"<sitemapindex" in head


def parse_sitemap(body: bytes) -> ParsedSitemap:
    """Parse a sitemap or sitemap index; raise FeedError when it is neither."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    try:
        root = etree.fromstring(body, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise FeedError(f"not a feed: broken sitemap XML ({exc})") from None
    if root is None:
        raise FeedError("not a feed: empty sitemap")
    kind = etree.QName(root).localname
    if kind == "sitemapindex":
        links = (
            SitemapLink(u, _child(n, "lastmod"))
            for n in _children(root, "sitemap")
            if (u := _child(n, "loc"))
        )
        return ParsedSitemap(sitemaps=tuple(links))
    if kind != "urlset":
        raise FeedError(f"not a feed: <{kind}> is no RSS, Atom, JSON Feed or sitemap")
    return ParsedSitemap(entries=tuple(e for e in map(_entry, _children(root, "url")) if e))


def _entry(node: etree._Element) -> FeedEntry | None:
    url = _child(node, "loc")
    if not url:
        return None
    news = node.find(f"{_NEWS}news")
    if news is None:
        return FeedEntry(url=url, published=_child(node, "lastmod"))
    publication = news.find(f"{_NEWS}publication")
    keywords = _text(news.find(f"{_NEWS}keywords"))
    return FeedEntry(
        url=url,
        title=_text(news.find(f"{_NEWS}title")),
        published=_text(news.find(f"{_NEWS}publication_date")) or _child(node, "lastmod"),
        tags=tuple(k.strip() for k in (keywords or "").split(",") if k.strip()),
        language=_text(publication.find(f"{_NEWS}language")) if publication is not None else None,
        source_title=_text(publication.find(f"{_NEWS}name")) if publication is not None else None,
    )


def _children(node: etree._Element, name: str) -> list[etree._Element]:
    return [c for c in node if isinstance(c.tag, str) and etree.QName(c).localname == name]


def _child(node: etree._Element, name: str) -> str | None:
    found = _children(node, name)
    return _text(found[0]) if found else None


def _text(node: etree._Element | None) -> str | None:
    text = (node.text or "").strip() if node is not None else ""
    return text or None
