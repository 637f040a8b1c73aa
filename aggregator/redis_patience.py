"""Riding out a short Redis outage: retry for a bounded time, then fail fast, in one line."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import ParamSpec, TypeVar

import redis

from aggregator.errors import RedisUnavailable

logger = logging.getLogger(__name__)

P = ParamSpec("P")
T = TypeVar("T")

#: Errors of a Redis that is down or restarting (BusyLoadingError, "LOADING" while it reads
#: its AOF, is a ConnectionError): worth a retry. Other errors are ours to fix.
TRANSIENT = (redis.ConnectionError, redis.TimeoutError)
#: Longest sleep between two tries.
MAX_BACKOFF = 2.0


class RedisPatience:
    """Retries a call through a Redis outage for up to ``seconds``; once an outage has
    lasted that long, every call fails at once with ``RedisUnavailable`` until Redis
    answers again, so a Redis gone for good costs one wait, not one per article.

    Says once that Redis is down and once that it is back (issue 17: a 3-second outage
    silently lost 74 of 500 articles).
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._down_since: float | None = None
        self._lock = threading.Lock()

    def call(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        backoff = 0.1
        while True:
            started = time.monotonic()
            try:
                result = fn(*args, **kwargs)
            except TRANSIENT as exc:
                waited = self._down(exc)
                if waited >= self.seconds:
                    raise RedisUnavailable(
                        f"redis unavailable for {waited:.0f}s (patience {self.seconds:g}s): {exc}"
                    ) from None
                time.sleep(min(backoff, self.seconds - waited))
                backoff = min(backoff * 2, MAX_BACKOFF)
                continue
            self._up(started)
            return result

    def _down(self, exc: Exception) -> float:
        """Seconds this outage has lasted (saying so when it starts)."""
        now = time.monotonic()
        with self._lock:
            if self._down_since is None:
                self._down_since = now
                logger.warning("redis unavailable, retrying for up to %gs: %s", self.seconds, exc)
            return now - self._down_since

    def _up(self, started: float) -> None:
        """Redis answered a call ``started`` then: it is back if the call began after the
        outage did (a call already under way on another thread when Redis went away may
        still finish, and says nothing of Redis now)."""
        with self._lock:
            if self._down_since is not None and started >= self._down_since:
                logger.warning("redis back after %.1fs", time.monotonic() - self._down_since)
                self._down_since = None


_shared: dict[float, RedisPatience] = {}


def shared_patience(seconds: float) -> RedisPatience:
    """The process's patience of ``seconds``: the pipelines of one crawl share one outage."""
    return _shared.setdefault(seconds, RedisPatience(seconds))
