"""HostLimitMiddleware: one request per HOSTLIMIT_DELAY seconds per host, across all workers."""

from __future__ import annotations

import asyncio
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from aggregator.config import Config
from aggregator.crawl.distributed import frontier_client
from aggregator.crawl.hostlimit import HostRateLimit


class HostLimitMiddleware:
    """Waits for the host's next free slot, reserved in Redis (``aggregator.crawl.hostlimit``).

    CONCURRENT_REQUESTS_PER_DOMAIN and AutoThrottle hold per process; this holds for the
    whole fleet. Settings: HOSTLIMIT_ENABLED, HOSTLIMIT_DELAY. Stats: hostlimit/waited.
    """

    def __init__(self, crawler: Crawler, limit: HostRateLimit) -> None:
        self.crawler = crawler
        self.limit = limit

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> HostLimitMiddleware:
        delay = crawler.settings.getfloat("HOSTLIMIT_DELAY")
        if not crawler.settings.getbool("HOSTLIMIT_ENABLED") or delay <= 0:
            raise NotConfigured("HOSTLIMIT_ENABLED is off or HOSTLIMIT_DELAY is 0")
        config: Config = crawler.settings["AGGREGATOR_CONFIG"]
        return cls(crawler, HostRateLimit(frontier_client(config), config.keys, delay))

    async def process_request(self, request: Request) -> None:
        wait = self.limit.reserve(urlsplit(request.url).hostname or "")
        if wait > 0:
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value("hostlimit/waited")
            await asyncio.sleep(wait)
