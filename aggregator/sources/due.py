"""The schedule in Redis: due times in a sorted set, claimed with expiring leases.

A claim moves a source's score to the lease's expiry and records the claimant's token, in
one Lua script, so two schedulers never claim the same source; when a scheduler dies, its
sources simply come due again at that expiry. Only the lease holder can reschedule.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import redis

from aggregator.keys import Keys

_CLAIM = """
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[3]))
for _, name in ipairs(due) do
  redis.call('ZADD', KEYS[1], ARGV[2], name)
  redis.call('HSET', KEYS[2], name, ARGV[4] .. ' ' .. ARGV[2])
end
return due
"""
# ARGV[3] == '' drops the source from the schedule (it was disabled); XX: a source removed
# while it was being crawled is not brought back.
_RELEASE = """
local lease = redis.call('HGET', KEYS[2], ARGV[1])
if not lease or string.find(lease, ARGV[2] .. ' ', 1, true) ~= 1 then return 0 end
if ARGV[4] == 'release' then
  redis.call('HDEL', KEYS[2], ARGV[1])
else
  redis.call('HSET', KEYS[2], ARGV[1], ARGV[2] .. ' ' .. ARGV[3])
end
if ARGV[3] == '' then
  redis.call('ZREM', KEYS[1], ARGV[1])
else
  redis.call('ZADD', KEYS[1], 'XX', ARGV[3], ARGV[1])
end
return 1
"""


def lease_expiries(raw: Mapping[Any, Any]) -> dict[str, float]:
    """Source name -> lease expiry, from the leases hash ("token expiry" values)."""
    return {str(k): float(str(v).split(" ")[1]) for k, v in raw.items()}


class ScheduleState:
    """Due times and leases of every source, shared by all schedulers on one Redis."""

    def __init__(self, client: redis.Redis, keys: Keys) -> None:
        self.client = client
        self.keys = keys
        self._claim = client.register_script(_CLAIM)
        self._release = client.register_script(_RELEASE)

    def sync(self, names: Iterable[str], now: float) -> None:
        """Schedule new sources now; forget those no longer active (removed or disabled)."""
        active = set(names)
        if active:
            self.client.zadd(self.keys.schedule_due, dict.fromkeys(active, now), nx=True)
        gone = set(self.due_times()) - active
        if gone:
            self.client.zrem(self.keys.schedule_due, *gone)

    def claim(self, token: str, now: float, until: float, limit: int) -> list[str]:
        """Lease up to ``limit`` sources due by ``now`` until ``until``; their names."""
        keys = [self.keys.schedule_due, self.keys.schedule_leases]
        return [str(n) for n in self._claim(keys=keys, args=[now, until, limit, token])]

    def renew(self, token: str, name: str, until: float) -> bool:
        """Extend a lease this token holds; False when it was lost (it expired and was taken)."""
        return self._call_release(token, name, until, "renew")

    def complete(self, token: str, name: str, due: float | None) -> bool:
        """Release the lease and set the next due time (None: drop the source from the schedule)."""
        return self._call_release(token, name, due, "release")

    def reschedule(self, name: str, due: float | None) -> None:
        """Set a due time outside any lease (a distributed worker after its poll); None
        drops the source. A source no longer scheduled (removed, disabled) stays out."""
        if due is None:
            self.client.zrem(self.keys.schedule_due, name)
        else:
            self.client.zadd(self.keys.schedule_due, {name: due}, xx=True)

    def due_times(self) -> dict[str, float]:
        pairs = self.client.zrange(self.keys.schedule_due, 0, -1, withscores=True)
        return {str(pair[0]): float(pair[1]) for pair in pairs}

    def leases(self) -> dict[str, float]:
        """Source name -> lease expiry, for sources some scheduler is crawling."""
        return lease_expiries(self.client.hgetall(self.keys.schedule_leases))

    def next_due(self) -> float | None:
        first = self.client.zrange(self.keys.schedule_due, 0, 0, withscores=True)
        return float(first[0][1]) if first else None

    def _call_release(self, token: str, name: str, when: float | None, mode: str) -> bool:
        keys = [self.keys.schedule_due, self.keys.schedule_leases]
        args = [name, token, "" if when is None else repr(when), mode]
        return bool(self._release(keys=keys, args=args))
