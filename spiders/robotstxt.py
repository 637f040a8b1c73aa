"""RobotsTxtMiddleware: Scrapy's, with robots.txt obeyed by requests that wait for it too."""

from __future__ import annotations

from typing import Any

from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware as _ScrapyRobotsTxt
from scrapy.http import Request
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred


class RobotsTxtMiddleware(_ScrapyRobotsTxt):
    """Every request to a host whose robots.txt is still being fetched gets the parser.

    Scrapy 2.19 awaits one shared Deferred per host for every waiting request; the first
    waiter's callback returns None, so the other waiters see "no robots.txt" and are
    fetched even when robots.txt forbids them. Each waiter here gets its own Deferred.
    """

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
