"""robots.txt kept in Redis across passes: fetched once a day, still obeyed, RFC 9309's
answers to 4xx and 5xx, and the site's caching headers honoured."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator, Sequence

import pytest
import redis

from aggregator.config import Config
from aggregator.crawl.robots import MAX_AGE, PARSE_LIMIT, RobotsAnswer, RobotsCache, keep_for
from aggregator.crawl.runner import crawl_in_child
from aggregator.keys import Keys
from aggregator.sources.health import SourceHealth
from aggregator.sources.registry import Source, SourceRegistry
from tests.sites import Site, rss, serve

Crawl = Callable[[Sequence[Source]], None]


@pytest.fixture
def crawl(config: Config) -> Crawl:
    dev = dataclasses.replace(config, settings_module="aggregator_scrapy.settings.development")

    def run(sources: Sequence[Source]) -> None:
        assert crawl_in_child(dev, sources, overrides={"EXTRACTION_WORKERS": 1}) == 0

    return run


@pytest.fixture
def site() -> Iterator[Site]:
    yield from serve(Site())


@pytest.fixture
def other_site() -> Iterator[Site]:
    yield from serve(Site())


def feeds(site: Site, *paths: str) -> None:
    for path in paths:
        site.page(path, rss(site, []), "application/rss+xml")


def add(redis_client: redis.Redis, keys: Keys, **urls: str) -> list[Source]:
    registry = SourceRegistry(redis_client, keys)
    return [registry.add(Source(name, url)) for name, url in urls.items()]


def test_robots_txt_is_fetched_once_across_passes_and_obeyed_every_pass(
    site: Site, redis_client: redis.Redis, keys: Keys, crawl: Crawl
) -> None:
    feeds(site, "/feed.xml", "/private/feed.xml")
    site.page("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
    sources = add(redis_client, keys, open=site.url("/feed.xml"),
                  private=site.url("/private/feed.xml"))  # fmt: skip
    crawl(sources)
    crawl(sources)
    health = SourceHealth(redis_client, keys)
    assert site.hits("/robots.txt") == 1
    assert site.hits("/feed.xml") == 2 and health.get("open")["polls"] == "2"
    assert site.hits("/private/feed.xml") == 0
    assert health.get("private")["count:blocked"] == "2"
    assert 0 < redis_client.ttl(keys.robots(site.base)) <= MAX_AGE


def test_a_server_error_disallows_the_host_briefly_and_a_missing_file_allows_all(
    site: Site, other_site: Site, redis_client: redis.Redis, keys: Keys, crawl: Crawl
) -> None:
    feeds(site, "/feed.xml")
    feeds(other_site, "/feed.xml")
    site.page("/robots.txt", "User-agent: *\nAllow: /\n", "text/plain", status=503)
    # other_site has no robots.txt: 404, whose body must not be read as rules
    other_site.page("/robots.txt", "User-agent: *\nDisallow: /\n", "text/plain", status=404)
    sources = add(redis_client, keys, failing=site.url("/feed.xml"),
                  missing=other_site.url("/feed.xml"))  # fmt: skip
    crawl(sources)
    health = SourceHealth(redis_client, keys)
    error = health.get("failing")["last_error"]
    assert error.startswith("blocked: robots.txt") and "503" in error, error
    assert site.hits("/feed.xml") == 0
    assert 0 < redis_client.ttl(keys.robots(site.base)) <= 300  # asked again soon
    assert health.get("missing")["last_status"] == "ok"
    assert 0 < redis_client.ttl(keys.robots(other_site.base)) <= MAX_AGE
    site.page("/robots.txt", "User-agent: *\nAllow: /\n", "text/plain")
    redis_client.delete(keys.robots(site.base))  # as if its 5 minutes were over
    crawl(sources)
    assert health.get("failing")["last_status"] == "ok"
    assert site.hits("/feed.xml") == 1


def test_the_sites_caching_headers_bound_the_time_kept() -> None:
    ok, now = RobotsAnswer(200, b"User-agent: *\nAllow: /\n"), 1_000_000.0

    def kept(headers: dict[str, str], answer: RobotsAnswer = ok) -> int:
        return keep_for(answer, headers, now, max_age=MAX_AGE, error_ttl=300)

    assert kept({}) == MAX_AGE
    assert kept({"cache-control": "public, max-age=600"}) == 600
    assert kept({"cache-control": "max-age=604800"}) == MAX_AGE  # never more than a day
    assert kept({"cache-control": "no-store"}) == 0
    assert kept({"cache-control": "no-cache"}) == 0
    expires = {"date": "Sun, 06 Sep 2026 08:00:00 GMT", "expires": "Sun, 06 Sep 2026 09:00:00 GMT"}
    assert kept(expires) == 3600
    assert kept({"cache-control": "max-age=86400"}, RobotsAnswer(500)) == 300
    assert kept({}, RobotsAnswer(404)) == MAX_AGE


def test_the_cache_gives_back_every_byte_up_to_the_parse_limit(
    redis_client: redis.Redis, keys: Keys
) -> None:
    cache = RobotsCache(redis_client, keys)
    latin = "User-agent: *\nDisallow: /caf\xe9/\n".encode("latin-1")  # not UTF-8
    huge = b"User-agent: *\n" + b"Disallow: /x\n" * 50_000
    cache.store({
        "http://a.example": (RobotsAnswer(200, latin), 60),
        "http://b.example": (RobotsAnswer(200, huge), 60),
        "http://c.example": (RobotsAnswer(503, b"<html>busy</html>"), 60),
        "http://d.example": (RobotsAnswer(200, b""), 0),
    })  # fmt: skip
    found = cache.load(["http://a.example", "http://b.example", "http://c.example",
                        "http://d.example", "http://e.example"])  # fmt: skip
    assert found["http://a.example"] == RobotsAnswer(200, latin)
    assert found["http://b.example"].body == huge[:PARSE_LIMIT]
    assert (
        found["http://c.example"] == RobotsAnswer(503) and found["http://c.example"].disallows_all
    )
    assert set(found) == {"http://a.example", "http://b.example", "http://c.example"}
