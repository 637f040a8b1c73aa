"""``aggregator demo``: crawl the bundled demo news site once and show what consumers got."""

from __future__ import annotations

import argparse
import dataclasses
import ipaddress
from typing import Any

import redis

from aggregator.cli.help import add_command
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
    parser = add_command(
        subparsers, "demo", "crawl the bundled demo site and show the result", "aggregator demo",
        "Serve the bundled demo news site on 127.0.0.1, crawl it once into the configured\n"
        "Redis (under the key prefix + 'demo:', emptied first), consume the stream and print\n"
        "what arrived: source, original publisher and duplicate links of each article.",
    )  # fmt: skip
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, config: Config) -> int:
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
        # The news site first, then the blog that republishes it, as the stories appeared:
        # the copies then arrive with duplicate_of set. One crawl per source, each in a
        # child process (Twisted's reactor runs once per process).
        for source in sources:
            crawl_in_child(config, [source])
    messages: list[dict[str, Any]] = []
    Consumer(client, config.keys, group="demo").run(CallableSink(messages.extend), idle_exit=1.0)
    print(_table(messages))
    print(f"\n{len(messages)} articles reached consumer group 'demo' of {config.keys.stream}")
    return 0


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
        ]
        for m in sorted(messages, key=lambda m: (m.get("source") or "", m.get("published") or ""))
    ]
    return format_table(
        ["title", "source", "published", "original publisher", "duplicate of"], rows, width=44
    )
