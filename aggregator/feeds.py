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
    link = item.get("link")
    if not link:
        return None
    source = item.get("source") or {}
    return FeedEntry(
        url=link,
        guid=item.get("id"),
        title=item.get("title"),
        published=_iso(item.get("published_parsed") or item.get("updated_parsed")),
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
    entries = []
    for item in data.get("items") or []:
        link = isinstance(item, dict) and (item.get("url") or item.get("external_url"))
        if not link:
            continue
        authors = item.get("authors") or ([item["author"]] if item.get("author") else [])
        entries.append(
            FeedEntry(
                url=str(link),
                guid=str(item.get("id")) if item.get("id") is not None else None,
                title=item.get("title"),
                published=item.get("date_published"),
                authors=tuple(a["name"] for a in authors if isinstance(a, dict) and a.get("name")),
                summary=item.get("summary"),
                tags=tuple(str(t) for t in item.get("tags") or []),
                language=item.get("language") or data.get("language"),
            )
        )
    return ParsedFeed(title=data.get("title"), entries=tuple(entries))
