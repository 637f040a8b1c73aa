"""Publish and consume throughput per sink, and end-to-end latency, against raw Redis calls.

Run: python bench/consumer.py [--count N] [--out bench/results/consumer.md]
Uses REDIS_URL when set, else a private embedded Redis of its own; the PostgreSQL row runs when
AGGREGATOR_TEST_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/postgres) answers.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import redis

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from aggregator.keys import Keys
from aggregator.stream import articles as queue
from aggregator.stream.consumer import Consumer
from aggregator.stream.sinks import CallableSink, JsonlSink, Sink
from bench._env import bench_redis
from tests.fixtures_consumer import make_article

POSTGRES_URL = os.environ.get(
    "AGGREGATOR_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)
ARTICLE_BYTES = 5000


def timed(fn: Callable[[], int]) -> float:
    """Items per second of ``fn`` (which returns how many items it handled)."""
    start = time.perf_counter()
    count = fn()
    return count / (time.perf_counter() - start)


def bench_publish(client: redis.Redis, keys: Keys, count: int) -> dict[str, float]:
    articles = [make_article(n, size=ARTICLE_BYTES) for n in range(count)]

    def raw() -> int:
        payloads = [a.to_json() for a in articles]
        pipe = client.pipeline(transaction=False)
        for i, payload in enumerate(payloads):
            pipe.xadd(keys.stream + ":raw", {"article": payload})
            if i % 100 == 99:
                pipe.execute()
        pipe.execute()
        return count

    def one_by_one() -> int:
        for article in articles[: count // 4]:
            queue.publish(client, keys, article)
        return count // 4

    def batched() -> int:
        for i in range(0, count, 100):
            queue.publish_many(client, keys, articles[i : i + 100])
        return count

    rates = {"raw XADD, pipelined by 100 (baseline)": timed(raw)}
    client.delete(keys.stream + ":raw")
    rates["queue.publish, one round trip each"] = timed(one_by_one)
    client.delete(keys.stream)
    rates["queue.publish_many, by 100"] = timed(batched)
    return rates


def raw_consume(client: redis.Redis, keys: Keys, group: str) -> int:
    """Baseline: XREADGROUP COUNT 100 + XACK, no decoding, no sink."""
    queue.ensure_group(client, keys, group)
    done = 0
    while reply := client.xreadgroup(group, "raw", {keys.stream: ">"}, count=100):
        ids = [entry_id for entry_id, _ in reply[0][1]]
        client.xack(keys.stream, group, *ids)
        done += len(ids)
    return done


def consume(client: redis.Redis, keys: Keys, group: str, sink: Sink) -> int:
    consumer = Consumer(client, keys, group, batch_size=100, block_ms=50)
    return consumer.run(sink, idle_exit=0.0)


def postgres_sink() -> Sink | None:
    try:
        from aggregator.stream.sinks.postgresql import PostgresSink

        return PostgresSink(f"{POSTGRES_URL}?table=bench_{uuid.uuid4().hex[:8]}")
    except Exception as exc:  # a benchmark row, not a failure
        print(f"PostgreSQL row skipped: {exc}", file=sys.stderr)
        return None


def drop_table(sink: Sink) -> None:
    import psycopg

    table = sink.table.as_string()  # type: ignore[attr-defined]
    with psycopg.connect(POSTGRES_URL) as conn:
        conn.execute(f"DROP TABLE IF EXISTS {table}")


def bench_consume(client: redis.Redis, keys: Keys, tmp: Path, run: int) -> dict[str, float]:
    baseline = timed(lambda: raw_consume(client, keys, f"raw{run}"))
    rates = {"raw XREADGROUP+XACK by 100 (baseline)": baseline}
    rates["Consumer -> callable (no-op)"] = timed(
        lambda: consume(client, keys, f"noop{run}", CallableSink(lambda batch: None))
    )
    jsonl = JsonlSink(tmp / f"bench{run}.jsonl")
    rates["Consumer -> JSON lines (fsync per batch)"] = timed(
        lambda: consume(client, keys, f"jsonl{run}", jsonl)
    )
    jsonl.close()
    (tmp / f"bench{run}.jsonl").unlink()
    pg = postgres_sink()
    if pg is not None:
        rates["Consumer -> PostgreSQL (upsert)"] = timed(
            lambda: consume(client, keys, f"pg{run}", pg)
        )
        drop_table(pg)
        pg.close()
    return rates


def best(runs: list[dict[str, float]]) -> dict[str, float]:
    """Per row, the best of the runs (the least disturbed by other load)."""
    return {key: max(run[key] for run in runs) for key in runs[0]}


def bench_latency(client: redis.Redis, keys: Keys, count: int, rate: float) -> list[float]:
    """Milliseconds from publish to the sink, with a consumer running alongside."""
    client.delete(keys.stream)
    queue.ensure_group(client, keys, "latency")
    published: dict[str, float] = {}
    received: dict[str, float] = {}

    def store(batch: Sequence[dict[str, Any]]) -> None:
        now = time.perf_counter()
        received.update((m["id"], now) for m in batch)

    consumer = Consumer(client, keys, "latency", block_ms=100)
    thread = threading.Thread(target=consumer.run, args=(CallableSink(store),))
    thread.start()
    for n in range(count):
        article = make_article(n, size=ARTICLE_BYTES)
        published[article.id] = time.perf_counter()
        queue.publish(client, keys, article)
        time.sleep(1 / rate)
    while len(received) < count:
        time.sleep(0.01)
    consumer.stop()
    thread.join()
    return sorted((received[i] - published[i]) * 1000 for i in published)


def report(
    publish: dict[str, float],
    consume: dict[str, float],
    latency: list[float],
    count: int,
    runs: int,
    redis_version: str,
) -> str:
    lines = [
        "# Consumer benchmark",
        "",
        f"`python bench/consumer.py --count {count} --runs {runs}` on {platform.node()} "
        f"({platform.processor() or platform.machine()}, Python {platform.python_version()}, "
        f"Redis {redis_version}); "
        f"articles of ~{ARTICLE_BYTES} bytes of text. Ratios are against the baseline row "
        f"of the same table, run in the same process; each row is the best of {runs} "
        f"interleaved rounds (load average at the end: {os.getloadavg()[0]:.1f} on "
        f"{os.cpu_count()} CPUs).",
        "",
    ]
    for title, rates in (("Publish", publish), ("Consume", consume)):
        baseline = next(iter(rates.values()))
        lines += [f"## {title}", "", "| path | messages/s | vs baseline |", "|---|---:|---:|"]
        lines += [f"| {k} | {v:,.0f} | {v / baseline:.2f} |" for k, v in rates.items()]
        lines.append("")
    p50, p99 = statistics.median(latency), latency[int(len(latency) * 0.99) - 1]
    lines += [
        "## End-to-end latency",
        "",
        f"{len(latency)} articles published one by one at ~500/s with a Consumer (callable sink)"
        " running alongside: publish call to sink write.",
        "",
        "| p50 ms | p99 ms | max ms |",
        "|---:|---:|---:|",
        f"| {p50:.2f} | {p99:.2f} | {latency[-1]:.2f} |",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3, help="rounds; each row keeps its best")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    with bench_redis() as url:
        client = redis.Redis.from_url(url, decode_responses=True)
        version = str(client.info()["redis_version"])
        keys = Keys(prefix=f"bench:{uuid.uuid4().hex[:8]}:")
        try:
            with tempfile.TemporaryDirectory() as tmp:
                publishes, consumes = [], []
                for run in range(args.runs):
                    publishes.append(bench_publish(client, keys, args.count))
                    consumes.append(bench_consume(client, keys, Path(tmp), run))
                publish, consume = best(publishes), best(consumes)
                latency = bench_latency(client, keys, 1000, rate=500)
        finally:
            for key in client.scan_iter(match=keys.all_pattern()):
                client.delete(key)
            client.close()
    text = report(publish, consume, latency, args.count, args.runs, version)
    print(text)
    if args.out:
        args.out.write_text(text)


if __name__ == "__main__":
    main()
