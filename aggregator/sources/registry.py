"""Sources are data: validated records kept in Redis, one hash field per source."""

from __future__ import annotations

import builtins
import dataclasses
import json
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import redis

from aggregator.errors import DuplicateSource, SourceError, UnknownSource
from aggregator.hostnames import InvalidHostname, ascii_hostname
from aggregator.keys import Keys

MIN_INTERVAL = 5 * 60
MAX_INTERVAL = 24 * 3600
DEFAULT_INTERVAL = 15 * 60
#: Entries older than this (by their feed date) are not fetched: a feed lists only recent
#: items, and an operator who adds a source expects what it lists (issue 15).
DEFAULT_MAX_AGE = 30 * 86400
#: A sitemap lists years of pages: by default only its last week is fetched.
SITEMAP_MAX_AGE = 7 * 86400
_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,62}$")
_TAG = re.compile(r"^\w[\w./-]{0,62}$")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


@dataclass(frozen=True)
class Source:
    """A feed or sitemap to crawl every ``interval`` seconds.

    ``disabled`` holds the visible reason a source is no longer crawled (an operator's
    ``sources disable --reason``, or 410 Gone). ``tags`` group sources (``crawl --tag``).
    """

    name: str
    url: str
    interval: int = DEFAULT_INTERVAL
    title: str | None = None
    added_at: str | None = None
    #: None: DEFAULT_MAX_AGE for a feed, SITEMAP_MAX_AGE for a sitemap (see ``age_limit``).
    max_age: int | None = None
    disabled: str | None = None
    tags: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if isinstance(self.tags, str) or not isinstance(self.tags, list | tuple):
            raise SourceError(f"invalid tags {self.tags!r}: give a list of words")
        # Frozen, but tags arrive as lists from JSON and files: store them as a sorted tuple.
        object.__setattr__(self, "tags", tuple(sorted({normalize_tag(t) for t in self.tags})))
        if not isinstance(self.name, str) or not _NAME.match(self.name):
            raise SourceError(f"invalid name {self.name!r}: use 1-63 of a-z, 0-9, '.', '_', '-'")
        parts = urlsplit(str(self.url))
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise SourceError(f"invalid URL {self.url!r}: only http and https URLs can be crawled")
        try:
            ascii_hostname(parts.hostname)
        except InvalidHostname as exc:
            raise SourceError(f"invalid URL: {exc}") from None
        if not isinstance(self.interval, int) or not MIN_INTERVAL <= self.interval <= MAX_INTERVAL:
            raise SourceError(f"invalid interval {self.interval}s: it must be between 5m and 24h")
        if self.max_age is not None and (not isinstance(self.max_age, int) or self.max_age < 3600):
            raise SourceError(f"invalid max age {self.max_age}s: it must be at least 1h")

    def age_limit(self, sitemap: bool) -> int:
        """Seconds after which an entry is too old to fetch: the source's own ``max_age``,
        else the default of its kind of document."""
        if self.max_age is not None:
            return self.max_age
        return SITEMAP_MAX_AGE if sitemap else DEFAULT_MAX_AGE

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Source:
        return cls.from_dict(json.loads(text))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Source:
        """A source from a record; unknown fields are an error, not silently dropped."""
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise SourceError(f"unknown source field(s): {', '.join(unknown)}")
        return cls(**data)


def parse_interval(text: str | int) -> int:
    """``"15m"``, ``"2h"``, ``"900"`` or ``"900s"`` to seconds."""
    match = re.fullmatch(r"\s*(\d+)\s*([smhd]?)\s*", str(text).lower())
    if not match:
        raise SourceError(f"invalid interval {text!r}: use a number with s, m, h or d, e.g. 15m")
    return int(match[1]) * _UNITS[match[2] or "s"]


def format_interval(seconds: float) -> str:
    """The shortest exact spelling: 900 -> "15m", 7200 -> "2h", 90 -> "90s"."""
    value = int(seconds)
    for unit in ("d", "h", "m"):
        if value and value % _UNITS[unit] == 0:
            return f"{value // _UNITS[unit]}{unit}"
    return f"{value}s"


def normalize_tag(text: object) -> str:
    """A tag as stored: lower case, spaces as '-': "World News" -> "world-news"."""
    tag = re.sub(r"\s+", "-", str(text).strip().lower())
    if not isinstance(text, str) or not _TAG.match(tag):
        raise SourceError(f"invalid tag {text!r}: use 1-63 letters, digits, '.', '_', '/', '-'")
    return tag


def name_from_url(url: str) -> str:
    """A default source name: the host without 'www.', e.g. 'aljazeera.com'."""
    host = (urlsplit(url).hostname or "source").removeprefix("www.")
    return re.sub(r"[^a-z0-9._-]", "-", host.lower())[:63]


class SourceRegistry:
    """The sources kept in Redis."""

    def __init__(self, client: redis.Redis, keys: Keys) -> None:
        self.client = client
        self.keys = keys

    def check_new(self, source: Source) -> None:
        """Raise DuplicateSource when the name or the URL is taken."""
        self.check_name(source.name)
        self.check_url(source.url)

    def check_name(self, name: str) -> None:
        if self.client.hexists(self.keys.sources, name):
            raise DuplicateSource(f"duplicate source: a source named {name!r} exists")

    def check_url(self, url: str) -> None:
        for other in self.list():
            if other.url == url:
                raise DuplicateSource(f"duplicate source: {other.name!r} has this URL already")

    def names(self) -> set[str]:
        return {str(name) for name in self.client.hkeys(self.keys.sources)}

    def add(self, source: Source) -> Source:
        self.check_new(source)
        stamped = dataclasses.replace(source, added_at=datetime.now(UTC).isoformat())
        if not self.client.hsetnx(self.keys.sources, source.name, stamped.to_json()):
            raise DuplicateSource(f"duplicate source: a source named {source.name!r} exists")
        return stamped

    def add_many(
        self, sources: Sequence[Source]
    ) -> tuple[builtins.list[Source], builtins.list[Source]]:
        """``add`` for many sources in two round trips (the registry read once, every record
        written in one pipeline), not a read of the whole registry each: 5,000 sources took
        minutes. Returns (added, skipped as duplicates of a name or URL, stored or earlier
        in ``sources``)."""
        stored = self.list()
        names, urls = {s.name for s in stored}, {s.url for s in stored}
        fresh: builtins.list[Source] = []
        skipped: builtins.list[Source] = []
        now = datetime.now(UTC).isoformat()
        for source in sources:
            if source.name in names or source.url in urls:
                skipped.append(source)
                continue
            names.add(source.name)
            urls.add(source.url)
            fresh.append(dataclasses.replace(source, added_at=now))
        pipe = self.client.pipeline(transaction=False)
        for source in fresh:
            pipe.hsetnx(self.keys.sources, source.name, source.to_json())
        stored_now = pipe.execute() if fresh else []
        # A name taken meanwhile by another process (HSETNX refused it) is a duplicate too.
        skipped += [s for s, new in zip(fresh, stored_now, strict=True) if not new]
        return [s for s, new in zip(fresh, stored_now, strict=True) if new], skipped

    def get(self, name: str) -> Source:
        data = self.client.hget(self.keys.sources, name)
        if data is None:
            raise UnknownSource(f"no source named {name!r}")
        return Source.from_json(str(data))

    def list(self) -> list[Source]:
        records = self.client.hgetall(self.keys.sources)
        return sorted((Source.from_json(str(v)) for v in records.values()), key=lambda s: s.name)

    def set_disabled(self, name: str, reason: str | None) -> Source:
        """Stop (``reason``) or resume (None) crawling a source; the reason stays visible."""
        source = dataclasses.replace(self.get(name), disabled=reason)
        self.client.hset(self.keys.sources, name, source.to_json())
        return source

    def with_tags(self, tags: Sequence[str]) -> builtins.list[Source]:
        """The sources carrying any of ``tags``; every source when ``tags`` is empty."""
        wanted = {normalize_tag(t) for t in tags}
        return [s for s in self.list() if not wanted or wanted & set(s.tags)]

    def remove(self, name: str) -> None:
        if not self.client.hdel(self.keys.sources, name):
            raise UnknownSource(f"no source named {name!r}")
        self.client.delete(self.keys.source_health(name), self.keys.source_entries(name))
        self.client.zrem(self.keys.schedule_due, name)
