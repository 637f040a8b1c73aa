"""Poll records written in batches: a pass over unchanged feeds costs Redis a few round trips,
not several a source, and a batch that meets an outage is written once when Redis is back."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from aggregator.embedded_redis import EmbeddedRedis
from aggregator.keys import Keys
from aggregator.sources.health import PollOutcome, SourceHealth
from aggregator.sources.pollrecords import PollRecords
from aggregator.sources.registry import Source, SourceRegistry
from bench._rtproxy import RoundTripProxy
from tests.sites import Answer, Site, rss, serve

FEEDS = 60


@pytest.fixture
def site() -> Iterator[Site]:
    yield from serve(Site())


@pytest.fixture
def counted(tmp_path: Path) -> Iterator[tuple[redis.Redis, RoundTripProxy]]:
    """A Redis of this test's own behind a proxy that counts round trips."""
    server = EmbeddedRedis(tmp_path / "redis")
    server.start()
    client = redis.Redis.from_url(server.url, decode_responses=True)
    proxy = RoundTripProxy(tmp_path / "rt.sock", server.socket)
    proxy.start()
    yield client, proxy
    proxy.stop()
    server.release(client)


def conditional(site: Site, path: str) -> None:
    body = rss(site, []).encode()

    def answer(headers: dict[str, str]) -> Answer:
        if headers.get("if-none-match") == '"v1"':
            return 304, {"ETag": '"v1"'}, b""
        return 200, {"ETag": '"v1"', "Content-Type": "application/rss+xml"}, body

    site.routes[path] = answer


def test_an_unchanged_pass_costs_fewer_round_trips_than_sources(
    site: Site, counted: tuple[redis.Redis, RoundTripProxy], keys: Keys,
    cli_env: dict[str, str],
) -> None:  # fmt: skip
    client, proxy = counted
    registry = SourceRegistry(client, keys)
    for k in range(FEEDS):
        conditional(site, f"/feed{k}.xml")
        registry.add(Source(f"feed{k}", site.url(f"/feed{k}.xml")))
    site.page("/robots.txt", "User-agent: *\nAllow: /\n", "text/plain")
    # No AutoThrottle: the feeds share one host, which production would pace a second apart.
    env = cli_env | {"REDIS_URL": proxy.url,
                     "AGGREGATOR_SETTINGS": "aggregator_scrapy.settings.development"}  # fmt: skip
    crawl = [sys.executable, "-m", "aggregator", "crawl"]
    subprocess.run(crawl, env=env, capture_output=True, text=True, check=True)
    before = proxy.round_trips
    done = subprocess.run(crawl, env=env, capture_output=True, text=True, check=True)
    trips = proxy.round_trips - before
    health = SourceHealth(client, keys).get_many([f"feed{k}" for k in range(FEEDS)])
    assert all(h["unchanged_polls"] == "1" and h["polls"] == "2" for h in health.values())
    assert site.hits("/robots.txt") == 1
    assert f"{FEEDS} of {FEEDS} sources polled" in done.stderr
    # A fixed few (the registry, the pass's record, the report), not one or more a source.
    assert trips < FEEDS, trips  # ~20; it was 4 a source before issue 21


def test_a_batch_that_meets_an_outage_is_kept_and_written_once(
    redis_client: redis.Redis, keys: Keys
) -> None:
    registry = SourceRegistry(redis_client, keys)
    for name in ("fine", "gone"):
        registry.add(Source(name, f"https://{name}.example/feed"))
    down = redis.Redis(host="127.0.0.1", port=9, decode_responses=True)  # nothing listens
    records = PollRecords(down, keys)
    records.polled("fine", PollOutcome("unchanged", 304))
    records.skipped("fine", "too_old", 3)
    records.polled("gone", PollOutcome("gone", 410, "http", "410 Gone"))
    with pytest.raises(redis.ConnectionError):
        records.flush()
    assert len(records) == 3
    records.client = redis_client  # Redis is back
    records.registry.client = redis_client
    assert records.flush() == 3 and records.flush() == 0
    health = SourceHealth(redis_client, keys)
    fine = health.get("fine")
    assert (fine["polls"], fine["unchanged_polls"], fine["skipped:too_old"]) == ("1", "1", "3")
    assert health.get("gone")["last_status"] == "gone"
    assert "410 Gone" in str(registry.get("gone").disabled)
