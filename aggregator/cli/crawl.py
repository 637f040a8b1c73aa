"""``aggregator crawl``: one crawl pass over all (or the named) sources, then exit."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from typing import Any

import redis

from aggregator.cli.help import add_command
from aggregator.cli.progress import Progress
from aggregator.cli.table import format_table
from aggregator.config import Config
from aggregator.crawl.distributed import enqueue_pass
from aggregator.crawl.runner import run_crawl, settings_module
from aggregator.errors import RedisUnavailable
from aggregator.redis_connection import connect
from aggregator.sources.health import SourceHealth, dropped_counts
from aggregator.sources.registry import Source, SourceRegistry

logger = logging.getLogger(__name__)

#: Health counters shown per source, as (column, counter).
_COLUMNS = (("published", "count:published"), ("repeats", "count:repeat"),
            ("too old", "skipped:too_old"))  # fmt: skip


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = add_command(
        subparsers, "crawl", "crawl every (or the named, or tagged) source once, then exit",
        "aggregator crawl --tag world",
        "One crawl pass over every source (or those named with --source, or carrying a --tag),\n"
        "then exit 0, even if some sources failed: their errors are printed and recorded.\n"
        "Disabled sources are skipped, with their reason.",
    )  # fmt: skip
    parser.add_argument(
        "--source", action="extend", nargs="+", metavar="NAME", help="only these sources"
    )
    parser.add_argument("--tag", action="append", default=[], help="only sources with this tag")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, config: Config) -> int:
    client = connect(config)
    registry = SourceRegistry(client, config.keys)
    chosen = [registry.get(n) for n in args.source] if args.source else registry.list()
    tagged = {s.name for s in registry.with_tags(args.tag)}
    chosen = [s for s in chosen if s.name in tagged]
    for source in chosen:
        if source.disabled:
            print(f"skipped {source.name}: disabled: {source.disabled}")
    sources = [s for s in chosen if not s.disabled]
    if not sources:
        print(_nothing(chosen, args.tag))
        return 0
    if config.distributed:
        report = enqueue_pass(config, sources)
        print(
            f"queued {report.feeds} feeds for the workers; "
            f"{report.requeued} requests of lost workers put back"
        )
        return 0
    settings_module(config.settings_module)  # a bad one is one line, before any pass starts
    before = SourceHealth(client, config.keys).get_many([s.name for s in sources])
    try:
        with Progress(client, config.keys, [s.name for s in sources]):
            stats = run_crawl(config, sources)
    except redis.RedisError as exc:  # the pass's own record (aggregator.ops) met the outage
        raise RedisUnavailable(
            "redis unavailable: the crawl stopped, articles in flight not published; not "
            f"marked seen, the next crawl fetches them again ({exc})"
        ) from None
    unpublished = not_published(stats)
    try:
        print(crawl_report(client, config, sources, before))
        now = {s.name: s for s in registry.list()}
        for source in sources:
            disabled = now[source.name].disabled if source.name in now else None
            if disabled:  # 410 Gone: the same as under `schedule`
                print(f"disabled {source.name}: {disabled}")
    except redis.RedisError as exc:
        lost = unpublished or " the crawl's report could not be read"
        raise RedisUnavailable(f"redis unavailable:{lost} ({exc})") from None
    if unpublished:
        sys.stderr.write(f"aggregator crawl: redis unavailable:{unpublished}\n")
        return 1
    return 0


def _nothing(chosen: Sequence[Source], tags: Sequence[str]) -> str:
    if chosen:
        return "nothing to crawl: every source chosen is disabled"
    if tags:
        return f"nothing to crawl: no source is tagged {', '.join(tags)}"
    return "no sources yet: add one with `aggregator sources add URL`"


def not_published(stats: dict[str, Any]) -> str:
    """What a Redis outage kept from the stream, as the end of a line ('' when nothing)."""
    count = int(stats.get("queue/unpublished", 0))
    stopped = stats.get("finish_reason") == "redis_unavailable"
    if not count and not stopped:
        return ""
    urls = list(stats.get("queue/unpublished_urls") or [])
    shown = ", ".join(urls[:3]) + (f" and {len(urls) - 3} more" if len(urls) > 3 else "")
    rest = "; the crawl stopped before the rest of the pass" if stopped else ""
    return (
        f" {count} articles not published ({shown}){rest}; not marked seen,"
        " the next crawl fetches them again"
    )


def crawl_report(
    client: redis.Redis,
    config: Config,
    sources: Sequence[Source],
    before: dict[str, dict[str, str]],
) -> str:
    """One row per source: what this pass added to its counters, and its last error."""
    records = SourceHealth(client, config.keys).get_many([s.name for s in sources])
    rows = []
    for source in sources:
        after = records[source.name]
        delta = {
            k: int(after.get(k, 0)) - int(before[source.name].get(k, 0))
            for k in after
            if k.startswith(("count:", "skipped:"))
        }
        counts = [delta.get(key, 0) for _, key in _COLUMNS]
        failed = sum(dropped_counts(delta).values())
        error = after.get("last_error") or ""
        if error:
            logger.warning("source %s: %s", source.name, error,
                           extra={"source": source.name, "error": error})  # fmt: skip
        rows.append([source.name, after.get("last_entries", 0), *counts, failed, error or "ok"])
    headers = ["source", "entries", *(c for c, _ in _COLUMNS), "failed", "feed"]
    return format_table(headers, rows)
