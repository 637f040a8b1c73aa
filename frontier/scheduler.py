"""FrontierScheduler: scrapy-redis's scheduler on the leased frontier, with worker heartbeats."""

from __future__ import annotations

import importlib
import logging
from collections import deque
from typing import Any

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.statscollectors import StatsCollector
from scrapy_redis.scheduler import Scheduler
from twisted.internet.task import LoopingCall

from aggregator.config import Config
from aggregator.crawl.distributed import frontier_client
from aggregator.crawl.frontier import Frontier, new_worker_id
from aggregator_scrapy.frontier.dupefilter import WindowDupeFilter
from aggregator_scrapy.frontier.queue import LeasedQueue

logger = logging.getLogger(__name__)

#: Request.meta flag: popped by the wake-up tick, handed to the engine, kept in this process.
_LOCAL = "frontier_local"


class FrontierScheduler(Scheduler):  # type: ignore[misc]
    """Every worker pulls from one queue in Redis; each pulled request is leased to it.

    A heartbeat every FRONTIER_WORKER_TTL / 3 seconds keeps the worker alive in Redis; an
    idle worker also wakes the engine when requests arrive (Scrapy's own idle poll is 5 s)
    and puts back the requests of dead workers. The queue and the seen window always persist
    (SCHEDULER_PERSIST): they belong to every worker, not to this one.

    Settings: FRONTIER_LEASE, FRONTIER_WORKER_TTL, FRONTIER_SEEN_WINDOW, SCHEDULER_SERIALIZER.
    Stats: scheduler/enqueued/redis, scheduler/dequeued/redis, frontier/requeued.
    """

    def __init__(self, crawler: Crawler, frontier: Frontier, serializer: Any) -> None:
        settings = crawler.settings
        super().__init__(
            frontier.client,
            persist=True,
            queue_key=frontier.keys.frontier_requests,
            dupefilter=WindowDupeFilter.from_crawler(crawler),
            serializer=serializer,
        )
        self.crawler = crawler
        self.frontier = frontier
        self.stats: StatsCollector | None = crawler.stats
        self.lease_seconds = settings.getfloat("FRONTIER_LEASE")
        self.worker_ttl = settings.getfloat("FRONTIER_WORKER_TTL")
        self._local: deque[Request] = deque()
        self._tick = LoopingCall(self._on_tick)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FrontierScheduler:
        config: Config = crawler.settings["AGGREGATOR_CONFIG"]
        frontier = Frontier(frontier_client(config), config.keys, new_worker_id())
        serializer = importlib.import_module(crawler.settings["SCHEDULER_SERIALIZER"])
        return cls(crawler, frontier, serializer)

    def open(self, spider: Spider) -> None:
        self.spider = spider
        self.queue = LeasedQueue(self.frontier, spider, self.serializer, self.lease_seconds)
        self.frontier.heartbeat(self.worker_ttl)
        logger.info("worker %s joined; %d requests queued", self.frontier.worker, len(self.queue))
        self._tick.start(self.worker_ttl / 3, now=False)

    def close(self, reason: str) -> None:
        if self._tick.running:
            self._tick.stop()
        moved = self.frontier.leave()
        logger.info(
            "worker %s left (%s); %d requests put back", self.frontier.worker, reason, moved
        )

    def enqueue_request(self, request: Request) -> bool:
        if request.meta.pop(_LOCAL, False):
            self._local.append(request)
            return True
        if not request.dont_filter and self.df.request_seen(request):
            self.df.log(request, self.spider)
            return False
        self._count("scheduler/enqueued/redis")
        self.queue.push(request)
        return True

    def next_request(self) -> Request | None:
        request: Request | None = self._local.popleft() if self._local else self.queue.pop()
        if request is not None:
            self._count("scheduler/dequeued/redis")
        return request

    def has_pending_requests(self) -> bool:
        return bool(self._local) or len(self) > 0

    def _on_tick(self) -> None:
        self.frontier.heartbeat(self.worker_ttl)
        engine = self.crawler.engine
        if engine is None or self._local or engine.downloader.active:
            return
        request = self.queue.pop()
        if request is None:
            if moved := self.frontier.requeue_lost():
                logger.info("put back %d requests of dead workers", moved)
                self._count("frontier/requeued", moved)
            return
        request.meta[_LOCAL] = True
        engine.crawl(request)

    def _count(self, key: str, amount: int = 1) -> None:
        if self.stats is not None:
            self.stats.inc_value(key, amount)
