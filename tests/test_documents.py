"""Feeds of every format, sitemaps, gzip, date filtering and feed discovery, from bytes."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime

import pytest

from aggregator.errors import FeedError
from aggregator.sources.discovery import feed_links, robots_sitemaps, usual_feed_urls
from aggregator.sources.documents import feed_ttl, parse_date, parse_document, recent
from aggregator.sources.feeds import ParsedFeed
from aggregator.sources.sitemaps import ParsedSitemap

FEEDS = {
    "rss091": b"""<?xml version="1.0"?><rss version="0.91"><channel><title>T</title>
        <item><title>A</title><link>https://x.example/a</link></item></channel></rss>""",
    "rss092": b"""<?xml version="1.0"?><rss version="0.92"><channel><title>T</title>
        <item><title>A</title><link>https://x.example/a</link></item></channel></rss>""",
    "rss10": b"""<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
        xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="https://x.example/"><title>T</title></channel>
        <item rdf:about="https://x.example/a"><title>A</title><link>https://x.example/a</link>
        <dc:date>2030-01-02T03:04:05Z</dc:date></item></rdf:RDF>""",
    "rss20": b"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><ttl>45</ttl>
        <item><title>A</title><link>https://x.example/a</link>
        <pubDate>Wed, 02 Jan 2030 03:04:05 GMT</pubDate></item></channel></rss>""",
    "atom03": b"""<?xml version="1.0"?><feed version="0.3" xmlns="http://purl.org/atom/ns#">
        <title>T</title><entry><title>A</title><link rel="alternate" href="https://x.example/a"/>
        <issued>2030-01-02T03:04:05Z</issued></entry></feed>""",
    "atom10": b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
        <entry><title>A</title><link href="https://x.example/a"/><id>a</id>
        <updated>2030-01-02T03:04:05Z</updated></entry></feed>""",
    "json10": b"""{"version": "https://jsonfeed.org/version/1", "title": "T", "items":
        [{"id": "a", "url": "https://x.example/a", "title": "A",
          "date_published": "2030-01-02T03:04:05Z"}]}""",
    "json11": b"""{"version": "https://jsonfeed.org/version/1.1", "title": "T", "items":
        [{"id": "a", "url": "https://x.example/a", "title": "A", "authors": [{"name": "N"}]}]}""",
}


@pytest.mark.parametrize("kind", sorted(FEEDS))
def test_every_feed_format(kind: str) -> None:
    document = parse_document(FEEDS[kind], "https://x.example/feed")
    assert isinstance(document, ParsedFeed)
    assert document.title == "T"
    assert [(e.url, e.title) for e in document.entries] == [("https://x.example/a", "A")]


def test_gzipped_feed_and_rss_ttl() -> None:
    document = parse_document(gzip.compress(FEEDS["rss20"]), "https://x.example/feed.gz")
    assert document.entries[0].published == "2030-01-02T03:04:05+00:00"
    assert feed_ttl(FEEDS["rss20"]) == 45 * 60
    assert feed_ttl(FEEDS["atom10"]) is None


NEWS_SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>https://x.example/new</loc><news:news>
    <news:publication><news:name>The X</news:name><news:language>en</news:language>
    </news:publication>
    <news:publication_date>2030-01-02T03:04:05+01:00</news:publication_date>
    <news:title>Fresh news</news:title><news:keywords>a, b</news:keywords></news:news></url>
  <url><loc>https://x.example/old</loc><lastmod>2001-01-01</lastmod></url>
  <url><loc>https://x.example/undated</loc></url>
</urlset>"""


def test_news_sitemap_and_date_filter() -> None:
    document = parse_document(gzip.compress(NEWS_SITEMAP), "https://x.example/news.xml.gz")
    assert isinstance(document, ParsedSitemap)
    first = document.entries[0]
    assert (first.title, first.source_title, first.language, first.tags) == (
        "Fresh news",
        "The X",
        "en",
        ("a", "b"),
    )
    kept = recent(document.entries, datetime(2020, 1, 1, tzinfo=UTC))
    assert [e.url for e in kept] == ["https://x.example/new", "https://x.example/undated"]
    assert parse_date("2001-01-01") == datetime(2001, 1, 1, tzinfo=UTC)


def test_sitemap_index() -> None:
    document = parse_document(
        b"<?xml version='1.0'?><sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
        b"<sitemap><loc>https://x.example/s1.xml</loc><lastmod>2030-01-01</lastmod></sitemap>"
        b"<sitemap><loc>https://x.example/s2.xml.gz</loc></sitemap></sitemapindex>",
        "https://x.example/sitemap.xml",
    )
    assert isinstance(document, ParsedSitemap)
    assert [(s.url, s.lastmod) for s in document.sitemaps] == [
        ("https://x.example/s1.xml", "2030-01-01"),
        ("https://x.example/s2.xml.gz", None),
    ]


@pytest.mark.parametrize(
    "body", [b"<html><body>hi</body></html>", b"plain text", b"\x1f\x8bnot gzip", b"{}"]
)
def test_not_a_feed(body: bytes) -> None:
    with pytest.raises(FeedError, match="not a feed"):
        parse_document(body, "https://x.example/")


def test_feed_links_usual_paths_and_robots() -> None:
    html = b"""<html><head><base href="https://x.example/en/">
      <link rel="stylesheet" href="/s.css">
      <link rel="alternate" type="application/rss+xml" href="feed.xml">
      <link rel="Alternate" type="application/atom+xml; charset=utf-8" href="/atom">
      <link rel="alternate" type="text/html" hreflang="fr" href="/fr/">
      <link rel="alternate" type="application/feed+json" href="https://x.example/feed.json">
      </head><body></body></html>"""
    assert feed_links(html, "https://x.example/") == [
        "https://x.example/en/feed.xml",
        "https://x.example/atom",
        "https://x.example/feed.json",
    ]
    assert usual_feed_urls("https://x.example:8080/a/b?c")[:3] == [
        "https://x.example:8080/feed",
        "https://x.example:8080/rss.xml",
        "https://x.example:8080/atom.xml",
    ]
    robots = "User-agent: *\nSitemap: https://x.example/sitemap.xml\nsitemap: " \
             "https://x.example/news-sitemap.xml\nSitemap: /relative.xml\n"  # fmt: skip
    assert robots_sitemaps(robots) == [
        "https://x.example/news-sitemap.xml",
        "https://x.example/sitemap.xml",
    ]
