"""The feed spider: polls each source's feed or sitemap, then fetches the new articles it lists."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import scrapy
from scrapy.crawler import Crawler
from scrapy.http import Response
from twisted.python.failure import Failure

from aggregator.config import Config
from aggregator.errors import FeedError
from aggregator.models import Article, FeedEntry
from aggregator.reasons import Reason
from aggregator.redis_connection import connect
from aggregator.sources.documents import (
    feed_ttl,
    newest_first,
    parse_date,
    parse_document,
    recent,
)
from aggregator.sources.health import PollOutcome, SourceHealth
from aggregator.sources.pacing import freshness
from aggregator.sources.polling import HANDLED_STATUSES, EntryLog, status_outcome
from aggregator.sources.registry import Source, SourceRegistry
from aggregator.sources.sitemaps import ParsedSitemap, SitemapLink
from aggregator_scrapy.spiders.outcomes import failure_outcome, response_headers
from aggregator_scrapy.spiders.pollrecords import PollRecordsWriter
from aggregator_scrapy.spiders.settled import SettledEntries

#: Child sitemaps of an index followed per poll, newest first.
MAX_CHILD_SITEMAPS = 10


class FeedSpider(scrapy.Spider):
    """``scrapy crawl feeds [-a source=NAME]``; ``aggregator crawl`` passes ``sources``.

    Every feed poll is a conditional GET (ETag, Last-Modified); its outcome, typed error and
    the server's caching hints go to the source's health, where the scheduler reads them.
    """

    name = "feeds"
    settled: SettledEntries
    polls: PollRecordsWriter

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> Any:
        spider: FeedSpider = super().from_crawler(crawler, *args, **kwargs)
        spider.settled = SettledEntries.connect(crawler)  # kept: signals hold weak references
        spider.polls = PollRecordsWriter.connect(crawler)
        return spider

    def __init__(
        self, sources: Sequence[Source] | None = None, source: str | None = None, **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self._sources = sources
        self._source_name = source

    async def start(self) -> AsyncIterator[scrapy.Request]:
        sources = self._load_sources()
        # Every source's validators in one round trip, not one each.
        validators = self.health.validators_of([s.name for s in sources])
        for source in sources:
            yield self.feed_request(source, validators[source.name])

    def feed_request(
        self, source: Source, validators: tuple[str | None, str | None] | None = None
    ) -> scrapy.Request:
        """One poll of ``source``: a conditional GET (the validators of its last good poll,
        read now unless given) whose HTTP errors reach ``parse_feed`` unretried, for the
        scheduler to judge. The local and the distributed spiders both poll with it."""
        etag, modified = validators or self.health.validators(source.name)
        headers = {"If-None-Match": etag, "If-Modified-Since": modified}
        return scrapy.Request(
            source.url,
            headers={k: v for k, v in headers.items() if v},
            callback=self.parse_feed,
            errback=self.feed_failed,
            cb_kwargs={"source": source},
            meta=_feed_meta(source),
            dont_filter=True,
        )

    async def parse_feed(self, response: Response, source: Source) -> AsyncIterator[scrapy.Request]:
        headers = response_headers(response)
        outcome = status_outcome(response.status, headers, time.time())
        if outcome is not None:
            self._record(source, outcome)
            return
        try:
            # In a thread, as the choice of entries below: a 100,000-item feed parsed for 31 s
            # on the reactor's thread and stalled every other source (issue 17).
            document = await asyncio.to_thread(parse_document, response.body, response.url, headers)
        except FeedError as exc:
            self._record(source, PollOutcome("error", response.status, Reason.PARSE, str(exc)))
            return
        hint = max(
            filter(None, (freshness(headers, time.time()), feed_ttl(response.body))), default=None
        )
        self._record(source, PollOutcome(
            "ok", response.status, hint=hint, entries=len(document.entries),
            etag=headers.get("etag"), last_modified=headers.get("last-modified"),
        ))  # fmt: skip
        if isinstance(document, ParsedSitemap) and document.sitemaps:
            for link in _recent_sitemaps(document.sitemaps, _cutoff(source, sitemap=True)):
                yield scrapy.Request(
                    link.url, callback=self.parse_sitemap, errback=self.article_failed,
                    cb_kwargs={"source": source}, meta={"source": source},
                )  # fmt: skip
        sitemap = isinstance(document, ParsedSitemap)
        for request in await self._articles(source, document.entries, sitemap):
            yield request

    async def parse_sitemap(
        self, response: Response, source: Source
    ) -> AsyncIterator[scrapy.Request]:
        """A child sitemap of an index: its entries only (no deeper indexes)."""
        if response.status != 200:
            return
        try:
            document = await asyncio.to_thread(
                parse_document, response.body, response.url, response_headers(response)
            )
        except FeedError as exc:
            self._count(source, Reason.SITEMAP_FAILED)
            self.logger.info("source %s: sitemap %s: %s", source.name, response.url, exc)
            return
        for request in await self._articles(source, document.entries, sitemap=True):
            yield request

    async def _articles(
        self, source: Source, entries: Sequence[FeedEntry], sitemap: bool
    ) -> list[scrapy.Request]:
        """Requests for the entries of this pass: recent, unseen, the newest first and at
        most FEED_MAX_NEW_ENTRIES (the rest come next pass)."""
        cap = self.crawler.settings.getint("FEED_MAX_NEW_ENTRIES")
        chosen = await asyncio.to_thread(self._choose, source, entries, sitemap, cap)
        return [
            scrapy.Request(
                entry.url,
                callback=self.parse_article,
                errback=self.article_failed,
                cb_kwargs={"source": source, "entry": entry},
                meta={"source": source},
            )
            for entry in chosen
        ]

    def _choose(
        self, source: Source, entries: Sequence[FeedEntry], sitemap: bool, cap: int
    ) -> list[FeedEntry]:
        fresh = recent(entries, _cutoff(source, sitemap))
        if len(fresh) < len(entries):  # not a failure: kept apart from the count:* counters
            self.polls.records.skipped(source.name, "too_old", len(entries) - len(fresh))
            self.crawler.stats.inc_value("articles/too_old", len(entries) - len(fresh))
        log = EntryLog(connect(self.config), self.config.keys)
        forget = time.time() - 2 * source.age_limit(sitemap)
        unseen = newest_first(log.unseen(source.name, fresh, forget_before=forget))
        if cap and len(unseen) > cap:
            self.crawler.stats.inc_value("articles/deferred", len(unseen) - cap)
            self.logger.info("source %s: %d new entries, the newest %d taken this pass",
                             source.name, len(unseen), cap)  # fmt: skip
            unseen = unseen[:cap]
        return unseen

    def parse_article(
        self, response: Response, source: Source, entry: FeedEntry
    ) -> Iterator[Article]:
        # The entry is marked seen once the article is published or dropped (SettledEntries),
        # not here: an article a Redis outage kept from the stream is fetched again.
        # The bytes, not response.text: extraction decodes them in its worker process, with
        # a decoder that sees through a charset header that lies, and types non-HTML.
        yield Article(
            url=response.url,
            source=source.name,
            feed_url=source.url,
            fetched_at=datetime.now(UTC).isoformat(timespec="seconds"),
            body=response.body,
            content_type=(response.headers.get(b"Content-Type") or b"").decode("latin-1"),
            feed_entry=entry,
        )

    def feed_failed(self, failure: Failure) -> None:
        source: Source = failure.request.meta["source"]  # type: ignore[attr-defined]
        self._record(source, failure_outcome(failure))

    def article_failed(self, failure: Failure) -> None:
        source: Source = failure.request.meta["source"]  # type: ignore[attr-defined]
        self._count(source, Reason.ARTICLE_FETCH_FAILED)

    @property
    def config(self) -> Config:
        config: Config = self.crawler.settings["AGGREGATOR_CONFIG"]
        return config

    @property
    def health(self) -> SourceHealth:
        return SourceHealth(connect(self.config), self.config.keys)

    def _load_sources(self) -> Sequence[Source]:
        if self._sources is not None:
            return self._sources
        registry = SourceRegistry(connect(self.config), self.config.keys)
        sources = [registry.get(self._source_name)] if self._source_name else registry.list()
        return [s for s in sources if not s.disabled]

    def _record(self, source: Source, outcome: PollOutcome) -> None:
        if outcome.failed:
            self.logger.warning("source %s: %s: %s", source.name, outcome.error_kind,
                                outcome.message)  # fmt: skip
            self.crawler.stats.inc_value(f"feeds/failed/{outcome.error_kind}")
        else:
            self.crawler.stats.inc_value(f"feeds/{outcome.status}")
        self.polls.records.polled(source.name, outcome)  # written within FLUSH_EVERY
        self.after_poll(source)

    def after_poll(self, source: Source) -> None:
        """After a poll: nothing here, the local scheduler reschedules when the crawl ends."""

    def _count(self, source: Source, outcome: Reason, amount: int = 1) -> None:
        if amount:
            self.crawler.stats.inc_value(f"articles/{outcome}", amount)
            self.health.count(source.name, outcome, amount)


def _feed_meta(source: Source) -> dict[str, Any]:
    # The scheduler retries with backoff and honours Retry-After; Scrapy's own retry would not.
    return {"source": source, "handle_httpstatus_list": HANDLED_STATUSES, "dont_retry": True}


def _cutoff(source: Source, sitemap: bool) -> datetime:
    return datetime.now(UTC) - timedelta(seconds=source.age_limit(sitemap))


def _recent_sitemaps(links: Sequence[SitemapLink], cutoff: datetime) -> list[SitemapLink]:
    dated = [(parse_date(link.lastmod), link) for link in links]
    kept = [(d, link) for d, link in dated if d is None or d >= cutoff]
    kept.sort(key=lambda pair: pair[0] or cutoff, reverse=True)
    return [link for _, link in kept[:MAX_CHILD_SITEMAPS]]
