"""Sources are data: validated records kept in Redis, one hash field per source."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

import redis

from aggregator.errors import DuplicateSource, SourceError, UnknownSource
from aggregator.keys import Keys

MIN_INTERVAL = 5 * 60
MAX_INTERVAL = 24 * 3600
DEFAULT_INTERVAL = 15 * 60
_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,62}$")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


@dataclass(frozen=True)
class Source:
    """A feed (or sitemap) to crawl every ``interval`` seconds."""

    name: str
    url: str
    interval: int = DEFAULT_INTERVAL
    title: str | None = None
    added_at: str | None = None

    def __post_init__(self) -> None:
        if not _NAME.match(self.name):
            raise SourceError(f"invalid name {self.name!r}: use 1-63 of a-z, 0-9, '.', '_', '-'")
        if urlsplit(self.url).scheme not in ("http", "https") or not urlsplit(self.url).hostname:
            raise SourceError(f"invalid URL {self.url!r}: only http and https URLs can be crawled")
        if not MIN_INTERVAL <= self.interval <= MAX_INTERVAL:
            raise SourceError(f"invalid interval {self.interval}s: it must be between 5m and 24h")

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Source:
        return cls(**json.loads(text))


def parse_interval(text: str) -> int:
    """``"15m"``, ``"2h"``, ``"900"`` or ``"900s"`` to seconds."""
    match = re.fullmatch(r"\s*(\d+)\s*([smhd]?)\s*", text.lower())
    if not match:
        raise SourceError(f"invalid interval {text!r}: use a number with s, m, h or d, e.g. 15m")
    return int(match[1]) * _UNITS[match[2] or "s"]


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
        if self.client.hexists(self.keys.sources, source.name):
            raise DuplicateSource(f"a source named {source.name!r} exists already")
        for other in self.list():
            if other.url == source.url:
                raise DuplicateSource(f"source {other.name!r} has this URL already")

    def add(self, source: Source) -> Source:
        self.check_new(source)
        stamped = Source(**{**asdict(source), "added_at": datetime.now(UTC).isoformat()})
        if not self.client.hsetnx(self.keys.sources, source.name, stamped.to_json()):
            raise DuplicateSource(f"a source named {source.name!r} exists already")
        return stamped

    def get(self, name: str) -> Source:
        data = self.client.hget(self.keys.sources, name)
        if data is None:
            raise UnknownSource(f"no source named {name!r}")
        return Source.from_json(str(data))

    def list(self) -> list[Source]:
        records = self.client.hgetall(self.keys.sources)
        return sorted((Source.from_json(str(v)) for v in records.values()), key=lambda s: s.name)

    def remove(self, name: str) -> None:
        if not self.client.hdel(self.keys.sources, name):
            raise UnknownSource(f"no source named {name!r}")
        self.client.delete(self.keys.source_health(name))
