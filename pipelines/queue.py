"""QueuePipeline: publishes each article to the Redis stream consumers read."""

from __future__ import annotations

import asyncio

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.statscollectors import StatsCollector

from aggregator.config import Config
from aggregator.dedup.index import mark_published
from aggregator.models import Article
from aggregator.redis_connection import connect
from aggregator.redis_patience import RedisPatience, shared_patience
from aggregator.sources.health import SourceHealth
from aggregator.stream.articles import entry_fields


class QueuePipeline:
    """Appends the article message to the stream (``aggregator.stream.articles.entry_fields``).

    A Redis outage is ridden out for REDIS_PATIENCE seconds (``aggregator.redis_patience``).

    Settings: QUEUE_ENABLED, REDIS_PATIENCE. Stats: queue/published.
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
        # Redis round trips run in a thread: the reactor keeps downloading meanwhile.
        await asyncio.to_thread(self.patience.call, self._publish, item)
        self.stats.inc_value("queue/published")
        return item

    def _publish(self, item: Article) -> None:
        # The entry, its source's counter and the end of dedup's "unpublished" mark (see
        # DedupPipeline) in one write: the server runs all three or, if the write never
        # arrives, none.
        keys = self.config.keys
        pipe = self.client.pipeline(transaction=False)
        pipe.xadd(keys.stream, entry_fields(item))
        SourceHealth(pipe, keys).count(item.source or "", "published")
        mark_published(pipe, keys, item.id)
        pipe.execute()
