"""The same polls in both crawl modes: conditional GET (304), 410 Gone, Retry-After, 5xx.

Local: the scheduler crawls in a child process. Distributed: the scheduler hands the feeds
to a real ``aggregator worker`` through the Redis frontier. Both must leave the same health
and schedule records and send the server the same requests.
"""

from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence

import pytest
import redis

from aggregator.config import DEFAULT_SETTINGS, Config
from aggregator.crawl.distributed import enqueue_pass, frontier_client
from aggregator.crawl.frontier import Frontier
from aggregator.crawl.runner import crawl_in_child
from aggregator.keys import Keys
from aggregator.sources.due import ScheduleState
from aggregator.sources.health import SourceHealth
from aggregator.sources.registry import Source, SourceRegistry
from aggregator.sources.schedule import Scheduler
from tests.sites import Answer, Site, article_html, rss, serve

INTERVAL = 900
PATIENCE = 90.0  # seconds before a wait gives up: a bound on a hang, not a speed test
FEEDS = ("cond", "gone", "busy", "broken")


def _wait(what: str, condition: Callable[[], bool]) -> None:
    deadline = time.monotonic() + PATIENCE
    while not condition():
        assert time.monotonic() < deadline, f"gave up waiting until {what}"
        time.sleep(0.1)


def _feeds(site: Site) -> None:
    """One feed per scenario; /cond.xml answers 304 to a request that has its ETag."""
    site.page("/news/one.html", article_html("Harbour plan approved"))
    body = rss(site, [("/news/one.html", "Harbour plan approved", 0.1)]).encode()

    def cond(headers: dict[str, str]) -> Answer:
        if headers.get("if-none-match") == '"v1"':
            return 304, {"ETag": '"v1"'}, b""
        return 200, {"Content-Type": "application/rss+xml", "ETag": '"v1"'}, body

    site.routes["/cond.xml"] = cond
    site.page("/gone.xml", "gone", status=410)
    site.page("/busy.xml", "busy", status=503, headers={"Retry-After": "7200"})
    site.page("/broken.xml", "oops", status=500)


@pytest.fixture
def site() -> Iterator[Site]:
    for served in serve(Site()):
        _feeds(served)
        yield served


@pytest.fixture
def worker(config: Config, cli_env: dict[str, str]) -> Iterator[None]:
    """One ``aggregator worker`` on the test's Redis and key prefix."""
    env = {**cli_env, "AGGREGATOR_DISTRIBUTED": "1", "AGGREGATOR_HOST_DELAY": "0.005",
           "AGGREGATOR_SETTINGS": "tests.polling_settings"}  # fmt: skip
    proc = subprocess.Popen([sys.executable, "-m", "aggregator", "worker"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)  # fmt: skip
    frontier = Frontier(frontier_client(config), config.keys)
    try:
        _wait("the worker joined", lambda: frontier.counts()["workers"] == 1)
        yield
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def _scheduler(
    mode: str, config: Config, redis_client: redis.Redis, request: pytest.FixtureRequest
) -> Callable[[], list[str]]:
    """One scheduler pass in ``mode`` that returns once every claimed feed was polled."""
    health = SourceHealth(redis_client, config.keys)
    if mode == "local":
        prod = dataclasses.replace(config, settings_module=DEFAULT_SETTINGS)
        overrides = {"EXTRACTION_WORKERS": 1, "AUTOTHROTTLE_ENABLED": False}

        def crawl(sources: Sequence[Source]) -> None:
            assert crawl_in_child(prod, sources, overrides=overrides) == 0

        return Scheduler(redis_client, config.keys, crawl).run_once
    request.getfixturevalue("worker")
    frontier = Frontier(frontier_client(config), config.keys)
    scheduler = Scheduler(
        redis_client, config.keys, lambda s: enqueue_pass(config, s), deferred=True
    )

    def run() -> list[str]:
        before = {n: int(health.get(n).get("polls") or 0) for n in FEEDS}
        names = scheduler.run_once()
        _wait("the worker polled every feed", lambda: all(
            int(health.get(n).get("polls") or 0) > before[n] for n in names))  # fmt: skip
        _wait("the worker is done", lambda: _idle(frontier))
        return names

    return run


def _idle(frontier: Frontier) -> bool:
    counts = frontier.counts()
    return counts["feeds"] == counts["requests"] == counts["inflight"] == 0


def _delay(state: ScheduleState, name: str) -> float:
    return state.due_times()[name] - time.time()


@pytest.mark.parametrize("mode", ["local", "distributed"])
def test_polls_are_judged_the_same_in_both_modes(
    mode: str, site: Site, config: Config, redis_client: redis.Redis, keys: Keys,
    request: pytest.FixtureRequest,
) -> None:  # fmt: skip
    registry, health = SourceRegistry(redis_client, keys), SourceHealth(redis_client, keys)
    state = ScheduleState(redis_client, keys)
    for name in FEEDS:
        registry.add(Source(name, site.url(f"/{name}.xml"), INTERVAL))
    run = _scheduler(mode, config, redis_client, request)

    assert sorted(run()) == sorted(FEEDS)
    _wait("the article is published", lambda: redis_client.xlen(keys.stream) == 1)
    # 410: the source is disabled with its reason and leaves the schedule.
    assert "410 Gone" in str(registry.get("gone").disabled)
    assert "gone" not in state.due_times()
    # Retry-After on a 503: the next poll waits that long; the 503 is not retried at once.
    assert health.get("busy")["last_error"] == "http: HTTP 503"
    assert 0.85 * 7200 <= _delay(state, "busy") <= 1.1 * 7200
    # A 500 is one failed poll, backed off by the scheduler, not Scrapy's blind retries.
    assert health.get("broken")["last_error"] == "http: HTTP 500"
    assert health.get("broken")["consecutive_failures"] == "1"
    assert [site.hits(f"/{n}.xml") for n in FEEDS] == [1, 1, 1, 1]
    assert health.get("cond")["last_status"] == "ok"

    redis_client.zadd(keys.schedule_due, {"cond": 0})  # due again now
    assert run() == ["cond"]
    # The second poll is conditional; the 304 is recorded and fetches no article again.
    assert site.requests[-1][0] == "/cond.xml"
    assert site.requests[-1][1]["if-none-match"] == '"v1"'
    record = health.get("cond")
    assert (record["last_status"], record["unchanged_polls"], record["polls"]) == (
        "unchanged", "1", "2")  # fmt: skip
    assert site.hits("/news/one.html") == 1
    assert 0.85 * INTERVAL <= _delay(state, "cond") <= 1.1 * INTERVAL
    assert redis_client.xlen(keys.stream) == 1
