"""DedupPipeline: drops repeats, marks updates, links copies to their original's story."""

from __future__ import annotations

import asyncio

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.settings import BaseSettings
from scrapy.statscollectors import StatsCollector

from aggregator.config import Config
from aggregator.dedup.index import Deduplicator, DedupParams, Verdict
from aggregator.models import Article
from aggregator.redis_connection import connect
from aggregator.redis_patience import RedisPatience, shared_patience
from aggregator.sources.health import SourceHealth


class DedupPipeline:
    """Checks each article against the shared index (``aggregator.dedup.index``): a repeat is
    dropped, a changed text at a known URL becomes ``event: "update"``, a copy keeps its
    original's ``story_id`` and points to it with ``duplicate_of``.

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
        # an unpublished article, which _unless_lost publishes under its id.
        verdict = await asyncio.to_thread(
            self.patience.call, self.dedup.check, item, item.fingerprint
        )
        if verdict.kind == "repeat":
            verdict = await self._unless_lost(verdict)
        self.stats.inc_value(f"dedup/{verdict.kind}")
        if verdict.kind == "repeat":
            await asyncio.to_thread(self.health.count, item.source or "", "repeat")
            raise DropItem(f"{item.url}: repeat of article {verdict.article_id}")
        return apply(item, verdict)

    async def _unless_lost(self, verdict: Verdict) -> Verdict:
        """A repeat of an article whose publication never happened (its crawler died between
        dedup and the publish) is that article: published now, under its id and story.
        The grace period lets a publication in flight in another process land first."""
        lost = await asyncio.to_thread(self.dedup.unpublished, verdict.article_id)
        if lost is not None:
            await asyncio.sleep(LOST_AFTER)
            lost = await asyncio.to_thread(self.dedup.unpublished, verdict.article_id)
        if lost is None:
            return verdict
        story_id, duplicate_of = lost
        return Verdict("new", verdict.article_id, story_id, duplicate_of or None)


#: Seconds a recorded but unpublished article is given before a repeat of it is published.
LOST_AFTER = 5.0


def apply(item: Article, verdict: Verdict) -> Article:
    """``item`` with the id, story, original and event dedup decided."""
    item.id = verdict.article_id
    item.story_id = verdict.story_id or item.id
    item.duplicate_of = verdict.duplicate_of
    if verdict.kind == "update":
        item.event, item.revision = "update", verdict.revision
    return item


def params(settings: BaseSettings) -> DedupParams:
    return DedupParams(
        window=settings.getint("DEDUP_WINDOW"),
        windows=settings.getint("DEDUP_WINDOWS"),
        capacity=settings.getint("DEDUP_CAPACITY"),
        threshold=settings.getfloat("DEDUP_THRESHOLD"),
    )
