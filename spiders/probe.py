"""The probe spider: fetches one URL and parses it as a feed, to validate a new source."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import scrapy
from scrapy.http import Response
from twisted.python.failure import Failure

from aggregator.errors import AggregatorError, FeedError, SourceError
from aggregator.feeds import ParsedFeed, parse_feed
from spiders.feeds import response_headers


class ProbeSpider(scrapy.Spider):
    """Puts a ParsedFeed, or the AggregatorError that explains why there is none, in ``result``."""

    name = "probe"

    def __init__(self, url: str, result: list[ParsedFeed | AggregatorError], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.url = url
        self.result = result

    async def start(self) -> AsyncIterator[scrapy.Request]:
        yield scrapy.Request(self.url, callback=self.parse, errback=self.failed, dont_filter=True)

    def parse(self, response: Response) -> None:
        try:
            feed = parse_feed(response.body, response.url, response_headers(response))
        except FeedError as exc:
            self.result.append(exc)
            return
        self.result.append(feed)

    def failed(self, failure: Failure) -> None:
        self.result.append(SourceError(f"unreachable: {failure.getErrorMessage()}"))
