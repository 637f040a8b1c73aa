"""The scheduler as it runs in production: ``aggregator schedule`` for ever until SIGTERM, a
crawl child stopped at its timeout, and a lease lost while a long crawl runs."""

from __future__ import annotations

import dataclasses
import logging
import multiprocessing
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Sequence

import pytest
import redis

from aggregator.config import Config
from aggregator.crawl.runner import crawl_in_child
from aggregator.keys import Keys
from aggregator.ops import heartbeat
from aggregator.sources.due import ScheduleState
from aggregator.sources.health import SourceHealth
from aggregator.sources.registry import Source, SourceRegistry
from aggregator.sources.schedule import Scheduler
from tests.fixtures_consumer import wait_for
from tests.sites import Site, news_site, serve
from tests.test_hostile_server import HostileServer, stall

INTERVAL = 900


@pytest.fixture
def site() -> Iterator[Site]:
    yield from serve(Site())


def test_schedule_runs_until_sigterm_and_polls_each_source_once_per_interval(
    site: Site, redis_client: redis.Redis, keys: Keys, cli_env: dict[str, str]
) -> None:
    paths = news_site(site)
    SourceRegistry(redis_client, keys).add(Source("news", site.url("/feed.xml"), INTERVAL))
    env = {**cli_env, "AGGREGATOR_SETTINGS": "aggregator_scrapy.settings.development"}
    command = [sys.executable, "-m", "aggregator", "schedule"]
    scheduler = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
    health = SourceHealth(redis_client, keys)
    try:
        state = ScheduleState(redis_client, keys)
        wait_for(lambda: health.get("news").get("polls") == "1" and not state.leases(), 90,
                 "the first pass to end")  # fmt: skip
        started = time.time()
        promised = heartbeat.deadline(redis_client, keys, "schedule")
        time.sleep(2)
        assert scheduler.poll() is None, "schedule exited on its own"
        # Each pass beats first: a scheduler that loops without waiting for the next due
        # time would have beaten again by now, though it has nothing to poll.
        assert heartbeat.deadline(redis_client, keys, "schedule") == promised
        scheduler.send_signal(signal.SIGTERM)
        _, err = scheduler.communicate(timeout=40)
    finally:
        scheduler.kill()
    assert scheduler.returncode == 0, err
    assert "Traceback" not in err, err
    assert site.hits("/feed.xml") == 1 and all(site.hits(p) == 1 for p in paths)
    assert health.get("news").get("polls") == "1"
    due = ScheduleState(redis_client, keys).due_times()["news"]
    assert started + INTERVAL * 0.5 < due < started + INTERVAL * 1.5  # jittered interval
    assert ScheduleState(redis_client, keys).leases() == {}  # handed back, not held


def test_a_crawl_child_past_its_timeout_is_stopped(config: Config) -> None:
    with HostileServer() as hostile:
        hostile.routes["/stall.xml"] = stall
        dev = dataclasses.replace(config, settings_module="aggregator_scrapy.settings.development")
        source = Source("stalled", hostile.url("/stall.xml"), INTERVAL)
        # The download would wait 300 s; the pass may last 30 (start-up included).
        overrides = {
            "DOWNLOAD_TIMEOUT": 300,
            "RETRY_ENABLED": False,
            "ROBOTSTXT_OBEY": False,
            "EXTRACTION_WORKERS": 1,
        }
        started = time.monotonic()
        code = crawl_in_child(dev, [source], overrides, timeout=30)
        took = time.monotonic() - started
        assert hostile.fetched("/stall.xml")  # stopped in mid-crawl, not before it began
    assert code is None
    assert took < 60
    assert multiprocessing.active_children() == []  # no crawl left running


def test_a_lost_lease_is_noticed_and_the_new_holder_keeps_the_source(
    redis_client: redis.Redis, keys: Keys, caplog: pytest.LogCaptureFixture
) -> None:
    """A crawl outlives its lease (the scheduler stalled: no renewal); another scheduler
    takes the source. The first one says so, and its late reschedule changes nothing."""
    SourceRegistry(redis_client, keys).add(Source("a", "https://a.example/feed", INTERVAL))
    state = ScheduleState(redis_client, keys)
    inside, release = threading.Event(), threading.Event()

    def long_crawl(sources: Sequence[Source]) -> None:
        inside.set()
        release.wait(30)

    now = 1_000_000.0
    first = Scheduler(redis_client, keys, long_crawl, clock=lambda: now, lease=0.3)
    thread = threading.Thread(target=first.run_once)
    with caplog.at_level(logging.WARNING, logger="aggregator.sources.schedule"):
        thread.start()
        assert inside.wait(30)
        # Seen from a second scheduler an hour later, the first one's lease has expired.
        assert state.claim("second", now + 3600, now + 7200, 10) == ["a"]
        wait_for(lambda: "lost the lease on a" in caplog.text, 10, "the lost lease warning")
        release.set()
        thread.join(30)
    assert state.leases() == {"a": now + 7200}  # still the second scheduler's
    assert state.due_times() == {"a": now + 7200}  # the first's reschedule did not land
    assert state.complete("second", "a", now + 9000)
