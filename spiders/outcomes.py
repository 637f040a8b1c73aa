"""Scrapy's answers (responses, failed downloads) as the core's plain values and typed reasons."""

from __future__ import annotations

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet import defer, error
from twisted.python.failure import Failure
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived

from aggregator.reasons import Reason
from aggregator.sources.health import PollOutcome
from aggregator_scrapy.middlewares.netguard import RefusedRequest


def failure_outcome(failure: Failure) -> PollOutcome:
    """A failed fetch as a typed error (``describe_failure`` names the kinds: dns, timeout,
    blocked by robots.txt, refused_address, too_large, ...)."""
    if failure.value is None:
        return PollOutcome("error", error_kind=Reason.CONNECTION, message=failure.getErrorMessage())
    kind, message = describe_failure(failure.value)
    if kind == Reason.BLOCKED:
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


#: Longest message kept: an error line in ``status``, not a dump.
MAX_MESSAGE = 300

_BY_TYPE: tuple[tuple[tuple[type[BaseException], ...], Reason], ...] = (
    (
        (DownloadTimeoutError, error.TimeoutError, error.TCPTimedOutError, defer.TimeoutError),
        Reason.TIMEOUT,
    ),
    ((error.DNSLookupError, CannotResolveHostError), Reason.DNS),
    ((error.ConnectionRefusedError, DownloadConnectionRefusedError), Reason.CONNECTION),
    # The HTTP/1.1 handler cancels a download only when the body outgrows DOWNLOAD_MAXSIZE.
    ((DownloadCancelledError, defer.CancelledError), Reason.TOO_LARGE),
    (
        (ResponseFailed, ResponseNeverReceived, ResponseDataLossError, error.ConnectionLost),
        Reason.CONNECTION,
    ),
)


def describe_failure(exc: BaseException) -> tuple[Reason, str]:
    """``(reason, message)`` for a download failure an errback received, e.g.
    ``("too_large", "body larger than DOWNLOAD_MAXSIZE")``; ``fetch_failed`` when unknown.

    Reasons: refused_address, refused_scheme, too_large, too_many_redirects, timeout, dns,
    connection, http, blocked (robots.txt), ignored, fetch_failed.
    """
    if isinstance(exc, RefusedRequest):
        return exc.reason, _line(str(exc).partition(": ")[2])
    if isinstance(exc, HttpError) and exc.response is not None:
        return Reason.HTTP, f"HTTP status {exc.response.status}"
    if isinstance(exc, IgnoreRequest):
        return _ignored(str(exc)), _line(str(exc))
    for types, reason in _BY_TYPE:
        if isinstance(exc, types):
            return reason, _line(str(exc)) or _DEFAULT_MESSAGES.get(reason, reason)
    return Reason.FETCH_FAILED, _line(str(exc)) or type(exc).__name__


_DEFAULT_MESSAGES = {
    Reason.TOO_LARGE: "body larger than DOWNLOAD_MAXSIZE",
    Reason.TIMEOUT: "no complete answer within DOWNLOAD_TIMEOUT",
    Reason.CONNECTION: "the connection failed or closed before the response was complete",
}


def _ignored(message: str) -> Reason:
    if "robots.txt" in message:
        return Reason.BLOCKED
    if "max redirections" in message:
        return Reason.TOO_MANY_REDIRECTS
    if "DOWNLOAD_MAXSIZE" in message:
        return Reason.TOO_LARGE
    return Reason.IGNORED


def _line(message: str) -> str:
    line = " ".join(message.split())
    return line if len(line) <= MAX_MESSAGE else line[: MAX_MESSAGE - 1] + "…"
