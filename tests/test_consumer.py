"""The consumer API, the queue's trim policy and status, against a real Redis."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import redis

from aggregator.keys import Keys
from aggregator.stream import articles as queue
from aggregator.stream.consumer import Consumer
from aggregator.stream.sinks import CallableSink
from aggregator.stream.status import queue_status
from tests.fixtures_consumer import assert_valid, make_article


def publish(client: redis.Redis, keys: Keys, count: int, start: int = 0) -> list[str]:
    articles = [make_article(n) for n in range(start, start + count)]
    return queue.publish_many(client, keys, articles)


def collect(client: redis.Redis, keys: Keys, group: str = "g", **kwargs: Any) -> list[Any]:
    got: list[Any] = []
    consumer = Consumer(client, keys, group, block_ms=100, **kwargs)
    written = consumer.run(CallableSink(got.extend), idle_exit=0.3)
    assert written == len(got)
    return got


def test_every_published_message_is_valid_and_reaches_the_sink_once(
    redis_client: redis.Redis, keys: Keys
) -> None:
    queue.publish(redis_client, keys, make_article(0))
    publish(redis_client, keys, 249, start=1)
    for _, fields in redis_client.xrange(keys.stream):
        message = queue.decode(fields)
        assert_valid(message)
        assert (fields["id"], fields["event"]) == (message["id"], message["event"])
        assert int(fields["schema_version"]) == message["schema_version"]
    got = collect(redis_client, keys, batch_size=40)
    assert [m["id"] for m in got] == [make_article(n).id for n in range(250)]
    assert redis_client.xpending(keys.stream, "g")["pending"] == 0


def test_each_group_reads_the_whole_retained_history(redis_client: redis.Redis, keys: Keys) -> None:
    publish(redis_client, keys, 30)
    assert len(collect(redis_client, keys, "first")) == 30
    publish(redis_client, keys, 5, start=30)
    assert len(collect(redis_client, keys, "late")) == 35
    assert len(collect(redis_client, keys, "first")) == 5


def test_a_poison_entry_goes_to_the_dead_letter_stream_while_the_rest_flow(
    redis_client: redis.Redis, keys: Keys
) -> None:
    publish(redis_client, keys, 10)
    poison = redis_client.xadd(keys.stream, {"id": "x", "article": "{not json"})
    publish(redis_client, keys, 10, start=10)
    got = collect(redis_client, keys, max_deliveries=3)
    assert len(got) == 20
    [(_, dead)] = redis_client.xrange(keys.dead_letter)
    assert dead["entry_id"] == poison and dead["deliveries"] == "3"
    assert "undecodable" in dead["error"] and json.loads(dead["fields"])["id"] == "x"
    assert redis_client.xpending(keys.stream, "g")["pending"] == 0


def test_a_message_the_sink_rejects_is_isolated_and_dead_lettered(
    redis_client: redis.Redis, keys: Keys
) -> None:
    publish(redis_client, keys, 12)
    bad_id = make_article(5).id
    stored: list[str] = []

    def store(batch: Sequence[dict[str, Any]]) -> None:
        if any(m["id"] == bad_id for m in batch):
            raise ValueError(f"refused {bad_id}")
        stored.extend(m["id"] for m in batch)

    Consumer(redis_client, keys, "g", block_ms=100, max_deliveries=2).run(
        CallableSink(store), idle_exit=0.3
    )
    assert sorted(stored) == sorted(make_article(n).id for n in range(12) if n != 5)
    [(_, dead)] = redis_client.xrange(keys.dead_letter)
    assert "refused" in dead["error"] and dead["deliveries"] == "2"


def test_a_sink_that_is_down_is_retried_and_nothing_is_acknowledged_meanwhile(
    redis_client: redis.Redis, keys: Keys
) -> None:
    publish(redis_client, keys, 8)
    pending_while_down: list[int] = []
    stored: list[str] = []

    def store(batch: Sequence[dict[str, Any]]) -> None:
        if len(pending_while_down) < 3:
            pending_while_down.append(redis_client.xpending(keys.stream, "g")["pending"])
            raise ConnectionRefusedError("database restarting")
        stored.extend(m["id"] for m in batch)

    Consumer(redis_client, keys, "g", block_ms=100, max_deliveries=1).run(
        CallableSink(store), idle_exit=0.3
    )
    assert pending_while_down == [8, 8, 8]
    assert len(stored) == 8 and redis_client.xlen(keys.dead_letter) == 0
    assert redis_client.xpending(keys.stream, "g")["pending"] == 0


def test_entries_of_a_dead_consumer_are_taken_over(redis_client: redis.Redis, keys: Keys) -> None:
    publish(redis_client, keys, 20)
    queue.ensure_group(redis_client, keys, "g")
    redis_client.xreadgroup("g", "dead", {keys.stream: ">"}, count=7)  # and never acks
    got = collect(redis_client, keys, reclaim_after=0.5)
    assert sorted(m["id"] for m in got) == sorted(make_article(n).id for n in range(20))
    assert redis_client.xpending(keys.stream, "g")["pending"] == 0


def test_stop_finishes_and_acknowledges_the_batch(redis_client: redis.Redis, keys: Keys) -> None:
    publish(redis_client, keys, 30)
    consumer = Consumer(redis_client, keys, "g", batch_size=10, block_ms=100)

    def store(batch: Sequence[dict[str, Any]]) -> None:
        consumer.stop()

    assert consumer.run(CallableSink(store)) == 10
    status = queue_status(redis_client, keys)
    assert status["groups"][0]["pending"] == 0 and status["groups"][0]["lag"] == 20


def test_trim_never_drops_what_a_group_has_not_acknowledged(
    redis_client: redis.Redis, keys: Keys
) -> None:
    ids = publish(redis_client, keys, 50)
    queue.ensure_group(redis_client, keys, "slow")
    queue.ensure_group(redis_client, keys, "fast")
    redis_client.xreadgroup("slow", "c", {keys.stream: ">"}, count=20)
    redis_client.xack(keys.stream, "slow", *ids[:10])  # 10..19 stay pending
    redis_client.xreadgroup("fast", "c", {keys.stream: ">"}, count=50)
    redis_client.xack(keys.stream, "fast", *ids)
    assert queue.trim(redis_client, keys, max_length=5) == 10
    assert redis_client.xrange(keys.stream, count=1)[0][0] == ids[10]
    publish(redis_client, keys, 100, start=50)  # producers go on while "slow" lags
    status = queue_status(redis_client, keys)
    slow = next(g for g in status["groups"] if g["name"] == "slow")
    assert (status["length"], slow["pending"], slow["lag"]) == (140, 10, 130)
    assert slow["oldest_pending_id"] == ids[10]
    assert len(collect(redis_client, keys, "slow", reclaim_after=0)) == 140
    assert len(collect(redis_client, keys, "fast")) == 100
    queue.trim(redis_client, keys, max_length=5)
    assert redis_client.xlen(keys.stream) == 5


def test_without_groups_trim_is_a_plain_cap(redis_client: redis.Redis, keys: Keys) -> None:
    publish(redis_client, keys, 12)
    assert queue.trim(redis_client, keys, max_length=4) == 8
    assert queue.trim(redis_client, keys, max_length=4) == 0
    assert queue_status(redis_client, keys)["length"] == 4


def test_the_consumer_trims_acknowledged_entries_when_asked(
    redis_client: redis.Redis, keys: Keys
) -> None:
    publish(redis_client, keys, 40)
    assert len(collect(redis_client, keys, max_length=10)) == 40
    assert redis_client.xlen(keys.stream) == 10


def test_a_restart_under_the_same_name_resumes_its_own_pending_entries(
    redis_client: redis.Redis, keys: Keys
) -> None:
    publish(redis_client, keys, 3)
    poison = redis_client.xadd(keys.stream, {"id": "p", "article": "null"})
    publish(redis_client, keys, 22, start=3)
    queue.ensure_group(redis_client, keys, "g")
    redis_client.xreadgroup("g", "worker", {keys.stream: ">"}, count=30)  # then it crashed
    got = collect(redis_client, keys, name="worker", batch_size=10, max_deliveries=3)
    assert sorted(m["id"] for m in got) == sorted(make_article(n).id for n in range(25))
    [(_, dead)] = redis_client.xrange(keys.dead_letter)
    assert (dead["entry_id"], dead["deliveries"]) == (poison, "3")
    assert redis_client.xpending(keys.stream, "g")["pending"] == 0


def test_a_lost_group_is_created_again(redis_client: redis.Redis, keys: Keys) -> None:
    publish(redis_client, keys, 10)
    got: list[str] = []

    def store(batch: Sequence[dict[str, Any]]) -> None:
        if not got:  # as if Redis restarted without its data
            redis_client.delete(keys.stream)
            publish(redis_client, keys, 5, start=10)
        got.extend(m["id"] for m in batch)

    Consumer(redis_client, keys, "g", block_ms=100).run(CallableSink(store), idle_exit=0.5)
    assert got == [make_article(n).id for n in range(15)]


def test_entries_deleted_while_pending_are_acknowledged(
    redis_client: redis.Redis, keys: Keys
) -> None:
    ids = publish(redis_client, keys, 6)
    queue.ensure_group(redis_client, keys, "g")
    redis_client.xreadgroup("g", "dead", {keys.stream: ">"}, count=6)
    redis_client.xdel(keys.stream, ids[0], ids[3])
    got = collect(redis_client, keys, reclaim_after=0)
    assert len(got) == 4
    assert redis_client.xpending(keys.stream, "g")["pending"] == 0
