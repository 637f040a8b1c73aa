"""``aggregator sources add``: find a feed by fetching it, show a preview, store the source."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from urllib.parse import urljoin

from aggregator.cli.help import add_command
from aggregator.config import Config
from aggregator.crawl.runner import probe_source
from aggregator.errors import AggregatorError, DuplicateSource, SeveralFeeds, SourceError
from aggregator.redis_connection import connect
from aggregator.sources.naming import default_name
from aggregator.sources.preview import Preview
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

DESCRIPTION = """\
Fetch URL (a feed, a (news) sitemap, or a homepage whose feed is discovered), show a
preview (title, item count, newest date, three extracted samples) and store the source.
On error print one line and store nothing. A homepage that announces several feeds lists
them: choose one with --feed URL, or add every one with --all-feeds."""
EXAMPLE = "aggregator sources add https://www.aljazeera.com/xml/rss/all.xml --tag world"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    add = add_command(
        commands,
        "add",
        "find and validate a feed by fetching it, then store it",
        EXAMPLE,
        DESCRIPTION,
    )
    add.add_argument("url", metavar="URL", help="a feed, a (news) sitemap or a homepage")
    add.add_argument("--name", help="source name (default: the host, plus the path if taken)")
    add.add_argument("--interval", default=format_interval(DEFAULT_INTERVAL), help="5m to 24h")
    add.add_argument("--max-age", help="entries older than this are not fetched (default "
                     f"{format_interval(DEFAULT_MAX_AGE)} for a feed, "
                     f"{format_interval(SITEMAP_MAX_AGE)} for a sitemap)")  # fmt: skip
    add.add_argument("--tag", action="append", default=[], metavar="TAG",
                     help="a tag for the source (repeatable): crawl --tag TAG")  # fmt: skip
    which = add.add_mutually_exclusive_group()
    which.add_argument("--feed", metavar="URL", help="the feed to take, of those a page announces")
    which.add_argument("--all-feeds", action="store_true",
                       help="add every feed the page announces")  # fmt: skip
    add.set_defaults(run=run_add)


def run_add(args: argparse.Namespace, config: Config) -> int:
    if args.name and args.all_feeds:
        raise SourceError("--name names one source; --all-feeds adds several, named by URL")
    url = urljoin(args.url, args.feed) if args.feed else args.url
    # Validate every argument before fetching anything: the cheap errors come first.
    template = Source(
        name=args.name or name_from_url(url),
        url=url,
        interval=parse_interval(args.interval),
        max_age=parse_interval(args.max_age) if args.max_age else None,
        tags=tuple(args.tag),
    )
    registry = SourceRegistry(connect(config), config.keys)
    if args.name:
        registry.check_name(args.name)
    if not args.all_feeds:
        registry.check_url(url)
    try:
        results = probe_source(config, url, all_feeds=args.all_feeds)
    except SeveralFeeds as several:
        print(f"{args.url} announces {len(several.feeds)} feeds:")
        print("\n".join(f"  {feed}  {title}".rstrip() for feed, title in several.feeds))
        raise
    added = [_store(registry, template, r, args) for r in results]
    if not any(added):
        raise SourceError(f"no source added from {args.url}: see above")
    return 0


def _store(
    registry: SourceRegistry,
    template: Source,
    result: Preview | AggregatorError,
    args: argparse.Namespace,
) -> bool:
    """Store one probed feed; with several (--all-feeds) a failed one is a line, not the end."""
    if isinstance(result, AggregatorError):
        sys.stderr.write(f"skipped: {result}\n")
        return False
    name = args.name or default_name(args.url, registry.names(), result.url)
    found = dataclasses.replace(template, name=name, url=result.url, title=result.title)
    try:
        registry.check_url(found.url)
        stored = registry.add(found)
    except DuplicateSource as exc:
        if not args.all_feeds:
            raise
        sys.stderr.write(f"skipped {found.url}: {exc}\n")
        return False
    print("\n".join(result.lines(stored)))
    print(f"added {stored.name}: every {format_interval(stored.interval)}")
    return True
