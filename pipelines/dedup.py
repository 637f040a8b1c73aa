"""DedupPipeline: drops repeats of an article already published under another URL."""

from __future__ import annotations

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.statscollectors import StatsCollector

from aggregator.config import Config
from aggregator.dedup import Deduplicator
from aggregator.health import SourceHealth
from aggregator.models import Article
from aggregator.redis_connection import connect


class DedupPipeline:
    """Claims each article's URLs in Redis (``aggregator.dedup``); repeats are dropped.

    Settings: DEDUP_ENABLED. Stats: dedup/repeat.
    """

    def __init__(self, stats: StatsCollector, dedup: Deduplicator, health: SourceHealth) -> None:
        self.stats = stats
        self.dedup = dedup
        self.health = health

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DedupPipeline:
        if not crawler.settings.getbool("DEDUP_ENABLED"):
            raise NotConfigured("DEDUP_ENABLED is off")
        config: Config = crawler.settings["AGGREGATOR_CONFIG"]
        client = connect(config)
        assert crawler.stats is not None
        return cls(
            crawler.stats, Deduplicator(client, config.keys), SourceHealth(client, config.keys)
        )

    async def process_item(self, item: Article) -> Article:
        earlier = self.dedup.repeat_of(item)
        if earlier is not None:
            self.stats.inc_value("dedup/repeat")
            self.health.count(item.source or "", "repeat")
            raise DropItem(f"{item.url}: repeat of article {earlier}")
        item.story_id = item.story_id or item.id
        return item
