"""One vocabulary of failures: stable values, one error tree, typed reasons at every stage."""

from __future__ import annotations

import time

from scrapy.exceptions import IgnoreRequest
from twisted.internet import error

import aggregator.errors
from aggregator.crawl.netpolicy import RefusedAddress
from aggregator.dedup.stories import UnknownStory
from aggregator.errors import AggregatorError, ExtractionFailed
from aggregator.reasons import Reason
from aggregator.sources.polling import status_outcome
from aggregator_scrapy.spiders.outcomes import describe_failure

#: The values stored in Redis (``count:<reason>``, ``last_error``) and printed by the CLI.
STORED = {
    "extraction_failed", "not_html", "bot_wall", "paywall", "not_an_article", "empty_text",
    "worker_crashed", "dns", "timeout", "connection", "http", "blocked", "refused",
    "refused_address", "refused_scheme", "too_large", "too_many_redirects", "ignored",
    "fetch_failed", "parse", "crawler", "article_fetch_failed", "sitemap_failed", "error",
    "config", "invalid_input",
    "redis_unavailable", "source", "duplicate_source", "unknown_source", "unknown_story",
    "feed", "sink", "sink_unavailable", "message_rejected", "unhealthy", "several_feeds",
    "invalid_host",
}  # fmt: skip


def _errors(base: type[AggregatorError]) -> list[type[AggregatorError]]:
    return [base, *(c for sub in base.__subclasses__() for c in _errors(sub))]


def test_the_values_never_change() -> None:
    assert {r.value for r in Reason} == STORED


def test_every_error_has_a_reason_of_its_own_and_is_drawn_in_the_tree() -> None:
    errors = _errors(AggregatorError)
    assert RefusedAddress in errors and UnknownStory in errors
    assert all(isinstance(e.reason, Reason) for e in errors)
    assert len({e.reason for e in errors}) == len(errors)
    tree = aggregator.errors.__doc__ or ""
    assert [e.__name__ for e in errors if e.__name__ not in tree] == []


def test_extraction_polls_and_fetches_speak_the_same_words() -> None:
    assert {e.reason for e in _errors(ExtractionFailed)} >= {Reason.PAYWALL, Reason.BOT_WALL}
    outcome = status_outcome(403, {}, time.time())
    assert outcome is not None and outcome.error_kind is Reason.BLOCKED
    assert describe_failure(IgnoreRequest("Forbidden by robots.txt"))[0] is Reason.BLOCKED
    assert describe_failure(error.DNSLookupError("no.such"))[0] is Reason.DNS
    assert f"count:{Reason.TOO_LARGE}" == "count:too_large"  # what Redis holds
