"""The scheduler loop: claim due sources, crawl them, set each one's next due time."""

from __future__ import annotations

import logging
import random
import threading
import time
import uuid
from collections.abc import Callable, Sequence

import redis

from aggregator.keys import Keys
from aggregator.reasons import Reason
from aggregator.sources.due import ScheduleState
from aggregator.sources.health import PollOutcome, SourceHealth
from aggregator.sources.pacing import next_delay
from aggregator.sources.registry import Source, SourceRegistry

logger = logging.getLogger(__name__)

Crawl = Callable[[Sequence[Source]], None]


class Scheduler:
    """Runs ``crawl`` on the sources that are due, for ever; several may share one Redis.

    ``lease``: seconds a claim lasts, renewed every third of it while a crawl runs, so a
    crashed scheduler's sources come due again after at most that long. ``batch``: sources
    claimed per pass. ``clock`` and ``rng`` are injectable so tests need not wait.
    ``deferred``: ``crawl`` only hands the sources to workers (the distributed mode), which
    poll later and settle each source's schedule themselves (``settle``); the scheduler
    releases its claims at once, due again as the last poll said.
    """

    def __init__(
        self,
        client: redis.Redis,
        keys: Keys,
        crawl: Crawl,
        *,
        clock: Callable[[], float] = time.time,
        rng: random.Random | None = None,
        lease: float = 600.0,
        batch: int = 50,
        deferred: bool = False,
    ) -> None:
        self.registry = SourceRegistry(client, keys)
        self.health = SourceHealth(client, keys)
        self.state = ScheduleState(client, keys)
        self.crawl = crawl
        self.clock = clock
        self.rng = rng or random.Random()
        self.lease = lease
        self.batch = batch
        self.token = uuid.uuid4().hex
        self.deferred = deferred

    def run_once(self) -> list[str]:
        """One pass: claim what is due, crawl it, reschedule it; the names crawled."""
        now = self.clock()
        sources = {s.name: s for s in self.registry.list() if not s.disabled}
        self.state.sync(sources, now)
        names = self.state.claim(self.token, now, now + self.lease, self.batch)
        claimed = [sources[n] for n in names if n in sources]
        if not claimed:
            return []
        if self.deferred:
            return self._hand_over(claimed)
        polls = {s.name: self._polls(s.name) for s in claimed}
        message = "the crawl ended without polling it"
        with _LeaseKeeper(self, [s.name for s in claimed]):
            try:
                self.crawl(claimed)
            except Exception as exc:  # one failed pass is recorded; the scheduler goes on
                logger.exception("crawl of %s failed", ", ".join(names))
                message = f"the crawl failed: {exc}"
            except BaseException:  # stopped (Ctrl-C): hand the sources back at once
                for source in claimed:
                    self.state.complete(self.token, source.name, self.clock())
                raise
        for source in claimed:
            if self._polls(source.name) == polls[source.name]:
                # The crawl never reported on this source (its process died or hung).
                outcome = PollOutcome("error", error_kind=Reason.CRAWLER, message=message)
                self.health.polled(source.name, outcome)
            self._reschedule(source)
        return [s.name for s in claimed]

    def run_forever(
        self, stop: threading.Event, idle: float = 30.0, beat: Callable[[], None] | None = None
    ) -> None:
        """Pass after pass until ``stop`` is set; between passes, wait for the next due time.
        ``beat`` is called before each pass (the scheduler's heartbeat)."""
        while not stop.is_set():
            if beat:
                beat()
            self.run_once()
            due = self.state.next_due()
            wait = idle if due is None else min(idle, max(1.0, due - self.clock()))
            stop.wait(wait)

    def _hand_over(self, claimed: list[Source]) -> list[str]:
        # Released before the workers can poll, so their settle() is the last word.
        for source in claimed:
            self._reschedule(source)
        try:
            self.crawl(claimed)
        except Exception:  # the sources come due again as rescheduled; the scheduler goes on
            logger.exception("handing %s to the workers failed", ", ".join(s.name for s in claimed))
        return [s.name for s in claimed]

    def _reschedule(self, source: Source) -> None:
        due = settle(self.registry, self.health, source, self.clock(), self.rng)
        self.state.complete(self.token, source.name, due)

    def _polls(self, name: str) -> int:
        return int(self.health.get(name).get("polls") or 0)


def settle(
    registry: SourceRegistry,
    health: SourceHealth,
    source: Source,
    now: float,
    rng: random.Random | None = None,
) -> float | None:
    """The source's next due time after its last poll (its health record): its interval,
    backed off after failures, never sooner than the server's hint; None when the poll
    found it gone (410), which disables the source with the reason shown."""
    record = health.get(source.name)
    if record.get("last_status") == "gone":
        reason = f"{record.get('last_error') or 'gone'} (at {record.get('last_poll')})"
        registry.set_disabled(source.name, reason)
        logger.warning("source %s disabled: %s", source.name, reason)
        return None
    hint = float(record["hint"]) if record.get("hint") else None
    failures = int(record.get("consecutive_failures") or 0)
    return now + next_delay(source.interval, failures, hint, rng)


class _LeaseKeeper:
    """Renews the scheduler's leases in a thread while a (long) crawl runs."""

    def __init__(self, scheduler: Scheduler, names: list[str]) -> None:
        self.scheduler = scheduler
        self.names = names
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, name="lease-keeper", daemon=True)

    def __enter__(self) -> _LeaseKeeper:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join()

    def _run(self) -> None:
        s = self.scheduler
        while not self.stop.wait(s.lease / 3):
            for name in self.names:
                if not s.state.renew(s.token, name, s.clock() + s.lease):
                    logger.warning("lost the lease on %s", name)
