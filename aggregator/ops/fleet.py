"""What Redis holds about the fleet, read in two round trips for ``status``, the API and
``/metrics``: every source's record, health, due time and lease, the stream and its groups,
the processes' heartbeats and the pass histograms.

Round trips, not Redis's work, were most of a read at 1,000 sources: each is a wake-up of
Redis and of the reader, which on a busy machine waits for a core (issue 16).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, NamedTuple

import redis
from redis.client import Pipeline

from aggregator.config import Config
from aggregator.ops.passes import KINDS, histogram_of
from aggregator.sources.due import lease_expiries
from aggregator.stream.status import QueueReading


class SourceReading(NamedTuple):
    """What Redis holds about one source: its record as stored, health, due time, lease.
    A named tuple, made in half the time of a frozen dataclass: a thousand per scrape."""

    record: Mapping[str, Any]
    health: dict[str, str]
    due: float | None
    lease: float | None

    @property
    def name(self) -> str:
        return str(self.record["name"])


@dataclass(frozen=True)
class FleetReading:
    """One reading of the fleet: sources by name, the queue status (``queue_status``'s
    document), heartbeat deadlines by process, and pass histograms by kind."""

    sources: list[SourceReading]
    stream: dict[str, Any]
    deadlines: dict[str, float]
    histograms: dict[str, tuple[list[tuple[str, int]], float]]


def read_fleet(client: redis.Redis, config: Config) -> FleetReading:
    """Everything in two round trips: the keys whose names are known, then the sources'
    health hashes and the groups' pending summaries, whose names the first one gave."""
    keys = config.keys
    queue = QueueReading(keys)
    pipe = client.pipeline(transaction=False)
    pipe.hgetall(keys.sources)
    pipe.zrange(keys.schedule_due, 0, -1, withscores=True)
    pipe.hgetall(keys.schedule_leases)
    pipe.zrange(keys.heartbeats, 0, -1, withscores=True)
    for kind in KINDS:
        pipe.hgetall(keys.pass_histogram(kind))
    queue.ask_stream(pipe)
    first = pipe.execute(raise_on_error=False)
    _raise_errors(first[: -QueueReading.STREAM_COMMANDS])
    raw_records, due, leases, heartbeats, *histograms = first[: -QueueReading.STREAM_COMMANDS]
    records = _records(raw_records)
    health_keys = [keys.source_health(r["name"]) for r in records]
    chunks = _ask_hashes(pipe, health_keys)
    queue.ask_groups(pipe, first[-QueueReading.STREAM_COMMANDS :])
    second = pipe.execute(raise_on_error=False)
    healths = _hashes(client, health_keys, second[:chunks])
    due_times, expiries = {str(m): float(s) for m, s in due}, lease_expiries(leases)
    return FleetReading(
        sources=[
            SourceReading(r, h, due_times.get(r["name"]), expiries.get(r["name"]))
            for r, h in zip(records, healths, strict=True)
        ],
        stream=queue.status(_raise_errors(second[chunks:])),
        deadlines={str(m): float(s) for m, s in heartbeats},
        histograms={kind: histogram_of(raw) for kind, raw in zip(KINDS, histograms, strict=True)},
    )


def _raise_errors(replies: list[Any]) -> list[Any]:
    for reply in replies:
        if isinstance(reply, Exception):
            raise reply
    return replies


#: Parsed records by their stored JSON, as the last reading found them: the same string
#: parses to the same record, so a parse kept is never stale, and parsing 1,000 records
#: again at each scrape was a sixth of ``/metrics``. Read-only views: they are shared.
_parsed: dict[str, Mapping[str, Any]] = {}


def _records(raw: dict[str, str]) -> list[Mapping[str, Any]]:
    """The stored records by name, as stored: the registry validated them on the way in,
    and at 1,000 sources validating them again would be a third of a /metrics scrape."""
    global _parsed
    known = _parsed
    _parsed = {v: known.get(v) or MappingProxyType(json.loads(v)) for v in raw.values()}
    return sorted(_parsed.values(), key=lambda r: str(r["name"]))


#: Every hash of KEYS in one reply: a third of the CPU of a pipeline of HGETALLs in
#: redis-py at 1,000 sources (the client's per-command cost, not Redis's).
_HGETALL_MANY = """
local out = {}
for i, key in ipairs(KEYS) do out[i] = redis.call('HGETALL', key) end
return out
"""
#: Keys per script call, so Redis is never held for long.
_CHUNK = 1000


def _ask_hashes(pipe: Pipeline, keys: list[str]) -> int:
    """Queue the script over ``keys`` in chunks; returns how many calls were queued."""
    starts = range(0, len(keys), _CHUNK)
    for start in starts:
        chunk = keys[start : start + _CHUNK]
        pipe.eval(_HGETALL_MANY, len(chunk), *chunk)
    return len(starts)


def _hashes(client: redis.Redis, keys: list[str], replies: list[Any]) -> list[dict[str, str]]:
    """The hashes from the script's replies. On Redis Cluster the keys span slots and a
    script may not touch them together (CROSSSLOT): there, one pipelined HGETALL each."""
    if any(isinstance(reply, redis.ResponseError) for reply in replies):
        pipe = client.pipeline(transaction=False)
        for key in keys:
            pipe.hgetall(key)
        return list(pipe.execute())
    flats = [flat for reply in replies for flat in reply]
    return [dict(zip(flat[::2], flat[1::2], strict=True)) for flat in flats]
