"""RobotsTxtMiddleware: Scrapy's, with robots.txt kept in Redis across passes, RFC 9309's
answers to 4xx and 5xx, obeyed by requests that wait for robots.txt too, and with an
unreachable robots.txt logged as one line rather than a traceback."""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares import robotstxt
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response
from scrapy.http.request import NO_CALLBACK
from scrapy.robotstxt import RobotParser
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import build_from_crawler
from twisted.internet.defer import Deferred

from aggregator.config import Config
from aggregator.crawl.robots import RobotsAnswer, RobotsCache, keep_for
from aggregator.redis_connection import connect
from aggregator_scrapy.spiders.outcomes import response_headers

logger = logging.getLogger(__name__)

#: Seconds a cache lookup waits for other hosts' to go with it. Past the pass's first burst,
#: requests reach this middleware one at a time, as others finish: without the wait each
#: would be a round trip of its own (bench/results/sources.md).
GATHER = 0.02


class _OneLine(logging.Filter):
    """Drops the traceback from a record: the message already names the failure."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.exc_info = None
        record.exc_text = None
        return True


class DisallowAll(RobotParser):
    """A robots.txt that answered a server error: nothing may be fetched (RFC 9309 2.3.1.4)."""

    def __init__(self, status: int) -> None:
        self.status = status

    @classmethod
    def from_crawler(cls, crawler: Crawler, robotstxt_body: bytes) -> DisallowAll:
        return cls(503)  # the interface asks for it; this middleware builds it with the status

    def allowed(self, url: str | bytes, user_agent: str | bytes) -> bool:
        return False


class RobotsTxtMiddleware(robotstxt.RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware (settings ROBOTSTXT_OBEY, ROBOTSTXT_PARSER,
    ROBOTSTXT_CACHE_ENABLED, ROBOTSTXT_CACHE_MAX_AGE, ROBOTSTXT_CACHE_ERROR_TTL).

    - Each host's answer is kept in Redis (aggregator.crawl.robots) for as long as its
      caching headers allow, at most ROBOTSTXT_CACHE_MAX_AGE (24 h); a 5xx, which
      disallows all, only ROBOTSTXT_CACHE_ERROR_TTL. The hosts a pass starts with are
      looked up together: one round trip for the requests arriving within GATHER.
    - robots.txt is fetched in a download slot of its own, so the host's first real
      request does not wait AutoThrottle's start delay behind it (settings.production).
    - A 4xx allows all, a 5xx disallows all (RFC 9309); a host whose robots.txt cannot be
      fetched at all (no DNS answer, refused, timed out) is not blocked by it: its own
      request fails with the typed error. That is logged in one line, without traceback.
    - Scrapy 2.19 awaits one shared Deferred per host for every request waiting for its
      robots.txt; the first waiter's callback returns None, so the other waiters see "no
      robots.txt" and are fetched even when robots.txt forbids them: each waiter here
      gets its own Deferred.
    """

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        log = logging.getLogger(robotstxt.__name__)
        if not any(isinstance(f, _OneLine) for f in log.filters):
            log.addFilter(_OneLine())
        settings = crawler.settings
        self._cache: RobotsCache | None = None
        if settings.getbool("ROBOTSTXT_CACHE_ENABLED"):
            config: Config = settings["AGGREGATOR_CONFIG"]
            self._cache = RobotsCache(connect(config), config.keys)
        self._max_age = settings.getint("ROBOTSTXT_CACHE_MAX_AGE")
        self._error_ttl = settings.getint("ROBOTSTXT_CACHE_ERROR_TTL")
        self._wanted: dict[str, list[asyncio.Future[RobotsAnswer | None]]] = {}
        self._lookup: asyncio.Task[None] | None = None

    async def robot_parser(self, request: Request) -> Any:
        netloc = urlparse_cached(request).netloc
        shared = self._parsers.get(netloc)
        if isinstance(shared, Deferred):
            return await _own_result(shared)
        if netloc in self._parsers:
            return shared
        self._parsers[netloc] = Deferred()
        url = urlparse_cached(request)
        origin = f"{url.scheme}://{netloc}"
        answer = await self._cached(origin)
        if answer is None:
            return await self._fetch(origin, netloc, request)
        self._stats.inc_value("robotstxt/cache_hit")
        return await self._settle(netloc, answer, request)

    def process_request_2(self, rp: Any, request: Request) -> None:
        if isinstance(rp, DisallowAll):
            self._stats.inc_value("robotstxt/forbidden")
            raise IgnoreRequest(
                f"Forbidden by robots.txt: it answered HTTP {rp.status} (a server error "
                "disallows all, RFC 9309)"
            )
        super().process_request_2(rp, request)

    async def _fetch(self, origin: str, netloc: str, request: Request) -> Any:
        # Its own slot: the host's pace (AutoThrottle, DOWNLOAD_DELAY) starts with the
        # host's own first request, which is then not held back by this one.
        robots = Request(
            f"{origin}/robots.txt",
            priority=self.DOWNLOAD_PRIORITY,
            meta={"dont_obey_robotstxt": True, "download_slot": f"robots.txt {netloc}"},
            callback=NO_CALLBACK,
        )
        self._stats.inc_value("robotstxt/request_count")
        assert self.crawler.engine is not None
        try:
            response = await self.crawler.engine.download_async(robots)
        except Exception as exc:
            if not isinstance(exc, IgnoreRequest):
                robotstxt.logger.error("Error downloading %s: %s", robots, exc, exc_info=True)
            self._robots_error(exc, netloc)
            return None
        self._stats.inc_value("robotstxt/response_count")
        self._stats.inc_value(f"robotstxt/response_status_count/{response.status}")
        answer = RobotsAnswer(response.status, response.body)
        await self._keep(origin, answer, response)
        return await self._settle(netloc, answer, request)

    async def _settle(self, netloc: str, answer: RobotsAnswer, request: Request) -> Any:
        parser: RobotParser
        if answer.disallows_all:
            parser = DisallowAll(answer.status)
        else:
            parser = build_from_crawler(self._parserimpl, self.crawler, answer.rules())
        await self.crawler.signals.send_catch_log_async(
            signal=signals.robots_parsed, robotparser=parser, request=request
        )
        waiting = self._parsers[netloc]
        self._parsers[netloc] = parser
        if isinstance(waiting, Deferred):
            waiting.callback(parser)
        return parser

    async def _keep(self, origin: str, answer: RobotsAnswer, response: Response) -> None:
        if self._cache is None:
            return
        seconds = keep_for(
            answer, response_headers(response), time.time(), self._max_age, self._error_ttl
        )
        try:
            await asyncio.to_thread(self._cache.store, {origin: (answer, seconds)})
        except Exception as exc:  # a cache, not a record: the next pass fetches it again
            logger.info("robots.txt of %s not cached: %s", origin, exc)

    async def _cached(self, origin: str) -> RobotsAnswer | None:
        """The kept answer for ``origin``, looked up with every other origin asked for
        while the previous lookup ran (None: not kept, or Redis did not answer)."""
        if self._cache is None:
            return None
        future: asyncio.Future[RobotsAnswer | None] = asyncio.get_running_loop().create_future()
        self._wanted.setdefault(origin, []).append(future)
        if self._lookup is None:
            self._lookup = asyncio.ensure_future(self._look_up())
        return await future

    async def _look_up(self) -> None:
        assert self._cache is not None
        try:
            while self._wanted:
                await asyncio.sleep(GATHER)
                batch, self._wanted = self._wanted, {}
                try:
                    found = await asyncio.to_thread(self._cache.load, list(batch))
                except Exception as exc:  # fetched from the sites instead
                    logger.info("robots.txt cache not read: %s", exc)
                    found = {}
                self._stats.inc_value("robotstxt/cache_lookups")
                for origin, futures in batch.items():
                    for future in futures:
                        if not future.done():  # not cancelled by a crawl closing
                            future.set_result(found.get(origin))
        finally:
            self._lookup = None


async def _own_result(shared: Deferred[Any]) -> Any:
    own: Deferred[Any] = Deferred()

    def relay(result: Any) -> Any:
        own.callback(result)
        return result  # pass it on to the next waiter

    shared.addBoth(relay)
    return await maybe_deferred_to_future(own)
