"""``/metrics``: the fleet's state and counters, kept in Redis, in the Prometheus text format.

Every crawler process adds to the same Redis counters (sources' health, pass histograms),
so one scrape of ``serve`` covers the fleet; no process needs a scrape target of its own.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from typing import Any

import redis
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.metrics_core import (
    CounterMetricFamily,
    GaugeMetricFamily,
    HistogramMetricFamily,
    Metric,
)

from aggregator.config import Config
from aggregator.crawl.distributed import frontier_client
from aggregator.crawl.frontier import Frontier
from aggregator.ops.documents import POLL_FAILURES, SourceReading, read_sources, source_state
from aggregator.ops.heartbeat import all_deadlines
from aggregator.ops.passes import KINDS, histogram
from aggregator.sources.health import NOT_DROPPED
from aggregator.stream.status import queue_status

#: Every state a source can be in, so a state with no source is exported as 0.
STATES = ("new", "ok", "unchanged", "error", "gone", "crawling", "disabled")


class _Snapshot:
    """A prometheus_client collector over one reading of Redis."""

    def __init__(self, client: redis.Redis, config: Config) -> None:
        self.client = client
        self.config = config

    def collect(self) -> Iterator[Metric]:
        now = time.time()
        yield from _source_metrics(read_sources(self.client, self.config), now)
        yield from _stream_metrics(queue_status(self.client, self.config.keys))
        yield from _pass_metrics(self.client, self.config)
        alive = GaugeMetricFamily(
            "aggregator_process_alive", "1 while a process keeps its heartbeat", labels=["process"]
        )
        for name, deadline in sorted(all_deadlines(self.client, self.config.keys).items()):
            alive.add_metric([name], 1.0 if deadline > now else 0.0)
        yield alive
        if self.config.distributed:
            counts = Frontier(frontier_client(self.config), self.config.keys).counts()
            for name, value in counts.items():
                yield GaugeMetricFamily(
                    f"aggregator_frontier_{name}", f"distributed frontier: {name}", value=value
                )


def render_metrics(client: redis.Redis, config: Config) -> bytes:
    registry = CollectorRegistry(auto_describe=False)
    registry.register(_Snapshot(client, config))
    return generate_latest(registry)


def _source_metrics(readings: list[SourceReading], now: float) -> Iterator[Metric]:
    """Per-source counters straight from the health hashes (the documents' classification,
    without building a document per source: this runs at every scrape)."""
    labels, by_reason = ["source"], ["source", "reason"]
    published = CounterMetricFamily(
        "aggregator_articles_published", "articles published to the stream", labels=labels
    )
    failures = CounterMetricFamily(
        "aggregator_source_failures", "failed polls by typed reason", labels=by_reason
    )
    dropped = CounterMetricFamily(
        "aggregator_extraction_failures", "pages that gave no article, by typed reason",
        labels=by_reason,
    )  # fmt: skip
    polls = CounterMetricFamily(
        "aggregator_source_polls", "polls by outcome", labels=["source", "outcome"]
    )
    consecutive = GaugeMetricFamily(
        "aggregator_source_consecutive_failures",
        "failed polls in a row (only sources failing now)",
        labels=labels,
    )
    states: Counter[str] = Counter(dict.fromkeys(STATES, 0))
    for reading in readings:
        name, health = reading.name, reading.health
        for key, value in health.items():
            kind, _, what = key.partition(":")
            if kind == "polls" and what:
                polls.add_metric([name, what], int(value))
            elif kind != "count":
                continue
            elif what == "published":
                published.add_metric([name], int(value))
            elif what in POLL_FAILURES:
                failures.add_metric([name, what], int(value))
            elif what not in NOT_DROPPED:
                dropped.add_metric([name, what], int(value))
        in_a_row = int(health.get("consecutive_failures") or 0)
        if in_a_row:  # sparse: 1,000 zeros would add a third to the scrape
            consecutive.add_metric([name], in_a_row)
        disabled = bool(reading.record.get("disabled"))
        states[source_state(disabled, health.get("last_status"), reading.lease, now)] += 1
    by_state = GaugeMetricFamily("aggregator_sources", "sources by state", labels=["state"])
    for state, n in sorted(states.items()):
        by_state.add_metric([state], n)
    yield from (published, failures, dropped, polls, consecutive, by_state)


def _stream_metrics(stream: dict[str, Any]) -> Iterator[Metric]:
    yield GaugeMetricFamily(
        "aggregator_stream_length", "entries in the article stream", value=stream["length"]
    )
    yield GaugeMetricFamily(
        "aggregator_dead_letter_length", "entries in the dead-letter stream",
        value=stream["dead_letter"],
    )  # fmt: skip
    group = ["group"]
    pending = GaugeMetricFamily(
        "aggregator_consumer_group_pending", "delivered, not yet acknowledged", labels=group
    )
    lag = GaugeMetricFamily(
        "aggregator_consumer_group_lag", "entries not yet delivered to the group", labels=group
    )
    consumers = GaugeMetricFamily(
        "aggregator_consumer_group_consumers", "consumers in the group", labels=group
    )
    for g in stream["groups"]:
        pending.add_metric([g["name"]], g["pending"])
        lag.add_metric([g["name"]], g["lag"])
        consumers.add_metric([g["name"]], g["consumers"])
    yield from (pending, lag, consumers)


def _pass_metrics(client: redis.Redis, config: Config) -> Iterator[Metric]:
    family = HistogramMetricFamily(
        "aggregator_pass_duration_seconds",
        "duration of crawl passes and scheduler passes",
        labels=["kind"],
    )
    for kind in KINDS:
        buckets, total = histogram(client, config.keys, kind)
        family.add_metric([kind], buckets, total)
    yield family
