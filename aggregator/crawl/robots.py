"""robots.txt answers kept in Redis across passes (RFC 9309 2.4), so a pass fetches each
host's robots.txt at most once a day instead of once a pass."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import redis

from aggregator.keys import Keys
from aggregator.sources.pacing import freshness

#: RFC 9309 2.4: a cached robots.txt SHOULD NOT be used for more than 24 hours.
MAX_AGE = 24 * 3600
#: RFC 9309 2.5: parsers read at least 500 KiB; what lies beyond is not kept.
PARSE_LIMIT = 500 * 1024


@dataclass(frozen=True)
class RobotsAnswer:
    """What a host's robots.txt said: the final HTTP status and, for a success, its body.

    RFC 9309 2.3.1: a 4xx means no rules (allow all), a 5xx "disallow all" until it is
    fetched again; a body larger than PARSE_LIMIT is cut there.
    """

    status: int
    body: bytes = b""

    @property
    def allows_all(self) -> bool:
        return 400 <= self.status < 500

    @property
    def disallows_all(self) -> bool:
        return self.status >= 500

    def rules(self) -> bytes:
        """The bytes a robots.txt parser reads (nothing for a 4xx or 5xx)."""
        return self.body[:PARSE_LIMIT] if self.status < 400 else b""


def keep_for(
    answer: RobotsAnswer, headers: Mapping[str, str], now: float, max_age: int, error_ttl: int
) -> int:
    """Seconds to keep ``answer`` (0: not at all): a 5xx ``error_ttl`` (it disallows all, so
    it is retried soon); otherwise what Cache-Control or Expires allow (no-store and
    no-cache: nothing), never more than ``max_age`` (at most 24 h), ``max_age`` if they
    are silent."""
    if answer.disallows_all:
        return error_ttl
    control = headers.get("cache-control", "").lower()
    if "no-store" in control or "no-cache" in control:
        return 0
    fresh = freshness(headers, now)
    limit = min(max_age, MAX_AGE)
    return int(limit if fresh is None else min(fresh, limit))


class RobotsCache:
    """One Redis string per origin (``scheme://host:port``): "status" newline body, the body
    as latin-1 text so every byte comes back as it was, expiring when it must be fetched
    again."""

    def __init__(self, client: redis.Redis, keys: Keys) -> None:
        self.client = client
        self.keys = keys

    def load(self, origins: Sequence[str]) -> dict[str, RobotsAnswer]:
        """The answers kept for ``origins`` (those not kept are missing), in one round trip."""
        if not origins:
            return {}
        values = self.client.mget([self.keys.robots(origin) for origin in origins])
        found = {}
        for origin, value in zip(origins, values, strict=True):
            if value is not None:
                status, _, body = str(value).partition("\n")
                found[origin] = RobotsAnswer(int(status), body.encode("latin-1"))
        return found

    def store(self, answers: Mapping[str, tuple[RobotsAnswer, int]]) -> None:
        """Keep each origin's answer for its number of seconds (0: not kept), in one round trip."""
        pipe = self.client.pipeline(transaction=False)
        for origin, (answer, seconds) in answers.items():
            if seconds > 0:
                text = f"{answer.status}\n{answer.rules().decode('latin-1')}"
                pipe.set(self.keys.robots(origin), text, ex=seconds)
        if len(pipe):
            pipe.execute()
