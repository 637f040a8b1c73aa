"""``/metrics``: the fleet's state and counters, kept in Redis, in the Prometheus text format.

Every crawler process adds to the same Redis counters (sources' health, pass histograms),
so one scrape of ``serve`` covers the fleet; no process needs a scrape target of its own.
The text is written directly (aggregator.web.exposition), the same bytes prometheus_client
wrote (tests/golden/metrics), and a body is served again for ``TTL`` seconds (issue 16).
"""

from __future__ import annotations

import math
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import redis

from aggregator.config import Config
from aggregator.crawl.frontier import Frontier
from aggregator.ops.documents import POLL_FAILURES, source_state
from aggregator.ops.fleet import FleetReading, SourceReading, read_fleet
from aggregator.sources.health import NOT_DROPPED
from aggregator.web.exposition import header, label_value, labels, number

#: Every state a source can be in, so a state with no source is exported as 0.
STATES = ("new", "ok", "unchanged", "error", "gone", "crawling", "disabled")
#: Seconds a scrape's body is served again. Prometheus scrapes every 15 s or slower, so
#: one scraper never sees a body twice; several (an HA pair, a person with curl, a
#: dashboard) within a second share one reading of Redis instead of one each.
TTL = 1.0


class MetricsCache:
    """The body ``render`` last made, served again for ``ttl`` seconds after it was made.
    One render at a time: scrapes that arrive during a render wait for it and share it."""

    def __init__(
        self,
        render: Callable[[], bytes],
        ttl: float = TTL,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._render, self._ttl, self._clock = render, ttl, clock
        self._body, self._fresh_until = b"", -math.inf
        self._lock = threading.Lock()

    def body(self) -> bytes:
        with self._lock:
            if self._clock() >= self._fresh_until:
                self._body = self._render()  # on an error, nothing is kept
                self._fresh_until = self._clock() + self._ttl
            return self._body


def render_metrics(client: redis.Redis, config: Config) -> bytes:
    """One reading of Redis as a scrape's body."""
    fleet = read_fleet(client, config)
    now = time.time()
    parts = [
        *_source_metrics(fleet.sources, now),
        *_stream_metrics(fleet.stream),
        *_pass_metrics(fleet),
        header("aggregator_process_alive", "gauge", "1 while a process keeps its heartbeat"),
    ]
    for name, deadline in sorted(fleet.deadlines.items()):
        parts.append(f'aggregator_process_alive{{process="{label_value(name)}"}} '
                     f"{number(1.0 if deadline > now else 0.0)}\n")  # fmt: skip
    if config.distributed:
        # The frontier's counts on the serve client (its 2 s timeout, its pool): no new
        # connection per scrape.
        for name, value in Frontier(client, config.keys).counts().items():
            metric = f"aggregator_frontier_{name}"
            parts += [header(metric, "gauge", f"distributed frontier: {name}"),
                      f"{metric} {number(value)}\n"]  # fmt: skip
    return "".join(parts).encode()


def _source_metrics(readings: list[SourceReading], now: float) -> Iterator[str]:
    """Per-source counters straight from the health hashes (the documents' classification,
    without building a document per source: this runs at every scrape). Label names in
    each line are in sorted order, as the text format's writers put them."""
    published: list[str] = []
    relinked: list[str] = []
    failures: list[str] = []
    dropped: list[str] = []
    polls: list[str] = []
    consecutive: list[str] = []
    states: Counter[str] = Counter(dict.fromkeys(STATES, 0))
    for reading in readings:
        health = reading.health
        source = f'source="{label_value(reading.name)}"'
        for key, value in health.items():
            kind, _, what = key.partition(":")
            if kind == "polls" and what:
                polls.append(f'{{outcome="{label_value(what)}",{source}}} {number(int(value))}\n')
            elif kind != "count":
                continue
            elif what == "published":
                published.append(f"{{{source}}} {number(int(value))}\n")
            elif what == "relinked":
                relinked.append(f"{{{source}}} {number(int(value))}\n")
            elif what in POLL_FAILURES:
                failures.append(f'{{reason="{label_value(what)}",{source}}} {number(int(value))}\n')
            elif what not in NOT_DROPPED:
                dropped.append(f'{{reason="{label_value(what)}",{source}}} {number(int(value))}\n')
        in_a_row = int(health.get("consecutive_failures") or 0)
        if in_a_row:  # sparse: 1,000 zeros would add a third to the scrape
            consecutive.append(f"{{{source}}} {number(in_a_row)}\n")
        disabled = bool(reading.record.get("disabled"))
        states[source_state(disabled, health.get("last_status"), reading.lease, now)] += 1
    yield from _family("aggregator_articles_published_total", "counter",
                       "articles published to the stream", published)  # fmt: skip
    yield from _family("aggregator_articles_relinked_total", "counter",
                       "update messages telling a published copy its story's new original",
                       relinked)  # fmt: skip
    yield from _family("aggregator_source_failures_total", "counter",
                       "failed polls by typed reason", failures)  # fmt: skip
    yield from _family("aggregator_extraction_failures_total", "counter",
                       "pages that gave no article, by typed reason", dropped)  # fmt: skip
    yield from _family("aggregator_source_polls_total", "counter", "polls by outcome", polls)
    yield from _family("aggregator_source_consecutive_failures", "gauge",
                       "failed polls in a row (only sources failing now)", consecutive)  # fmt: skip
    yield header("aggregator_sources", "gauge", "sources by state")
    for state, n in sorted(states.items()):
        yield f'aggregator_sources{{state="{label_value(state)}"}} {number(n)}\n'


def _family(name: str, kind: str, documentation: str, samples: list[str]) -> Iterator[str]:
    """A family whose sample lines were written without the metric's name (it is the same
    on every line: writing it once per line is a tenth of the scrape)."""
    yield header(name, kind, documentation)
    for sample in samples:
        yield name
        yield sample


def _stream_metrics(stream: dict[str, Any]) -> Iterator[str]:
    for name, documentation, key in (
        ("aggregator_stream_length", "entries in the article stream", "length"),
        ("aggregator_dead_letter_length", "entries in the dead-letter stream", "dead_letter"),
    ):
        yield header(name, "gauge", documentation)
        yield f"{name} {number(stream[key])}\n"
    for name, documentation, key in (
        ("aggregator_consumer_group_pending", "delivered, not yet acknowledged", "pending"),
        ("aggregator_consumer_group_lag", "entries not yet delivered to the group", "lag"),
        ("aggregator_consumer_group_consumers", "consumers in the group", "consumers"),
    ):
        yield header(name, "gauge", documentation)
        for group in stream["groups"]:
            yield f"{name}{labels([('group', group['name'])])} {number(group[key])}\n"


def _pass_metrics(fleet: FleetReading) -> Iterator[str]:
    name = "aggregator_pass_duration_seconds"
    yield header(name, "histogram", "duration of crawl passes and scheduler passes")
    for kind, (buckets, total) in fleet.histograms.items():
        for le, count in buckets:
            yield f"{name}_bucket{labels([('kind', kind), ('le', le)])} {number(count)}\n"
        yield f"{name}_count{labels([('kind', kind)])} {number(buckets[-1][1])}\n"
        yield f"{name}_sum{labels([('kind', kind)])} {number(total)}\n"
