"""When the next poll happens: interval, caching hints, backoff, jitter."""

from __future__ import annotations

import random
from email.utils import formatdate

import pytest

from aggregator.sources.pacing import MAX_BACKOFF, freshness, next_delay, retry_after, ttl_seconds
from aggregator.sources.polling import status_outcome

NOW = 1_700_000_000.0


@pytest.mark.parametrize(
    ("failures", "expected"),
    [(0, 900), (1, 900), (2, 1800), (3, 3600), (7, 57600), (8, MAX_BACKOFF), (60, MAX_BACKOFF)],
)
def test_backoff_doubles_up_to_a_day(failures: int, expected: float) -> None:
    delays = [next_delay(900, failures, rng=random.Random(seed)) for seed in range(50)]
    assert all(0.9 * expected <= d <= min(MAX_BACKOFF, 1.1 * expected) for d in delays)
    assert len(set(delays)) > 1 or expected == MAX_BACKOFF  # jittered


def test_hints_lengthen_but_never_shorten_the_interval() -> None:
    rng = random.Random(1)
    assert 0.9 * 7200 <= next_delay(900, 0, hint=7200, rng=rng) <= 1.1 * 7200
    assert 0.9 * 900 <= next_delay(900, 0, hint=60, rng=rng) <= 1.1 * 900
    assert next_delay(900, 0, hint=10**9, rng=rng) <= MAX_BACKOFF


def test_freshness_and_retry_after() -> None:
    assert freshness({"cache-control": "public, max-age=600"}, NOW) == 600
    assert freshness({"cache-control": "no-cache"}, NOW) is None
    expires = {"expires": formatdate(NOW + 300, usegmt=True), "date": formatdate(NOW, usegmt=True)}
    assert freshness(expires, NOW) == 300
    assert freshness({"expires": "0"}, NOW) is None
    assert retry_after("120", NOW) == 120
    assert retry_after(formatdate(NOW + 60, usegmt=True), NOW) == 60
    assert retry_after("soon", NOW) is None
    assert ttl_seconds("60") == 3600
    assert ttl_seconds("x") is None


@pytest.mark.parametrize(
    ("status", "kind", "state"),
    [(304, None, "unchanged"), (410, "http", "gone"), (403, "blocked", "error"),
     (404, "http", "error"), (503, "http", "error")],
)  # fmt: skip
def test_statuses(status: int, kind: str | None, state: str) -> None:
    outcome = status_outcome(status, {"retry-after": "30"}, NOW)
    assert outcome is not None
    assert (outcome.status, outcome.error_kind) == (state, kind)
    assert outcome.hint == (30 if status == 503 else None)
    assert status_outcome(200, {}, NOW) is None
