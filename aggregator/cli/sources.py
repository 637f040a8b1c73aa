"""``aggregator sources``: add, list, show, remove, import and export the sources in Redis."""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from pathlib import Path
from typing import Any

import redis

from aggregator.cli import sources_add
from aggregator.cli.help import add_command
from aggregator.cli.output import add_json_flag, print_json
from aggregator.cli.table import escape_controls, format_table
from aggregator.config import Config
from aggregator.errors import SourceError
from aggregator.ops.documents import source_document, sources_documents
from aggregator.redis_connection import connect
from aggregator.sources.due import ScheduleState
from aggregator.sources.files import FORMATS, STARTER_SOURCES, read_sources, write_sources
from aggregator.sources.health import SourceHealth
from aggregator.sources.polling import EntryLog
from aggregator.sources.registry import (
    DEFAULT_MAX_AGE,
    SITEMAP_MAX_AGE,
    Source,
    SourceRegistry,
    format_interval,
)

#: Fields of ``sources show`` that hold seconds, printed the way ``list`` prints them.
_DURATIONS = frozenset({"interval", "max_age"})


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = add_command(
        subparsers, "sources", "the source registry: add, list, show, pause, import, export",
        "aggregator sources list --tag world",
    )  # fmt: skip
    commands = parser.add_subparsers(dest="sources_command", metavar="ACTION", required=True)
    sources_add.register(commands)
    listing = add_command(commands, "list", "every source (or those with a tag)",
                          "aggregator sources list --tag world")  # fmt: skip
    listing.add_argument("--tag", action="append", default=[], help="only sources with this tag")
    add_json_flag(listing)
    listing.set_defaults(run=run_list)
    show = add_command(commands, "show", "one source and its health",
                       "aggregator sources show bbc-world")  # fmt: skip
    show.add_argument("name", metavar="NAME")
    add_json_flag(show)
    show.set_defaults(run=run_show)
    for action, helptext, run in (
        ("remove", "forget a source and its history", run_remove),
        ("enable", "crawl a disabled source again", run_enable),
    ):
        named = add_command(commands, action, helptext, f"aggregator sources {action} bbc-world")
        named.add_argument("name", metavar="NAME")
        named.set_defaults(run=run)
    disable = add_command(
        commands, "disable", "pause a source, keeping its history; crawl and schedule skip it",
        "aggregator sources disable bbc-world --reason 'paywalled since May'",
    )  # fmt: skip
    disable.add_argument("name", metavar="NAME")
    disable.add_argument("--reason", default="paused by the operator", help="shown in status")
    disable.set_defaults(run=run_disable)
    reset = add_command(
        commands, "reset", "forget which entries were fetched: the next crawl fetches them again",
        "aggregator sources reset bbc-world --yes",
    )  # fmt: skip
    reset.add_argument("name", metavar="NAME")
    reset.add_argument("--yes", action="store_true", help="really forget the entry log")
    reset.set_defaults(run=run_reset)
    load = add_command(commands, "import", "add the sources of a TOML, YAML or OPML file",
                       "aggregator sources import feeds.opml")  # fmt: skip
    load.add_argument("file", metavar="FILE", type=Path, nargs="?")
    load.add_argument("--starter", action="store_true",
                      help="the bundled starter list of real news feeds")  # fmt: skip
    load.set_defaults(run=run_import)
    export = add_command(commands, "export", "write every source as TOML, YAML or OPML",
                         "aggregator sources export --format opml -o feeds.opml")  # fmt: skip
    export.add_argument("--format", choices=FORMATS, default="toml")
    export.add_argument("--output", "-o", type=Path, help="file to write (default: stdout)")
    export.set_defaults(run=run_export)


def run_list(args: argparse.Namespace, config: Config) -> int:
    client = connect(config)
    sources = SourceRegistry(client, config.keys).with_tags(args.tag)
    if args.json:
        names = {s.name for s in sources}
        documents = sources_documents(client, config, time.time())
        print_json({"sources": [d for d in documents if d.get("name") in names]})
        return 0
    rows = [
        [s.name, format_interval(s.interval), f"disabled: {s.disabled}" if s.disabled else "active",
         " ".join(s.tags), s.title, s.url]
        for s in sources
    ]  # fmt: skip
    print(format_table(["name", "interval", "state", "tags", "title", "url"], rows, width=60))
    return 0


def run_show(args: argparse.Namespace, config: Config) -> int:
    client = connect(config)
    source = SourceRegistry(client, config.keys).get(args.name)
    if args.json:
        print_json(_source_document(client, config, source))
        return 0
    for field in dataclasses.fields(source):
        shown = _shown(field.name, getattr(source, field.name))
        print(f"{field.name:22} {escape_controls(str(shown))}")
    for key, value in sorted(SourceHealth(client, config.keys).get(source.name).items()):
        print(f"{key:22} {value}")
    return 0


def _source_document(client: redis.Redis, config: Config, source: Source) -> dict[str, Any]:
    state = ScheduleState(client, config.keys)
    health = SourceHealth(client, config.keys).get(source.name)
    due, lease = state.due_times().get(source.name), state.leases().get(source.name)
    return source_document(dataclasses.asdict(source), health, due, lease, time.time())


def _shown(field: str, value: object) -> object:
    if field == "max_age" and value is None:
        return (f"default ({format_interval(DEFAULT_MAX_AGE)} for a feed, "
                f"{format_interval(SITEMAP_MAX_AGE)} for a sitemap)")  # fmt: skip
    if field in _DURATIONS and isinstance(value, int):
        return format_interval(value)
    if isinstance(value, tuple):
        return " ".join(value) or "-"
    return value


def run_remove(args: argparse.Namespace, config: Config) -> int:
    SourceRegistry(connect(config), config.keys).remove(args.name)
    print(f"removed {args.name}")
    return 0


def run_enable(args: argparse.Namespace, config: Config) -> int:
    SourceRegistry(connect(config), config.keys).set_disabled(args.name, None)
    print(f"enabled {args.name}")
    return 0


def run_disable(args: argparse.Namespace, config: Config) -> int:
    reason = " ".join(str(args.reason).split())
    if not reason:
        raise SourceError("--reason must say something: it is what status shows")
    SourceRegistry(connect(config), config.keys).set_disabled(args.name, reason)
    print(f"disabled {args.name}: {reason}")
    return 0


def run_reset(args: argparse.Namespace, config: Config) -> int:
    client = connect(config)
    source: Source = SourceRegistry(client, config.keys).get(args.name)
    log = EntryLog(client, config.keys)
    if not args.yes:
        raise SourceError(
            f"reset forgets the {log.size(source.name)} entries of {source.name} already "
            "fetched, so the next crawl fetches all it lists again: add --yes to do it"
        )
    forgotten = log.forget(source.name)
    print(f"reset {source.name}: forgot {forgotten} entries; the next crawl fetches them again")
    return 0


def run_import(args: argparse.Namespace, config: Config) -> int:
    """Store every source of the file; those already present (by name or URL) are skipped.
    The file is checked whole first: one bad record and nothing is stored."""
    if bool(args.file) == bool(args.starter):
        raise SourceError("give a FILE or --starter (the bundled list of news feeds)")
    args.file = args.file or STARTER_SOURCES
    registry = SourceRegistry(connect(config), config.keys)
    sources = read_sources(args.file, frozenset(registry.names()))
    if not sources:
        raise SourceError(f"{args.file}: lists no sources")
    present = {s.url: s.name for s in registry.list()}
    added, duplicates = registry.add_many(sources)
    skipped = [present.get(s.url, s.name) for s in duplicates]
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
