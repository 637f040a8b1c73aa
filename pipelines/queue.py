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
from aggregator.stream.articles import publish


class QueuePipeline:
    """Adapts the core's publish to Scrapy: ``aggregator.stream.articles.publish`` appends
    the message, then ``aggregator.dedup.relink`` updates copies whose original changed.

    Settings: QUEUE_ENABLED. Stats: queue/published, queue/relinked.
    """

    def __init__(self, stats: StatsCollector, config: Config) -> None:
        self.stats = stats
        self.config = config
        self.client = connect(config)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> QueuePipeline:
        if not crawler.settings.getbool("QUEUE_ENABLED"):
            raise NotConfigured("QUEUE_ENABLED is off")
        assert crawler.stats is not None
        return cls(crawler.stats, crawler.settings["AGGREGATOR_CONFIG"])

    async def process_item(self, item: Article) -> Article:
        # Redis round trips run in a thread: the reactor keeps downloading meanwhile.
        await asyncio.to_thread(publish, self.client, self.config.keys, item)
        self.stats.inc_value("queue/published")
        relinked = await asyncio.to_thread(relink, self.client, self.config.keys, item)
        if relinked:
            self.stats.inc_value("queue/relinked", len(relinked))
        return item
