"""A failed download as a typed reason and one line, for the source's health record."""

from __future__ import annotations

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet import defer, error
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived

from aggregator_scrapy.middlewares.netguard import RefusedRequest

#: Longest message kept: an error line in ``status``, not a dump.
MAX_MESSAGE = 300

_BY_TYPE: tuple[tuple[tuple[type[BaseException], ...], str], ...] = (
    (
        (DownloadTimeoutError, error.TimeoutError, error.TCPTimedOutError, defer.TimeoutError),
        "timeout",
    ),
    ((error.DNSLookupError, CannotResolveHostError), "dns"),
    ((error.ConnectionRefusedError, DownloadConnectionRefusedError), "connection"),
    # The HTTP/1.1 handler cancels a download only when the body outgrows DOWNLOAD_MAXSIZE.
    ((DownloadCancelledError, defer.CancelledError), "too_large"),
    (
        (ResponseFailed, ResponseNeverReceived, ResponseDataLossError, error.ConnectionLost),
        "connection",
    ),
)


def describe_failure(exc: BaseException) -> tuple[str, str]:
    """``(reason, message)`` for a download failure an errback received, e.g.
    ``("too_large", "body larger than DOWNLOAD_MAXSIZE")``; ``fetch_failed`` when unknown.

    Reasons: refused_address, refused_scheme, too_large, too_many_redirects, timeout, dns,
    connection, http, blocked (robots.txt), ignored, fetch_failed.
    """
    if isinstance(exc, RefusedRequest):
        return exc.reason, _line(str(exc).partition(": ")[2])
    if isinstance(exc, HttpError) and exc.response is not None:
        return "http", f"HTTP status {exc.response.status}"
    if isinstance(exc, IgnoreRequest):
        return _ignored(str(exc)), _line(str(exc))
    for types, reason in _BY_TYPE:
        if isinstance(exc, types):
            return reason, _line(str(exc)) or _DEFAULT_MESSAGES.get(reason, reason)
    return "fetch_failed", _line(str(exc)) or type(exc).__name__


_DEFAULT_MESSAGES = {
    "too_large": "body larger than DOWNLOAD_MAXSIZE",
    "timeout": "no complete answer within DOWNLOAD_TIMEOUT",
    "connection": "the connection failed or closed before the response was complete",
}


def _ignored(message: str) -> str:
    if "robots.txt" in message:
        return "blocked"
    if "max redirections" in message:
        return "too_many_redirects"
    if "DOWNLOAD_MAXSIZE" in message:
        return "too_large"
    return "ignored"


def _line(message: str) -> str:
    line = " ".join(message.split())
    return line if len(line) <= MAX_MESSAGE else line[: MAX_MESSAGE - 1] + "…"
