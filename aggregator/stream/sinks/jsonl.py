"""A JSON lines file: one article per line, appended batch by batch."""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Sequence
from pathlib import Path

from aggregator.stream.sinks.base import Message, MessageRejected, SinkUnavailable
from aggregator.stream.sinks.stdout import _line

#: How much of an existing file's end is read at start-up to recognise redeliveries.
TAIL_BYTES = 64 * 1024 * 1024
#: How many recent (id, revision) keys are remembered to skip redeliveries.
REMEMBER = 200_000

Key = tuple[str, int]


class JsonlSink:
    """Appends each batch with one write and an fsync; a failed write is cut off again.

    A write that fails (disk full, file too large, I/O error) is the store's fault:
    ``SinkUnavailable``, the batch stays pending and is retried. Only a message that cannot
    be encoded is ``MessageRejected``.

    A consumer killed after writing a batch but before acknowledging it gets that batch
    redelivered to its successor. So that such a redelivery is harmless, the sink reads
    the (id, revision) of the articles at the end of an existing file when it opens,
    remembers those it writes (the last ``REMEMBER``), and skips messages it already
    holds; it also cuts off a last line left incomplete by a kill in mid-write. This
    covers one consumer per file: concurrent consumers should write to one file each
    (or to PostgreSQL, which upserts).
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o644)
        self._stored = _repair_and_index(self._fd)

    def write(self, messages: Sequence[Message]) -> None:
        fresh = {}
        for message in messages:
            key = _key(message)
            if key not in self._stored:
                fresh[key] = message
        if not fresh:
            return
        data = b"".join(_encoded(m) for m in fresh.values())
        end = os.lseek(self._fd, 0, os.SEEK_END)
        try:
            if os.write(self._fd, data) != len(data):
                raise OSError("short write (disk full?)")
            os.fsync(self._fd)
        except OSError as exc:
            # All or nothing: no half batch stays behind (if even the cut fails, the next
            # open cuts the incomplete line and the redelivery skips the complete ones).
            with contextlib.suppress(OSError):
                os.ftruncate(self._fd, end)
            raise SinkUnavailable(f"cannot write {self.path}: {exc}") from exc
        self._remember(fresh)

    def close(self) -> None:
        os.close(self._fd)

    def _remember(self, keys: dict[Key, Message]) -> None:
        self._stored.update(dict.fromkeys(keys))
        while len(self._stored) > REMEMBER:
            del self._stored[next(iter(self._stored))]


def _encoded(message: Message) -> bytes:
    """The message's line; MessageRejected for one that cannot be written as UTF-8 JSON
    (a lone surrogate), the only fault a file can blame on the data."""
    try:
        return _line(message).encode("utf-8")
    except (UnicodeError, ValueError, TypeError) as exc:
        raise MessageRejected(f"cannot write {message.get('id')!r} as JSON: {exc}") from exc


def _key(message: Message) -> Key:
    return (str(message.get("id")), int(message.get("revision") or 1))


def _repair_and_index(fd: int) -> dict[Key, None]:
    """Cut an incomplete last line off the file; the (id, revision) of its tail's lines."""
    size = os.lseek(fd, 0, os.SEEK_END)
    start = max(0, size - TAIL_BYTES)
    tail = os.pread(fd, size - start, start)
    complete = tail.rfind(b"\n") + 1
    if complete < len(tail):
        os.ftruncate(fd, start + complete)
    lines = tail[:complete].splitlines()
    if start > 0 and lines:
        lines = lines[1:]  # the first line read is probably cut at its start
    stored: dict[Key, None] = {}
    for line in lines[-REMEMBER:]:
        try:
            stored[_key(json.loads(line))] = None
        except (ValueError, AttributeError, TypeError):
            continue  # not ours to judge: another writer's line
    return stored
