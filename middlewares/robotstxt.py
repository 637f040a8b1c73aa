"""RobotsTxtMiddleware: Scrapy's, obeyed by requests that wait for robots.txt too, and
with an unreachable robots.txt logged as one line rather than a traceback."""

from __future__ import annotations

import logging
from typing import Any

from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares import robotstxt
from scrapy.http import Request
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred


class _OneLine(logging.Filter):
    """Drops the traceback from a record: the message already names the failure."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.exc_info = None
        record.exc_text = None
        return True


class RobotsTxtMiddleware(robotstxt.RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware (settings ROBOTSTXT_OBEY, ROBOTSTXT_PARSER, ...).

    Two fixes. Scrapy 2.19 awaits one shared Deferred per host for every request waiting
    for its robots.txt; the first waiter's callback returns None, so the other waiters see
    "no robots.txt" and are fetched even when robots.txt forbids them: each waiter here gets
    its own Deferred. And a host whose robots.txt cannot be fetched (no DNS answer, refused,
    timed out) is bad input, not a bug: we log the message line without the traceback.
    """

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        log = logging.getLogger(robotstxt.__name__)
        if not any(isinstance(f, _OneLine) for f in log.filters):
            log.addFilter(_OneLine())

    async def robot_parser(self, request: Request) -> Any:
        shared = self._parsers.get(urlparse_cached(request).netloc)
        if not isinstance(shared, Deferred):
            return await super().robot_parser(request)
        own: Deferred[Any] = Deferred()

        def relay(result: Any) -> Any:
            own.callback(result)
            return result  # pass it on to the next waiter

        shared.addBoth(relay)
        return await maybe_deferred_to_future(own)
