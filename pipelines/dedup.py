"""DedupPipeline: drops repeats, marks updates, links copies to their original's story."""

from __future__ import annotations

import asyncio

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.settings import BaseSettings
from scrapy.statscollectors import StatsCollector

from aggregator.config import Config
from aggregator.dedup.decision import apply, decide
from aggregator.dedup.index import Deduplicator, DedupParams
from aggregator.dedup.relink import relink_published
from aggregator.models import Article
from aggregator.redis_connection import connect
from aggregator.redis_patience import RedisPatience, shared_patience
from aggregator.sources.health import SourceHealth


class DedupPipeline:
    """Adapts ``aggregator.dedup.decision`` to Scrapy: a repeat is dropped, a changed text at
    a known URL becomes ``event: "update"``, a copy keeps its story's ``story_id`` and points
    to its original with ``duplicate_of``.

    Settings: DEDUP_ENABLED, DEDUP_WINDOW, DEDUP_WINDOWS, DEDUP_CAPACITY, DEDUP_THRESHOLD,
    REDIS_PATIENCE.
    Stats: dedup/new, dedup/copy, dedup/update, dedup/repeat.
    """

    def __init__(
        self,
        stats: StatsCollector,
        dedup: Deduplicator,
        health: SourceHealth,
        patience: RedisPatience | None = None,
    ) -> None:
        self.stats = stats
        self.dedup = dedup
        self.health = health
        self.patience = patience or RedisPatience(0.0)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DedupPipeline:
        if not crawler.settings.getbool("DEDUP_ENABLED"):
            raise NotConfigured("DEDUP_ENABLED is off")
        config: Config = crawler.settings["AGGREGATOR_CONFIG"]
        client = connect(config)
        assert crawler.stats is not None
        dedup = Deduplicator(client, config.keys, params(crawler.settings))
        patience = shared_patience(crawler.settings.getfloat("REDIS_PATIENCE"))
        return cls(crawler.stats, dedup, SourceHealth(client, config.keys), patience)

    async def process_item(self, item: Article) -> Article:
        # The Redis script runs in a thread: the reactor keeps downloading meanwhile.
        # A retry after a reply lost in an outage finds the record it wrote: a "repeat" of
        # an unpublished article, which decide publishes under its id.
        verdict = await asyncio.to_thread(self.patience.call, decide, self.dedup, item)
        self.stats.inc_value(f"dedup/{verdict.kind}")
        if verdict.kind == "repeat":
            await asyncio.to_thread(self.health.count, item.source or "", "repeat")
            await asyncio.to_thread(relink_published, self.dedup.client, self.dedup.keys,
                                    verdict.article_id)  # fmt: skip
            raise DropItem(f"{item.url}: repeat of article {verdict.article_id}")
        return apply(item, verdict)


def params(settings: BaseSettings) -> DedupParams:
    return DedupParams(
        window=settings.getint("DEDUP_WINDOW"),
        windows=settings.getint("DEDUP_WINDOWS"),
        capacity=settings.getint("DEDUP_CAPACITY"),
        threshold=settings.getfloat("DEDUP_THRESHOLD"),
    )
