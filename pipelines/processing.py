"""ProcessingPipeline: extraction, attribution and the dedup fingerprint, off the event loop."""

from __future__ import annotations

import asyncio
import functools
import logging
import os
from concurrent.futures import Executor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.statscollectors import StatsCollector

from aggregator.config import Config
from aggregator.crawl.workers import new_pool
from aggregator.errors import ExtractionFailed, WorkerCrashed
from aggregator.models import Article
from aggregator.processing import process
from aggregator.redis_connection import connect
from aggregator.sources.health import SourceHealth

logger = logging.getLogger(__name__)


class ProcessingPipeline:
    """Runs ``aggregator.processing.process`` on each page in a process pool
    (EXTRACTION_WORKERS, default one per core): decoding and extraction, then attribution
    (ATTRIBUTION_ENABLED), then the fingerprint dedup compares (DEDUP_ENABLED). All the
    CPU-bound work on a page happens in one hop to a worker, so the crawl uses every core
    and the reactor only downloads and talks to Redis.

    A worker that dies (killed, out of memory, a crash in C code) breaks the whole pool: the
    pool is rebuilt and every page that was in it is tried once more; a page whose second
    try breaks the pool again is dropped as ``worker_crashed``.

    Settings: EXTRACTION_ENABLED, EXTRACTION_WORKERS, EXTRACTION_FAST, ATTRIBUTION_ENABLED,
    ATTRIBUTION_PUBLISHERS_FILE, DEDUP_ENABLED. Stats: extraction/ok,
    extraction/failed/<reason>, extraction/pool_rebuilt, attribution/credited.
    """

    def __init__(
        self,
        stats: StatsCollector,
        health: SourceHealth,
        workers: int,
        *,
        attribution: bool = True,
        publishers_file: Path | None = None,
        fingerprinted: bool = True,
        fast: bool = False,
    ) -> None:
        self.stats = stats
        self.health = health
        self.workers = workers or os.cpu_count() or 1
        self.work = functools.partial(
            process,
            attribution=attribution,
            publishers_file=publishers_file,
            fingerprinted=fingerprinted,
            fast=fast,
        )
        self.executor: Executor | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ProcessingPipeline:
        settings = crawler.settings
        if not settings.getbool("EXTRACTION_ENABLED"):
            raise NotConfigured("EXTRACTION_ENABLED is off")
        config: Config = settings["AGGREGATOR_CONFIG"]
        assert crawler.stats is not None
        return cls(
            crawler.stats,
            SourceHealth(connect(config), config.keys),
            settings.getint("EXTRACTION_WORKERS"),
            attribution=settings.getbool("ATTRIBUTION_ENABLED"),
            publishers_file=settings["ATTRIBUTION_PUBLISHERS_FILE"],
            fingerprinted=settings.getbool("DEDUP_ENABLED"),
            fast=settings.getbool("EXTRACTION_FAST"),
        )

    async def open_spider(self) -> None:
        self.executor = self._new_pool()

    def _new_pool(self) -> Executor:
        if self.workers == 1:
            return ThreadPoolExecutor(max_workers=1)
        return new_pool(self.workers)

    async def close_spider(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)

    async def process_item(self, item: Article) -> Article:
        try:
            item = await self._in_worker(item)
        except ExtractionFailed as exc:
            self.stats.inc_value(f"extraction/failed/{exc.reason}")
            await asyncio.to_thread(self.health.count, item.source or "", exc.reason)
            raise DropItem(f"{item.url}: {exc.reason}: {exc}") from None
        self.stats.inc_value("extraction/ok")
        if item.attribution.original_publisher:
            self.stats.inc_value("attribution/credited")
        return item

    async def _in_worker(self, item: Article) -> Article:
        """``self.work`` on the page in a worker, with one more try on a rebuilt pool."""
        loop = asyncio.get_running_loop()
        for _ in range(2):
            executor = self.executor
            try:
                # The page travels to the worker once, as bytes; the article comes back
                # without it.
                return await loop.run_in_executor(executor, self.work, item)
            except BrokenProcessPool:
                self._rebuild(executor)
        raise WorkerCrashed("the extraction worker died on this page twice")

    def _rebuild(self, broken: Executor | None) -> None:
        # Every page in flight sees the same breakage; the first to get here rebuilds.
        if broken is not self.executor or broken is None:
            return
        broken.shutdown(wait=False, cancel_futures=True)
        self.executor = self._new_pool()
        self.stats.inc_value("extraction/pool_rebuilt")
        logger.warning("an extraction worker died; the pool was rebuilt and its pages retried")
