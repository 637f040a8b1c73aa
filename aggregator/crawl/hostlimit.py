"""A per-host request rate shared by every crawler process: one Redis key per host."""

from __future__ import annotations

import redis

from aggregator.keys import Keys

# KEYS: the host's key. ARGV: interval (ms). Reserves the host's next free slot and returns
# how long (ms) the caller waits for it; Redis time, so worker clocks do not matter.
_RESERVE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local interval = tonumber(ARGV[1])
local at = math.max(now, tonumber(redis.call('GET', KEYS[1]) or '0'))
redis.call('SET', KEYS[1], at + interval, 'PX', at + interval - now + 1000)
return at - now
"""


class HostRateLimit:
    """At most one request per ``interval`` seconds to each host, across all workers.

    Each caller reserves the host's next free slot (a GCRA-like schedule kept in Redis) and
    waits until then: no polling, and fair between workers.
    """

    def __init__(self, client: redis.Redis, keys: Keys, interval: float) -> None:
        self.keys = keys
        self.interval_ms = round(interval * 1000)
        self._reserve = client.register_script(_RESERVE)

    def reserve(self, host: str) -> float:
        """Seconds to wait before requesting ``host`` (0.0 when it is free now)."""
        if self.interval_ms <= 0:
            return 0.0
        wait = self._reserve(keys=[self.keys.host_limit(host.lower())], args=[self.interval_ms])
        return int(wait) / 1000
