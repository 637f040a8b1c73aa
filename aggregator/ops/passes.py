"""One record per crawl or scheduler pass: an INFO log line and a duration histogram in Redis.

The counts come from the sources' health counters (aggregator.sources.health), which every
crawler process adds to in Redis; a pass reports the difference it made to them.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import redis

from aggregator.keys import Keys
from aggregator.sources.health import NOT_DROPPED

logger = logging.getLogger(__name__)

#: Upper bounds (seconds) of the pass-duration histogram's buckets; +Inf is implied.
BUCKETS = (1.0, 5.0, 15.0, 30.0, 60.0, 120.0, 300.0, 600.0, 1800.0, 3600.0)
#: Kinds of pass: a crawl (one Scrapy run) and a scheduler pass (claim, crawl, reschedule).
KINDS = ("crawl", "schedule")


@dataclass
class PassSummary:
    """What one pass did: sources polled, articles published, failures by typed reason."""

    kind: str
    sources: int
    polled: int = 0
    published: int = 0
    failures: dict[str, int] = field(default_factory=dict)
    duration: float = 0.0

    def fields(self) -> dict[str, object]:
        """The log event's fields (JSON logs carry them as they are)."""
        return {
            "event": f"{self.kind}_pass",
            "sources": self.sources,
            "polled": self.polled,
            "published": self.published,
            "failures": self.failures,
            "duration": round(self.duration, 3),
        }


@contextmanager
def recorded_pass(
    client: redis.Redis, keys: Keys, kind: str, names: Sequence[str]
) -> Iterator[PassSummary]:
    """Measure the pass run inside the block over the sources ``names``; on the way out
    (also when it fails) log one INFO line and add its duration to the histogram."""
    before = _counters(client, keys, names)
    started = time.monotonic()
    summary = PassSummary(kind, len(names))
    try:
        yield summary
    finally:
        summary.duration = time.monotonic() - started
        try:
            _fill(summary, before, _counters(client, keys, names))
            observe(client, keys, kind, summary.duration)
        except redis.RedisError as exc:
            # The pass's own outcome (its stats, what was not published) matters more than
            # its record: an outage here must not replace it.
            logger.warning("%s pass not recorded: redis unavailable (%s)", kind, exc)
        else:
            _log(summary)


def _log(summary: PassSummary) -> None:
    failures = ", ".join(f"{k} {v}" for k, v in sorted(summary.failures.items())) or "none"
    logger.info(
        "%s pass: %d of %d sources polled, %d articles published, failures: %s, %.1fs",
        summary.kind, summary.polled, summary.sources, summary.published, failures,
        summary.duration, extra=summary.fields(),
    )  # fmt: skip


def observe(client: redis.Redis, keys: Keys, kind: str, seconds: float) -> None:
    """Add one duration to the ``kind`` histogram (cumulative buckets, as Prometheus has them)."""
    key = keys.pass_histogram(kind)
    pipe = client.pipeline(transaction=False)
    for bound in (*BUCKETS, math.inf):
        if seconds <= bound:
            pipe.hincrby(key, _bucket(bound), 1)
    pipe.hincrbyfloat(key, "sum", seconds)
    pipe.hincrby(key, "count", 1)
    pipe.execute()


def histogram(client: redis.Redis, keys: Keys, kind: str) -> tuple[list[tuple[str, int]], float]:
    """The ``kind`` histogram: [(le, cumulative count)] with "+Inf" last, and the sum."""
    return histogram_of(client.hgetall(keys.pass_histogram(kind)))


def histogram_of(raw: Mapping[Any, Any]) -> tuple[list[tuple[str, int]], float]:
    """``histogram()`` from the hash as read."""
    buckets = [
        ("+Inf" if math.isinf(b) else repr(b), int(raw.get(_bucket(b), 0)))
        for b in (*BUCKETS, math.inf)
    ]
    return buckets, float(raw.get("sum", 0.0))


def _bucket(bound: float) -> str:
    return "le:+Inf" if math.isinf(bound) else f"le:{bound!r}"


def _counters(client: redis.Redis, keys: Keys, names: Sequence[str]) -> list[dict[str, str]]:
    pipe = client.pipeline(transaction=False)
    for name in names:
        pipe.hgetall(keys.source_health(name))
    return [{str(k): str(v) for k, v in h.items()} for h in pipe.execute()]


def _fill(summary: PassSummary, before: list[dict[str, str]], after: list[dict[str, str]]) -> None:
    for old, new in zip(before, after, strict=True):
        polls = int(new.get("polls") or 0) - int(old.get("polls") or 0)
        summary.polled += polls > 0
        for key, value in new.items():
            if not key.startswith("count:"):
                continue
            delta = int(value) - int(old.get(key) or 0)
            reason = key.removeprefix("count:")
            if reason == "published":
                summary.published += delta
            elif reason not in NOT_DROPPED and delta:
                summary.failures[reason] = summary.failures.get(reason, 0) + delta
