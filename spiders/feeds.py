"""The feed spider: fetches each source's feed, then every article the feed lists."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

import scrapy
from scrapy.http import Response, TextResponse
from twisted.python.failure import Failure

from aggregator.config import Config
from aggregator.errors import FeedError
from aggregator.feeds import parse_feed
from aggregator.health import SourceHealth
from aggregator.models import Article, FeedEntry
from aggregator.redis_connection import connect
from aggregator.sources import Source, SourceRegistry

_HTML_TYPES = (b"text/html", b"application/xhtml+xml")


class FeedSpider(scrapy.Spider):
    """``scrapy crawl feeds [-a source=NAME]``; ``aggregator crawl`` passes ``sources``."""

    name = "feeds"

    def __init__(
        self, sources: Sequence[Source] | None = None, source: str | None = None, **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self._sources = sources
        self._source_name = source

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for source in self._load_sources():
            yield scrapy.Request(
                source.url,
                callback=self.parse_feed,
                errback=self.feed_failed,
                cb_kwargs={"source": source},
                meta={"source": source},
                dont_filter=True,
            )

    def parse_feed(self, response: Response, source: Source) -> Iterator[scrapy.Request]:
        try:
            feed = parse_feed(response.body, response.url, response_headers(response))
        except FeedError as exc:
            self._record_failure(source, exc.reason, str(exc))
            return
        self.health.crawled(source.name, len(feed.entries))
        self.crawler.stats.inc_value("feeds/parsed")
        for entry in feed.entries:
            yield scrapy.Request(
                entry.url,
                callback=self.parse_article,
                errback=self.article_failed,
                cb_kwargs={"source": source, "entry": entry},
                meta={"source": source},
            )

    def parse_article(
        self, response: Response, source: Source, entry: FeedEntry
    ) -> Iterator[Article]:
        content_type = (response.headers.get(b"Content-Type") or b"").lower()
        if not isinstance(response, TextResponse) or not content_type.startswith(_HTML_TYPES):
            self._count(source, "not_html")
            return
        yield Article(
            url=response.url,
            source=source.name,
            feed_url=source.url,
            fetched_at=datetime.now(UTC).isoformat(timespec="seconds"),
            html=response.text,
            feed_entry=entry,
        )

    def feed_failed(self, failure: Failure) -> None:
        source: Source = failure.request.meta["source"]  # type: ignore[attr-defined]
        self._record_failure(source, "fetch_failed", failure.getErrorMessage())

    def article_failed(self, failure: Failure) -> None:
        source: Source = failure.request.meta["source"]  # type: ignore[attr-defined]
        self._count(source, "article_fetch_failed")

    @property
    def health(self) -> SourceHealth:
        config: Config = self.crawler.settings["AGGREGATOR_CONFIG"]
        return SourceHealth(connect(config), config.keys)

    def _load_sources(self) -> Sequence[Source]:
        if self._sources is not None:
            return self._sources
        config: Config = self.crawler.settings["AGGREGATOR_CONFIG"]
        registry = SourceRegistry(connect(config), config.keys)
        return [registry.get(self._source_name)] if self._source_name else registry.list()

    def _record_failure(self, source: Source, reason: str, message: str) -> None:
        self.logger.warning("source %s: %s: %s", source.name, reason, message)
        self.crawler.stats.inc_value(f"feeds/failed/{reason}")
        self.health.failed(source.name, reason, message)

    def _count(self, source: Source, outcome: str) -> None:
        self.crawler.stats.inc_value(f"articles/{outcome}")
        self.health.count(source.name, outcome)


def response_headers(response: Response) -> dict[str, str]:
    return {
        k.decode("latin-1").lower(): v[0].decode("latin-1")
        for k, v in response.headers.items()
        if v
    }
