"""Scrapy's answers (responses, failures) translated into the core's plain values."""

from __future__ import annotations

from scrapy.http import Response
from twisted.python.failure import Failure
from twisted.web._newclient import ResponseNeverReceived

from aggregator.sources.health import PollOutcome
from aggregator_scrapy.middlewares.failures import describe_failure


def failure_outcome(failure: Failure) -> PollOutcome:
    """A failed fetch as a typed error (middlewares.failures names the kinds: dns, timeout,
    blocked by robots.txt, refused_address, too_large, ...)."""
    if failure.value is None:
        return PollOutcome("error", error_kind="connection", message=failure.getErrorMessage())
    kind, message = describe_failure(failure.value)
    if kind == "blocked":
        message = f"robots.txt: {message}"
    elif isinstance(failure.value, ResponseNeverReceived):
        message = "the connection closed before any answer"
    return PollOutcome("error", error_kind=kind, message=message)


def response_headers(response: Response) -> dict[str, str]:
    return {
        k.decode("latin-1").lower(): v[0].decode("latin-1")
        for k, v in response.headers.items()
        if v
    }
