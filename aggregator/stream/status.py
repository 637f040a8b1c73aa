"""What ``aggregator status`` shows about the article stream and its consumer groups."""

from __future__ import annotations

from typing import Any

import redis
from redis.client import Pipeline

from aggregator.keys import Keys

# Entries after a group's last-delivered id, counted inside Redis (Redis 6.2 has no
# XINFO lag field; 7.x leaves it null after an XDEL in the unread part).
_COUNT_AFTER = "return #redis.call('XRANGE', KEYS[1], '(' .. ARGV[1], '+')"


def queue_status(client: redis.Redis, keys: Keys) -> dict[str, Any]:
    """Stream length, dead letters, and per group: consumers, pending count and lag.

    ``lag`` is the number of entries the group has not been delivered yet; ``pending``
    the number delivered but not acknowledged.
    """
    reading = QueueReading(keys)
    pipe = client.pipeline(transaction=False)
    reading.ask_stream(pipe)
    reading.ask_groups(pipe, pipe.execute(raise_on_error=False))
    return reading.status(pipe.execute())


class QueueReading:
    """``queue_status`` in two pipelined rounds, which a caller may share with other reads
    (``/metrics`` reads everything in two round trips): ``ask_stream``, then with its
    replies ``ask_groups``, then ``status`` of that round's replies."""

    #: Commands ``ask_stream`` queues.
    STREAM_COMMANDS = 3

    def __init__(self, keys: Keys) -> None:
        self.keys = keys
        self.length = self.dead_letter = 0
        self.groups: list[dict[str, Any]] = []

    def ask_stream(self, pipe: Pipeline) -> None:
        pipe.xlen(self.keys.stream)
        pipe.xlen(self.keys.dead_letter)
        pipe.xinfo_groups(self.keys.stream)

    def ask_groups(self, pipe: Pipeline, replies: list[Any]) -> None:
        """Queue each group's XPENDING summary (and its lag where XINFO has none)."""
        length, dead_letter, groups = replies
        for reply in (length, dead_letter):
            if isinstance(reply, Exception):
                raise reply
        self.length, self.dead_letter = int(length), int(dead_letter)
        # XINFO GROUPS fails before the stream exists: no group yet.
        self.groups = [] if isinstance(groups, redis.ResponseError) else groups
        for group in self.groups:
            pipe.xpending(self.keys.stream, group["name"])
            if group.get("lag") is None:
                pipe.eval(_COUNT_AFTER, 1, self.keys.stream, group["last-delivered-id"])

    def status(self, replies: list[Any]) -> dict[str, Any]:
        """The queue status from the replies of the commands ``ask_groups`` queued."""
        answers = iter(replies)
        groups = []
        for group in self.groups:
            pending = next(answers)
            lag = group.get("lag")
            if lag is None:
                lag = next(answers)
            groups.append(_group_status(group, pending, int(lag)))
        return {
            "stream": self.keys.stream,
            "length": self.length,
            "dead_letter": self.dead_letter,
            "groups": sorted(groups, key=lambda g: str(g["name"])),
        }


def _group_status(group: dict[str, Any], pending: dict[str, Any], lag: int) -> dict[str, Any]:
    return {
        "name": group["name"],
        "consumers": int(group["consumers"]),
        "pending": int(pending["pending"]),
        "lag": lag,
        "last_delivered_id": group["last-delivered-id"],
        "oldest_pending_id": pending["min"],
    }
