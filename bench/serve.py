"""``aggregator serve`` under a fleet's data: 1,000 sources and 100,000 stream entries.

Run: python -m bench.serve [--sources 1000] [--entries 100000] [--requests 100]
     [--out bench/results/serve.md]
Uses REDIS_URL when set, else a private embedded Redis of its own; works under a key prefix
of its own and deletes it afterwards. ``serve`` runs as the operator runs it, in its own
process; each endpoint's latency is compared with ``/healthz`` (one PING: the HTTP stack's
own cost) and with building the same document in this process (what ``status --json``
computes).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import redis

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from aggregator.config import Config
from aggregator.keys import Keys
from aggregator.ops.documents import status_document
from aggregator.ops.passes import observe
from aggregator.sources.health import PollOutcome, SourceHealth
from aggregator.sources.registry import Source
from aggregator.web.metrics import TTL
from bench._env import bench_redis

TARGET_MS = 50.0
#: Every /metrics scrape of one Prometheus (15 s apart) is a new reading of Redis: its
#: requests are spaced past the 1 s the body is served again (aggregator.web.metrics.TTL).
FRESH = TTL + 0.05
GZIP = {"Accept-Encoding": "gzip"}
#: Row label -> (path, pause before each request, request headers).
ENDPOINTS: dict[str, tuple[str, float, dict[str, str]]] = {
    "`/healthz`": ("/healthz", 0.0, {}),
    "`/metrics`, each a new reading (as Prometheus scrapes)": ("/metrics", FRESH, {}),
    "`/metrics`, new readings, gzip asked (as Prometheus asks)": ("/metrics", FRESH, GZIP),
    "`/metrics` again within its 1 s (a second scraper)": ("/metrics", 0.0, {}),
    "`/api/status`": ("/api/status", 0.0, {}),
    "`/api/sources`": ("/api/sources", 0.0, {}),
    "`/`": ("/", 0.0, {}),
}
METRICS = "`/metrics`, each a new reading (as Prometheus scrapes)"


def fill(client: redis.Redis, keys: Keys, sources: int, entries: int) -> None:
    """Sources with a realistic mix of health; a stream of small entries; three groups."""
    health = SourceHealth(client, keys)
    pipe = client.pipeline(transaction=False)
    for n in range(sources):
        source = Source(name=f"source-{n:04d}", url=f"https://site{n}.example/feed.xml")
        pipe.hset(keys.sources, source.name, source.to_json())  # add() checks one by one
    pipe.execute()
    for n in range(sources):
        name = f"source-{n:04d}"
        failed = n % 10 == 0
        outcome = PollOutcome("error", error_kind="dns", message="no such host") if failed \
            else PollOutcome("ok", http_status=200, entries=20)  # fmt: skip
        health.polled(name, outcome)
        health.count(name, "published", n % 50)
        health.count(name, "bot_wall", n % 3)
    article = json.dumps({"id": "x" * 32, "title": "t" * 80, "duplicate_of": None})
    for start in range(0, entries, 1000):
        pipe = client.pipeline(transaction=False)
        for _ in range(min(1000, entries - start)):
            pipe.xadd(keys.stream, {"id": "x", "article": article})
        pipe.execute()
    # As consumers make them (from "0"), and read: all, half, nothing.
    for group in ("live", "search", "archive"):
        client.xgroup_create(keys.stream, group, id="0")
    for group, count in (("live", entries), ("search", entries // 2)):
        for start in range(0, count, 10_000):
            client.xreadgroup(group, "bench", {keys.stream: ">"}, count=min(10_000, count - start))
    for seconds in (2.0, 40.0, 400.0):
        observe(client, keys, "crawl", seconds)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_serve(url: str, keys: Keys, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "REDIS_URL": url, "AGGREGATOR_KEY_PREFIX": keys.prefix}
    process = subprocess.Popen(
        [sys.executable, "-m", "aggregator", "-q", "serve", "--port", str(port)], env=env
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1).read()
            return process
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("serve did not start")


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of a process (Linux /proc), whatever else the machine runs."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def latencies(
    url: str, requests: int, pid: int, pause: float = 0.0, headers: dict[str, str] | None = None
) -> tuple[list[float], int, float]:
    """Milliseconds of each GET after two warm-ups (each after ``pause`` seconds, not
    counted), the body's size as sent, and serve's CPU milliseconds per request (wall time
    on a shared machine includes waiting for a core)."""
    request = urllib.request.Request(url, headers=headers or {})
    size = 0
    for _ in range(2):
        size = len(urllib.request.urlopen(request, timeout=30).read())
    times = []
    cpu = cpu_seconds(pid)
    for _ in range(requests):
        time.sleep(pause)
        start = time.perf_counter()
        urllib.request.urlopen(request, timeout=30).read()
        times.append((time.perf_counter() - start) * 1000)
    return times, size, (cpu_seconds(pid) - cpu) * 1000 / requests


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18]


def in_process(client: redis.Redis, config: Config, requests: int) -> list[float]:
    times = []
    for _ in range(requests):
        start = time.perf_counter()
        json.dumps(status_document(client, config, time.time()))
        times.append((time.perf_counter() - start) * 1000)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=1000)
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--quick", action="store_true", help="100 sources, 10k entries")
    parser.add_argument("--out", type=Path, default=Path("bench/results/serve.md"))
    args = parser.parse_args(argv)
    if args.quick:
        args.sources, args.entries, args.requests = 100, 10_000, 50
    with bench_redis() as url:
        rows, document, version = measure(url, args)
    report = render(args, rows, document, version)
    print(report)
    args.out.write_text(report, encoding="utf-8")
    return 0  # the verdict is in the report; a busy machine is not a broken benchmark


def measure(
    url: str, args: argparse.Namespace
) -> tuple[dict[str, tuple[list[float], int, float]], list[float], str]:
    """The endpoints' latencies, the in-process document times and the Redis version."""
    client = redis.Redis.from_url(url, decode_responses=True)
    keys = Keys(prefix=f"bench:serve:{uuid.uuid4().hex[:8]}:")
    config = Config(redis_url=url, keys=keys)
    try:
        fill(client, keys, args.sources, args.entries)
        port = free_port()
        serve = start_serve(url, keys, port)
        try:
            rows = {
                label: latencies(
                    f"http://127.0.0.1:{port}{path}", args.requests, serve.pid, pause, headers
                )
                for label, (path, pause, headers) in ENDPOINTS.items()
            }
        finally:
            serve.terminate()
            serve.wait(30)
        document = in_process(client, config, args.requests)
        version = str(client.info("server")["redis_version"])
    finally:
        for key in client.scan_iter(match=keys.all_pattern(), count=1000):
            client.delete(key)
        client.close()
    return rows, document, version


def render(
    args: argparse.Namespace,
    rows: dict[str, tuple[list[float], int, float]],
    document: list[float],
    version: str,
) -> str:
    base = p95(rows["`/healthz`"][0])
    lines = [
        "# serve benchmark",
        "",
        f"`python -m bench.serve --sources {args.sources} --entries {args.entries} "
        f"--requests {args.requests}` on {platform.node()} ({platform.machine()}, Python "
        f"{platform.python_version()}, Redis {version}); `aggregator serve` in its own process, "
        f"{args.requests} sequential GETs per row after two warm-ups (the rows of new readings "
        f"{FRESH:.2f} s apart, past the {TTL:.0f} s a body is served again); three consumer groups "
        "(lag 100%, 50%, 0%). Ratios are p95 against `/healthz` (one PING: the HTTP stack's "
        f"own cost) in the same run; body bytes as sent. Target: `/metrics` p95 < "
        f"{TARGET_MS:.0f} ms, each a new reading. Load "
        f"average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs.",
        "",
        "| path | p50 ms | p95 ms | p95 vs /healthz | serve CPU ms/request | body bytes |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for label, (times, size, cpu) in rows.items():
        lines.append(
            f"| {label} | {statistics.median(times):.1f} | {p95(times):.1f} | "
            f"{p95(times) / base:.1f} | {cpu:.1f} | {size:,} |"
        )
    lines.append(
        f"| status document in-process (what `status --json` computes) | "
        f"{statistics.median(document):.1f} | {p95(document):.1f} | "
        f"{p95(document) / base:.1f} | | |"
    )
    metrics = p95(rows[METRICS][0])
    verdict = "met" if metrics < TARGET_MS else "MISSED"
    lines += ["", f"`/metrics` p95 {metrics:.1f} ms, each a new reading: target {verdict}.", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
