"""Failed fetches become typed errors (dns, timeout, blocked, connection)."""

from __future__ import annotations

import pytest
from scrapy.exceptions import IgnoreRequest
from twisted.internet import error
from twisted.python.failure import Failure

from aggregator_scrapy.spiders.outcomes import failure_outcome


@pytest.mark.parametrize(
    ("exc", "kind"),
    [
        (error.DNSLookupError("no such host"), "dns"),
        (error.TimeoutError("took too long"), "timeout"),
        (error.TCPTimedOutError(), "timeout"),
        (IgnoreRequest("Forbidden by robots.txt"), "blocked"),
        (error.ConnectionRefusedError(), "connection"),
    ],
)
def test_failures_are_typed(exc: Exception, kind: str) -> None:
    outcome = failure_outcome(Failure(exc))
    assert (outcome.status, outcome.error_kind) == ("error", kind)
    assert outcome.message
