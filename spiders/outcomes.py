"""Scrapy's answers (responses, failures) translated into the core's plain values."""

from __future__ import annotations

from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from twisted.internet import error
from twisted.python.failure import Failure
from twisted.web._newclient import ResponseNeverReceived

from aggregator.health import PollOutcome

_TIMEOUTS = (error.TimeoutError, error.TCPTimedOutError)


def failure_outcome(failure: Failure) -> PollOutcome:
    """A failed fetch as a typed error: dns, timeout, blocked (robots.txt) or connection."""
    message = failure.getErrorMessage() or repr(failure.value)
    kind = _kind(failure.value) if failure.value is not None else "connection"
    if kind == "blocked":
        message = f"robots.txt: {message}"
    elif isinstance(failure.value, ResponseNeverReceived):
        message = "the connection closed before any answer"
    return PollOutcome("error", error_kind=kind, message=message)


def _kind(exc: BaseException) -> str:
    if isinstance(exc, error.DNSLookupError):
        return "dns"
    if isinstance(exc, _TIMEOUTS):
        return "timeout"
    if isinstance(exc, IgnoreRequest):
        return "blocked"
    return "connection"


def response_headers(response: Response) -> dict[str, str]:
    return {
        k.decode("latin-1").lower(): v[0].decode("latin-1")
        for k, v in response.headers.items()
        if v
    }
