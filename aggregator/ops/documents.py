"""The JSON documents of ``--json`` and ``aggregator serve``'s API, read from Redis.

One builder per document, so the CLI and the HTTP service say the same thing; their JSON
Schemas are in schema/ (status, sources, source, story).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import redis

from aggregator import __version__
from aggregator.config import Config
from aggregator.crawl.frontier import Frontier
from aggregator.dedup.stories import Story
from aggregator.ops.fleet import SourceReading, read_fleet
from aggregator.reasons import Reason
from aggregator.sources.health import NOT_DROPPED

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
    record: Mapping[str, Any],
    health: dict[str, str],
    due: float | None,
    lease: float | None,
    now: float,
) -> dict[str, Any]:
    """One source: its stored record (``Source`` fields), its state and health counters."""
    numbers = {k: int(health.get(k) or 0) for k in _NUMBERS}
    counters = _counters(health)
    counts = counters["count"]
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
        "skipped": counters["skipped"],
        "polls_by_outcome": counters["polls"],
        "next_due": None if disabled else iso(due),
    }


def _counters(health: Mapping[str, str]) -> dict[str, dict[str, int]]:
    """The health's "count:*", "skipped:*" and "polls:*" fields by kind, in one pass over
    the hash rather than one per kind (this runs for every source of every /api/status)."""
    found: dict[str, dict[str, int]] = {"count": {}, "skipped": {}, "polls": {}}
    for key, value in health.items():
        kind, colon, what = key.partition(":")
        if colon and kind in found:
            found[kind][what] = int(value)
    return found


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


def sources_documents(client: redis.Redis, config: Config, now: float) -> list[dict[str, Any]]:
    """Every source's document."""
    return _documents(read_fleet(client, config).sources, now)


def _documents(readings: list[SourceReading], now: float) -> list[dict[str, Any]]:
    return [source_document(r.record, r.health, r.due, r.lease, now) for r in readings]


def status_document(
    client: redis.Redis, config: Config, now: float, max_lag: int | None = None
) -> dict[str, Any]:
    """Everything ``aggregator status`` shows, and what is wrong (``problems``)."""
    fleet = read_fleet(client, config)
    document: dict[str, Any] = {
        "version": __version__,
        "generated_at": iso(now),
        "sources": _documents(fleet.sources, now),
        "stream": fleet.stream,
        "frontier": _frontier(client, config),
        "heartbeats": [
            {"name": name, "deadline": iso(deadline), "alive": deadline > now}
            for name, deadline in sorted(fleet.deadlines.items())
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


def _frontier(client: redis.Redis, config: Config) -> dict[str, int] | None:
    """The distributed frontier's counts, read on ``client``: they are numbers, so the
    caller's client (and its timeout) serves as well as a bytes one."""
    if not config.distributed:
        return None
    return Frontier(client, config.keys).counts()


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
