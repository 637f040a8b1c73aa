"""What ``aggregator status`` shows about the article stream and its consumer groups."""

from __future__ import annotations

from typing import Any

import redis

from aggregator.keys import Keys
from aggregator.stream.articles import group_infos

# Entries after a group's last-delivered id, counted inside Redis (Redis 6.2 has no
# XINFO lag field; 7.x leaves it null after an XDEL in the unread part).
_COUNT_AFTER = "return #redis.call('XRANGE', KEYS[1], '(' .. ARGV[1], '+')"


def queue_status(client: redis.Redis, keys: Keys) -> dict[str, Any]:
    """Stream length, dead letters, and per group: consumers, pending count and lag.

    ``lag`` is the number of entries the group has not been delivered yet; ``pending``
    the number delivered but not acknowledged.
    """
    groups = [_group_status(client, keys, group) for group in group_infos(client, keys)]
    return {
        "stream": keys.stream,
        "length": int(client.xlen(keys.stream)),
        "dead_letter": int(client.xlen(keys.dead_letter)),
        "groups": sorted(groups, key=lambda g: str(g["name"])),
    }


def _group_status(client: redis.Redis, keys: Keys, group: dict[str, Any]) -> dict[str, Any]:
    pending = client.xpending(keys.stream, group["name"])
    lag = group.get("lag")
    if lag is None:
        lag = client.eval(_COUNT_AFTER, 1, keys.stream, group["last-delivered-id"])
    return {
        "name": group["name"],
        "consumers": int(group["consumers"]),
        "pending": int(pending["pending"]),
        "lag": int(lag),
        "last_delivered_id": group["last-delivered-id"],
        "oldest_pending_id": pending["min"],
    }
