"""QueuePipeline: publishes each article to the Redis stream consumers read."""

from __future__ import annotations

import asyncio

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.statscollectors import StatsCollector

from aggregator.config import Config
from aggregator.dedup.relink import relink
from aggregator.models import Article
from aggregator.redis_connection import connect
from aggregator.redis_patience import RedisPatience, shared_patience
from aggregator.stream.articles import publish


class QueuePipeline:
    """Adapts the core's publish to Scrapy: ``aggregator.stream.articles.publish`` appends
    the message, then ``aggregator.dedup.relink`` updates copies whose original changed.

    A Redis outage is ridden out for REDIS_PATIENCE seconds (``aggregator.redis_patience``).

    Settings: QUEUE_ENABLED, REDIS_PATIENCE. Stats: queue/published, queue/relinked.
    """

    def __init__(
        self, stats: StatsCollector, config: Config, patience: RedisPatience | None = None
    ) -> None:
        self.stats = stats
        self.config = config
        self.client = connect(config)
        self.patience = patience or RedisPatience(0.0)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> QueuePipeline:
        if not crawler.settings.getbool("QUEUE_ENABLED"):
            raise NotConfigured("QUEUE_ENABLED is off")
        assert crawler.stats is not None
        patience = shared_patience(crawler.settings.getfloat("REDIS_PATIENCE"))
        return cls(crawler.stats, crawler.settings["AGGREGATOR_CONFIG"], patience)

    async def process_item(self, item: Article) -> Article:
        # Redis round trips run in a thread: the reactor keeps downloading meanwhile. One
        # hop for both: a thread hop cost more than the round trip itself (issue 21).
        relinked = await asyncio.to_thread(self._publish, item)
        self.stats.inc_value("queue/published")
        if relinked:
            self.stats.inc_value("queue/relinked", len(relinked))
        return item

    def _publish(self, item: Article) -> list[str]:
        self.patience.call(publish, self.client, self.config.keys, item)
        return self.patience.call(relink, self.client, self.config.keys, item)
