"""The distributed mode's entry points: the frontier's Redis client, the enqueue pass, workers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import redis

from aggregator.config import DEFAULT_SETTINGS, Config
from aggregator.crawl.frontier import Frontier
from aggregator.errors import ConfigError
from aggregator.sources.registry import Source

#: The settings module a worker uses when AGGREGATOR_SETTINGS names the default one.
DISTRIBUTED_SETTINGS = "aggregator_scrapy.settings.distributed"


@dataclass(frozen=True)
class EnqueueReport:
    """What one enqueue pass did: feeds handed to the workers, lost requests put back."""

    feeds: int
    requeued: int


def frontier_client(config: Config) -> redis.Redis:
    """A client of the shared Redis that keeps bytes as bytes (requests are pickled)."""
    if not config.redis_url:
        raise ConfigError(
            "AGGREGATOR_DISTRIBUTED=1 needs REDIS_URL: every worker must reach the same Redis"
        )
    return redis.Redis.from_url(config.redis_url)


def enqueue_pass(config: Config, sources: Sequence[Source]) -> EnqueueReport:
    """The distributed ``crawl``/``schedule`` pass: first put back the requests of dead
    workers, then ask the workers to crawl ``sources``; returns at once."""
    frontier = Frontier(frontier_client(config), config.keys)
    requeued = frontier.requeue_lost()
    return EnqueueReport(feeds=frontier.add_feeds(sources), requeued=requeued)


def worker_settings_module(config: Config) -> str:
    """The distributed settings, unless AGGREGATOR_SETTINGS names a module of its own."""
    if config.settings_module == DEFAULT_SETTINGS:
        return DISTRIBUTED_SETTINGS
    return config.settings_module


def run_worker(config: Config, overrides: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Pull requests from the frontier until stopped (SIGINT/SIGTERM); return the stats."""
    from dataclasses import replace

    from aggregator.crawl.runner import run_spider
    from aggregator_scrapy.spiders.distributed import DistributedFeedSpider

    frontier_client(config)  # fail early, with one line, without REDIS_URL
    worker_config = replace(config, settings_module=worker_settings_module(config))
    return run_spider(
        worker_config, DistributedFeedSpider, {"REDIS_URL": config.redis_url, **(overrides or {})}
    )
