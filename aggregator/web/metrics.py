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
from aggregator.ops.documents import status_document
from aggregator.ops.passes import KINDS, histogram

#: Every state a source can be in, so a state with no source is exported as 0.
STATES = ("new", "ok", "unchanged", "error", "gone", "crawling", "disabled")


class _Snapshot:
    """A prometheus_client collector over one reading of Redis."""

    def __init__(self, client: redis.Redis, config: Config) -> None:
        self.client = client
        self.config = config

    def collect(self) -> Iterator[Metric]:
        now = time.time()
        document = status_document(self.client, self.config, now)
        yield from _source_metrics(document["sources"])
        yield from _stream_metrics(document["stream"])
        yield from _pass_metrics(self.client, self.config)
        alive = GaugeMetricFamily(
            "aggregator_process_alive", "1 while a process keeps its heartbeat", labels=["process"]
        )
        for beat in document["heartbeats"]:
            alive.add_metric([beat["name"]], 1.0 if beat["alive"] else 0.0)
        yield alive
        if document["frontier"]:
            for name, value in document["frontier"].items():
                yield GaugeMetricFamily(
                    f"aggregator_frontier_{name}", f"distributed frontier: {name}", value=value
                )


def render_metrics(client: redis.Redis, config: Config) -> bytes:
    registry = CollectorRegistry(auto_describe=False)
    registry.register(_Snapshot(client, config))
    return generate_latest(registry)


def _source_metrics(sources: list[dict[str, Any]]) -> Iterator[Metric]:
    labels = ["source"]
    published = CounterMetricFamily(
        "aggregator_articles_published", "articles published to the stream", labels=labels
    )
    failures = CounterMetricFamily(
        "aggregator_source_failures", "failed polls by typed reason", labels=["source", "reason"]
    )
    dropped = CounterMetricFamily(
        "aggregator_extraction_failures",
        "pages that gave no article, by typed reason",
        labels=["source", "reason"],
    )
    polls = CounterMetricFamily(
        "aggregator_source_polls", "polls by outcome", labels=["source", "outcome"]
    )
    consecutive = GaugeMetricFamily(
        "aggregator_source_consecutive_failures", "failed polls in a row", labels=labels
    )
    states: Counter[str] = Counter(dict.fromkeys(STATES, 0))
    for source in sources:
        name = source["name"]
        published.add_metric([name], source["published"])
        for reason, n in source["poll_failures"].items():
            failures.add_metric([name, reason], n)
        for reason, n in source["dropped"].items():
            dropped.add_metric([name, reason], n)
        for outcome, n in source["polls_by_outcome"].items():
            polls.add_metric([name, outcome], n)
        consecutive.add_metric([name], source["consecutive_failures"])
        states[source["state"]] += 1
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
