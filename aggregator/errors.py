"""The aggregator's exceptions, all descending from one base.

AggregatorError
├── ConfigError              a bad setting or environment variable: fail at start-up
├── InvalidInput             an input the operator gave that cannot be read (file, JSON line)
├── RedisUnavailable         the configured Redis cannot be reached or started
├── SourceError              a source cannot be added or used (one-line reason)
│   ├── DuplicateSource
│   ├── UnknownSource
│   └── SeveralFeeds         a homepage announces several feeds: the operator picks
├── UnknownStory             no story or article with this id in the dedup index
├── Unhealthy                ``aggregator healthcheck``: the process it asks about is not alive
├── Refused                  a URL the network policy will not fetch (docs/security.md)
│   ├── RefusedScheme        not http or https, or no host
│   ├── RefusedAddress       resolves to a loopback, private, link-local... address
│   └── RefusedHost          a host name no resolver would take (aggregator.hostnames)
├── FeedError                a feed or sitemap that cannot be parsed (recorded, crawl goes on)
├── ExtractionFailed         a page that yields no article; ``reason`` is the typed outcome
│   ├── NotHtml              non-HTML response
│   ├── BotWall              challenge or access-denied page served with 2xx
│   ├── Paywall              a teaser with no text at all (a teaser with text is published
│   │                        with ``access: "paywall"``)
│   ├── NotAnArticle         index, tag or video page without article text
│   ├── EmptyText            nothing (or too little) left after boilerplate removal
│   └── WorkerCrashed        the extraction worker died on the page, twice (killed, OOM)
└── SinkError                a consumer sink that could not write (the entry stays pending)
    ├── SinkUnavailable      the store is down: retry, acknowledge nothing, never dead-letter
    └── MessageRejected      the store refused this data: dead-letter after N deliveries

Every class's ``reason`` is a ``Reason`` (aggregator.reasons, the one vocabulary of
failures). Bad input is data: feeds and pages that fail are counted and recorded with their
``reason`` and the crawl goes on. Misconfiguration is an error: it stops the command
with one clear line.
"""

from __future__ import annotations

from typing import ClassVar

from aggregator.reasons import Reason


class AggregatorError(Exception):
    """Base of every error the aggregator raises on purpose."""

    reason: ClassVar[Reason] = Reason.ERROR


class ConfigError(AggregatorError):
    reason = Reason.CONFIG


class InvalidInput(AggregatorError):
    reason = Reason.INVALID_INPUT


class RedisUnavailable(AggregatorError):
    reason = Reason.REDIS_UNAVAILABLE


class SourceError(AggregatorError):
    reason = Reason.SOURCE


class DuplicateSource(SourceError):
    reason = Reason.DUPLICATE_SOURCE


class UnknownSource(SourceError):
    reason = Reason.UNKNOWN_SOURCE


class UnknownStory(AggregatorError):
    """No story or article with this id in the dedup index (or it expired)."""

    reason = Reason.UNKNOWN_STORY


class Unhealthy(AggregatorError):
    """The process ``aggregator healthcheck`` asks about missed its heartbeat or is gone."""

    reason = Reason.UNHEALTHY


class Refused(AggregatorError):
    """A URL the network policy refuses to fetch (aggregator.crawl.netpolicy)."""

    reason = Reason.REFUSED


class RefusedScheme(Refused):
    reason = Reason.REFUSED_SCHEME


class RefusedAddress(Refused):
    reason = Reason.REFUSED_ADDRESS


class SeveralFeeds(SourceError):
    """A homepage announces several feeds; ``feeds`` holds (URL, title) of each."""

    reason = Reason.SEVERAL_FEEDS

    def __init__(self, page: str, feeds: list[tuple[str, str]]) -> None:
        super().__init__(
            f"several feeds: {page} announces {len(feeds)} feeds; choose one with "
            "--feed URL, or add every one with --all-feeds"
        )
        self.feeds = feeds


class RefusedHost(Refused):
    """A host name no resolver would take (a label over 63 octets, not IDNA, ...)."""

    reason = Reason.INVALID_HOST


class FeedError(AggregatorError):
    reason = Reason.FEED


class ExtractionFailed(AggregatorError):
    reason = Reason.EXTRACTION_FAILED


class NotHtml(ExtractionFailed):
    reason = Reason.NOT_HTML


class BotWall(ExtractionFailed):
    reason = Reason.BOT_WALL


class Paywall(ExtractionFailed):
    reason = Reason.PAYWALL


class NotAnArticle(ExtractionFailed):
    reason = Reason.NOT_AN_ARTICLE


class EmptyText(ExtractionFailed):
    reason = Reason.EMPTY_TEXT


class WorkerCrashed(ExtractionFailed):
    reason = Reason.WORKER_CRASHED


class SinkError(AggregatorError):
    reason = Reason.SINK


class SinkUnavailable(SinkError):
    """The store is down or unreachable: the consumer retries the batch, acknowledges
    nothing and never dead-letters for this."""

    reason = Reason.SINK_UNAVAILABLE


class MessageRejected(SinkError):
    """The store refused the data of this batch (a constraint, an invalid value).

    The consumer then writes the batch's messages one at a time to find the refused ones;
    those count as failed deliveries and go to the dead-letter stream after enough tries.
    """

    reason = Reason.MESSAGE_REJECTED
