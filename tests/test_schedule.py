"""The scheduler against local servers and a real Redis: conditional polls, backoff, leases."""

from __future__ import annotations

import dataclasses
import random
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator, Sequence

import pytest
import redis

from aggregator.config import Config
from aggregator.crawl.runner import crawl_in_child
from aggregator.keys import Keys
from aggregator.sources.due import ScheduleState
from aggregator.sources.health import SourceHealth
from aggregator.sources.registry import Source, SourceRegistry
from aggregator.sources.schedule import Scheduler
from tests.sites import Answer, Site, news_site, rss, serve

INTERVAL = 900


@pytest.fixture
def site() -> Iterator[Site]:
    yield from serve(Site())


class Clock:
    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def crawl(config: Config) -> Callable[[Sequence[Source]], None]:
    dev = dataclasses.replace(config, settings_module="aggregator_scrapy.settings.development")

    def run(sources: Sequence[Source]) -> None:
        assert crawl_in_child(dev, sources, overrides={"EXTRACTION_WORKERS": 1}) == 0

    return run


def scheduler(redis_client: redis.Redis, keys: Keys, crawl: Callable[..., None],
              clock: Clock) -> Scheduler:  # fmt: skip
    return Scheduler(redis_client, keys, crawl, clock=clock, rng=random.Random(7))


def delay(redis_client: redis.Redis, keys: Keys, name: str, clock: Clock) -> float:
    return ScheduleState(redis_client, keys).due_times()[name] - clock.now


def test_second_poll_of_an_unchanged_feed_fetches_no_article_page(
    site: Site, redis_client: redis.Redis, keys: Keys, crawl: Callable[..., None]
) -> None:
    paths = news_site(site)
    body = site.routes["/feed.xml"]({})[2]

    def feed(headers: dict[str, str]) -> Answer:
        if headers.get("if-none-match") == '"v1"':
            return 304, {"ETag": '"v1"'}, b""
        return 200, {"Content-Type": "application/rss+xml", "ETag": '"v1"'}, body

    site.routes["/feed.xml"] = feed
    SourceRegistry(redis_client, keys).add(Source("ledger", site.url("/feed.xml"), INTERVAL))
    clock = Clock()
    sched = scheduler(redis_client, keys, crawl, clock)
    assert sched.run_once() == ["ledger"]
    assert [site.hits(p) for p in paths] == [1, 1, 1]
    assert redis_client.xlen(keys.stream) == 3
    assert sched.run_once() == []  # not due yet
    clock.now += 2 * INTERVAL
    assert sched.run_once() == ["ledger"]
    assert site.requests[-1] == ("/feed.xml", site.requests[-1][1])
    assert site.requests[-1][1]["if-none-match"] == '"v1"'
    assert [site.hits(p) for p in paths] == [1, 1, 1]
    health = SourceHealth(redis_client, keys).get("ledger")
    assert (health["last_status"], health["unchanged_polls"], health["polls"]) == (
        "unchanged",
        "1",
        "2",
    )


def test_backoff_doubles_honours_retry_after_and_recovers(
    site: Site, redis_client: redis.Redis, keys: Keys, crawl: Callable[..., None]
) -> None:
    news_site(site)
    good = site.routes["/feed.xml"]({})
    answers: list[Answer] = [
        (503, {"Retry-After": "7200"}, b"busy"),
        (500, {}, b"oops"),
        (500, {}, b"oops"),
        good,
    ]
    site.routes["/feed.xml"] = lambda headers: answers.pop(0)
    SourceRegistry(redis_client, keys).add(Source("ledger", site.url("/feed.xml"), INTERVAL))
    clock = Clock()
    sched = scheduler(redis_client, keys, crawl, clock)
    expected = [(7200, "http: HTTP 503"), (2 * INTERVAL, "http: HTTP 500"),
                (4 * INTERVAL, "http: HTTP 500"), (INTERVAL, "")]  # fmt: skip
    health = SourceHealth(redis_client, keys)
    for number, (seconds, error) in enumerate(expected, 1):
        assert sched.run_once() == ["ledger"]
        assert 0.9 * seconds <= delay(redis_client, keys, "ledger", clock) <= 1.1 * seconds
        assert health.get("ledger")["last_error"] == error
        assert health.get("ledger")["consecutive_failures"] == str(number % 4)
        clock.now += 1.2 * seconds
    assert redis_client.xlen(keys.stream) == 3


def test_gone_errors_and_cache_hints_in_one_pass(
    site: Site, redis_client: redis.Redis, keys: Keys, crawl: Callable[..., None],
    cli_env: dict[str, str],
) -> None:  # fmt: skip
    paths = news_site(site)
    items = [(p, "story", 0.1) for p in paths]
    site.page("/news/old.html", "<html><body>an old story</body></html>")
    site.page("/max-age.xml", rss(site, [*items, ("/news/old.html", "old", 40)]),
              "application/rss+xml",
              headers={"Cache-Control": "public, max-age=7200"})  # fmt: skip
    site.page("/ttl.xml", rss(site, items, ttl=180), "application/rss+xml")
    site.page("/gone.xml", "gone", status=410)
    site.page("/html.xml", "<html><body>not a feed</body></html>")
    site.page("/private/feed.xml", rss(site, items), "application/rss+xml")
    site.page("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
    registry = SourceRegistry(redis_client, keys)
    for name, url in [("max-age", site.url("/max-age.xml")), ("ttl", site.url("/ttl.xml")),
                      ("gone", site.url("/gone.xml")), ("html", site.url("/html.xml")),
                      ("missing", site.url("/missing.xml")), ("refused", "http://127.0.0.1:9/f"),
                      ("private", site.url("/private/feed.xml"))]:  # fmt: skip
        registry.add(Source(name, url, INTERVAL))
    clock = Clock()
    assert len(scheduler(redis_client, keys, crawl, clock).run_once()) == 7
    assert 0.9 * 7200 <= delay(redis_client, keys, "max-age", clock) <= 1.1 * 7200
    assert 0.9 * 10800 <= delay(redis_client, keys, "ttl", clock) <= 1.1 * 10800
    assert registry.get("gone").disabled and "410 Gone" in str(registry.get("gone").disabled)
    assert "gone" not in ScheduleState(redis_client, keys).due_times()
    health = SourceHealth(redis_client, keys)
    errors = {n: health.get(n)["last_error"].split(":")[0] for n in
              ("html", "missing", "refused", "private")}  # fmt: skip
    assert errors == {"html": "parse", "missing": "http", "refused": "connection",
                      "private": "blocked"}  # fmt: skip
    assert site.hits("/private/feed.xml") == 0
    assert site.hits("/news/old.html") == 0  # older than the default max age of 30 days
    assert health.get("max-age")["skipped:too_old"] == "1"
    status = subprocess.run([sys.executable, "-m", "aggregator", "status"], env=cli_env,
                            capture_output=True, text=True, check=True).stdout  # fmt: skip
    assert "disabled: http: 410 Gone" in status
    assert "blocked: robots.txt" in status
    assert "articles/crawl" in status and "unchanged" in status and "next due" in status


def test_leases_are_exclusive_and_expire(redis_client: redis.Redis, keys: Keys) -> None:
    state = ScheduleState(redis_client, keys)
    state.sync(["a", "b"], now=100.0)
    assert sorted(state.claim("one", 100.0, 700.0, 10)) == ["a", "b"]
    assert state.claim("two", 200.0, 800.0, 10) == []
    assert not state.complete("two", "a", 1000.0)  # only the lease holder reschedules
    assert state.complete("one", "a", 1000.0)
    # "one" crashed holding "b": at its lease's expiry another scheduler takes it.
    assert state.claim("two", 699.0, 1299.0, 10) == []
    assert state.claim("two", 700.0, 1300.0, 10) == ["b"]
    assert not state.renew("one", "b", 2000.0)


def test_two_schedulers_never_crawl_a_source_at_once(redis_client: redis.Redis, keys: Keys) -> None:
    registry = SourceRegistry(redis_client, keys)
    for name in ("a", "b", "c"):
        registry.add(Source(name, f"https://{name}.example/feed", INTERVAL))
    inside, release, crawled = threading.Event(), threading.Event(), []

    def slow(sources: Sequence[Source]) -> None:
        crawled.append(("first", [s.name for s in sources]))
        inside.set()
        release.wait(30)

    clock = Clock()
    first = Scheduler(redis_client, keys, slow, clock=clock, batch=2)
    record = lambda s: crawled.append(("second", [x.name for x in s]))  # noqa: E731
    second = Scheduler(redis_client, keys, record, clock=clock, batch=10)
    thread = threading.Thread(target=first.run_once)
    thread.start()
    assert inside.wait(30)
    second.run_once()
    release.set()
    thread.join()
    assert len(crawled) == 2
    names = [n for _, batch in crawled for n in batch]
    assert sorted(names) == ["a", "b", "c"]


def test_two_scheduler_processes_on_one_redis(
    site: Site, redis_client: redis.Redis, keys: Keys, cli_env: dict[str, str]
) -> None:
    paths = news_site(site)
    registry = SourceRegistry(redis_client, keys)
    for i in range(4):
        site.routes[f"/feed{i}.xml"] = site.routes["/feed.xml"]
        registry.add(Source(f"feed{i}", site.url(f"/feed{i}.xml"), INTERVAL))
    env = {**cli_env, "AGGREGATOR_SETTINGS": "aggregator_scrapy.settings.development"}
    command = [sys.executable, "-m", "aggregator", "schedule", "--once", "--batch", "2"]
    runs = [subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True)
            for _ in range(2)]  # fmt: skip
    outputs = [run.communicate(timeout=60)[0] for run in runs]
    assert all(run.returncode == 0 for run in runs)
    assert [site.hits(f"/feed{i}.xml") for i in range(4)] == [1, 1, 1, 1]
    assert all(site.hits(p) >= 1 for p in paths)
    crawled = [n for out in outputs for n in out.split(":", 1)[1].split(", ")]
    assert sorted(n.strip() for n in crawled if n.strip() != "-") == [f"feed{i}" for i in range(4)]


def test_a_stopped_scheduler_hands_its_sources_back(redis_client: redis.Redis, keys: Keys) -> None:
    SourceRegistry(redis_client, keys).add(Source("a", "https://a.example/feed", INTERVAL))

    def interrupted(sources: Sequence[Source]) -> None:
        raise KeyboardInterrupt

    clock = Clock()
    with pytest.raises(KeyboardInterrupt):
        Scheduler(redis_client, keys, interrupted, clock=clock).run_once()
    assert ScheduleState(redis_client, keys).claim("other", clock.now, clock.now + 60, 5) == ["a"]
