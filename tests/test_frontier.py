"""The frontier core on a real Redis: leases, requeue of lost requests, seen window, host limit."""

from __future__ import annotations

import pickle
from collections.abc import Iterator

import pytest
import redis

from aggregator.crawl.frontier import Frontier, source_of
from aggregator.crawl.hostlimit import HostRateLimit
from aggregator.keys import Keys
from aggregator.models import FeedEntry
from aggregator.sources.registry import Source
from aggregator_scrapy.frontier import serializer


@pytest.fixture
def binary(redis_url: str, redis_client: redis.Redis) -> Iterator[redis.Redis]:
    """A bytes client; ``redis_client`` deletes the test's keys afterwards."""
    client = redis.Redis.from_url(redis_url)
    yield client
    client.close()


def _worker(binary: redis.Redis, keys: Keys, name: str) -> Frontier:
    frontier = Frontier(binary, keys, name)
    frontier.heartbeat(60)
    return frontier


def test_a_pop_is_a_lease_until_acked(binary: redis.Redis, keys: Keys) -> None:
    a = _worker(binary, keys, "a")
    a.push(b"late", 0)
    a.push(b"urgent", -10)
    lease, data = a.pop(60) or ("", b"")
    assert data == b"urgent"
    assert a.counts() == {"feeds": 0, "requests": 1, "inflight": 1, "workers": 1}
    assert a.requeue_lost() == 0  # a is alive and within its lease
    a.ack(lease)
    assert a.counts()["inflight"] == 0


def test_requests_of_a_dead_worker_come_back_with_their_priority(
    binary: redis.Redis, keys: Keys
) -> None:
    dead, alive = _worker(binary, keys, "dead"), _worker(binary, keys, "alive")
    dead.push(b"first", -5)
    dead.push(b"second", 0)
    assert dead.pop(60) and dead.pop(60)
    alive.push(b"third", -1)
    binary.zrem(keys.frontier_workers, "dead")  # its heartbeat ran out
    assert alive.requeue_lost() == 2
    popped = [alive.pop(60), alive.pop(60), alive.pop(60)]
    assert [p[1] for p in popped if p] == [b"first", b"third", b"second"]


def test_an_expired_lease_comes_back_and_a_leaving_worker_gives_its_leases_back(
    binary: redis.Redis, keys: Keys
) -> None:
    a = _worker(binary, keys, "a")
    a.push(b"hung", 0)
    assert a.pop(-1)  # a deadline in the past
    assert a.requeue_lost() == 1
    assert a.pop(60)
    assert a.leave() == 1
    assert a.counts() == {"feeds": 0, "requests": 1, "inflight": 0, "workers": 0}


def test_a_pushed_back_request_releases_its_lease(binary: redis.Redis, keys: Keys) -> None:
    a = _worker(binary, keys, "a")
    a.push(b"page", 0)
    lease, _ = a.pop(60) or ("", b"")
    a.push(b"page-retry", 0, release=lease)
    assert a.counts()["inflight"] == 0
    assert a.queued() == 1


def test_the_seen_window_forgets_old_fingerprints(binary: redis.Redis, keys: Keys) -> None:
    a = Frontier(binary, keys)
    assert not a.seen("fp1", 3600)
    assert a.seen("fp1", 3600)
    for n in range(50):
        a.seen(f"old{n}", 0)  # a zero window: each is trimmed at once
    assert not a.seen("old1", 0)
    assert binary.zcard(keys.frontier_seen) <= 2


def test_feed_messages_are_not_queued_twice(binary: redis.Redis, keys: Keys) -> None:
    a = Frontier(binary, keys)
    sources = [Source(name="one", url="http://a.example/feed"), Source("two", "http://b/f")]
    assert a.add_feeds(sources) == 2
    assert a.add_feeds(sources[:1]) == 0
    messages = binary.lrange(keys.frontier_feeds, 0, -1)
    assert [source_of(m) for m in messages] == sources


def test_the_host_limit_spaces_requests_across_callers(binary: redis.Redis, keys: Keys) -> None:
    one, two = HostRateLimit(binary, keys, 10.0), HostRateLimit(binary, keys, 10.0)
    waits = [one.reserve("news.example"), two.reserve("news.example"), one.reserve("News.Example")]
    assert waits[0] == 0
    assert 9.5 <= waits[1] <= 10.0
    assert 19.5 <= waits[2] <= 20.0
    assert one.reserve("other.example") == 0
    assert HostRateLimit(binary, keys, 0).reserve("news.example") == 0


def test_the_serializer_loads_requests_and_refuses_other_classes() -> None:
    entry = FeedEntry(url="http://a.example/1", title="One", authors=("A",))
    record = {"cb_kwargs": {"source": Source("one", "http://a.example/f"), "entry": entry}}
    assert serializer.loads(serializer.dumps(record)) == record

    class Evil:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            import os

            return (os.system, ("true",))

    with pytest.raises(pickle.UnpicklingError, match="refused"):
        serializer.loads(pickle.dumps(Evil()))
