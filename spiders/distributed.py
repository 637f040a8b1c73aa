"""The distributed feed spider: a scrapy-redis RedisSpider running FeedSpider's callbacks."""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import scrapy
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy_redis.spiders import RedisSpider
from twisted.python.failure import Failure

from aggregator.config import Config
from aggregator.crawl.frontier import Frontier, source_of
from aggregator.errors import SourceError, UnknownSource
from aggregator.models import Article, FeedEntry
from aggregator.redis_connection import connect
from aggregator.sources.due import ScheduleState
from aggregator.sources.registry import Source, SourceRegistry
from aggregator.sources.schedule import settle
from aggregator_scrapy.frontier.queue import LEASE
from aggregator_scrapy.spiders.feeds import FeedSpider


class DistributedFeedSpider(RedisSpider, FeedSpider):  # type: ignore[misc]
    """``aggregator worker``: takes feed messages from ``Keys.frontier_feeds`` when idle
    (scrapy-redis start URLs) and never closes by itself.

    Each request leased from the frontier is acked once it is done: its article published
    or dropped, its feed's article requests queued, or its failure recorded. Feeds are
    polled as the local spider polls them (``FeedSpider.feed_request``, conditional GET,
    no blind retries); the worker then settles the source's schedule itself.
    """

    name = "feeds-distributed"

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> DistributedFeedSpider:
        spider: DistributedFeedSpider = super().from_crawler(crawler, *args, **kwargs)
        spider.frontier = Frontier(spider.server, crawler.settings["AGGREGATOR_CONFIG"].keys)
        for signal in (signals.item_scraped, signals.item_dropped, signals.item_error):
            crawler.signals.connect(spider._item_done, signal=signal)
        crawler.signals.connect(spider._callback_failed, signal=signals.spider_error)
        return spider

    def setup_redis(self, crawler: Crawler | None = None) -> None:
        crawler = crawler or self.crawler
        config: Config = crawler.settings["AGGREGATOR_CONFIG"]
        self.redis_key = config.keys.frontier_feeds.replace("%", "%%")
        super().setup_redis(crawler)

    async def start(self) -> AsyncIterator[scrapy.Request]:
        """Nothing: feed messages are read from Redis whenever the spider is idle."""
        return
        yield  # an async generator

    def make_request_from_data(self, data: bytes) -> list[scrapy.Request]:
        try:
            source = source_of(data)
        except (ValueError, TypeError, KeyError, SourceError) as exc:
            self.logger.error("dropped a bad feed message %r: %s", data[:200], exc)
            return []
        if not self._still_active(source.name):
            return []
        return [self.feed_request(source)]

    def _still_active(self, name: str) -> bool:
        """False for a source disabled since its feed message was queued. A message for a
        source the registry does not hold (queued by a script) is crawled as it says."""
        try:
            source = SourceRegistry(connect(self.config), self.config.keys).get(name)
        except UnknownSource:
            return True
        if source.disabled:
            self.logger.info("skipped %s: disabled: %s", name, source.disabled)
        return not source.disabled

    async def parse_feed(self, response: Response, source: Source) -> AsyncIterator[scrapy.Request]:
        # The article requests are queued as they are yielded: acking after the last is safe.
        async for request in super().parse_feed(response, source):
            yield request
        self._ack(response.request)

    def parse_article(
        self, response: Response, source: Source, entry: FeedEntry
    ) -> Iterator[Article]:
        items = list(super().parse_article(response, source, entry))
        if not items:
            self._ack(response.request)
        yield from items  # acked when the pipelines are done with it (_item_done)

    def feed_failed(self, failure: Failure) -> None:
        super().feed_failed(failure)
        self._ack(failure.request)  # type: ignore[attr-defined]

    def article_failed(self, failure: Failure) -> None:
        super().article_failed(failure)
        self._ack(failure.request)  # type: ignore[attr-defined]

    def after_poll(self, source: Source) -> None:
        """The scheduler handed the source over and moved on: its next due time (or its
        disabling after a 410) is decided here, from the poll just recorded."""
        self.polls.records.flush()  # now: the schedule is decided from it
        client, keys = connect(self.config), self.config.keys
        try:
            due = settle(SourceRegistry(client, keys), self.health, source, time.time())
        except UnknownSource:  # removed while it was being polled
            return
        ScheduleState(client, keys).reschedule(source.name, due)

    def _item_done(self, item: Any, response: Response | Failure | None, **kwargs: Any) -> None:
        self._ack(getattr(response, "request", None))

    def _callback_failed(self, failure: Failure, response: Response, **kwargs: Any) -> None:
        self._ack(getattr(response, "request", None))

    def _ack(self, request: scrapy.Request | None) -> None:
        lease = request.meta.get(LEASE) if request is not None else None
        if lease:
            self.frontier.ack(lease)


def worker_summary(stats: dict[str, Any]) -> str:
    """One line for the operator when a worker stops."""
    counts = {
        "requests": stats.get("scheduler/dequeued/redis", 0),
        "published": stats.get("queue/published", 0),
        "requeued": stats.get("frontier/requeued", 0),
    }
    return "worker stopped: " + json.dumps(counts)
