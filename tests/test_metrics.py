"""``/metrics`` says exactly what it said before it was made fast (issue 16).

``tests/golden/metrics/seeded.prom`` was written by the prometheus_client-based renderer
(``generate_latest`` over metric families, commit 5c3fbbf) from the Redis state ``seed()``
makes; the renderer must still give those bytes: the same names, labels, values and order.
Never regenerate the file to make this test pass: a difference is a change of what the
metrics say, for every dashboard and alert built on them.
"""

from __future__ import annotations

import dataclasses
import gzip
import json
import urllib.request
from pathlib import Path

import pytest
import redis
from hypothesis import given
from hypothesis import strategies as st
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.metrics_core import GaugeMetricFamily
from prometheus_client.parser import text_string_to_metric_families

from aggregator.config import Config
from aggregator.ops.passes import observe
from aggregator.sources.health import PollOutcome, SourceHealth
from aggregator.sources.registry import Source, SourceRegistry
from aggregator.web.exposition import label_value, number
from aggregator.web.metrics import MetricsCache, render_metrics
from tests.ops import serving

GOLDEN = Path(__file__).resolve().parent / "golden" / "metrics" / "seeded.prom"
#: Far from any test's "now": leases and heartbeats that are live, or long past.
FUTURE, PAST = 4_000_000_000.0, 1_000.0


def seed(client: redis.Redis, config: Config) -> None:
    """Every case the exposition has: each state, each kind of counter, label values that
    need escaping, counts past a million (Go's exponent form), empty and read groups,
    live and dead heartbeats, both pass histograms, and the distributed frontier."""
    keys = config.keys
    registry, health = SourceRegistry(client, keys), SourceHealth(client, keys)
    ok = PollOutcome("ok", http_status=200, entries=20)
    for n in range(40):  # an ordinary fleet
        name = f"site-{n:02d}"
        registry.add(Source(name=name, url=f"https://site{n}.example/feed.xml"))
        if n % 7 == 6:
            continue  # never polled: "new", no counters
        failed = n % 5 == 0
        health.polled(name, PollOutcome("error", error_kind="dns", message="no such host")
                      if failed else ok)  # fmt: skip
        health.count(name, "published", n * 3)
        if n % 3 == 0:
            health.count(name, "bot_wall", n % 4 + 1)
            health.count(name, "repeat", 2)  # not a failure: never exported
            health.skipped(name, "too_old", 5)
    _special_sources(client, config)
    _stream(client, config)
    for seconds in (0.5, 3.0, 100.0):
        observe(client, keys, "crawl", seconds)
    observe(client, keys, "schedule", 7200.25)
    client.zadd(keys.heartbeats, {"schedule:alive-host": FUTURE, "schedule:dead-host": PAST})
    client.zadd(keys.frontier_workers, {"worker-1": FUTURE})
    client.rpush(keys.frontier_feeds, "feed-message")


def _special_sources(client: redis.Redis, config: Config) -> None:
    keys = config.keys
    registry, health = SourceRegistry(client, keys), SourceHealth(client, keys)
    registry.add(Source(name="big", url="https://big.example/feed.xml"))
    health.polled("big", PollOutcome("ok", http_status=200, entries=50))
    health.count("big", "published", 1_234_567)
    health.count("big", "relinked", 2)  # update messages: neither a failure nor a publish
    health.count("big", "paywall", 999_999)
    registry.add(Source(name="quiet", url="https://quiet.example/feed.xml"))
    health.polled("quiet", PollOutcome("ok", http_status=200, entries=3))
    health.polled("quiet", PollOutcome("unchanged", http_status=304))
    registry.add(Source(name="flaky", url="https://flaky.example/feed.xml"))
    for kind in ("timeout", "timeout", "http"):
        health.polled("flaky", PollOutcome("error", error_kind=kind, message="boom"))
    registry.add(Source(name="gone", url="https://gone.example/feed.xml"))
    health.polled("gone", PollOutcome("gone", http_status=410))
    registry.add(Source(name="paused", url="https://paused.example/feed.xml"))
    registry.set_disabled("paused", "holiday")
    health.polled("paused", PollOutcome("ok", http_status=200, entries=1))
    for name, expiry in (("busy", FUTURE), ("was-busy", PAST)):
        registry.add(Source(name=name, url=f"https://{name}.example/feed.xml"))
        health.polled(name, PollOutcome("ok", http_status=200, entries=2))
        client.hset(keys.schedule_leases, name, f"token {expiry}")
    # Records are read as stored: a name no registry would take still comes out escaped.
    odd = 'odd"name\\with\nbreaks'
    client.hset(keys.sources, odd, json.dumps({"name": odd, "url": "https://odd.example/"}))
    client.hincrby(keys.source_health(odd), "polls", 1)
    client.hincrby(keys.source_health(odd), "polls:ok", 1)
    client.hincrby(keys.source_health(odd), 'count:weird "reason"', 1)
    client.hset(keys.source_health(odd), "last_status", "ok")


def _stream(client: redis.Redis, config: Config) -> None:
    keys = config.keys
    for n in range(5):
        client.xadd(keys.stream, {"id": str(n), "article": "{}"})
    client.xadd(keys.dead_letter, {"id": "dead", "article": "{}"})
    for group in ("archive", "live", 'odd "group"'):
        client.xgroup_create(keys.stream, group, id="0")
    client.xreadgroup("live", "c1", {keys.stream: ">"})
    client.xreadgroup('odd "group"', "c1", {keys.stream: ">"}, count=2)
    client.xreadgroup('odd "group"', "c2", {keys.stream: ">"}, count=1)


@pytest.fixture
def seeded(config: Config, redis_client: redis.Redis) -> Config:
    if not config.redis_url:
        pytest.skip("the distributed frontier needs REDIS_URL")
    seed(redis_client, config)
    return dataclasses.replace(config, distributed=True)


def test_the_exposition_is_the_one_prometheus_client_wrote(
    seeded: Config, redis_client: redis.Redis
) -> None:
    body = render_metrics(redis_client, seeded)
    assert body.decode() == GOLDEN.read_text(encoding="utf-8")
    # Still the text format, as Prometheus's own parser reads it.
    families = {f.name: f for f in text_string_to_metric_families(body.decode())}
    assert families["aggregator_articles_published"].type == "counter"
    assert families["aggregator_pass_duration_seconds"].type == "histogram"
    samples = {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in families.values()
        for s in family.samples
    }
    odd = 'odd"name\\with\nbreaks'
    assert samples[("aggregator_source_polls_total", (("outcome", "ok"), ("source", odd)))] == 1
    assert samples[("aggregator_consumer_group_pending", (("group", 'odd "group"'),))] == 3
    assert samples[("aggregator_articles_published_total", (("source", "big"),))] == 1_234_567
    assert samples[("aggregator_sources", (("state", "crawling"),))] == 1


def test_the_endpoint_serves_the_same_bytes_gzipped_when_asked(
    seeded: Config, redis_client: redis.Redis
) -> None:
    with serving(redis_client, seeded) as url:
        response = urllib.request.urlopen(f"{url}/metrics", timeout=10)
        body, content_type = response.read().decode(), response.headers["Content-Type"]
        asks = urllib.request.Request(f"{url}/metrics", headers={"Accept-Encoding": "gzip"})
        compressed = urllib.request.urlopen(asks, timeout=10)
        gzipped, encoding = compressed.read(), compressed.headers["Content-Encoding"]
    assert body == GOLDEN.read_text(encoding="utf-8")
    assert "Content-Encoding" not in response.headers  # gzip only when asked
    assert content_type == "text/plain; version=1.0.0; charset=utf-8"  # as before
    assert encoding == "gzip" and gzip.decompress(gzipped).decode() == body


def _prometheus_client_line(value: float, label: str) -> str:
    """The sample line prometheus_client writes for one gauge."""
    registry = CollectorRegistry(auto_describe=False)
    gauge = GaugeMetricFamily("g", "doc", labels=["l"])
    gauge.add_metric([label], value)

    class _One:
        def collect(self) -> list[GaugeMetricFamily]:
            return [gauge]

    registry.register(_One())
    return generate_latest(registry).decode().rstrip("\n").split("\n")[-1]


@given(
    value=st.one_of(
        st.integers(min_value=-(10**20), max_value=10**20),
        st.floats(allow_nan=True, allow_infinity=True),
        st.sampled_from([0, 999_999, 1_000_000, 1_234_567, 10**16, 0.1, 1e-7, 2.5e6]),
    ),
    label=st.text(),
)
def test_numbers_and_label_values_are_written_as_prometheus_client_writes_them(
    value: float, label: str
) -> None:
    ours = f'g{{l="{label_value(label)}"}} {number(value)}'
    assert ours == _prometheus_client_line(value, label)


def test_a_body_is_served_again_for_its_ttl_then_redis_is_read_again(
    config: Config, redis_client: redis.Redis
) -> None:
    SourceRegistry(redis_client, config.keys).add(Source(name="a", url="https://a.example/f"))
    SourceHealth(redis_client, config.keys).count("a", "published", 1)
    now = [100.0]
    scrapes = MetricsCache(lambda: render_metrics(redis_client, config), 1.0, lambda: now[0])
    line = 'aggregator_articles_published_total{source="a"} %s\n'
    assert line % "1.0" in scrapes.body().decode()
    SourceHealth(redis_client, config.keys).count("a", "published", 5)
    now[0] = 100.9
    assert line % "1.0" in scrapes.body().decode()  # within the TTL: the same reading
    now[0] = 101.0
    assert line % "6.0" in scrapes.body().decode()


def test_a_failed_reading_is_not_kept(config: Config, redis_client: redis.Redis) -> None:
    gone = redis.Redis(host="127.0.0.1", port=1, socket_connect_timeout=1)
    clients = [gone, redis_client]
    scrapes = MetricsCache(lambda: render_metrics(clients[0], config), 60.0)
    with pytest.raises(redis.ConnectionError):
        scrapes.body()
    clients.pop(0)  # Redis is back: the next scrape reads it, within the TTL or not
    assert b"aggregator_stream_length 0.0\n" in scrapes.body()
