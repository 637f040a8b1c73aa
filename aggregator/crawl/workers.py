"""The extraction workers' processes: a forkserver with the extraction code loaded, and the
pool forked from it."""

from __future__ import annotations

import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.context import ForkServerContext

from aggregator.crawl.lifeline import helpers_die_with_me, worker_initializer

#: Modules the forkserver imports before forking the workers (aggregator.processing imports
#: them only when first used: the crawl process itself never needs them).
PRELOAD = [
    "aggregator.crawl.forkserver_lifeline",  # first: a crawl killed at start takes it along
    "__main__",
    "concurrent.futures.process",  # the pool's worker loop, imported by each worker otherwise
    "aggregator.extract.extractor",
    "aggregator.attribution.attribute",
    "aggregator.dedup.minhash",
    "aggregator.crawl.warmup",  # last: fills caches the modules above fill on first use
]


def _context() -> ForkServerContext:
    # forkserver: forking a process that runs a reactor and threads is unsafe.
    context = multiprocessing.get_context("forkserver")
    # The server imports the extractor once; each worker forks with it loaded (and its
    # pages shared) instead of importing trafilatura itself on its first page.
    context.set_forkserver_preload(PRELOAD)
    return context


def start_forkserver() -> None:
    """Start the forkserver now, without waiting for it: it imports the extraction code
    (~0.3 s of CPU) on another core while the crawl imports Scrapy and fetches the feeds,
    instead of after, when the first page waits for the first worker (issue 21)."""
    from multiprocessing import forkserver

    _context()
    helpers_die_with_me()  # named before the forkserver starts: it inherits the name
    forkserver.ensure_running()


def new_pool(workers: int) -> ProcessPoolExecutor:
    """A pool of ``workers`` processes forked from the forkserver (started if need be), each
    dying with the process that forked it. One job per worker is submitted at once to start
    them early; the pool starts a worker only for a job that finds none idle, so a fast
    first worker may take the second job too, and the second worker then starts with the
    first pages. The jobs are submitted from a thread, so the caller never waits."""
    # Each worker, like the forkserver, dies with its parent: a crawl SIGKILLed (or a pass
    # the scheduler stops) leaves no process behind. The forkserver is started here, not by
    # the first job in the thread below: a child's death signal follows the *thread* that
    # started it, and that thread ends as soon as the jobs are in.
    start_forkserver()
    executor = ProcessPoolExecutor(
        max_workers=workers, mp_context=_context(), initializer=worker_initializer
    )
    # Start the workers now, while robots.txt and the feeds are fetched, not on the first
    # article; and in a thread: each start waits until the forkserver has loaded the
    # extraction code (~0.4 s after the crawl began), which the reactor must not wait for.
    starter = threading.Thread(
        target=_start_workers, args=(executor, workers), name="start-workers", daemon=True
    )
    starter.start()
    return executor


def _start_workers(executor: ProcessPoolExecutor, workers: int) -> None:
    try:
        for _ in range(workers):
            executor.submit(os.getpid)
    except (RuntimeError, BrokenProcessPool):
        pass  # shut down or broken before its workers started: whoever holds it rebuilds it
