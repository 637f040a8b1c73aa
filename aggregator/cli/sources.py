"""``aggregator sources``: add, list, show, remove, import and export the sources in Redis."""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from pathlib import Path
from typing import Any

import redis

from aggregator.cli.output import add_json_flag, print_json
from aggregator.cli.table import escape_controls, format_table
from aggregator.config import Config
from aggregator.crawl.runner import probe_source
from aggregator.errors import DuplicateSource, SourceError
from aggregator.ops.documents import source_document, sources_documents
from aggregator.redis_connection import connect
from aggregator.sources.due import ScheduleState
from aggregator.sources.files import FORMATS, STARTER_SOURCES, read_sources, write_sources
from aggregator.sources.health import SourceHealth
from aggregator.sources.registry import (
    DEFAULT_INTERVAL,
    DEFAULT_MAX_AGE,
    SITEMAP_MAX_AGE,
    Source,
    SourceRegistry,
    format_interval,
    name_from_url,
    parse_interval,
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("sources", help="the source registry")
    commands = parser.add_subparsers(dest="sources_command", metavar="ACTION", required=True)
    add = commands.add_parser("add", help="find and validate a feed by fetching it, then store it")
    add.add_argument("url", metavar="URL", help="a feed, a (news) sitemap or a homepage")
    add.add_argument("--name", help="source name (default: the URL's host)")
    add.add_argument("--interval", default=format_interval(DEFAULT_INTERVAL), help="5m to 24h")
    add.add_argument("--max-age", help="entries older than this are not fetched (default "
                     f"{format_interval(DEFAULT_MAX_AGE)} for a feed, "
                     f"{format_interval(SITEMAP_MAX_AGE)} for a sitemap)")  # fmt: skip
    add.set_defaults(run=run_add)
    listing = commands.add_parser("list", help="every source")
    add_json_flag(listing)
    listing.set_defaults(run=run_list)
    show = commands.add_parser("show", help="one source and its health")
    show.add_argument("name", metavar="NAME")
    add_json_flag(show)
    show.set_defaults(run=run_show)
    for action, helptext, run in (
        ("remove", "forget a source", run_remove),
        ("enable", "crawl a disabled source again", run_enable),
    ):
        named = commands.add_parser(action, help=helptext)
        named.add_argument("name", metavar="NAME")
        named.set_defaults(run=run)
    load = commands.add_parser("import", help="add the sources of a TOML, YAML or OPML file")
    load.add_argument("file", metavar="FILE", type=Path, nargs="?")
    load.add_argument("--starter", action="store_true",
                      help="the bundled starter list of real news feeds")  # fmt: skip
    load.set_defaults(run=run_import)
    export = commands.add_parser("export", help="write every source as TOML, YAML or OPML")
    export.add_argument("--format", choices=FORMATS, default="toml")
    export.add_argument("--output", "-o", type=Path, help="file to write (default: stdout)")
    export.set_defaults(run=run_export)


def run_add(args: argparse.Namespace, config: Config) -> int:
    # Validate every argument before fetching anything: the cheap errors come first.
    source = Source(
        name=args.name or name_from_url(args.url),
        url=args.url,
        interval=parse_interval(args.interval),
        max_age=parse_interval(args.max_age) if args.max_age else None,
    )
    registry = SourceRegistry(connect(config), config.keys)
    registry.check_new(source)
    preview = probe_source(config, source.url)
    found = dataclasses.replace(source, url=preview.url, title=preview.title)
    if found.url != source.url:
        registry.check_new(found)
    stored = registry.add(found)
    print("\n".join(preview.lines(stored)))
    print(f"added {stored.name}: every {format_interval(stored.interval)}")
    return 0


def run_list(args: argparse.Namespace, config: Config) -> int:
    client = connect(config)
    if args.json:
        print_json({"sources": sources_documents(client, config, time.time())})
        return 0
    sources = SourceRegistry(client, config.keys).list()
    rows = [
        [s.name, format_interval(s.interval), f"disabled: {s.disabled}" if s.disabled else "active",
         s.title, s.url]
        for s in sources
    ]  # fmt: skip
    print(format_table(["name", "interval", "state", "title", "url"], rows, width=60))
    return 0


def run_show(args: argparse.Namespace, config: Config) -> int:
    client = connect(config)
    source = SourceRegistry(client, config.keys).get(args.name)
    if args.json:
        print_json(_source_document(client, config, source))
        return 0
    for field in dataclasses.fields(source):
        value = getattr(source, field.name)
        if field.name == "max_age" and value is None:
            value = (f"default ({format_interval(DEFAULT_MAX_AGE)} for a feed, "
                     f"{format_interval(SITEMAP_MAX_AGE)} for a sitemap)")  # fmt: skip
        print(f"{field.name:22} {escape_controls(str(value))}")
    for key, value in sorted(SourceHealth(client, config.keys).get(source.name).items()):
        print(f"{key:22} {value}")
    return 0


def _source_document(client: redis.Redis, config: Config, source: Source) -> dict[str, Any]:
    state = ScheduleState(client, config.keys)
    health = SourceHealth(client, config.keys).get(source.name)
    due, lease = state.due_times().get(source.name), state.leases().get(source.name)
    return source_document(dataclasses.asdict(source), health, due, lease, time.time())


def run_remove(args: argparse.Namespace, config: Config) -> int:
    SourceRegistry(connect(config), config.keys).remove(args.name)
    print(f"removed {args.name}")
    return 0


def run_enable(args: argparse.Namespace, config: Config) -> int:
    SourceRegistry(connect(config), config.keys).set_disabled(args.name, None)
    print(f"enabled {args.name}")
    return 0


def run_import(args: argparse.Namespace, config: Config) -> int:
    """Store every source of the file; those already present (by name or URL) are skipped.
    The file is checked whole first: one bad record and nothing is stored."""
    if bool(args.file) == bool(args.starter):
        raise SourceError("give a FILE or --starter (the bundled list of news feeds)")
    args.file = args.file or STARTER_SOURCES
    sources = read_sources(args.file)
    if not sources:
        raise SourceError(f"{args.file}: lists no sources")
    registry = SourceRegistry(connect(config), config.keys)
    added, skipped = [], []
    for source in sources:
        try:
            added.append(registry.add(source).name)
        except DuplicateSource:
            skipped.append(source.name)
    print(f"imported {len(added)} sources from {args.file}")
    if skipped:
        print(f"skipped {len(skipped)} already present: {', '.join(skipped)}")
    return 0


def run_export(args: argparse.Namespace, config: Config) -> int:
    text = write_sources(SourceRegistry(connect(config), config.keys).list(), args.format)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0
