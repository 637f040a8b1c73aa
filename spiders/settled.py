"""A feed entry is marked seen once its article is settled (published or dropped), never before."""

from __future__ import annotations

import asyncio
import contextlib
import time
from typing import Any

import redis
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.utils.defer import deferred_from_coro
from twisted.python.failure import Failure

from aggregator.config import Config
from aggregator.errors import RedisUnavailable
from aggregator.models import Article, FeedEntry
from aggregator.redis_connection import connect
from aggregator.redis_patience import shared_patience
from aggregator.sources.polling import EntryLog

#: Marks written in one round trip, and the seconds the oldest of them may wait for it. A
#: crawl that dies holding them loses them: those pages are fetched again next pass and
#: dropped as dedup repeats, never published twice (issue 21: a round trip and a thread
#: hop a page were ~4% of the crawl process).
MARK_BATCH = 32
MARK_WAIT = 1.0

#: The stats key of the articles that could not be published, and of their URLs.
UNPUBLISHED = "queue/unpublished"
UNPUBLISHED_URLS = "queue/unpublished_urls"


class SettledEntries:
    """Marks an article's feed entry in the source's EntryLog after the pipelines are done
    with it: published, dropped (repeat, no article), or failed for a reason of its own.

    An article whose dedup check or publish met a Redis outage is not marked, so the next
    pass fetches it again, and is counted in ``queue/unpublished`` with its URL. When
    REDIS_PATIENCE ran out (RedisUnavailable), the crawl is stopped: the rest of the pass
    would fail the same way.

    Marks are written MARK_BATCH at a time (or once the oldest waited MARK_WAIT seconds),
    and the rest when the spider closes.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        config: Config = crawler.settings["AGGREGATOR_CONFIG"]
        self.log = EntryLog(connect(config), config.keys)
        self.patience = shared_patience(crawler.settings.getfloat("REDIS_PATIENCE"))
        self.stopping = False
        self.pending: list[tuple[str, FeedEntry, float]] = []

    @classmethod
    def connect(cls, crawler: Crawler) -> SettledEntries:
        settled = cls(crawler)
        crawler.signals.connect(settled.done, signal=signals.item_scraped)
        crawler.signals.connect(settled.done, signal=signals.item_dropped)
        crawler.signals.connect(settled.failed, signal=signals.item_error)
        crawler.signals.connect(settled.closed, signal=signals.spider_closed)
        return settled

    async def done(self, item: Any, **kwargs: Any) -> None:
        if not (isinstance(item, Article) and item.feed_entry is not None and item.source):
            return
        now = time.time()
        self.pending.append((item.source, item.feed_entry, now))
        if len(self.pending) >= MARK_BATCH or now - self.pending[0][2] >= MARK_WAIT:
            await self._flush()

    async def closed(self, **kwargs: Any) -> None:
        if self.stopping:  # Redis is gone: these pages are fetched again next pass
            return
        with contextlib.suppress(RedisUnavailable, redis.RedisError):
            await self._flush()

    async def _flush(self) -> None:
        marks, self.pending = self.pending, []
        if marks:
            # In a thread, through the outage the publish just rode out: an article
            # published then not marked is fetched again next pass, only to be dropped as
            # a repeat.
            await asyncio.to_thread(self.patience.call, self.log.mark_many, marks)

    async def failed(self, item: Any, failure: Failure, **kwargs: Any) -> None:
        if not isinstance(failure.value, RedisUnavailable | redis.RedisError):
            await self.done(item)  # a page that breaks the pipelines is not fetched again
            return
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value(UNPUBLISHED)
        urls = self.crawler.stats.get_value(UNPUBLISHED_URLS) or []
        self.crawler.stats.set_value(UNPUBLISHED_URLS, [*urls, getattr(item, "url", "?")])
        if isinstance(failure.value, RedisUnavailable) and not self.stopping:
            self.stopping = True
            assert self.crawler.engine is not None
            # Not awaited: the engine's close waits for the items in flight, this one too.
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="redis_unavailable"))
