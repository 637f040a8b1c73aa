"""The aggregator's exceptions, all descending from one base.

AggregatorError
├── ConfigError              a bad setting or environment variable: fail at start-up
├── InvalidInput             an input the operator gave that cannot be read (file, JSON line)
├── RedisUnavailable         the configured Redis cannot be reached or started
├── SourceError              a source cannot be added or used (one-line reason)
│   ├── DuplicateSource
│   ├── UnknownSource
│   └── SeveralFeeds         a homepage announces several feeds: the operator picks
├── FeedError                a feed or sitemap that cannot be parsed (recorded, crawl goes on)
├── ExtractionFailed         a page that yields no article; ``reason`` is the typed outcome
│   ├── NotHtml              non-HTML response
│   ├── BotWall              challenge or access-denied page served with 2xx
│   ├── Paywall              a teaser behind a paywall
│   ├── NotAnArticle         index, tag or video page without article text
│   └── EmptyText            nothing (or too little) left after boilerplate removal
└── SinkError                a consumer sink that could not write (the entry stays pending)
    ├── SinkUnavailable      the store is down: retry, acknowledge nothing, never dead-letter
    └── MessageRejected      the store refused this data: dead-letter after N deliveries

Bad input is data: feeds and pages that fail are counted and recorded with their
``reason`` and the crawl goes on. Misconfiguration is an error: it stops the command
with one clear line.
"""

from __future__ import annotations


class AggregatorError(Exception):
    """Base of every error the aggregator raises on purpose."""

    reason = "error"


class ConfigError(AggregatorError):
    reason = "config"


class InvalidInput(AggregatorError):
    reason = "invalid_input"


class RedisUnavailable(AggregatorError):
    reason = "redis_unavailable"


class SourceError(AggregatorError):
    reason = "source"


class DuplicateSource(SourceError):
    reason = "duplicate_source"


class UnknownSource(SourceError):
    reason = "unknown_source"


class SeveralFeeds(SourceError):
    """A homepage announces several feeds; ``feeds`` holds (URL, title) of each."""

    reason = "several_feeds"

    def __init__(self, page: str, feeds: list[tuple[str, str]]) -> None:
        super().__init__(
            f"several feeds: {page} announces {len(feeds)} feeds; choose one with "
            "--feed URL, or add every one with --all-feeds"
        )
        self.feeds = feeds


class FeedError(AggregatorError):
    reason = "feed"


class ExtractionFailed(AggregatorError):
    reason = "extraction_failed"


class NotHtml(ExtractionFailed):
    reason = "not_html"


class BotWall(ExtractionFailed):
    reason = "bot_wall"


class Paywall(ExtractionFailed):
    reason = "paywall"


class NotAnArticle(ExtractionFailed):
    reason = "not_an_article"


class EmptyText(ExtractionFailed):
    reason = "empty_text"


class SinkError(AggregatorError):
    reason = "sink"


class SinkUnavailable(SinkError):
    """The store is down or unreachable: the consumer retries the batch, acknowledges
    nothing and never dead-letters for this."""

    reason = "sink_unavailable"


class MessageRejected(SinkError):
    """The store refused the data of this batch (a constraint, an invalid value).

    The consumer then writes the batch's messages one at a time to find the refused ones;
    those count as failed deliveries and go to the dead-letter stream after enough tries.
    """

    reason = "message_rejected"
