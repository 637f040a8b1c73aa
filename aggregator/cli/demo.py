"""``aggregator demo``: crawl the bundled demo news site once and show what consumers got."""

from __future__ import annotations

import argparse
import dataclasses
import ipaddress
from typing import Any

import redis

from aggregator import logs
from aggregator.cli.table import format_table
from aggregator.config import Config
from aggregator.crawl.runner import crawl_in_child
from aggregator.demo.server import DemoSite
from aggregator.keys import Keys
from aggregator.redis_connection import connect
from aggregator.sources.registry import Source, SourceRegistry
from aggregator.stream.consumer import Consumer
from aggregator.stream.sinks.callable import CallableSink

#: The demo's stories are dated March 2026: older than a source's default maximum age.
DEMO_MAX_AGE = 10 * 365 * 86400


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("demo", help="crawl the bundled demo site and show the result")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, config: Config) -> int:
    if logs.verbosity() == 0:  # the demo's output is its table; pass lines only with -v
        logs.configure(-1, config.log_format)
    config = _demo_config(config)
    client = connect(config)
    _reset(client, config.keys)
    with DemoSite() as site:
        print(f"demo site at {site.base_url}; redis: {config.redis_url or 'embedded'}")
        registry = SourceRegistry(client, config.keys)
        sources = [
            registry.add(Source(name=n, url=u, max_age=DEMO_MAX_AGE))
            for n, u in sorted(site.feeds.items())
        ]
        # The blog that republishes the news site first: its copies are published before
        # their originals exist, and each is linked to its original by an update message
        # when the news site is crawled (docs/consumers.md). One crawl per source, each in
        # a child process (Twisted's reactor runs once per process).
        for source in sorted(sources, key=lambda s: s.name != DEMO_FIRST):
            crawl_in_child(config, [source])
    messages: list[dict[str, Any]] = []
    Consumer(client, config.keys, group="demo").run(CallableSink(messages.extend), idle_exit=1.0)
    articles = _latest(messages)
    print(_table(articles))
    updates = sum(1 for m in articles if m.get("event") == "update")
    print(
        f"\n{len(articles)} articles reached consumer group 'demo' of {config.keys.stream}; "
        f"{updates} copies crawled before their original were linked to it by an update"
    )
    return 0


#: The source crawled first: the blog, so that its copies arrive before their originals.
DEMO_FIRST = "valley-notes"


def _latest(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each article as a consumer keeping the highest revision has it."""
    latest: dict[str, dict[str, Any]] = {}
    for message in messages:
        if message["revision"] >= latest.get(message["id"], {}).get("revision", 0):
            latest[message["id"]] = message
    return list(latest.values())


def _demo_config(config: Config) -> Config:
    """The demo's own key namespace, and leave to fetch from loopback, where its site is."""
    loopback = ipaddress.ip_network("127.0.0.0/8")
    return dataclasses.replace(
        config,
        keys=Keys(prefix=f"{config.keys.prefix}demo:", stream_name=config.keys.stream_name),
        allow_networks=(*config.allow_networks, loopback),
    )


def _reset(client: redis.Redis, keys: Keys) -> None:
    """Each demo run starts from an empty namespace, so it shows the same story every time."""
    for key in client.scan_iter(match=keys.all_pattern(), count=1000):
        client.delete(key)


def _table(messages: list[dict[str, Any]]) -> str:
    titles = {m["id"]: m.get("title") for m in messages}
    rows = [
        [
            m.get("title"),
            m.get("source"),
            (m.get("published") or "")[:10],
            m["attribution"].get("original_publisher"),
            titles.get(m.get("duplicate_of"), m.get("duplicate_of")),
            "by update" if m.get("event") == "update" else "",
        ]
        for m in sorted(messages, key=lambda m: (m.get("source") or "", m.get("published") or ""))
    ]
    return format_table(
        ["title", "source", "published", "original publisher", "duplicate of", "linked"],
        rows,
        width=44,
    )
