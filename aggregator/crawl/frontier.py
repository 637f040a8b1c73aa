"""The shared crawl frontier in Redis: feed messages, leased requests, live workers, seen window.

scrapy-redis pops a request and forgets it; here a pop leases it to a worker, and a lease whose
worker died (no heartbeat) or that outlived its deadline goes back to the queue on the next
``requeue_lost`` (every schedule pass, and every idle worker). All times are Redis server time,
so the clocks of the worker machines do not matter. Requests are opaque bytes to this module.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
from collections.abc import Iterable
from dataclasses import asdict

import redis

from aggregator.keys import Keys
from aggregator.sources.registry import Source

_NOW = "local t = redis.call('TIME') local now = tonumber(t[1]) + tonumber(t[2]) / 1000000 "

# KEYS: requests, inflight, leases, owners. ARGV: lease seconds, worker.
_POP = (
    _NOW
    + """
local popped = redis.call('ZPOPMIN', KEYS[1])
if #popped == 0 then return false end
local data, score = popped[1], popped[2]
local id = redis.sha1hex(data)
redis.call('HSET', KEYS[2], id, score .. ':' .. data)
redis.call('ZADD', KEYS[3], now + tonumber(ARGV[1]), id)
redis.call('HSET', KEYS[4], id, ARGV[2])
return {id, data}
"""
)

# KEYS: requests, inflight, leases, owners, workers. ARGV: a worker whose leases all go back.
_REQUEUE = (
    _NOW
    + """
redis.call('ZREMRANGEBYSCORE', KEYS[5], '-inf', now)
local moved = 0
local owners = redis.call('HGETALL', KEYS[4])
for i = 1, #owners, 2 do
  local id, worker = owners[i], owners[i + 1]
  local deadline = tonumber(redis.call('ZSCORE', KEYS[3], id) or '0')
  if worker == ARGV[1] or deadline < now or not redis.call('ZSCORE', KEYS[5], worker) then
    local entry = redis.call('HGET', KEYS[2], id)
    if entry then
      local sep = string.find(entry, ':', 1, true)
      local score = tonumber(string.sub(entry, 1, sep - 1))
      redis.call('ZADD', KEYS[1], score, string.sub(entry, sep + 1))
      moved = moved + 1
    end
    redis.call('HDEL', KEYS[2], id)
    redis.call('ZREM', KEYS[3], id)
    redis.call('HDEL', KEYS[4], id)
  end
end
return moved
"""
)

# KEYS: workers. ARGV: ttl seconds, worker.
_HEARTBEAT = _NOW + "redis.call('ZADD', KEYS[1], now + tonumber(ARGV[1]), ARGV[2])"

# KEYS: seen. ARGV: fingerprint, window seconds. 1 when seen within the window.
_SEEN = (
    _NOW
    + """
local window = tonumber(ARGV[2])
local at = redis.call('ZSCORE', KEYS[1], ARGV[1])
if at and tonumber(at) > now - window then return 1 end
redis.call('ZADD', KEYS[1], now, ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
return 0
"""
)

# KEYS: feeds. ARGV: messages; each is appended unless it is already waiting.
_ADD_FEEDS = """
local added = 0
for i = 1, #ARGV do
  if not redis.call('LPOS', KEYS[1], ARGV[i]) then
    redis.call('RPUSH', KEYS[1], ARGV[i])
    added = added + 1
  end
end
return added
"""


def new_worker_id() -> str:
    """host-pid-random: unique among the workers sharing one Redis."""
    return f"{socket.gethostname()}-{os.getpid()}-{secrets.token_hex(3)}"


def feed_message(source: Source) -> str:
    """The frontier message asking a worker to crawl ``source``'s feed."""
    return json.dumps({"source": asdict(source)}, sort_keys=True, ensure_ascii=False)


def source_of(message: bytes | str) -> Source:
    """The source a feed message names (raises ValueError/TypeError/SourceError if bad)."""
    return Source(**json.loads(message)["source"])


class Frontier:
    """One worker's (or one scheduler's) handle on the frontier keys.

    ``client`` must not decode responses: requests are bytes.
    """

    def __init__(self, client: redis.Redis, keys: Keys, worker: str = "") -> None:
        self.client = client
        self.keys = keys
        self.worker = worker
        self._pop = client.register_script(_POP)
        self._requeue = client.register_script(_REQUEUE)
        self._heartbeat = client.register_script(_HEARTBEAT)
        self._seen = client.register_script(_SEEN)
        self._add_feeds = client.register_script(_ADD_FEEDS)

    def _lease_keys(self) -> list[str]:
        k = self.keys
        return [k.frontier_requests, k.frontier_inflight, k.frontier_leases, k.frontier_owners]

    def add_feeds(self, sources: Iterable[Source]) -> int:
        """Ask the workers to crawl these sources; return how many were not waiting already."""
        messages = [feed_message(s) for s in sources]
        if not messages:
            return 0
        return int(self._add_feeds(keys=[self.keys.frontier_feeds], args=messages))

    def push(self, data: bytes, score: float, release: str | None = None) -> None:
        """Queue a serialized request; ``release`` is the lease it replaces (retry, redirect)."""
        pipe = self.client.pipeline(transaction=True)
        if release:
            self._drop_lease(pipe, release)
        pipe.zadd(self.keys.frontier_requests, {data: score})
        pipe.execute()

    def pop(self, lease_seconds: float) -> tuple[str, bytes] | None:
        """The most urgent request, leased to this worker: (lease id, data); None when empty."""
        popped = self._pop(keys=self._lease_keys(), args=[lease_seconds, self.worker])
        if not popped:
            return None
        lease, data = popped
        return (lease.decode() if isinstance(lease, bytes) else str(lease)), bytes(data)

    def ack(self, lease: str) -> None:
        """The leased request is done (its items published or dropped, or it failed for good)."""
        pipe = self.client.pipeline(transaction=True)
        self._drop_lease(pipe, lease)
        pipe.execute()

    def _drop_lease(self, pipe: redis.client.Pipeline, lease: str) -> None:
        pipe.hdel(self.keys.frontier_inflight, lease)
        pipe.zrem(self.keys.frontier_leases, lease)
        pipe.hdel(self.keys.frontier_owners, lease)

    def requeue_lost(self, worker: str = "") -> int:
        """Put back the requests of dead workers, expired leases and ``worker``'s leases."""
        keys = [*self._lease_keys(), self.keys.frontier_workers]
        return int(self._requeue(keys=keys, args=[worker]))

    def heartbeat(self, ttl: float) -> None:
        """This worker is alive for ``ttl`` more seconds."""
        self._heartbeat(keys=[self.keys.frontier_workers], args=[ttl, self.worker])

    def leave(self) -> int:
        """This worker stops: its leases go back to the queue; return how many."""
        moved = self.requeue_lost(self.worker)
        self.client.zrem(self.keys.frontier_workers, self.worker)
        return moved

    def seen(self, fingerprint: str, window: float) -> bool:
        """Whether ``fingerprint`` was enqueued within the last ``window`` seconds; marks it."""
        return bool(self._seen(keys=[self.keys.frontier_seen], args=[fingerprint, window]))

    def queued(self) -> int:
        return int(self.client.zcard(self.keys.frontier_requests))

    def counts(self) -> dict[str, int]:
        """Feed messages and requests waiting, requests in flight, live workers."""
        now = self.client.time()[0]
        k = self.keys
        pipe = self.client.pipeline(transaction=False)
        pipe.llen(k.frontier_feeds)
        pipe.zcard(k.frontier_requests)
        pipe.hlen(k.frontier_inflight)
        pipe.zcount(k.frontier_workers, now, "+inf")
        feeds, requests, inflight, workers = pipe.execute()
        return {"feeds": feeds, "requests": requests, "inflight": inflight, "workers": workers}

    def clear(self) -> None:
        """Forget every queued and leased request and the seen window (operator reset)."""
        k = self.keys
        self.client.delete(
            k.frontier_feeds, k.frontier_requests, k.frontier_seen, *self._lease_keys()[1:]
        )
