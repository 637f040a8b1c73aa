"""Handing one batch of entries to a sink: wait out an outage, isolate rejected messages."""

from __future__ import annotations

import logging
import threading

from aggregator.stream.pending import Entry, PendingEntries
from aggregator.stream.sinks.base import Message, MessageRejected, Sink, SinkUnavailable

logger = logging.getLogger(__name__)

#: Longest wait between retries while the sink is down.
MAX_BACKOFF = 5.0

Batch = list[tuple[Entry, Message]]


class Stopped(Exception):
    """Stop was asked while waiting for the sink: the batch stays pending."""


class Delivery:
    """Writes batches to ``sink``; ``written`` counts the messages it committed."""

    def __init__(self, sink: Sink, pending: PendingEntries, stop: threading.Event) -> None:
        self.sink, self.pending, self.stop = sink, pending, stop
        self.written = 0

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
        backoff = 0.1
        while True:
            try:
                self.sink.write([message for _, message in batch])
            except SinkUnavailable as exc:
                if self.stop.is_set():
                    raise Stopped from exc
                logger.warning("sink unavailable, retrying in %.1fs: %s", backoff, exc)
                self.pending.keep([entry.entry_id for entry, _ in batch])
                self.stop.wait(backoff)
                backoff = min(backoff * 2, MAX_BACKOFF)
                continue
            self.written += len(batch)
            return
