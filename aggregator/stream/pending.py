"""A consumer group's pending entries: delivery counts, hand-overs and the dead letters."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass

import redis

from aggregator.keys import Keys

logger = logging.getLogger(__name__)

#: Longest error text kept with a dead letter.
MAX_ERROR = 2000


@dataclass(frozen=True)
class Entry:
    """One stream entry as a consumer got it; ``fields`` is empty when it was deleted."""

    entry_id: str
    fields: dict[str, str]
    deliveries: int = 1


_FORGET = """
if #redis.call('XPENDING', KEYS[1], ARGV[1], '-', '+', 1, ARGV[2]) > 0 then return -1 end
return redis.call('XGROUP', 'DELCONSUMER', KEYS[1], ARGV[1], ARGV[2])
"""


class PendingEntries:
    """The pending entries list (PEL) of one consumer ``name`` in ``group``."""

    def __init__(self, client: redis.Redis, keys: Keys, group: str, name: str) -> None:
        self.client, self.keys, self.group, self.name = client, keys, group, name

    def with_deliveries(self, raw: Sequence[tuple[str, dict[str, str] | None]]) -> list[Entry]:
        """Entries redelivered to us, with XPENDING's count of their deliveries."""
        if not raw:
            return []
        ids = [entry_id for entry_id, _ in raw]
        rows = self.client.xpending_range(
            self.keys.stream,
            self.group,
            min=ids[0],
            max=ids[-1],
            count=len(ids),
            consumername=self.name,
        )
        counts = {row["message_id"]: int(row["times_delivered"]) for row in rows}
        return [Entry(i, fields or {}, counts.get(i, 1)) for i, fields in raw]

    def acknowledge(self, ids: Sequence[str]) -> None:
        if ids:
            self.client.xack(self.keys.stream, self.group, *ids)

    def keep(self, ids: Sequence[str]) -> None:
        """Reset the idle time of our entries, so no one reclaims them while we retry."""
        if ids:
            self.client.xclaim(self.keys.stream, self.group, self.name, 0, list(ids), justid=True)

    def dead_letter(self, entry: Entry, error: str) -> None:
        """Move ``entry`` to the dead-letter stream with its error, and acknowledge it."""
        logger.warning(
            "dead letter %s after %d deliveries: %s", entry.entry_id, entry.deliveries, error
        )
        pipe = self.client.pipeline(transaction=True)
        pipe.xadd(
            self.keys.dead_letter,
            {
                "entry_id": entry.entry_id,
                "group": self.group,
                "consumer": self.name,
                "deliveries": str(entry.deliveries),
                "error": error[:MAX_ERROR],
                "failed_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                "fields": json.dumps(entry.fields, ensure_ascii=False),
            },
        )
        pipe.xack(self.keys.stream, self.group, entry.entry_id)
        pipe.execute()

    def reclaimable_within(self, seconds: float, reclaim_after: float) -> bool:
        """True when some entry of the group is, or within ``seconds`` will be, idle for
        ``reclaim_after`` seconds (entries of a dead consumer waiting to be taken over)."""
        min_idle = max(0, int((reclaim_after - seconds) * 1000))
        rows = self.client.xpending_range(
            self.keys.stream, self.group, min="-", max="+", count=1, idle=min_idle
        )
        return bool(rows)

    def forget_idle(self, after: float) -> list[str]:
        """Remove from the group the other consumers idle for ``after`` seconds that hold
        no entry (dead ones: every run of ``consume`` has a fresh name); their names."""
        forgotten = []
        for info in self.client.xinfo_consumers(self.keys.stream, self.group):
            name = str(info["name"])
            if name == self.name or int(info["pending"]) or int(info["idle"]) < after * 1000:
                continue
            # DELCONSUMER drops a consumer's pending entries: the script deletes it only
            # if it still holds none, atomically (a live one that lost its name merely
            # gets it back on its next read).
            script = self.client.register_script(_FORGET)
            if script(keys=[self.keys.stream], args=[self.group, name]) == 0:
                forgotten.append(name)
        return forgotten
