"""The JSON documents of ``--json`` and ``aggregator serve``'s API, read from Redis.

One builder per document, so the CLI and the HTTP service say the same thing; their JSON
Schemas are in schema/ (status, sources, source, story).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import redis

from aggregator import __version__
from aggregator.config import Config
from aggregator.crawl.distributed import frontier_client
from aggregator.crawl.frontier import Frontier
from aggregator.dedup.stories import Story
from aggregator.ops.heartbeat import all_deadlines
from aggregator.reasons import Reason
from aggregator.sources.due import ScheduleState
from aggregator.sources.health import NOT_DROPPED
from aggregator.stream.status import queue_status

#: Typed reasons of a failed poll (a feed's fetch, its parse, or a crawl that never
#: reported); every other count:* but NOT_DROPPED is a page that gave no article
#: (bot_wall, paywall, article_fetch_failed, ...).
POLL_FAILURES: frozenset[str] = frozenset(
    {
        Reason.DNS, Reason.TIMEOUT, Reason.CONNECTION, Reason.HTTP, Reason.BLOCKED,
        Reason.REFUSED, Reason.REFUSED_ADDRESS, Reason.REFUSED_SCHEME, Reason.TOO_LARGE,
        Reason.TOO_MANY_REDIRECTS, Reason.IGNORED, Reason.FETCH_FAILED, Reason.PARSE,
        Reason.CRAWLER,
    }
)  # fmt: skip
#: Health fields shown as numbers.
_NUMBERS = ("polls", "unchanged_polls", "consecutive_failures", "last_entries")


def iso(epoch: float | None) -> str | None:
    return (
        None if epoch is None else datetime.fromtimestamp(epoch, UTC).isoformat(timespec="seconds")
    )


def source_document(
    record: dict[str, Any],
    health: dict[str, str],
    due: float | None,
    lease: float | None,
    now: float,
) -> dict[str, Any]:
    """One source: its stored record (``Source`` fields), its state and health counters."""
    numbers = {k: int(health.get(k) or 0) for k in _NUMBERS}
    counts = {k.removeprefix("count:"): int(v) for k, v in health.items() if k.startswith("count:")}
    changed = numbers["polls"] - numbers["unchanged_polls"]
    published = counts.get("published", 0)
    last_status = health.get("last_status") or None
    disabled = bool(record.get("disabled"))
    return {
        **record,
        "state": source_state(disabled, last_status, lease, now),
        "failing": failing(disabled, last_status, numbers["consecutive_failures"]),
        "last_status": last_status,
        "last_poll": health.get("last_poll") or None,
        "last_success": health.get("last_success") or None,
        "last_error": health.get("last_error") or None,
        "last_error_at": health.get("last_error_at") or None,
        **numbers,
        "published": published,
        "articles_per_crawl": round(published / changed, 2) if changed else None,
        "poll_failures": {k: v for k, v in counts.items() if k in POLL_FAILURES},
        "dropped": {
            k: v for k, v in counts.items() if k not in POLL_FAILURES and k not in NOT_DROPPED
        },
        "skipped": {
            k.removeprefix("skipped:"): int(v)
            for k, v in health.items()
            if k.startswith("skipped:")
        },
        "polls_by_outcome": {
            k.removeprefix("polls:"): int(v) for k, v in health.items() if k.startswith("polls:")
        },
        "next_due": None if disabled else iso(due),
    }


def source_state(disabled: bool, last_status: str | None, lease: float | None, now: float) -> str:
    if disabled:
        return "disabled"
    if lease is not None and lease > now:
        return "crawling"
    return last_status or "new"


def failing(disabled: bool, last_status: str | None, failures: int) -> bool:
    """Failing or backing off; a disabled source only when an error disabled it (410 Gone),
    not when the operator paused it."""
    if disabled:
        return last_status == "gone"
    return failures > 0 or last_status in ("error", "gone")


@dataclass(frozen=True)
class SourceReading:
    """What Redis holds about one source: its record as stored, health, due time, lease."""

    record: dict[str, Any]
    health: dict[str, str]
    due: float | None
    lease: float | None

    @property
    def name(self) -> str:
        return str(self.record["name"])


def read_sources(client: redis.Redis, config: Config) -> list[SourceReading]:
    """Every source, by name, with one round trip per kind of key. The records are read as
    stored, not re-validated into ``Source``: the registry checked them on the way in, and
    at 1,000 sources validation would be a third of a /metrics scrape."""
    raw = client.hgetall(config.keys.sources)
    records = sorted((json.loads(v) for v in raw.values()), key=lambda r: str(r["name"]))
    state = ScheduleState(client, config.keys)
    due, leases = state.due_times(), state.leases()
    healths = read_hashes(client, [config.keys.source_health(r["name"]) for r in records])
    return [
        SourceReading(r, h, due.get(r["name"]), leases.get(r["name"]))
        for r, h in zip(records, healths, strict=True)
    ]


#: Every hash of KEYS in one reply: a third of the CPU of a pipeline of HGETALLs in
#: redis-py at 1,000 sources (the client's per-command cost, not Redis's).
_HGETALL_MANY = """
local out = {}
for i, key in ipairs(KEYS) do out[i] = redis.call('HGETALL', key) end
return out
"""
#: Keys per script call, so Redis is never held for long.
_CHUNK = 1000


def read_hashes(client: redis.Redis, keys: list[str]) -> list[dict[str, str]]:
    """HGETALL of every key, in order. On Redis Cluster the keys span slots and a script
    may not touch them together: there, one pipelined HGETALL each."""
    try:
        replies = []
        for start in range(0, len(keys), _CHUNK):
            chunk = keys[start : start + _CHUNK]
            replies += client.eval(_HGETALL_MANY, len(chunk), *chunk)
        return [dict(zip(flat[::2], flat[1::2], strict=True)) for flat in replies]
    except redis.ResponseError:  # CROSSSLOT
        pipe = client.pipeline(transaction=False)
        for key in keys:
            pipe.hgetall(key)
        return list(pipe.execute())


def sources_documents(client: redis.Redis, config: Config, now: float) -> list[dict[str, Any]]:
    """Every source's document."""
    return [
        source_document(r.record, r.health, r.due, r.lease, now)
        for r in read_sources(client, config)
    ]


def status_document(
    client: redis.Redis, config: Config, now: float, max_lag: int | None = None
) -> dict[str, Any]:
    """Everything ``aggregator status`` shows, and what is wrong (``problems``)."""
    sources = sources_documents(client, config, now)
    queue = queue_status(client, config.keys)
    document: dict[str, Any] = {
        "version": __version__,
        "generated_at": iso(now),
        "sources": sources,
        "stream": queue,
        "frontier": _frontier(config),
        "heartbeats": [
            {"name": name, "deadline": iso(deadline), "alive": deadline > now}
            for name, deadline in sorted(all_deadlines(client, config.keys).items())
        ],
    }
    document["problems"] = problems(document, max_lag)
    return document


def problems(document: dict[str, Any], max_lag: int | None) -> list[str]:
    """One line per failing source and per consumer group lagging past ``max_lag``."""
    found = [
        f"source {s['name']}: {s['last_error'] or s['state']}"
        for s in document["sources"]
        if s["failing"]
    ]
    if max_lag is not None:
        found += [
            f"group {g['name']}: lag {g['lag']} > {max_lag}"
            for g in document["stream"]["groups"]
            if g["lag"] > max_lag
        ]
    return found


def _frontier(config: Config) -> dict[str, int] | None:
    if not config.distributed:
        return None
    return Frontier(frontier_client(config), config.keys).counts()


def story_document(story: Story) -> dict[str, Any]:
    """A story: its original first, then every copy, each with what linked it."""
    return {
        "story_id": story.story_id,
        "outlets": story.outlets,
        "members": [
            {
                "id": m.id,
                "outlet": m.outlet,
                "role": "original" if m.original else "copy",
                "url": m.card.get("url"),
                "title": m.card.get("title"),
                "source": m.card.get("source"),
                "published": m.card.get("published"),
                "original_publisher": m.card.get("original_publisher"),
                "credit_lines": _strings(m.card.get("credit_lines")),
            }
            for m in story.members
        ],
    }


def _strings(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else []
