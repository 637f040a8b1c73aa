"""RobotsTxtMiddleware: Scrapy's, but an unreachable robots.txt is one line, not a traceback."""

from __future__ import annotations

import logging

from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares import robotstxt


class _OneLine(logging.Filter):
    """Drops the traceback from a record: the message already names the failure."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.exc_info = None
        record.exc_text = None
        return True


class RobotsTxtMiddleware(robotstxt.RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware (settings ROBOTSTXT_OBEY, ROBOTSTXT_PARSER, ...).

    A host whose robots.txt cannot be fetched (no DNS answer, refused, timed out) is bad
    input, not a bug: Scrapy logs it with a full traceback, we log the message line only.
    """

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        log = logging.getLogger(robotstxt.__name__)
        if not any(isinstance(f, _OneLine) for f in log.filters):
            log.addFilter(_OneLine())
