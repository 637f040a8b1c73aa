"""A consumer-group member that moves articles from the stream into a sink, at least once."""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import threading
import time
import uuid
from collections.abc import Sequence
from typing import Any

import redis

from aggregator.keys import Keys
from aggregator.stream import articles as queue
from aggregator.stream.delivery import MAX_BACKOFF, Delivery, Stopped
from aggregator.stream.pending import Entry, PendingEntries
from aggregator.stream.sinks.base import Message, Sink

logger = logging.getLogger(__name__)

#: Seconds between trims when the consumer trims the stream (``max_length``).
TRIM_EVERY = 5.0
#: Seconds between two looks for dead consumers to remove from the group.
FORGET_EVERY = 60.0


class _NoGroup(Exception):
    """The group or the stream is gone (deleted, or Redis restarted without its data)."""


class Consumer:
    """Reads ``group``'s share of the stream in batches and writes it to a sink.

    An entry is acknowledged only after the sink committed it. Entries another consumer
    of the group has held for ``reclaim_after`` seconds are taken over (XAUTOCLAIM). An
    entry that cannot be decoded or that the sink rejects is retried, and after
    ``max_deliveries`` deliveries moved to the dead-letter stream with its error. A sink
    that is down is retried with backoff, acknowledging nothing. ``max_length``: trim the
    stream to that many entries, sparing those a group still needs (``queue.trim``).
    ``forget_after``: other consumers idle that long and holding nothing are removed from
    the group (XGROUP DELCONSUMER), so dead ones do not pile up in ``status``.
    """

    def __init__(
        self,
        client: redis.Redis,
        keys: Keys,
        group: str,
        name: str | None = None,
        *,
        batch_size: int = 100,
        block_ms: int = 1000,
        reclaim_after: float = 300.0,
        max_deliveries: int = 5,
        max_length: int | None = None,
        forget_after: float = 86400.0,
    ) -> None:
        self.client, self.keys, self.group = client, keys, group
        self.name = name or f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:6]}"
        self.batch_size, self.block_ms = batch_size, block_ms
        self.reclaim_after, self.max_deliveries = reclaim_after, max_deliveries
        self.max_length = max_length
        self.forget_after = forget_after
        self._forget_due = 0.0
        self.pending = PendingEntries(client, keys, group, self.name)
        self._stop = threading.Event()
        self._own_cursor: str | None = "0"  # first re-read what this name already holds
        self._retry_at: float | None = None  # when to re-read our failed entries
        self._claim_cursor, self._claim_due = "0-0", 0.0
        self._trim_due = 0.0

    def stop(self) -> None:
        """Finish the current batch, acknowledge it, and return from ``run``."""
        self._stop.set()

    def run(self, sink: Sink, *, idle_exit: float | None = None) -> int:
        """Consume until stopped, or until ``idle_exit`` seconds brought nothing new and
        nothing is left to reclaim; the number of articles written."""
        queue.ensure_group(self.client, self.keys, self.group)
        delivery = Delivery(sink, self.pending, self._stop)
        if idle_exit is not None:  # look often enough to exit on time
            self.block_ms = max(1, min(self.block_ms, int(idle_exit * 1000)))
        idle_since, backoff = time.monotonic(), 0.1
        while not self._stop.is_set():
            try:
                handled = self._step(delivery)
                backoff = 0.1
            except Stopped:
                break
            except (redis.ConnectionError, redis.TimeoutError, _NoGroup) as exc:
                self._recover(exc, backoff)
                backoff = min(backoff * 2, MAX_BACKOFF)
                continue
            if handled:
                idle_since = time.monotonic()
            elif idle_exit is not None and self._idle(idle_since, idle_exit):
                break
        return delivery.written

    def _recover(self, exc: Exception, backoff: float) -> None:
        """After Redis went away: wait, make sure the group exists (a Redis restarted
        without its data lost it), and re-read what we hold (a write may be unacknowledged)."""
        logger.warning("redis unavailable, retrying in %.1fs: %s", backoff, exc)
        self._stop.wait(backoff)
        self._own_cursor = "0"
        with contextlib.suppress(redis.ConnectionError):  # still down: we come back here
            queue.ensure_group(self.client, self.keys, self.group)

    def _idle(self, since: float, idle_exit: float) -> bool:
        if time.monotonic() - since < idle_exit or self._retry_at is not None:
            return False  # our own failed entries still have tries left
        return not self.pending.reclaimable_within(idle_exit, self.reclaim_after)

    def _step(self, delivery: Delivery) -> int:
        entries = self._next_entries()
        if entries:
            self._handle(delivery, entries)
        self._maybe_trim()
        self._maybe_forget()
        return len(entries)

    def _next_entries(self) -> list[Entry]:
        now = time.monotonic()
        if self._own_cursor is None and self._retry_at is not None and now >= self._retry_at:
            self._own_cursor, self._retry_at = "0", None
        if self._own_cursor is not None:
            entries = self._read_own()
            if entries:
                return entries
        if now >= self._claim_due:
            entries = self._reclaim()
            if entries:
                return entries
        block = self.block_ms
        if self._retry_at is not None:  # wake up for the retry that is due
            block = max(1, min(block, int((self._retry_at - now) * 1000)))
        return [Entry(i, f or {}) for i, f in self._read(">", block)]

    def _read(self, cursor: str, block: int | None) -> list[tuple[str, dict[str, str] | None]]:
        try:
            reply: Any = self.client.xreadgroup(
                self.group,
                self.name,
                {self.keys.stream: cursor},
                count=self.batch_size,
                block=block,
            )
        except redis.ResponseError as exc:
            if "NOGROUP" in str(exc):
                raise _NoGroup(str(exc)) from exc
            raise
        return list(reply[0][1]) if reply else []

    def _read_own(self) -> list[Entry]:
        """Entries delivered to this name before and not acknowledged (retries)."""
        raw = self._read(self._own_cursor or "0", None)
        full = len(raw) == self.batch_size
        self._own_cursor = raw[-1][0] if full else None
        return self.pending.with_deliveries(raw)

    def _reclaim(self) -> list[Entry]:
        """Take over entries other consumers have held for ``reclaim_after`` seconds."""
        reply: Any = self.client.xautoclaim(
            self.keys.stream,
            self.group,
            self.name,
            int(self.reclaim_after * 1000),
            start_id=self._claim_cursor,
            count=self.batch_size,
        )
        self._claim_cursor = str(reply[0])
        if self._claim_cursor == "0-0":
            self._claim_due = time.monotonic() + min(self.reclaim_after / 2, MAX_BACKOFF)
        raw = [item for item in reply[1] if item[0] is not None]
        if len(raw) < len(reply[1]) and self._own_cursor is None:
            # Redis 6.2 claims deleted entries as nil: our own re-read acknowledges them.
            self._own_cursor = "0"
        if raw:
            logger.info("reclaimed %d stale entries of group %s", len(raw), self.group)
        return self.pending.with_deliveries(raw)

    def _handle(self, delivery: Delivery, entries: Sequence[Entry]) -> None:
        decoded: list[tuple[Entry, Message]] = []
        failed: list[tuple[Entry, str]] = []
        done = []
        for entry in entries:
            if not entry.fields:
                done.append(entry.entry_id)  # trimmed or deleted while pending
                continue
            try:
                decoded.append((entry, _message(entry.fields)))
            except (ValueError, KeyError, TypeError) as exc:
                failed.append((entry, f"undecodable entry: {type(exc).__name__}: {exc}"))
        rejected = delivery.write(decoded)
        bad = {entry.entry_id for entry, _ in rejected}
        done += [entry.entry_id for entry, _ in decoded if entry.entry_id not in bad]
        self.pending.acknowledge(done)
        self._fail([*failed, *rejected])

    def _fail(self, failures: Sequence[tuple[Entry, str]]) -> None:
        """Dead-letter entries out of tries; the others stay pending, retried soon."""
        for entry, error in failures:
            if entry.deliveries >= self.max_deliveries:
                self.pending.dead_letter(entry, error)
                continue
            logger.info("delivery %d of %s failed: %s", entry.deliveries, entry.entry_id, error)
            due = time.monotonic() + min(0.1 * 2**entry.deliveries, MAX_BACKOFF)
            self._retry_at = min(self._retry_at or due, due)

    def _maybe_forget(self) -> None:
        if time.monotonic() < self._forget_due:
            return
        self._forget_due = time.monotonic() + FORGET_EVERY
        try:
            forgotten = self.pending.forget_idle(self.forget_after)
        except redis.ResponseError as exc:
            if "NOGROUP" in str(exc):
                raise _NoGroup(str(exc)) from exc
            raise
        if forgotten:
            logger.info("removed %d idle consumers from group %s: %s",
                        len(forgotten), self.group, ", ".join(forgotten))  # fmt: skip

    def _maybe_trim(self) -> None:
        if self.max_length is None or time.monotonic() < self._trim_due:
            return
        self._trim_due = time.monotonic() + TRIM_EVERY
        removed = queue.trim(self.client, self.keys, self.max_length)
        if removed:
            logger.info("trimmed %d acknowledged entries from %s", removed, self.keys.stream)


def _message(fields: dict[str, str]) -> Message:
    """The article of a stream entry; ValueError for anything that is not one."""
    message = queue.decode(fields)
    if not isinstance(message, dict) or not isinstance(message.get("id"), str):
        raise ValueError("the article is not a JSON object with a string id")
    return message
