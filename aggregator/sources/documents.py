"""A source's document, feed or sitemap, told apart by its content; and date filtering."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime

from aggregator.models import FeedEntry
from aggregator.sources.feeds import ParsedFeed, parse_feed
from aggregator.sources.pacing import ttl_seconds
from aggregator.sources.sitemaps import ParsedSitemap, gunzip_if_needed, is_sitemap, parse_sitemap

Document = ParsedFeed | ParsedSitemap
_TTL = re.compile(rb"<ttl>\s*(\d+)\s*</ttl>", re.IGNORECASE)


def parse_document(body: bytes, url: str, headers: Mapping[str, str] | None = None) -> Document:
    """Feed (RSS, Atom, JSON Feed) or sitemap, gzip or not; FeedError when it is neither."""
    body = gunzip_if_needed(body)
    if is_sitemap(body):
        return parse_sitemap(body)
    return parse_feed(body, url, headers)


def feed_ttl(body: bytes) -> float | None:
    """RSS <ttl> in seconds. The channel's <ttl> comes before its first <item>."""
    head = body[: max(body.find(b"<item"), 0) or 65536]
    match = _TTL.search(head)
    return ttl_seconds(match[1].decode()) if match else None


def parse_date(value: str | None) -> datetime | None:
    """An ISO 8601 / W3C datetime (date alone means midnight UTC) or None."""
    if not value:
        return None
    try:
        when = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def recent(entries: Iterable[FeedEntry], cutoff: datetime) -> list[FeedEntry]:
    """Entries dated at or after ``cutoff``; undated ones are kept (nothing says they are old)."""
    return [e for e in entries if (d := parse_date(e.published)) is None or d >= cutoff]


def newest_first(entries: Iterable[FeedEntry]) -> list[FeedEntry]:
    """``entries`` from the newest; undated ones first, in the feed's order (feeds list
    their newest first, and nothing says an undated entry is old)."""
    latest = datetime.max.replace(tzinfo=UTC)
    return sorted(entries, key=lambda e: parse_date(e.published) or latest, reverse=True)


def newest(entries: Iterable[FeedEntry]) -> datetime | None:
    dates = [d for e in entries if (d := parse_date(e.published)) is not None]
    return max(dates) if dates else None
