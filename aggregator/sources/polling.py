"""One poll's outcome from the feed's HTTP answer, and the log of entries already fetched."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence

import redis

from aggregator.keys import Keys
from aggregator.models import FeedEntry
from aggregator.reasons import Reason
from aggregator.sources.health import PollOutcome
from aggregator.sources.pacing import freshness, retry_after
from aggregator.sources.pollrecords import PollRecords

#: Feed statuses the spider handles itself instead of Scrapy's retry and error middlewares.
HANDLED_STATUSES = [304, *range(400, 600)]
_BLOCKED = (401, 403, 451)


def status_outcome(status: int, headers: Mapping[str, str], now: float) -> PollOutcome | None:
    """The outcome an HTTP status alone decides, or None for a body to parse (2xx)."""
    if 200 <= status < 300:
        return None
    if status == 304:
        return PollOutcome("unchanged", 304, hint=freshness(headers, now))
    if status == 410:
        return PollOutcome("gone", 410, Reason.HTTP, "410 Gone: the feed was removed for good")
    kind = Reason.BLOCKED if status in _BLOCKED else Reason.HTTP
    hint = retry_after(headers.get("retry-after"), now) if status in (429, 503) else None
    return PollOutcome("error", status, kind, f"HTTP {status}", hint=hint)


def record_poll(client: redis.Redis, keys: Keys, source: str, outcome: PollOutcome) -> None:
    """Record one poll on the source's health now (aggregator.sources.pollrecords, which
    batches them, says what is written; a 410 Gone also disables the source)."""
    records = PollRecords(client, keys)
    records.polled(source, outcome)
    records.flush()


class EntryLog:
    """Per source, the entries whose page was fetched, so an unchanged entry is fetched once.

    An entry is its URL and its date: when the feed re-dates an entry, the page is fetched
    again (and dedup decides whether it is an update). Fingerprints older than the source's
    maximum age are pruned; entries that old are not fetched anyway.
    """

    def __init__(self, client: redis.Redis, keys: Keys) -> None:
        self.client = client
        self.keys = keys

    def unseen(
        self, source: str, entries: Sequence[FeedEntry], forget_before: float | None = None
    ) -> list[FeedEntry]:
        """The entries not marked yet; with ``forget_before``, the fingerprints marked before
        that time are pruned first, in the same round trip."""
        if not entries and forget_before is None:
            return []
        key = self.keys.source_entries(source)
        fingerprints = [_fingerprint(e) for e in entries]
        pipe = self.client.pipeline(transaction=False)
        if forget_before is not None:
            pipe.zremrangebyscore(key, "-inf", forget_before)
        if fingerprints:
            pipe.zmscore(key, fingerprints)
        scores = pipe.execute()[-1] if fingerprints else []
        return [e for e, score in zip(entries, scores, strict=True) if score is None]

    def mark_many(self, marks: Sequence[tuple[str, FeedEntry, float]]) -> None:
        """Mark each (source, entry, time) as settled, in one round trip."""
        pipe = self.client.pipeline(transaction=False)
        for source, entry, now in marks:
            pipe.zadd(self.keys.source_entries(source), {_fingerprint(entry): now})
        pipe.execute()

    def size(self, source: str) -> int:
        return int(self.client.zcard(self.keys.source_entries(source)))

    def forget(self, source: str) -> int:
        """Forget every entry of ``source`` and its feed's validators, so the next poll is
        unconditional and fetches every entry the feed lists (``sources reset``)."""
        pipe = self.client.pipeline()
        pipe.zcard(self.keys.source_entries(source))
        pipe.delete(self.keys.source_entries(source))
        pipe.hdel(self.keys.source_health(source), "etag", "modified")
        return int(pipe.execute()[0])


def _fingerprint(entry: FeedEntry) -> str:
    key = f"{entry.url}\0{entry.published or ''}".encode()
    return hashlib.sha256(key).hexdigest()[:24]
