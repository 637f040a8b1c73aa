"""Handing one batch of entries to a sink: wait out an outage, isolate rejected messages."""

from __future__ import annotations

import logging
import threading
import time

from aggregator.stream.pending import Entry, PendingEntries
from aggregator.stream.sinks.base import Message, MessageRejected, Sink, SinkUnavailable

logger = logging.getLogger(__name__)

#: Longest wait between retries while the sink is down.
MAX_BACKOFF = 5.0
#: Seconds between two warnings that the sink is still down.
NOTICE_EVERY = 60.0

Batch = list[tuple[Entry, Message]]


class Stopped(Exception):
    """Stop was asked while waiting for the sink: the batch stays pending."""


class Delivery:
    """Writes batches to ``sink``; ``written`` counts the messages it committed."""

    def __init__(self, sink: Sink, pending: PendingEntries, stop: threading.Event) -> None:
        self.sink, self.pending, self.stop = sink, pending, stop
        self.written = 0
        self._said_at: float | None = None  # when we last said the sink is down

    def write(self, batch: Batch) -> list[tuple[Entry, str]]:
        """Commit ``batch``; the entries the sink rejected (with why), found one by one."""
        if not batch:
            return []
        try:
            self._commit(batch)
            return []
        except MessageRejected as exc:
            if len(batch) == 1:
                return [(batch[0][0], str(exc))]
        rejected = []
        for item in batch:
            try:
                self._commit([item])
            except MessageRejected as exc:
                rejected.append((item[0], str(exc)))
        return rejected

    def _commit(self, batch: Batch) -> None:
        """Write until the sink takes it: a sink that is down is waited for, and our
        entries are kept from being reclaimed meanwhile."""
        backoff, down_since = 0.1, None
        while True:
            try:
                self.sink.write([message for _, message in batch])
            except SinkUnavailable as exc:
                if self.stop.is_set():
                    raise Stopped from exc
                down_since = down_since or time.monotonic()
                self._say_down(exc, len(batch), time.monotonic() - down_since)
                self.pending.keep([entry.entry_id for entry, _ in batch])
                self.stop.wait(backoff)
                backoff = min(backoff * 2, MAX_BACKOFF)
                continue
            if down_since is not None:
                logger.warning("sink back after %.0fs: the pending batch is written",
                               time.monotonic() - down_since)  # fmt: skip
                self._said_at = None
            self.written += len(batch)
            return

    def _say_down(self, exc: SinkUnavailable, held: int, down_for: float) -> None:
        """One line when the sink goes down, then one per ``NOTICE_EVERY`` seconds."""
        now = time.monotonic()
        if self._said_at is not None and now - self._said_at < NOTICE_EVERY:
            return
        self._said_at = now
        logger.warning(
            "sink unavailable for %.0fs, %d messages stay pending (none dead-lettered), "
            "retrying every %.0fs at most: %s", down_for, held, MAX_BACKOFF, exc,
        )  # fmt: skip
