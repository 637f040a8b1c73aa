"""``aggregator sources``: add, list, show and remove the sources kept in Redis."""

from __future__ import annotations

import argparse

from aggregator.cli.table import format_table
from aggregator.config import Config
from aggregator.crawl_runner import probe_feed
from aggregator.health import SourceHealth
from aggregator.redis_connection import connect
from aggregator.sources import (
    DEFAULT_INTERVAL,
    Source,
    SourceRegistry,
    name_from_url,
    parse_interval,
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("sources", help="the source registry")
    commands = parser.add_subparsers(dest="sources_command", metavar="ACTION", required=True)
    add = commands.add_parser("add", help="validate a feed by fetching it, then store it")
    add.add_argument("url", metavar="URL")
    add.add_argument("--name", help="source name (default: the URL's host)")
    add.add_argument("--interval", default=f"{DEFAULT_INTERVAL // 60}m", help="e.g. 15m, 2h")
    add.set_defaults(run=run_add)
    commands.add_parser("list", help="every source").set_defaults(run=run_list)
    show = commands.add_parser("show", help="one source and its health")
    show.add_argument("name", metavar="NAME")
    show.set_defaults(run=run_show)
    remove = commands.add_parser("remove", help="forget a source")
    remove.add_argument("name", metavar="NAME")
    remove.set_defaults(run=run_remove)


def run_add(args: argparse.Namespace, config: Config) -> int:
    # Validate every argument before fetching anything: the cheap errors come first.
    source = Source(
        name=args.name or name_from_url(args.url),
        url=args.url,
        interval=parse_interval(args.interval),
    )
    registry = SourceRegistry(connect(config), config.keys)
    registry.check_new(source)
    feed = probe_feed(config, source.url)
    stored = registry.add(Source(source.name, source.url, source.interval, title=feed.title))
    print(
        f"added {stored.name}: {feed.title or stored.url} ({len(feed.entries)} entries, "
        f"every {stored.interval // 60}m)"
    )
    for entry in feed.entries[:3]:
        print(f"  {entry.published or '-':25}  {entry.title or entry.url}")
    return 0


def run_list(args: argparse.Namespace, config: Config) -> int:
    sources = SourceRegistry(connect(config), config.keys).list()
    rows = [[s.name, f"{s.interval // 60}m", s.title, s.url] for s in sources]
    print(format_table(["name", "interval", "title", "url"], rows, width=60))
    return 0


def run_show(args: argparse.Namespace, config: Config) -> int:
    client = connect(config)
    source = SourceRegistry(client, config.keys).get(args.name)
    for field in ("name", "url", "title", "interval", "added_at"):
        print(f"{field:12} {getattr(source, field)}")
    for key, value in sorted(SourceHealth(client, config.keys).get(source.name).items()):
        print(f"{key:12} {value}")
    return 0


def run_remove(args: argparse.Namespace, config: Config) -> int:
    SourceRegistry(connect(config), config.keys).remove(args.name)
    print(f"removed {args.name}")
    return 0
