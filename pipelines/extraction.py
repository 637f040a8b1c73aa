"""ExtractionPipeline: main text and metadata of each page, off the event loop."""

from __future__ import annotations

import asyncio
import multiprocessing
import os
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.statscollectors import StatsCollector

from aggregator.config import Config
from aggregator.errors import ExtractionFailed
from aggregator.extraction import extract_bytes
from aggregator.health import SourceHealth
from aggregator.models import Article
from aggregator.processing import fill
from aggregator.redis_connection import connect

#: Modules the forkserver imports before forking extraction workers.
_PRELOAD = ["__main__", "aggregator.extraction"]


class ExtractionPipeline:
    """Runs ``aggregator.extraction.extract_bytes`` (decoding, then extraction) in a
    process pool (EXTRACTION_WORKERS), so it uses every core and never blocks the downloader.

    Settings: EXTRACTION_ENABLED, EXTRACTION_WORKERS. Stats: extraction/ok,
    extraction/failed/<reason>.
    """

    def __init__(self, stats: StatsCollector, health: SourceHealth, workers: int) -> None:
        self.stats = stats
        self.health = health
        self.workers = workers or os.cpu_count() or 1
        self.executor: Executor | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractionPipeline:
        if not crawler.settings.getbool("EXTRACTION_ENABLED"):
            raise NotConfigured("EXTRACTION_ENABLED is off")
        config: Config = crawler.settings["AGGREGATOR_CONFIG"]
        assert crawler.stats is not None
        return cls(
            crawler.stats,
            SourceHealth(connect(config), config.keys),
            crawler.settings.getint("EXTRACTION_WORKERS"),
        )

    async def open_spider(self) -> None:
        if self.workers == 1:
            self.executor = ThreadPoolExecutor(max_workers=1)
            return
        # forkserver: forking a process that runs a reactor and threads is unsafe.
        context = multiprocessing.get_context("forkserver")
        # The server imports the extractor once; each worker forks with it loaded (and its
        # pages shared) instead of importing trafilatura itself on its first page.
        context.set_forkserver_preload(_PRELOAD)
        self.executor = ProcessPoolExecutor(max_workers=self.workers, mp_context=context)
        # Start the workers now, while robots.txt and the feeds are fetched, not on the
        # first article; nobody waits for these.
        for _ in range(self.workers):
            self.executor.submit(os.getpid)

    async def close_spider(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)

    async def process_item(self, item: Article) -> Article:
        loop = asyncio.get_running_loop()
        try:
            extracted = await loop.run_in_executor(
                self.executor,
                extract_bytes,
                item.body,
                item.url,
                item.content_type,
                item.feed_entry,
            )
        except ExtractionFailed as exc:
            self.stats.inc_value(f"extraction/failed/{exc.reason}")
            await asyncio.to_thread(self.health.count, item.source or "", exc.reason)
            raise DropItem(f"{item.url}: {exc.reason}: {exc}") from None
        self.stats.inc_value("extraction/ok")
        return fill(item, extracted)
