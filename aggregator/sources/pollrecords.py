"""What a pass learns of each source, written to its health in batches: one round trip for
many polls instead of one each."""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime

import redis

from aggregator.errors import UnknownSource
from aggregator.keys import Keys
from aggregator.reasons import Skip
from aggregator.sources.health import PollOutcome, SourceHealth
from aggregator.sources.registry import SourceRegistry

logger = logging.getLogger(__name__)

#: One record: a poll's outcome, or entries of a source skipped for a reason.
Record = tuple[str, PollOutcome | tuple[Skip, int]]


class PollRecords:
    """Collects poll outcomes and skipped entries; ``flush`` writes them all in one
    MULTI/EXEC (all or nothing, so a failed flush can be retried without counting twice).

    Safe across threads: the crawl adds records on its reactor thread while a flush runs in
    another. A flush that fails keeps its records for the next one. A 410 Gone also
    disables the source with the reason shown, whoever polled it (``crawl``, ``schedule``
    or a worker): a source is never left active in a state of its own.
    """

    def __init__(self, client: redis.Redis, keys: Keys) -> None:
        self.client = client
        self.health = SourceHealth(client, keys)
        self.registry = SourceRegistry(client, keys)
        self._pending: list[Record] = []
        self._lock = threading.Lock()
        self._flushing = threading.Lock()

    def polled(self, source: str, outcome: PollOutcome) -> None:
        with self._lock:
            self._pending.append((source, outcome))

    def skipped(self, source: str, reason: Skip, amount: int) -> None:
        with self._lock:
            self._pending.append((source, (reason, amount)))

    def __len__(self) -> int:
        return len(self._pending)

    def flush(self) -> int:
        """Write every record added so far; how many. One flush at a time, in order."""
        with self._flushing:
            with self._lock:
                batch, self._pending = self._pending, []
            if not batch:
                return 0
            pipe = self.client.pipeline(transaction=True)
            for source, record in batch:
                if isinstance(record, PollOutcome):
                    self.health.add_poll(pipe, source, record)
                else:
                    self.health.add_skipped(pipe, source, *record)
            try:
                pipe.execute()
            except redis.RedisError:
                with self._lock:
                    self._pending[:0] = batch
                raise
            for source, record in batch:
                if isinstance(record, PollOutcome) and record.status == "gone":
                    self._disable(source, record)
            return len(batch)

    def _disable(self, source: str, outcome: PollOutcome) -> None:
        when = datetime.now(UTC).isoformat(timespec="seconds")
        reason = f"{outcome.error_kind}: {outcome.message} (at {when})"
        try:
            self.registry.set_disabled(source, reason)
        except UnknownSource:  # removed while it was being polled
            return
        logger.warning("source %s disabled: %s", source, reason)
