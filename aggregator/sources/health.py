"""Per-source health: counters, the last poll and its typed error, kept in Redis."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import get_args

import redis
from redis.typing import EncodableT, FieldT

from aggregator.keys import Keys
from aggregator.reasons import PollStatus, Reason, Skip, Tally


@dataclass(frozen=True)
class PollOutcome:
    """What one poll of a source's feed gave.

    ``status``: "ok" (new content), "unchanged" (304 or same validators), "error" or
    "gone" (410); ``error_kind``: why it failed. ``hint``: seconds the server asked us to
    wait (Cache-Control max-age, Expires, RSS <ttl>, or Retry-After), if it said.
    """

    status: PollStatus
    http_status: int | None = None
    error_kind: Reason | None = None
    message: str = ""
    hint: float | None = None
    entries: int = 0
    etag: str | None = None
    last_modified: str | None = None

    @property
    def failed(self) -> bool:
        return self.status in ("error", "gone")


#: ``count:*`` counters that are not pages dropped for a reason.
NOT_DROPPED: frozenset[str] = frozenset(get_args(Tally))


def dropped_counts(health: Mapping[str, str | int]) -> dict[str, int]:
    """The ``count:<reason>`` counters of pages (and polls) that gave no article."""
    return {
        key.removeprefix("count:"): int(value)
        for key, value in health.items()
        if key.startswith("count:") and key.removeprefix("count:") not in NOT_DROPPED
    }


class SourceHealth:
    """Records what happened to each source so ``status``, ``crawl`` and the scheduler see it."""

    def __init__(self, client: redis.Redis, keys: Keys) -> None:
        self.client = client
        self.keys = keys

    def count(self, source: str, outcome: Reason | Tally, amount: int = 1) -> None:
        """Add to a counter: "published", "repeat", or a failure reason.

        Poll counters live apart (``polls``, ``unchanged_polls``): ``aggregator crawl``
        reports every count:* but published and repeats as failures."""
        self.client.hincrby(self.keys.source_health(source), f"count:{outcome}", amount)

    def skipped(self, source: str, reason: Skip, amount: int = 1) -> None:
        """Entries deliberately not fetched (e.g. "too_old"): not failures, so not count:*."""
        self.add_skipped(self.client, source, reason, amount)

    def add_skipped(
        self, pipe: redis.Redis | redis.client.Pipeline, source: str, reason: Skip, amount: int
    ) -> None:
        """``skipped``'s write, on ``pipe``."""
        pipe.hincrby(self.keys.source_health(source), f"skipped:{reason}", amount)

    def polled(self, source: str, outcome: PollOutcome) -> None:
        """Record one poll: counters, the last status, and the validators for the next one."""
        pipe = self.client.pipeline()
        self.add_poll(pipe, source, outcome)
        pipe.execute()

    def add_poll(self, pipe: redis.client.Pipeline, source: str, outcome: PollOutcome) -> None:
        """``polled``'s writes, added to ``pipe`` (aggregator.sources.pollrecords batches them)."""
        key = self.keys.source_health(source)
        pipe.hincrby(key, "polls", 1)
        pipe.hincrby(key, f"polls:{outcome.status}", 1)  # by outcome, for /metrics
        fields: dict[FieldT, EncodableT] = {"last_poll": _now(), "last_status": outcome.status}
        if outcome.http_status is not None:
            fields["last_http_status"] = outcome.http_status
        if outcome.failed:
            kind = outcome.error_kind or Reason.HTTP
            pipe.hincrby(key, f"count:{kind}", 1)
            pipe.hincrby(key, "consecutive_failures", 1)
            fields.update(last_error=f"{kind}: {outcome.message}", last_error_at=_now())
        else:
            fields.update(consecutive_failures=0, last_error="", last_success=_now())
            if outcome.status == "unchanged":
                pipe.hincrby(key, "unchanged_polls", 1)
            else:
                fields["last_entries"] = outcome.entries
            fields.update({k: v for k, v in _validators(outcome).items() if v})
        pipe.hset(key, mapping=fields)
        if outcome.hint is None:
            pipe.hdel(key, "hint")
        else:
            pipe.hset(key, "hint", round(outcome.hint, 3))

    def validators(self, source: str) -> tuple[str | None, str | None]:
        """The ETag and Last-Modified of the last good poll, for a conditional GET."""
        return self.validators_of([source])[source]

    def validators_of(self, sources: Sequence[str]) -> dict[str, tuple[str | None, str | None]]:
        """``validators`` of every source in one round trip (a pass reads them all at start)."""
        pipe = self.client.pipeline(transaction=False)
        for source in sources:
            pipe.hmget(self.keys.source_health(source), "etag", "modified")
        return {
            source: (str(etag) if etag else None, str(modified) if modified else None)
            for source, (etag, modified) in zip(sources, pipe.execute(), strict=True)
        }

    def get(self, source: str) -> dict[str, str]:
        return {
            str(k): str(v) for k, v in self.client.hgetall(self.keys.source_health(source)).items()
        }

    def get_many(self, sources: Sequence[str]) -> dict[str, dict[str, str]]:
        """``get`` of every source in one round trip."""
        pipe = self.client.pipeline(transaction=False)
        for source in sources:
            pipe.hgetall(self.keys.source_health(source))
        return {
            source: {str(k): str(v) for k, v in record.items()}
            for source, record in zip(sources, pipe.execute(), strict=True)
        }


def _validators(outcome: PollOutcome) -> dict[str, str | None]:
    return {"etag": outcome.etag, "modified": outcome.last_modified}


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
