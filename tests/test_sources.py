"""The source registry in Redis, and the validation of new sources."""

from __future__ import annotations

import pytest
import redis

from aggregator.errors import DuplicateSource, SourceError, UnknownSource
from aggregator.keys import Keys
from aggregator.sources.registry import Source, SourceRegistry, name_from_url, parse_interval


def test_add_list_get_remove(redis_client: redis.Redis, keys: Keys) -> None:
    registry = SourceRegistry(redis_client, keys)
    stored = registry.add(Source("ledger", "https://ledger.example/feed.xml", 600))
    assert stored.added_at
    assert [s.name for s in registry.list()] == ["ledger"]
    assert registry.get("ledger").interval == 600
    registry.remove("ledger")
    assert registry.list() == []
    with pytest.raises(UnknownSource):
        registry.get("ledger")


def test_duplicate_name_or_url_is_refused(redis_client: redis.Redis, keys: Keys) -> None:
    registry = SourceRegistry(redis_client, keys)
    registry.add(Source("ledger", "https://ledger.example/feed.xml"))
    with pytest.raises(DuplicateSource, match="named 'ledger'"):
        registry.add(Source("ledger", "https://other.example/feed.xml"))
    with pytest.raises(DuplicateSource, match="has this URL"):
        registry.add(Source("ledger2", "https://ledger.example/feed.xml"))
    assert len(registry.list()) == 1


def test_many_sources_are_added_at_once_and_duplicates_skipped(
    redis_client: redis.Redis, keys: Keys
) -> None:
    registry = SourceRegistry(redis_client, keys)
    registry.add(Source("ledger", "https://ledger.example/feed.xml"))
    many = [Source(f"site-{k}", f"https://site{k}.example/feed.xml") for k in range(2000)]
    duplicates = [
        Source("ledger", "https://other.example/feed.xml"),  # a stored name
        Source("copy", "https://ledger.example/feed.xml"),  # a stored URL
        Source("site-7", "https://again.example/feed.xml"),  # a name earlier in the batch
    ]
    added, skipped = registry.add_many([*many, *duplicates])
    assert [s.name for s in added] == [s.name for s in many] and all(s.added_at for s in added)
    assert skipped == duplicates
    assert len(registry.list()) == 2001
    assert registry.get("site-7").url == "https://site7.example/feed.xml"
    assert registry.add_many(many) == ([], many)


@pytest.mark.parametrize(
    ("name", "url", "interval", "message"),
    [
        ("Bad Name", "https://a.example/f", 900, "invalid name"),
        ("ok", "ftp://a.example/f", 900, "invalid URL"),
        ("ok", "https://a.example/f", 60, "invalid interval"),
        ("ok", "https://a.example/f", 3 * 86400, "invalid interval"),
    ],
)
def test_invalid_sources(name: str, url: str, interval: int, message: str) -> None:
    with pytest.raises(SourceError, match=message):
        Source(name, url, interval)


def test_intervals_and_default_names() -> None:
    assert parse_interval("15m") == 900
    assert parse_interval("2h") == 7200
    assert parse_interval("900") == 900
    with pytest.raises(SourceError):
        parse_interval("soon")
    assert name_from_url("https://www.aljazeera.com/xml/rss/all.xml") == "aljazeera.com"
