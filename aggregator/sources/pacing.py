"""When to poll a source next: its interval, the server's caching hints, backoff and jitter."""

from __future__ import annotations

import random
import re
from collections.abc import Mapping
from email.utils import parsedate_to_datetime

from aggregator.sources.registry import MAX_INTERVAL

#: Each delay is moved by up to this share either way, so sources added together spread out.
JITTER = 0.1
MAX_BACKOFF = 24 * 3600


def next_delay(
    interval: int,
    failures: int,
    hint: float | None = None,
    rng: random.Random | None = None,
) -> float:
    """Seconds until the next poll.

    Healthy: the interval, or longer when the server's hint (max-age, Expires, <ttl>,
    Retry-After) asks for it. After ``failures`` consecutive errors: the interval doubled
    per failure after the first (15m, 30m, 1h, ...), never more than 24 h, and never sooner
    than a Retry-After. Never "give up": a failing source is retried at least daily.
    """
    base = float(interval)
    if failures > 0:
        base = min(MAX_BACKOFF, interval * 2.0 ** min(failures - 1, 32))
    if hint is not None:
        base = max(base, min(hint, MAX_INTERVAL))
    jitter = (rng or random).uniform(-JITTER, JITTER)
    return min(MAX_BACKOFF, base * (1 + jitter))


def freshness(headers: Mapping[str, str], now: float) -> float | None:
    """How long the response stays fresh by Cache-Control max-age or Expires (RFC 9111 4.2.1)."""
    control = headers.get("cache-control", "").lower()
    match = re.search(r"(?:^|[,\s])max-age\s*=\s*\"?(\d+)", control)
    if match:
        return float(match[1])
    if "no-cache" in control or "no-store" in control:
        return None
    expires = _http_date(headers.get("expires"))
    if expires is None:
        return None
    date = _http_date(headers.get("date"))
    return max(0.0, expires - (date if date is not None else now))


def retry_after(value: str | None, now: float) -> float | None:
    """Retry-After (RFC 9110 10.2.3): delay seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    when = _http_date(value)
    return None if when is None else max(0.0, when - now)


def ttl_seconds(ttl: object) -> float | None:
    """RSS <ttl>: minutes to cache the channel."""
    try:
        minutes = int(str(ttl).strip())
    except (TypeError, ValueError):
        return None
    return float(minutes * 60) if minutes > 0 else None


def _http_date(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
