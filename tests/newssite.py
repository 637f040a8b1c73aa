"""A generated news site for load tests: S RSS feeds listing N distinct articles in all."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from html import escape

from tests.httpserver import FixtureServer

_WORDS = (  # noqa: SIM905
    "council budget river harbour minister school vote market storm bridge farmers court "
    "museum railway election hospital festival drought treaty union mayor report energy "
    "water housing police coast trade factory university science airport village forest "
    "port tax health winter summer village ferry library station district reform plan"
).split()


def article_path(index: int) -> str:
    return f"/news/2026/03/story-{index:05d}.html"


def article_html(index: int, paragraphs: int = 5) -> bytes:
    """A plain news page with a headline and ``paragraphs`` paragraphs of text its own."""
    rng = random.Random(index)
    title = f"Story {index}: the {rng.choice(_WORDS)} and the {rng.choice(_WORDS)}"
    body = "".join(
        "<p>" + " ".join(rng.choice(_WORDS) for _ in range(60)).capitalize() + ".</p>"
        for _ in range(paragraphs)
    )
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{escape(title)}"
        f"</title></head><body><header><nav><a href='/'>Home</a></nav></header><main><article>"
        f"<h1>{escape(title)}</h1><p class='byline'>By Desk Writer {index % 7}</p>{body}"
        f"</article></main><footer>Copyright The Generated Times</footer></body></html>"
    ).encode()


def feed_xml(base_url: str, indexes: range) -> bytes:
    # Recent dates: entries older than a source's max age (7 days by default) are not fetched.
    start = datetime.now(UTC).replace(microsecond=0) - timedelta(days=1)
    items = "".join(
        f"<item><title>Story {i}</title><link>{base_url}{article_path(i)}</link>"
        f"<guid>{base_url}{article_path(i)}</guid>"
        f"<pubDate>{format_datetime(start + timedelta(minutes=i))}</pubDate></item>"
        for i in indexes
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
        f"<title>Generated Times</title><link>{base_url}/</link>{items}</channel></rss>"
    ).encode()


def serve_news_site(
    server: FixtureServer, articles: int, feeds: int, paragraphs: int = 5
) -> dict[str, str]:
    """Route ``articles`` pages and ``feeds`` feeds on ``server``; return {name: feed URL}."""
    for i in range(articles):
        server.route(article_path(i), article_html(i, paragraphs))
    server.route("/robots.txt", b"User-agent: *\nAllow: /\n", content_type="text/plain")
    urls = {}
    per_feed = -(-articles // feeds)
    for f in range(feeds):
        path = f"/feeds/{f}.xml"
        indexes = range(f * per_feed, min(articles, (f + 1) * per_feed))
        server.route(path, feed_xml(server.base_url, indexes), content_type="application/rss+xml")
        urls[f"times-{f}"] = server.url(path)
    return urls
