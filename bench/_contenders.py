"""The contenders of the crawl benchmark: our crawl, the extraction-only limit, the peers."""

from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
import threading
import time
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import redis

from aggregator.keys import Keys
from aggregator.sources.registry import Source, SourceRegistry
from bench._procs import Usage, py_spy, run_measured

REPO = Path(__file__).resolve().parent.parent
WORK = REPO / "var" / "bench"
#: The peers, each pinned and installed by the benchmark into its own virtualenv.
PEERS = {"news-please": "news-please==1.6.16", "newspaper4k": "newspaper4k==0.9.6"}
DRIVERS = {"news-please": "newsplease_driver.py", "newspaper4k": "newspaper4k_driver.py"}


@dataclass
class Result:
    """One row of the table."""

    name: str
    pages: int
    articles: int
    usage: Usage
    fetches: dict[str, int] = field(default_factory=dict)
    note: str = ""

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.usage.seconds if self.usage.seconds else 0.0


def site_stats(base: str) -> dict[str, int]:
    with urllib.request.urlopen(f"{base}/_stats", timeout=10) as response:
        stats: dict[str, int] = json.loads(response.read())
    return stats


def delta(before: dict[str, int], after: dict[str, int]) -> dict[str, int]:
    return {k: v - before.get(k, 0) for k, v in after.items() if v - before.get(k, 0)}


class Consumer(threading.Thread):
    """A raw XREADGROUP loop standing in for ``aggregator consume`` (issue 7)."""

    def __init__(self, client: redis.Redis, stream: str) -> None:
        super().__init__(daemon=True)
        self.client, self.stream, self.count = client, stream, 0
        self.last_at = 0.0
        self.done = threading.Event()
        client.xgroup_create(stream, "bench", id="$", mkstream=True)

    def run(self) -> None:
        while True:
            reply: Any = self.client.xreadgroup(
                "bench", "c1", {self.stream: ">"}, count=200, block=200
            )
            ids = [entry_id for _, entries in reply or [] for entry_id, _ in entries]
            if ids:
                self.client.xack(self.stream, "bench", *ids)
                self.count += len(ids)
                self.last_at = time.perf_counter()
            elif self.done.is_set():
                return


class OurCrawl:
    """``aggregator crawl`` of the site's section feeds under a Redis key prefix of its own."""

    def __init__(
        self, redis_url: str, base: str, feeds: list[str], profile: Path | None = None
    ) -> None:
        self.base = base
        self.profile = profile
        self.redis_url = redis_url
        self.keys = Keys(prefix=f"bench:{uuid.uuid4().hex[:12]}:")
        self.client = redis.Redis.from_url(redis_url, decode_responses=True)
        registry = SourceRegistry(self.client, self.keys)
        for n, url in enumerate(feeds):
            registry.add(Source(name=f"bench-s{n:02d}", url=url))

    def run(self, name: str, settings: str, pages: int) -> Result:
        env = {
            **os.environ,
            "REDIS_URL": self.redis_url,
            "AGGREGATOR_KEY_PREFIX": self.keys.prefix,
            "AGGREGATOR_ALLOW_NETWORKS": "127.0.0.0/8",
            "AGGREGATOR_SETTINGS": settings,
        }
        consumer = Consumer(self.client, self.keys.stream)
        consumer.start()
        before = site_stats(self.base)
        command = [sys.executable, "-m", "aggregator", "crawl"]
        if self.profile:
            command = [*py_spy(self.profile / f"{name}.txt"), *command]
        usage = run_measured(command, env, REPO, WORK / "logs" / f"{name}.log")
        consumer.done.set()
        consumer.join()
        self.client.xgroup_destroy(self.keys.stream, "bench")
        fetches = delta(before, site_stats(self.base))
        fetched = fetches.get("article/200", 0)
        note = f"settings {settings}"
        if usage.returncode:
            note += f", exit {usage.returncode}"
        return Result(name, fetched or pages, consumer.count, usage, fetches, note)

    def close(self) -> None:
        for key in self.client.scan_iter(match=self.keys.all_pattern(), count=1000):
            self.client.delete(key)
        self.client.close()


def _warm(_: int) -> None:
    import trafilatura  # noqa: F401


def _extract(page: bytes) -> bool:
    import trafilatura

    return bool(trafilatura.extract(page, include_comments=False))


def _extract_fast(page: bytes) -> bool:
    import trafilatura

    # fast=True skips the readability/jusText fallbacks, as EXTRACTION_FAST does for ours.
    return bool(trafilatura.extract(page, include_comments=False, fast=True))


#: The two limits' row names: full trafilatura, and trafilatura without its fallbacks.
LIMIT, FAST_LIMIT = "extraction-only limit", "extraction-only limit, fast trafilatura"


def extraction_limit(pages: Iterator[bytes], count: int, *, fast: bool = False) -> Result:
    """Plain trafilatura over the site's pages, one process per core (pool warmed first)."""
    workers = os.cpu_count() or 1
    with multiprocessing.get_context("forkserver").Pool(workers) as pool:
        pool.map(_warm, range(workers))
        sampler_pid = os.getpid()
        start, cpu0 = time.perf_counter(), _pool_cpu(sampler_pid)
        extract = _extract_fast if fast else _extract
        articles = sum(pool.imap_unordered(extract, pages, chunksize=4))
        seconds, cpu = time.perf_counter() - start, _pool_cpu(sampler_pid) - cpu0
    usage = Usage(seconds, cpu, 0, 0)
    name = FAST_LIMIT if fast else LIMIT
    return Result(name, count, articles, usage, note=f"{workers} processes")


def _pool_cpu(pid: int) -> float:
    import psutil  # type: ignore[import-untyped]

    procs = [psutil.Process(pid), *psutil.Process(pid).children(recursive=True)]
    return float(sum(p.cpu_times().user + p.cpu_times().system for p in procs))


def peer_python(name: str) -> Path:
    """The interpreter of the peer's virtualenv, created and installed on first use."""
    venv = WORK / "peers" / name
    python = venv / "bin" / "python"
    if not (venv / ".installed").exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        log = WORK / "peers" / f"{name}.log"
        with log.open("wb") as out:
            subprocess.run(
                [str(python), "-m", "pip", "install", "-q", PEERS[name]],
                check=True,
                stdout=out,
                stderr=out,
            )
        (venv / ".installed").touch()
    return python


def run_peer(name: str, base: str, feeds: list[str], pages: int) -> Result:
    """The peer's driver script (bench/peers/) over the site's feeds, with its own interpreter."""
    try:
        python = peer_python(name)
    except subprocess.CalledProcessError as exc:
        return Result(name, 0, 0, Usage(0, 0, 0, 1), note=f"install failed: {exc}")
    before = site_stats(base)
    log = WORK / "logs" / f"{name}.log"
    command = [str(python), DRIVERS[name], *feeds]
    usage = run_measured(command, os.environ, REPO / "bench" / "peers", log)
    fetches = delta(before, site_stats(base))
    lines = [ln for ln in log.read_text(errors="replace").splitlines() if ln.startswith("{")]
    if usage.returncode or not lines:
        return Result(name, 0, 0, usage, fetches, note=f"failed (exit {usage.returncode}): {log}")
    report = json.loads(lines[-1])
    return Result(name, report["pages"], report["articles"], usage, fetches, note=PEERS[name])
