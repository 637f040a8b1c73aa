"""Per-source health: counters and the last crawl and error, kept in Redis."""

from __future__ import annotations

from datetime import UTC, datetime

import redis

from aggregator.keys import Keys


class SourceHealth:
    """Records what happened to each source so ``status`` and ``crawl`` can show it."""

    def __init__(self, client: redis.Redis, keys: Keys) -> None:
        self.client = client
        self.keys = keys

    def count(self, source: str, outcome: str, amount: int = 1) -> None:
        """Add to a counter: "published", "duplicate", or a failure reason."""
        self.client.hincrby(self.keys.source_health(source), f"count:{outcome}", amount)

    def crawled(self, source: str, entries: int) -> None:
        self.client.hset(
            self.keys.source_health(source),
            mapping={
                "last_crawl": _now(),
                "last_entries": entries,
                "last_error": "",
            },
        )

    def failed(self, source: str, reason: str, message: str) -> None:
        """A failure of the source itself (feed unreachable or unparsable)."""
        self.count(source, reason)
        self.client.hset(
            self.keys.source_health(source),
            mapping={
                "last_crawl": _now(),
                "last_error": f"{reason}: {message}",
            },
        )

    def get(self, source: str) -> dict[str, str]:
        return {
            str(k): str(v) for k, v in self.client.hgetall(self.keys.source_health(source)).items()
        }


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
