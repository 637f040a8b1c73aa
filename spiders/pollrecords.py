"""The pass's poll records written in batches: every half second in a thread, and at the end."""

from __future__ import annotations

import asyncio
import logging

import redis
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.utils.asyncio import AsyncioLoopingCall, create_looping_call
from twisted.internet.task import LoopingCall

from aggregator.config import Config
from aggregator.redis_connection import connect
from aggregator.sources.pollrecords import PollRecords

logger = logging.getLogger(__name__)

#: Seconds between two writes of the records collected meanwhile: about one round trip a
#: half second instead of one a source, and at most half a second of polls that a crawl
#: killed outright (SIGKILL) leaves unrecorded (the scheduler charges those as unpolled).
FLUSH_EVERY = 0.5


class PollRecordsWriter:
    """Flushes ``records`` (aggregator.sources.pollrecords) off the reactor's thread while
    the spider runs, and once more when it closes. A flush that meets a Redis outage keeps
    its records for the next; what the last one could not write is said in one line."""

    def __init__(self, crawler: Crawler) -> None:
        config: Config = crawler.settings["AGGREGATOR_CONFIG"]
        self.records = PollRecords(connect(config), config.keys)
        self._timer: AsyncioLoopingCall | LoopingCall | None = None
        self._flush: asyncio.Task[None] | None = None

    @classmethod
    def connect(cls, crawler: Crawler) -> PollRecordsWriter:
        writer = cls(crawler)
        crawler.signals.connect(writer.opened, signal=signals.spider_opened)
        crawler.signals.connect(writer.closed, signal=signals.spider_closed)
        return writer

    def opened(self) -> None:
        self._timer = create_looping_call(self._tick)  # needs the running reactor
        self._timer.start(FLUSH_EVERY, now=False)

    async def closed(self) -> None:
        if self._timer is not None and self._timer.running:
            self._timer.stop()
        if self._flush is not None:
            await self._flush
        try:
            await asyncio.to_thread(self.records.flush)
        except redis.RedisError as exc:
            logger.warning(
                "polls of %d sources not recorded: redis unavailable (%s)", len(self.records), exc
            )

    def _tick(self) -> None:
        if self._flush is None and len(self.records):
            self._flush = asyncio.ensure_future(self._flush_now())

    async def _flush_now(self) -> None:
        try:
            await asyncio.to_thread(self.records.flush)
        except redis.RedisError as exc:  # kept, written by the next flush
            logger.info("poll records not written yet: %s", exc)
        finally:
            self._flush = None
