"""Many-sources benchmark: what a crawl pass costs per source at 100, 1,000 and 5,000 sources.

Run: ``.venv/bin/python -m bench.sources [--sizes 100 1000 5000] [--quick]``
(writes bench/results/sources.md).

Every source is a site of its own on a loopback address (bench/_feedhosts.py), with a
20-entry RSS feed. For each size, three passes of ``aggregator crawl`` with the production
settings, against an embedded Redis of the benchmark's own:

- **first**: every feed answers 200 and is parsed; its entries are a year old, so no page is
  fetched (the cost of polling and parsing alone);
- **unchanged**: every feed answers 304 (the pass a scheduled aggregator runs most often);
- **5% changed**: every 20th feed has one new entry, whose page is fetched and processed.

The baseline is Scrapy alone (bench/_bare_polls.py) sending the same conditional GETs with
the same settings, in the same run: the same robots.txt cache in Redis (our robots.txt
middleware), no pipelines, no registry, no records. Our cost above it is the registry, the
sources' records, health, parsing and the extraction workers' start. Redis round trips
are counted by a proxy in front of Redis (bench/_rtproxy.py: a pipeline is one, a Lua
script's inner calls are none); commands by INFO commandstats (inner calls of scripts
included). CPU and peak memory (PSS) are of the whole crawl process tree. A separate row
crawls the smallest size with 20 fresh entries a feed, every page fetched and processed;
another crawls one source, the start-up every pass pays, taken out in the last table to
show the cost of a source alone as the number of sources grows. ``--profile DIR`` runs
every pass under py-spy (then nothing is written here).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import redis

from aggregator.embedded_redis import EmbeddedRedis
from aggregator.keys import Keys
from aggregator.sources.registry import Source, SourceRegistry
from bench._feedhosts import host_address
from bench._procs import Usage, py_spy, run_measured
from bench._rtproxy import RoundTripProxy

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "results" / "sources.md"
WORK = REPO / "var" / "bench" / "sources"


@dataclass(frozen=True)
class Pass:
    """One measured pass: its name, size, what it cost, what the sites and Redis saw."""

    run: str
    sources: int
    usage: Usage
    requests: dict[str, int]
    redis_round_trips: int
    redis_commands: int

    @property
    def per_source_ms(self) -> float:
        return 1000 * self.usage.cpu_seconds / self.sources

    def row(self) -> str:
        u = self.usage
        requests = ", ".join(f"{k} {v}" for k, v in sorted(self.requests.items()))
        return (
            f"| {self.run} | {self.sources} | {u.seconds:.1f} | {self.sources / u.seconds:.0f} "
            f"| {self.per_source_ms:.1f} | {self.redis_round_trips / self.sources:.2f} "
            f"| {self.redis_commands / self.sources:.1f} "
            f"| {u.peak_rss / 2**20:.0f} | {requests} | {u.returncode} |"
        )


def free_port(address: str) -> int:
    with socket.socket() as probe:
        probe.bind((address, 0))
        return int(probe.getsockname()[1])


@contextmanager
def feed_hosts(hosts: int, fresh: int = 0) -> Iterator[tuple[int, str]]:
    """bench/_feedhosts.py serving ``hosts`` sites; yields (site port, control base URL)."""
    port, control = free_port(host_address(0)), free_port("127.0.0.1")
    options = {"--hosts": hosts, "--port": port, "--control-port": control, "--fresh": fresh}
    command = [sys.executable, "-m", "bench._feedhosts"]
    command += [str(part) for option in options.items() for part in option]
    server = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None and server.stdout.readline().strip() == "ready"
        yield port, f"http://127.0.0.1:{control}"
    finally:
        server.kill()
        server.wait()


def control(base: str, path: str) -> dict[str, int]:
    with urllib.request.urlopen(f"{base}{path}", timeout=30) as response:
        answer: dict[str, int] = json.loads(response.read())
    return answer


def commands(client: redis.Redis) -> int:
    stats = client.info("commandstats")
    return sum(int(v["calls"]) for k, v in stats.items() if k not in ("cmdstat_info",))


class Bench:
    """One embedded Redis, one prefix per size; runs passes and records them."""

    def __init__(self, work: Path, profile: Path | None = None) -> None:
        self.work = work
        self.profile = profile
        self.redis = EmbeddedRedis(work / "redis")
        self.redis.start()
        self.client = redis.Redis.from_url(self.redis.url, decode_responses=True)
        self.proxy = RoundTripProxy(work / "rt.sock", self.redis.socket)
        self.proxy.start()
        self.passes: list[Pass] = []

    def close(self) -> None:
        self.proxy.stop()
        self.redis.release(self.client)

    def env(self, prefix: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("AGGREGATOR_")}
        env.update(
            REDIS_URL=self.proxy.url,
            AGGREGATOR_KEY_PREFIX=prefix,
            AGGREGATOR_DATA_DIR=str(self.work / "data"),
            AGGREGATOR_ALLOW_NETWORKS="127.0.0.0/8",
        )
        return env

    def register(self, prefix: str, hosts: int, port: int) -> None:
        registry = SourceRegistry(self.client, Keys(prefix=prefix))
        registry.add_many([
            Source(f"site-{index}", f"http://{host_address(index)}:{port}/feed.xml")
            for index in range(hosts)
        ])  # fmt: skip

    def measure(self, run: str, sources: int, command: list[str], env: dict[str, str],
                site: str) -> Pass:  # fmt: skip
        before_sites, before_redis = control(site, "/_stats"), commands(self.client)
        before_trips = self.proxy.round_trips
        name = f"{run.replace(' ', '-').replace(',', '').replace(':', '')}-{sources}"
        if self.profile:
            command = [*py_spy(self.profile / f"{name}.txt"), *command]
        usage = run_measured(command, env, REPO, self.work / f"{name}.log")
        after = control(site, "/_stats")
        seen = {
            k: v - before_sites.get(k, 0) for k, v in after.items() if v != before_sites.get(k, 0)
        }
        trips = self.proxy.round_trips - before_trips
        result = Pass(run, sources, usage, seen, trips, commands(self.client) - before_redis - 1)
        print(result.row(), flush=True)
        self.passes.append(result)
        return result

    def size(self, hosts: int) -> None:
        prefix = f"bench-sources-{hosts}:"
        crawl = [sys.executable, "-m", "aggregator", "crawl"]
        with feed_hosts(hosts) as (port, site):
            self.register(prefix, hosts, port)
            env = self.env(prefix)
            self.measure("first (200, nothing new)", hosts, crawl, env, site)
            self.measure("unchanged (304)", hosts, crawl, env, site)
            if not any(p.run == STARTUP for p in self.passes):
                for _ in range(3):  # the median is taken: one pass is noisy on a shared machine
                    self.measure(STARTUP, 1, [*crawl, "--source", "site-0"], env, site)
            urls = self.work / f"urls-{hosts}.txt"
            urls.write_text("\n".join(
                f"http://{host_address(i)}:{port}/feed.xml" for i in range(hosts)))  # fmt: skip
            bare = [sys.executable, "-m", "bench._bare_polls", str(urls), '"v0"']
            self.measure("baseline: Scrapy alone, unchanged (304)", hosts, bare, env, site)
            control(site, "/_change?every=20")
            self.measure("5% changed", hosts, crawl, env, site)

    def fresh(self, hosts: int) -> None:
        prefix = f"bench-sources-fresh-{hosts}:"
        with feed_hosts(hosts, fresh=20) as (port, site):
            self.register(prefix, hosts, port)
            crawl = [sys.executable, "-m", "aggregator", "crawl"]
            self.measure("first, 20 new pages a feed", hosts, crawl, self.env(prefix), site)


HEADER = (
    "| run | sources | seconds | sources/s | CPU ms/source | Redis round trips/source "
    "| Redis commands/source | peak PSS MB | requests seen by the sites | exit |\n"
    "|---|---:|---:|---:|---:|---:|---:|---:|---|---:|"
)


#: A pass over one source: what every pass costs before its first source (imports, Scrapy,
#: the extraction workers' start), subtracted to see the cost of a source alone.
STARTUP = "start-up: one source, unchanged (304)"
UNCHANGED = "unchanged (304)"
BASELINE = "baseline: Scrapy alone, unchanged (304)"


def beyond_startup(passes: list[Pass]) -> list[str]:
    """The unchanged pass's cost per source as the number of sources grows: between two
    sizes (where the start-up cancels out), and net of the start-up (the median pass over
    one source, a difference of two noisy numbers at 100 sources)."""
    startups = sorted((p.usage for p in passes if p.run == STARTUP), key=lambda u: u.cpu_seconds)
    unchanged = sorted((p for p in passes if p.run == UNCHANGED), key=lambda p: p.sources)
    if not startups or not unchanged:
        return []
    s = startups[len(startups) // 2]
    lines = [
        f"Cost of a source alone, unchanged pass (start-up: the median of {len(startups)} "
        f"one-source passes, {s.seconds:.1f} s, {1000 * s.cpu_seconds:.0f} ms CPU):", "",
        "| sources | CPU ms/source from the previous size | (Scrapy alone) "
        "| CPU ms/source net of start-up | sources/s net of start-up |",
        "|---:|---:|---:|---:|---:|",
    ]  # fmt: skip
    steps, bare = [], []
    baseline = {p.sources: p for p in passes if p.run == BASELINE}
    for previous, p in zip([None, *unchanged], unchanged, strict=False):
        step = bare_step = ""
        if previous is not None:
            steps.append(_step(previous, p))
            step = f"{steps[-1]:.2f}"
            if previous.sources in baseline and p.sources in baseline:
                bare.append(_step(baseline[previous.sources], baseline[p.sources]))
                bare_step = f"{bare[-1]:.2f}"
        net = 1000 * (p.usage.cpu_seconds - s.cpu_seconds) / (p.sources - 1)
        rate = (p.sources - 1) / max(p.usage.seconds - s.seconds, 1e-3)
        lines.append(f"| {p.sources} | {step} | {bare_step} | {net:.2f} | {rate:.0f} |")
    if len(steps) > 1:
        lines.append(
            f"\nCPU per source from one size to the next, last step / first step: "
            f"{steps[-1] / steps[0]:.2f}"
            + (f" (Scrapy alone: {bare[-1] / bare[0]:.2f})" if len(bare) > 1 else "")
        )
    return lines


def _step(small: Pass, large: Pass) -> float:
    """CPU ms of each source the larger pass has beyond the smaller one."""
    cpu = large.usage.cpu_seconds - small.usage.cpu_seconds
    return 1000 * cpu / (large.sources - small.sources)


def ratios(passes: list[Pass]) -> list[str]:
    lines = [
        "| sources | unchanged pass: ours / Scrapy alone (seconds) | (CPU) |",
        "|---:|---:|---:|",
    ]
    by = {(p.run, p.sources): p for p in passes}
    for size in sorted({p.sources for p in passes}):
        ours, bare = by.get(("unchanged (304)", size)), by.get(
            ("baseline: Scrapy alone, unchanged (304)", size))  # fmt: skip
        if ours and bare:
            lines.append(
                f"| {size} | {ours.usage.seconds / bare.usage.seconds:.2f} "
                f"| {ours.usage.cpu_seconds / bare.usage.cpu_seconds:.2f} |"
            )
    unchanged = [p for p in passes if p.run == "unchanged (304)"]
    if len(unchanged) > 1:
        low, high = unchanged[0], unchanged[-1]
        lines.append(
            f"\nCPU per source, unchanged pass, {high.sources} / {low.sources} sources: "
            f"{high.per_source_ms / low.per_source_ms:.2f} (start-up included)"
        )
    return lines


def report(passes: list[Pass], argv: list[str]) -> str:
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    load = os.getloadavg()[0]
    return "\n".join([
        "# Many-sources benchmark", "",
        f"{now}, {platform.machine()}, Python {platform.python_version()}, "
        f"{os.cpu_count()} cores, load average {load:.1f} at the end; "
        f"`python -m bench.sources {' '.join(argv)}`", "",
        (__doc__ or "").split("\n\n", 1)[1].strip(), "",
        HEADER, *(p.row() for p in passes), "", *ratios(passes), "",
        *beyond_startup(passes), "",
    ])  # fmt: skip


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Many-sources benchmark")
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000])
    parser.add_argument("--quick", action="store_true", help="100 and 300 sources only")
    parser.add_argument(
        "--profile", type=Path, default=None,
        help="py-spy every pass into this directory (its numbers are then not reported)",
    )  # fmt: skip
    parser.add_argument("--no-fresh", action="store_true", help="skip the 20-new-pages row")
    args = parser.parse_args(argv)
    sizes = [100, 300] if args.quick else args.sizes
    WORK.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=WORK) as work:
        bench = Bench(Path(work), args.profile)
        try:
            print(HEADER, flush=True)
            for size in sizes:
                bench.size(size)
            if not args.no_fresh:
                bench.fresh(min(sizes))
        finally:
            bench.close()
    text = report(bench.passes, argv)
    if not args.quick and not args.profile:
        RESULTS.write_text(text, encoding="utf-8")
    print("\n".join([*ratios(bench.passes), "", *beyond_startup(bench.passes)]))
    return 0


if __name__ == "__main__":
    start = time.perf_counter()
    code = main(sys.argv[1:])
    print(f"({time.perf_counter() - start:.0f} s)", file=sys.stderr)
    sys.exit(code)
