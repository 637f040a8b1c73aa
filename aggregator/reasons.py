"""The one vocabulary of failures: every typed reason a page, a poll or a command can fail for.

Extraction, fetches, polls, the health counters (``count:<reason>``), the stats
(``extraction/failed/<reason>``, ``feeds/failed/<reason>``) and ``AggregatorError.reason``
all take their words from ``Reason``. The values are stored in Redis and printed by the CLI:
never change one, only add.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal


class Reason(StrEnum):
    """Why something gave no article, no poll, or no result."""

    # A page that holds no article (ExtractionFailed and its subclasses).
    EXTRACTION_FAILED = "extraction_failed"
    NOT_HTML = "not_html"
    BOT_WALL = "bot_wall"
    PAYWALL = "paywall"
    NOT_AN_ARTICLE = "not_an_article"
    EMPTY_TEXT = "empty_text"
    WORKER_CRASHED = "worker_crashed"  # the extraction worker died on the page, twice
    # A fetch that failed (a feed's poll or an article's page).
    DNS = "dns"
    TIMEOUT = "timeout"
    CONNECTION = "connection"
    HTTP = "http"
    BLOCKED = "blocked"  # robots.txt, or HTTP 401/403/451
    REFUSED = "refused"
    REFUSED_ADDRESS = "refused_address"
    REFUSED_SCHEME = "refused_scheme"
    INVALID_HOST = "invalid_host"
    TOO_LARGE = "too_large"
    TOO_MANY_REDIRECTS = "too_many_redirects"
    IGNORED = "ignored"
    FETCH_FAILED = "fetch_failed"
    # A poll whose answer was no feed, or that the crawl never reported on.
    PARSE = "parse"
    CRAWLER = "crawler"
    # Pages of a source that were not fetched or read (article and child-sitemap requests).
    ARTICLE_FETCH_FAILED = "article_fetch_failed"
    SITEMAP_FAILED = "sitemap_failed"
    # The rest of the error tree (aggregator.errors).
    ERROR = "error"
    CONFIG = "config"
    INVALID_INPUT = "invalid_input"
    REDIS_UNAVAILABLE = "redis_unavailable"
    SOURCE = "source"
    DUPLICATE_SOURCE = "duplicate_source"
    UNKNOWN_SOURCE = "unknown_source"
    SEVERAL_FEEDS = "several_feeds"
    UNKNOWN_STORY = "unknown_story"
    UNHEALTHY = "unhealthy"
    FEED = "feed"
    SINK = "sink"
    SINK_UNAVAILABLE = "sink_unavailable"
    MESSAGE_REJECTED = "message_rejected"


#: Per-source counters that are not failures: kept beside the ``count:<reason>`` ones.
Tally = Literal["published", "repeat", "relinked"]
#: Entries deliberately not fetched (``skipped:<why>``), not failures either.
Skip = Literal["too_old"]
#: What one poll gave: new content, nothing new (304), a failure, or the feed is gone (410).
PollStatus = Literal["ok", "unchanged", "error", "gone"]
