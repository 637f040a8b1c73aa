"""``aggregator status``: every source's health and schedule, then the queue."""

from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime
from typing import Any

from aggregator.cli.output import add_json_flag, print_json
from aggregator.cli.table import format_table
from aggregator.config import Config
from aggregator.errors import RedisUnavailable
from aggregator.ops.documents import status_document
from aggregator.redis_connection import connect
from aggregator.sources.registry import format_interval

HEADERS = (
    "source", "state", "last poll", "last error", "failures", "articles/crawl", "unchanged",
    "dropped", "too old", "next due",
)  # fmt: skip
#: ``--check`` exit codes (../shared/CONTRACT.md): all well, something failing, no Redis.
CHECK_OK, CHECK_FAILING, CHECK_NO_REDIS = 0, 1, 2


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("status", help="sources' health and schedule, and the queue")
    add_json_flag(parser)
    parser.add_argument("--check", action="store_true",
                        help="exit 0 when all is well, 1 when a source fails or a group lags "
                             "past --max-lag, 2 when Redis cannot be reached")  # fmt: skip
    parser.add_argument("--max-lag", type=int, default=10_000, metavar="N",
                        help="entries a consumer group may lag behind (default 10000)")  # fmt: skip
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, config: Config) -> int:
    try:
        client = connect(config)
    except RedisUnavailable as exc:
        if args.check:  # the probe's answer is the exit status; the line says why
            sys.stderr.write(f"aggregator status: {exc}\n")
            return CHECK_NO_REDIS
        raise
    document = status_document(client, config, time.time(), args.max_lag)
    if args.json:
        print_json(document)
    else:
        print(sources_table(document, time.time()))
        print()
        print(_queue_table(document["stream"]))
        if document["frontier"]:
            print("\nfrontier: " + ", ".join(f"{k} {v}" for k, v in document["frontier"].items()))
        if args.check and document["problems"]:
            print("\n" + "\n".join(document["problems"]))
    if args.check:
        return CHECK_FAILING if document["problems"] else CHECK_OK
    return 0


def sources_table(document: dict[str, Any], now: float) -> str:
    """One row per source: its state, last poll and typed error, counters and next due time."""
    if not document["sources"]:
        return "no sources yet: add one with `aggregator sources add URL`"
    return format_table(HEADERS, [_row(s, now) for s in document["sources"]], width=40)


def _row(source: dict[str, Any], now: float) -> list[object]:
    polls, unchanged = source["polls"], source["unchanged_polls"]
    per_crawl = source["articles_per_crawl"]
    return [
        source["name"],
        f"disabled: {source['disabled']}" if source["disabled"] else source["state"],
        (source["last_poll"] or "never").replace("+00:00", "Z"),
        source["last_error"] or "",
        source["consecutive_failures"],
        "-" if per_crawl is None else f"{per_crawl:.1f}",
        f"{100 * unchanged / polls:.0f}%" if polls else "-",
        _dropped(source["dropped"]),
        source["skipped"].get("too_old", 0),
        _next_due(source, now),
    ]


def _next_due(source: dict[str, Any], now: float) -> str:
    if source["disabled"]:
        return "never"
    if source["state"] == "crawling":
        return "now"
    if source["next_due"] is None:
        return "not scheduled"
    seconds = datetime.fromisoformat(source["next_due"]).timestamp() - now
    return "due" if seconds <= 0 else "in " + format_interval(max(60, round(seconds / 60) * 60))


def _dropped(dropped: dict[str, int]) -> str:
    """Pages that gave no article, by typed reason, most first: "bot_wall 3, paywall 1"."""
    ranked = sorted(dropped.items(), key=lambda kv: (-kv[1], kv[0]))
    return ", ".join(f"{reason} {n}" for reason, n in ranked if n) or "-"


def _queue_table(status: dict[str, Any]) -> str:
    """The stream's length and dead letters, then one row per consumer group."""
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
