"""``aggregator status``: every source's health and schedule, then the queue."""

from __future__ import annotations

import argparse
import time

import redis

from aggregator.cli.table import format_table
from aggregator.config import Config
from aggregator.crawl.distributed import frontier_client
from aggregator.crawl.frontier import Frontier
from aggregator.redis_connection import connect
from aggregator.sources.due import ScheduleState
from aggregator.sources.health import SourceHealth, dropped_counts
from aggregator.sources.registry import Source, SourceRegistry, format_interval
from aggregator.stream.status import queue_status

HEADERS = (
    "source", "state", "last poll", "last error", "failures", "articles/crawl", "unchanged",
    "dropped", "too old", "next due",
)  # fmt: skip


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("status", help="sources' health and schedule, and the queue")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, config: Config) -> int:
    client = connect(config)
    print(sources_table(client, config, time.time()))
    print()
    print(_queue_table(client, config))
    if config.distributed:
        counts = Frontier(frontier_client(config), config.keys).counts()
        print("\nfrontier: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


def sources_table(client: redis.Redis, config: Config, now: float) -> str:
    """One row per source: its state, last poll and typed error, counters and next due time."""
    sources = SourceRegistry(client, config.keys).list()
    if not sources:
        return "no sources yet: add one with `aggregator sources add URL`"
    health = SourceHealth(client, config.keys)
    state = ScheduleState(client, config.keys)
    due, leases = state.due_times(), state.leases()
    rows = [_row(s, health.get(s.name), due.get(s.name), leases.get(s.name), now) for s in sources]
    return format_table(HEADERS, rows, width=40)


def _row(
    source: Source, health: dict[str, str], due: float | None, lease: float | None, now: float
) -> list[object]:
    polls = int(health.get("polls") or 0)
    unchanged = int(health.get("unchanged_polls") or 0)
    published = int(health.get("count:published") or 0)
    changed = polls - unchanged
    if source.disabled:
        state, next_due = f"disabled: {source.disabled}", "never"
    elif lease is not None and lease > now:
        state, next_due = "crawling", "now"
    else:
        state = health.get("last_status") or "new"
        next_due = "not scheduled" if due is None else _relative(due - now)
    return [
        source.name,
        state,
        (health.get("last_poll") or "never").replace("+00:00", "Z"),
        health.get("last_error") or "",
        health.get("consecutive_failures") or 0,
        f"{published / changed:.1f}" if changed else "-",
        f"{100 * unchanged / polls:.0f}%" if polls else "-",
        _dropped(health),
        health.get("skipped:too_old") or 0,
        next_due,
    ]


def _dropped(health: dict[str, str]) -> str:
    """Pages that gave no article, by typed reason, most first: "bot_wall 3, paywall 1"."""
    ranked = sorted(dropped_counts(health).items(), key=lambda kv: (-kv[1], kv[0]))
    return ", ".join(f"{reason} {n}" for reason, n in ranked if n) or "-"


def _relative(seconds: float) -> str:
    if seconds <= 0:
        return "due"
    return "in " + format_interval(max(60, round(seconds / 60) * 60))


def _queue_table(client: redis.Redis, config: Config) -> str:
    """The stream's length and dead letters, then one row per consumer group."""
    status = queue_status(client, config.keys)
    head = (
        f"stream {status['stream']}: {status['length']} entries, "
        f"{status['dead_letter']} dead letters"
    )
    rows = [
        [g["name"], g["consumers"], g["pending"], g["lag"], g["oldest_pending_id"]]
        for g in status["groups"]
    ]
    groups = format_table(["group", "consumers", "pending", "lag", "oldest pending"], rows)
    return f"{head}\n{groups}" if rows else f"{head}; no consumer group yet"
