"""Feed parsing: RSS, Atom and JSON Feed bytes (fetched by Scrapy) to feed entries."""

from __future__ import annotations

import calendar
import io
import json
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser

from aggregator.errors import FeedError
from aggregator.models import FeedEntry


@dataclass(frozen=True)
class ParsedFeed:
    """A feed's title and entries; ``problem`` notes a recoverable defect (feedparser's bozo)."""

    title: str | None
    entries: tuple[FeedEntry, ...]
    problem: str | None = None


def parse_feed(body: bytes, url: str, headers: Mapping[str, str] | None = None) -> ParsedFeed:
    """Parse feed bytes; raise FeedError when they hold no feed at all.

    feedparser only ever sees bytes: it must not fetch anything itself.
    """
    if _looks_like_json(body):
        return _parse_json_feed(body, url)
    parsed = feedparser.parse(
        io.BytesIO(body), response_headers={"content-location": url, **(headers or {})}
    )
    if not parsed.get("version") and not parsed.entries:
        raise FeedError(f"not a feed: {_bozo_reason(parsed) or 'no RSS, Atom or JSON Feed found'}")
    entries = tuple(e for e in map(_entry, parsed.entries) if e is not None)
    problem = _bozo_reason(parsed) if parsed.get("bozo") else None
    return ParsedFeed(title=parsed.feed.get("title"), entries=entries, problem=problem)


def _entry(item: Any) -> FeedEntry | None:
    link = _web_url(item.get("link"))
    if not link:
        return None
    source = item.get("source") or {}
    return FeedEntry(
        url=link,
        guid=item.get("id"),
        title=item.get("title"),
        # dict.get: feedparser's own get() maps updated_parsed with a DeprecationWarning.
        published=_iso(item.get("published_parsed") or dict.get(item, "updated_parsed")),
        authors=tuple(a["name"] for a in item.get("authors", []) if a.get("name")),
        summary=item.get("summary"),
        tags=tuple(t["term"] for t in item.get("tags", []) if t.get("term")),
        language=item.get("language"),
        source_title=source.get("title"),
        source_url=source.get("href") or source.get("url"),
    )


def _iso(parsed: time.struct_time | None) -> str | None:
    """feedparser's UTC struct_time as ISO 8601 with timezone."""
    if parsed is None:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC).isoformat()


def _bozo_reason(parsed: Any) -> str | None:
    exc = parsed.get("bozo_exception")
    return str(exc).splitlines()[0] if exc else None


def _web_url(link: Any, base: str | None = None) -> str | None:
    """``link`` (resolved against ``base``) when it is an http(s) URL with a host: a feed
    may list javascript:, file: or broken links, and those are never fetched."""
    if not isinstance(link, str) or not link.strip():
        return None
    try:
        url = urljoin(base, link.strip()) if base else link.strip()
        parts = urlsplit(url)
        if parts.scheme.lower() in ("http", "https") and parts.hostname and parts.port != 0:
            return url
    except ValueError:  # e.g. an unbalanced IPv6 bracket, a port out of range
        pass
    return None


def _text(value: Any) -> str | None:
    """A JSON Feed string field; anything else a hostile feed puts there is dropped."""
    return value if isinstance(value, str) else None


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _looks_like_json(body: bytes) -> bool:
    return body.lstrip()[:1] == b"{"


def _parse_json_feed(body: bytes, url: str) -> ParsedFeed:
    """JSON Feed 1.0/1.1 (https://www.jsonfeed.org/version/1.1/)."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise FeedError(f"not a feed: invalid JSON ({exc})") from None
    if not isinstance(data, dict) or "jsonfeed.org" not in str(data.get("version", "")):
        raise FeedError("not a feed: JSON without a jsonfeed.org version")
    entries = (_json_entry(item, data, url) for item in _list(data.get("items")))
    return ParsedFeed(title=_text(data.get("title")), entries=tuple(e for e in entries if e))


def _json_entry(item: Any, feed: dict[str, Any], url: str) -> FeedEntry | None:
    """One JSON Feed item; every field type-checked, since the JSON may hold anything."""
    if not isinstance(item, dict):
        return None
    link = _web_url(item.get("url"), url) or _web_url(item.get("external_url"), url)
    if not link:
        return None
    authors = item.get("authors") or ([item["author"]] if item.get("author") else [])
    return FeedEntry(
        url=link,
        guid=str(item["id"]) if isinstance(item.get("id"), (str, int)) else None,
        title=_text(item.get("title")),
        published=_text(item.get("date_published")),
        authors=tuple(
            a["name"]
            for a in _list(authors)
            if isinstance(a, dict) and isinstance(a.get("name"), str) and a["name"]
        ),
        summary=_text(item.get("summary")),
        tags=tuple(t for t in _list(item.get("tags")) if isinstance(t, str)),
        language=_text(item.get("language")) or _text(feed.get("language")),
    )
