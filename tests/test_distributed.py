"""Two ``aggregator worker`` processes share one Redis frontier and one generated news site."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import redis

from aggregator.config import Config
from aggregator.crawl.distributed import enqueue_pass, frontier_client
from aggregator.crawl.frontier import Frontier
from aggregator.keys import Keys
from aggregator.sources.health import SourceHealth, dropped_counts
from aggregator.sources.registry import Source
from aggregator.stream.articles import decode
from tests.httpserver import FixtureServer
from tests.newssite import article_path, serve_news_site

ARTICLES = 300
FEEDS = 3
PATIENCE = 90.0  # seconds before a wait gives up: a bound on a hang, not a speed test


def _wait(what: str, condition: Callable[[], bool]) -> None:
    deadline = time.monotonic() + PATIENCE
    while not condition():
        assert time.monotonic() < deadline, f"gave up waiting until {what}"
        time.sleep(0.1)


@contextmanager
def _workers(
    n: int, env: dict[str, str], frontier: Frontier
) -> Iterator[list[subprocess.Popen[str]]]:
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "aggregator", "worker"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,  # its own process group, so a kill takes its children too
        )
        for _ in range(n)
    ]
    try:
        _wait(f"{n} workers joined", lambda: frontier.counts()["workers"] == n)
        yield procs
    finally:
        for proc in procs:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()


def _stop(proc: subprocess.Popen[str]) -> dict[str, int]:
    """Stop a worker as an operator does (SIGTERM) and read its summary line."""
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err[-2000:]
    assert "DeprecationWarning" not in err
    counts: dict[str, int] = json.loads(out.strip().splitlines()[-1].split(": ", 1)[1])
    return counts


def _env(cli_env: dict[str, str]) -> dict[str, str]:
    return {
        **cli_env,
        "AGGREGATOR_DISTRIBUTED": "1",
        "AGGREGATOR_SETTINGS": "tests.distributed_settings",
        "AGGREGATOR_HOST_DELAY": "0.005",
    }


def _published(client: redis.Redis, keys: Keys) -> list[str]:
    return [decode(fields)["url"] for _, fields in client.xrange(keys.stream)]


def _drained(frontier: Frontier, client: redis.Redis, keys: Keys) -> bool:
    counts = frontier.counts()
    done = counts["feeds"] == counts["requests"] == counts["inflight"] == 0
    return done and client.xlen(keys.stream) >= ARTICLES


def test_two_workers_crawl_every_article_once_and_share_the_work(
    config: Config, cli_env: dict[str, str], redis_client: redis.Redis, keys: Keys
) -> None:
    frontier = Frontier(frontier_client(config), keys)
    with FixtureServer() as server, _workers(2, _env(cli_env), frontier) as procs:
        feeds = serve_news_site(server, ARTICLES, FEEDS)
        report = enqueue_pass(config, [Source(name=n, url=u) for n, u in feeds.items()])
        assert report.feeds == FEEDS
        _wait("every article is published", lambda: _drained(frontier, redis_client, keys))
        counts = [_stop(p) for p in procs]
        fetched = Counter(p for p in server.paths() if p.startswith("/news/"))

    urls = _published(redis_client, keys)
    expected = {server.url(article_path(i)) for i in range(ARTICLES)}
    assert len(urls) == ARTICLES and set(urls) == expected  # each published exactly once
    assert set(fetched) == {article_path(i) for i in range(ARTICLES)}
    assert set(fetched.values()) == {1}  # each page fetched once, by one worker
    assert sum(c["published"] for c in counts) == ARTICLES
    assert all(c["published"] >= ARTICLES // 10 for c in counts), counts  # both did real work


def test_a_killed_worker_loses_nothing_after_the_next_schedule_pass(
    config: Config, cli_env: dict[str, str], redis_client: redis.Redis, keys: Keys
) -> None:
    frontier = Frontier(frontier_client(config), keys)
    env = {**_env(cli_env), "AGGREGATOR_HOST_DELAY": "0.02"}  # a crawl long enough to kill
    with FixtureServer() as server, _workers(2, env, frontier) as (victim, survivor):
        feeds = serve_news_site(server, ARTICLES, FEEDS)
        sources = [Source(name=n, url=u) for n, u in feeds.items()]
        enqueue_pass(config, sources)
        _wait("a third is published", lambda: redis_client.xlen(keys.stream) >= ARTICLES // 3)
        os.killpg(victim.pid, signal.SIGKILL)
        victim.wait()
        mark = f"{socket.gethostname()}-{victim.pid}-".encode()
        held = sum(o.startswith(mark) for o in frontier.client.hvals(keys.frontier_owners))
        _wait("the dead worker's heartbeat ran out", lambda: frontier.counts()["workers"] == 1)
        assert survivor.poll() is None  # the other one carries on

        report = enqueue_pass(config, sources)  # the next schedule pass
        _wait("every article is published", lambda: _drained(frontier, redis_client, keys))
        survived = _stop(survivor)

    urls = _published(redis_client, keys)
    assert held > 0  # it died holding leases: these requests came back
    assert report.feeds == FEEDS
    assert sorted(urls) == sorted(server.url(article_path(i)) for i in range(ARTICLES))
    assert survived["published"] > 0


def test_failed_fetches_in_a_worker_are_recorded_acked_and_survived(
    config: Config, cli_env: dict[str, str], redis_client: redis.Redis, keys: Keys
) -> None:
    """A feed on a closed port, a feed answering 500 and article pages that 404: each is
    recorded on its source with its typed reason and acked (nothing stays in flight); the
    worker goes on and publishes the rest."""
    frontier = Frontier(frontier_client(config), keys)
    with FixtureServer() as server, _workers(1, _env(cli_env), frontier) as (worker,):
        feeds = serve_news_site(server, 20, 1)
        missing = {article_path(3), article_path(11)}
        for path in missing:
            del server.routes[path]
        sources = [Source(name=n, url=u) for n, u in feeds.items()]
        sources += [
            Source(name="refused", url="http://127.0.0.1:9/feed.xml"),
            Source(name="broken", url=server.url("/status/500")),
        ]
        enqueue_pass(config, sources)

        def drained() -> bool:
            counts = frontier.counts()
            idle = counts["feeds"] == counts["requests"] == counts["inflight"] == 0
            return idle and redis_client.xlen(keys.stream) >= 18

        _wait("every request is done", drained)
        time.sleep(0.5)  # anything still to come would show now
        assert worker.poll() is None  # the failures did not stop it
        counts = _stop(worker)

    health = SourceHealth(redis_client, keys)
    assert health.get("refused").get("last_error", "").startswith("connection: ")
    assert health.get("broken").get("last_error", "").startswith("http: "), health.get("broken")
    good = health.get("times-0")
    assert good.get("count:published") == "18", good
    assert sum(dropped_counts(good).values()) == 2, good  # the two missing pages
    urls = _published(redis_client, keys)
    assert sorted(urls) == sorted(server.url(article_path(i)) for i in range(20)
                                  if article_path(i) not in missing)  # fmt: skip
    assert counts["published"] == 18 and counts["requeued"] == 0
    assert frontier.counts()["inflight"] == 0
