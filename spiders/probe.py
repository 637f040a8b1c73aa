"""The probe spider: finds and validates a new source's feed, and extracts sample articles."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse

from aggregator.errors import (
    AggregatorError,
    ExtractionFailed,
    FeedError,
    SeveralFeeds,
    SourceError,
)
from aggregator.models import Article
from aggregator.processing import process
from aggregator.reasons import Reason
from aggregator.sources.discovery import (
    announced_feeds,
    looks_like_html,
    robots_sitemaps,
    robots_url,
    usual_feed_urls,
)
from aggregator.sources.documents import Document, parse_document
from aggregator.sources.preview import Preview, Sample
from aggregator.sources.sitemaps import ParsedSitemap
from aggregator_scrapy.spiders.outcomes import describe_failure, response_headers


class ProbeSpider(scrapy.Spider):
    """Puts a Preview, or the AggregatorError that explains why there is none, in ``result``.

    A homepage that announces several feeds raises SeveralFeeds, unless ``all_feeds``: then
    ``result`` gets a Preview (or an error) for each announced feed.

    The whole probe is one coroutine of sequential fetches (``engine.download_async``):
    discovery is a chain of "try this, else that", which callbacks would scatter.
    """

    name = "probe"

    def __init__(
        self,
        url: str,
        result: list[Preview | AggregatorError],
        samples: int = 3,
        all_feeds: bool = False,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.url = url
        self.result = result
        self.samples = samples
        self.all_feeds = all_feeds

    async def start(self) -> AsyncIterator[scrapy.Request]:
        try:
            self.result.append(await self._probe())
        except SeveralFeeds as several:
            if not self.all_feeds:
                self.result.append(several)
            for url, _ in several.feeds if self.all_feeds else ():
                self.result.append(await self._announced(url))
        except AggregatorError as exc:
            self.result.append(exc)
        if False:  # an async generator that yields nothing: the probe fetched everything itself
            yield scrapy.Request(self.url)

    async def _probe(self) -> Preview:
        response = await self._fetch(self.url)
        if response.status >= 400:
            raise SourceError(f"unreachable: {self.url} answered HTTP {response.status}")
        try:
            document = parse_document(response.body, response.url, response_headers(response))
        except FeedError:
            if not looks_like_html(response.body, _content_type(response)):
                raise
            return await self._discover(response)
        return await self._preview(response.url, document, None)

    async def _discover(self, page: Response) -> Preview:
        """Try the page's announced feeds and the usual paths, then robots.txt's sitemaps."""
        empty: list[str] = []
        announced = announced_feeds(page.body, page.url)
        if len(announced) > 1:  # taking the first would be a guess: the operator chooses
            raise SeveralFeeds(page.url, announced)
        first = [*(url for url, _ in announced), *usual_feed_urls(page.url)]
        preview = await self._first_good(first, page.url, empty)
        if preview is None:  # robots.txt is fetched only when nothing else was found
            sitemaps = await self._robots_sitemaps(page.url)
            preview = await self._first_good(sitemaps, page.url, empty)
        if preview is not None:
            return preview
        if empty:
            raise SourceError(f"empty feed: {empty[0]} (found on {page.url}) lists no entries")
        raise SourceError(
            f"not a feed: {page.url} is a web page that announces no feed, with none at "
            "/feed, /rss.xml or /atom.xml and no sitemap in its robots.txt"
        )

    async def _first_good(self, urls: list[str], found_on: str, empty: list[str]) -> Preview | None:
        """The preview of the first URL that holds a feed or sitemap with entries."""
        for url in dict.fromkeys(urls):
            document = await self._try(url)
            if document is None:
                continue
            if document.entries or (isinstance(document, ParsedSitemap) and document.sitemaps):
                return await self._preview(url, document, found_on)
            empty.append(url)
        return None

    async def _announced(self, url: str) -> Preview | AggregatorError:
        """One feed of several a page announced (``--all-feeds``): its preview, or why not."""
        try:
            document = await self._try(url)
            if document is None:
                return SourceError(f"not a feed: {url} (announced by {self.url})")
            return await self._preview(url, document, self.url)
        except AggregatorError as exc:
            return exc

    async def _try(self, url: str) -> Document | None:
        try:
            response = await self._fetch(url)
            if response.status != 200:
                return None
            return parse_document(response.body, response.url, response_headers(response))
        except (SourceError, FeedError):
            return None

    async def _robots_sitemaps(self, page_url: str) -> list[str]:
        try:
            response = await self._fetch(robots_url(page_url), robots=True)
        except SourceError:
            return []
        if response.status != 200 or not isinstance(response, TextResponse):
            return []
        return robots_sitemaps(response.text)

    async def _preview(self, url: str, document: Document, found_on: str | None) -> Preview:
        kind, title = _kind(document), getattr(document, "title", None)
        if isinstance(document, ParsedSitemap) and document.sitemaps:
            document = await self._first_child(document)
        if not document.entries:
            raise SourceError(f"empty feed: {url} lists no entries")
        preview = Preview(url, kind, title, document.entries, found_on)
        samples = [await self._sample(e) for e in preview.newest_entries(self.samples)]
        return Preview(url, kind, title, document.entries, found_on, tuple(samples))

    async def _first_child(self, index: ParsedSitemap) -> ParsedSitemap:
        """An index's newest child sitemap that lists pages (the preview shows its entries)."""
        links = sorted(index.sitemaps, key=lambda link: link.lastmod or "", reverse=True)
        for link in links[:3]:
            child = await self._try(link.url)
            if isinstance(child, ParsedSitemap) and child.entries:
                return child
        return ParsedSitemap()

    async def _sample(self, entry: Any) -> Sample:
        try:
            response = await self._fetch(entry.url)
        except SourceError as exc:
            return Sample(entry.url, problem=str(exc))
        if response.status != 200:
            return Sample(entry.url, problem=f"HTTP {response.status}")
        # As the crawl does it: our decoder on the bytes, the operator's publishers file.
        page = Article(url=response.url, feed_entry=entry, body=response.body,
                       content_type=_content_type(response))  # fmt: skip
        settings = self.crawler.settings
        try:
            article = process(
                page,
                attribution=settings.getbool("ATTRIBUTION_ENABLED"),
                publishers_file=settings["ATTRIBUTION_PUBLISHERS_FILE"],
                fingerprinted=False,
                fast=settings.getbool("EXTRACTION_FAST"),
            )
        except ExtractionFailed as exc:
            return Sample(entry.url, problem=exc.reason)
        return Sample.of(article)

    async def _fetch(self, url: str, robots: bool = False) -> Response:
        request = scrapy.Request(url, dont_filter=True, meta={"dont_obey_robotstxt": robots})
        assert self.crawler.engine is not None
        try:
            return await self.crawler.engine.download_async(request)
        except IgnoreRequest as exc:
            reason, message = describe_failure(exc)
            if reason == Reason.BLOCKED:
                raise SourceError(f"blocked: robots.txt forbids fetching {url}") from None
            raise SourceError(f"{reason}: {url}: {message}") from None
        except Exception as exc:  # DNS, refused, timeout: all mean "cannot reach it"
            reason, message = describe_failure(exc)
            if reason == Reason.TOO_LARGE:  # the body outgrew DOWNLOAD_MAXSIZE: it was reached
                limit = self.crawler.settings.getint("DOWNLOAD_MAXSIZE")
                raise SourceError(f"too large: {url}: more than {limit} bytes") from None
            raise SourceError(f"unreachable: {url}: {_reason(exc)}") from None


def _kind(document: Document) -> str:
    if not isinstance(document, ParsedSitemap):
        return "feed"
    if document.sitemaps:
        return "sitemap index"
    news = any(e.source_title or e.title for e in document.entries)
    return "news sitemap" if news else "sitemap"


def _content_type(response: Response) -> str:
    return (response.headers.get(b"Content-Type") or b"").decode("latin-1")


def _reason(exc: Exception) -> str:
    return str(exc).strip() or type(exc).__name__
