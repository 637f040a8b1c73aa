"""Heartbeats: each long-running process promises, in Redis, when it will beat next.

A process that misses its own deadline is hung or dead: ``aggregator healthcheck`` (the
containers' healthcheck) and the dashboard read the promise. A deadline rather than a
last-seen time lets a process say "a crawl pass may take 30 minutes" without the checker
having to know.
"""

from __future__ import annotations

import socket

import redis

from aggregator.keys import Keys

#: Members dead this long are dropped at the next beat, so the set stays small.
FORGET_AFTER = 86400.0


def member(role: str, host: str | None = None) -> str:
    """The heartbeat's name: "schedule:HOST" (a container's host name is its id)."""
    return f"{role}:{host or socket.gethostname()}"


def beat(client: redis.Redis, keys: Keys, role: str, deadline: float) -> None:
    """This host's ``role`` process will beat again before ``deadline`` (epoch seconds)."""
    pipe = client.pipeline(transaction=False)
    pipe.zadd(keys.heartbeats, {member(role): deadline})
    pipe.zremrangebyscore(keys.heartbeats, "-inf", deadline - FORGET_AFTER)
    pipe.execute()


def deadline(client: redis.Redis, keys: Keys, role: str, host: str | None = None) -> float | None:
    """When this host's ``role`` process promised to beat again; None if it never did."""
    score = client.zscore(keys.heartbeats, member(role, host))
    return None if score is None else float(score)
