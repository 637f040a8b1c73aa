"""Killed crawls leave no process behind: the extraction forkserver, its workers and the
resource tracker die with the crawl, whatever kills it (SIGKILL, the scheduler's timeout)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
import redis

from aggregator.config import Config
from aggregator.keys import Keys
from aggregator.sources.health import PollOutcome, SourceHealth
from aggregator.sources.registry import Source, SourceRegistry
from aggregator.sources.schedule import Scheduler
from tests.fixtures_consumer import wait_for
from tests.test_hostile_server import HostileServer, stall

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")

#: The crawl under test: two extraction workers (a forkserver), feeds that never answer.
SETTINGS = """
from aggregator_scrapy.settings.{base} import *  # noqa: F403
DOWNLOAD_TIMEOUT = 60
RETRY_TIMES = 0
EXTRACTION_WORKERS = 2
"""


@pytest.fixture
def stalled(config: Config, redis_client: redis.Redis) -> Iterator[HostileServer]:
    """Two sources whose feeds are accepted and never answered: the crawl runs until killed."""
    with HostileServer() as server:
        server.routes["/a.xml"] = stall
        server.routes["/b.xml"] = stall
        registry = SourceRegistry(redis_client, config.keys)
        for name in ("a", "b"):
            registry.add(Source(name, server.url(f"/{name}.xml")))
        yield server


def command(
    cli_env: dict[str, str], tmp_path: Path, *args: str, base: str = "development"
) -> subprocess.Popen[str]:
    settings = tmp_path / "settings"
    settings.mkdir(exist_ok=True)
    (settings / "lifeline_settings.py").write_text(SETTINGS.format(base=base))
    repo = Path(__file__).resolve().parent.parent
    env = cli_env | {
        "AGGREGATOR_SETTINGS": "lifeline_settings",
        "PYTHONPATH": f"{settings}:{repo}",
    }
    return subprocess.Popen(
        [sys.executable, "-m", "aggregator", *args],
        env=env,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def parents() -> dict[int, int]:
    """pid -> parent pid of every live (not zombie) process."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue  # gone meanwhile
        state, ppid = stat.rpartition(")")[2].split()[:2]
        if state != "Z":
            found[int(entry.name)] = int(ppid)
    return found


def descendants(pid: int) -> set[int]:
    links = parents()
    tree, grew = set(), True
    while grew:
        new = {p for p, parent in links.items() if (parent == pid or parent in tree)} - tree
        tree |= new
        grew = bool(new)
    return tree


def workers_up(pid: int) -> bool:
    """True once a forkserver under ``pid`` has forked a worker. Not two: the pool starts a
    worker for each job that finds none idle, so the second of its two start-up jobs may
    go to the first worker (seen in a fresh clone), and the second worker comes with pages."""
    links = parents()
    servers = [p for p in descendants(pid) if "forkserver" in " ".join(commands({p}))]
    return any(parent in servers for parent in links.values())


def pass_tree(scheduler: int) -> set[int]:
    """The scheduler's crawl child and its descendants (not the scheduler's own resource
    tracker, which lives as long as the scheduler)."""
    children = {pid for pid, parent in parents().items() if parent == scheduler}
    crawls = {pid for pid in children if "spawn_main" in " ".join(commands({pid}))}
    return crawls.union(*(descendants(pid) for pid in crawls))


def alive(pids: set[int]) -> set[int]:
    return pids & set(parents())


def wait_until_dead(tree: set[int], timeout: float = 30.0) -> None:
    """Fail, naming the survivors, unless every process of ``tree`` is gone in ``timeout`` s."""
    deadline = time.monotonic() + timeout
    while alive(tree):
        if time.monotonic() > deadline:
            pytest.fail(f"still alive after {timeout}s: {commands(alive(tree))}")
        time.sleep(0.05)


def commands(pids: set[int]) -> list[str]:
    out = []
    for pid in pids:
        try:
            out.append((Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")).decode())
        except OSError:
            continue
    return out


def test_a_sigkilled_crawl_takes_its_forkserver_workers_and_tracker_along(
    stalled: HostileServer, cli_env: dict[str, str], tmp_path: Path
) -> None:
    crawl = command(cli_env, tmp_path, "crawl")
    tree: set[int] = set()
    try:
        # The resource tracker, the forkserver and its workers.
        wait_for(lambda: workers_up(crawl.pid), timeout=120, what="the workers")
        tree = descendants(crawl.pid)
        crawl.kill()
        crawl.wait()
        wait_until_dead(tree)
    finally:
        crawl.kill()
        for pid in alive(tree):
            os.kill(pid, signal.SIGKILL)


def test_a_pass_the_scheduler_times_out_leaves_no_process(
    stalled: HostileServer, cli_env: dict[str, str], tmp_path: Path
) -> None:
    schedule = command(cli_env, tmp_path, "schedule", "--crawl-timeout", "20")
    tree: set[int] = set()
    try:
        wait_for(lambda: workers_up(schedule.pid), timeout=90, what="the pass")
        tree = pass_tree(schedule.pid)  # the crawl child, its forkserver and its workers
        wait_for(lambda: not alive(tree), timeout=60, what="the pass to die")
        schedule.send_signal(signal.SIGTERM)
        _, err = schedule.communicate(timeout=30)
    finally:
        schedule.kill()
        for pid in alive(tree):
            os.kill(pid, signal.SIGKILL)
    assert "ran over 20.0s: stopped" in err
    assert "Traceback" not in err


def test_a_sigkilled_scheduler_takes_its_pass_along(
    stalled: HostileServer, cli_env: dict[str, str], tmp_path: Path
) -> None:
    schedule = command(cli_env, tmp_path, "schedule")
    tree: set[int] = set()
    try:
        wait_for(lambda: workers_up(schedule.pid), timeout=60, what="the pass")
        tree = descendants(schedule.pid)
        schedule.kill()
        schedule.wait()
        wait_until_dead(tree)
    finally:
        schedule.kill()
        for pid in alive(tree):
            os.kill(pid, signal.SIGKILL)


def test_a_sigkilled_worker_takes_its_forkserver_and_workers_along(
    cli_env: dict[str, str], tmp_path: Path
) -> None:
    env = cli_env | {"AGGREGATOR_DISTRIBUTED": "1"}
    worker = command(env, tmp_path, "worker", base="distributed")
    tree: set[int] = set()
    try:
        wait_for(lambda: workers_up(worker.pid), timeout=60, what="the workers")
        tree = descendants(worker.pid)
        worker.kill()
        worker.wait()
        wait_until_dead(tree)
    finally:
        worker.kill()
        for pid in alive(tree):
            os.kill(pid, signal.SIGKILL)


#: Starts a helper that asks for its lifeline only after this starter has exited.
ORPHAN_STARTER = """
import os, subprocess, sys
late_helper = (
    "import sys, time; time.sleep(1.0); "
    "from aggregator.crawl.lifeline import die_with_parent; die_with_parent(); "
    "open(sys.argv[1], 'w').write('still running under init')"
)
from aggregator.crawl.lifeline import helpers_die_with_me
helpers_die_with_me()
helper = subprocess.Popen([sys.executable, "-c", late_helper, sys.argv[1]])
print(helper.pid)
"""


def test_a_helper_whose_parent_died_before_it_asked_for_a_lifeline_exits_at_once(
    tmp_path: Path,
) -> None:
    """The race behind a forkserver worker left blocked for ever: its parent was killed
    between the fork and the worker's request to the kernel, so init adopted it first."""
    witness = tmp_path / "witness"
    starter = subprocess.run(
        [sys.executable, "-c", ORPHAN_STARTER, str(witness)],
        capture_output=True,
        text=True,
        check=True,
    )
    helper = int(starter.stdout)
    wait_until_dead({helper}, timeout=30)
    assert not witness.exists(), "the orphaned helper ran on instead of exiting"


def test_a_timed_out_pass_charges_only_the_sources_it_did_not_poll(
    redis_client: redis.Redis, keys: Keys
) -> None:
    registry = SourceRegistry(redis_client, keys)
    for name in ("done", "stuck"):
        registry.add(Source(name, f"https://{name}.example/feed"))
    health = SourceHealth(redis_client, keys)

    def pass_killed_midway(sources: Sequence[Source]) -> None:
        health.polled("done", PollOutcome("ok", 200, entries=3))  # then the child is killed

    Scheduler(redis_client, keys, pass_killed_midway).run_once()
    assert health.get("done").get("consecutive_failures", "0") == "0"
    assert health.get("stuck")["consecutive_failures"] == "1"
