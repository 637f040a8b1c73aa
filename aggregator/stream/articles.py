"""The article stream: producers append, consumer groups read, trimming spares the unread.

Retention policy (docs/consumers.md): the stream is trimmed only below the oldest entry
some consumer group still needs, so no group ever loses an entry it has not acknowledged;
``trim(max_length)`` keeps at most ``max_length`` entries *of those every group has
acknowledged*. Producers never wait for consumers: a lagging group only makes the stream
longer (Redis must run with ``maxmemory-policy noeviction`` and enough memory for it).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import redis
from redis.typing import EncodableT, FieldT

from aggregator.dedup.stories import short_id
from aggregator.keys import Keys
from aggregator.models import Article

#: Stream entry fields: the article JSON plus a few fields consumers filter on cheaply.
FIELD_ARTICLE = "article"

# Keeps the newest ARGV[1] entries, but never cuts at or above ARGV[2], the oldest entry
# a group still needs ("" when there is no group). Atomic, and no entry leaves the server.
_TRIM_SCRIPT = """
local excess = redis.call('XLEN', KEYS[1]) - tonumber(ARGV[1])
if excess <= 0 then return 0 end
local entries = redis.call('XRANGE', KEYS[1], '-', '+', 'COUNT', excess + 1)
local cut = entries[#entries][1]
if #entries <= excess then return 0 end
if ARGV[2] ~= '' then
    local cm, cs = string.match(cut, '(%d+)-(%d+)')
    local fm, fs = string.match(ARGV[2], '(%d+)-(%d+)')
    cm, cs, fm, fs = tonumber(cm), tonumber(cs), tonumber(fm), tonumber(fs)
    if fm < cm or (fm == cm and fs < cs) then cut = ARGV[2] end
end
return redis.call('XTRIM', KEYS[1], 'MINID', cut)
"""


# The entry, its source's "published" counter, and on dedup's record of the article (when
# dedup keeps one) the end of its unpublished mark and the entry's id, which a later
# relink copies (aggregator.dedup.relink). One script: the server runs all of it or, if
# the call never arrives, none (a crawler dying here loses nothing: see dedup.decision).
# KEYS: stream, source health, dedup record. ARGV: entry fields and values.
_PUBLISH_SCRIPT = """
local entry = redis.call('XADD', KEYS[1], '*', unpack(ARGV))
redis.call('HINCRBY', KEYS[2], 'count:published', 1)
if redis.call('EXISTS', KEYS[3]) == 1 then
    redis.call('HDEL', KEYS[3], 'u')
    redis.call('HSET', KEYS[3], 'e', entry)
end
return entry
"""


def publish(client: redis.Redis, keys: Keys, article: Article) -> str:
    """Append ``article`` to the stream, count it on its source and tell dedup's record
    it was published, atomically (the crawl's publish); return the entry id."""
    record = keys.dedup_article(short_id(article.id))
    fields = [str(v) for pair in entry_fields(article).items() for v in pair]
    script = client.register_script(_PUBLISH_SCRIPT)
    return str(script(keys=[keys.stream, keys.source_health(article.source or ""), record],
                      args=fields))  # fmt: skip


def publish_many(client: redis.Redis, keys: Keys, articles: Iterable[Article]) -> list[str]:
    """Append several articles in one round trip; their entry ids, in order."""
    pipe = client.pipeline(transaction=False)
    for article in articles:
        pipe.xadd(keys.stream, entry_fields(article))
    return [str(entry_id) for entry_id in pipe.execute()]


def decode(fields: dict[str, str]) -> dict[str, Any]:
    """The article message of one stream entry."""
    message: dict[str, Any] = json.loads(fields[FIELD_ARTICLE])
    return message


def ensure_group(client: redis.Redis, keys: Keys, group: str) -> None:
    """Create ``group`` at the stream's start (it reads the whole retained history)."""
    try:
        client.xgroup_create(keys.stream, group, id="0", mkstream=True)
    except redis.ResponseError as exc:
        if "BUSYGROUP" not in str(exc):
            raise


def oldest_needed(client: redis.Redis, keys: Keys) -> str | None:
    """The oldest entry id some group has not acknowledged yet (None: no group).

    Per group that is its oldest pending entry, or else the entry after the last one it
    was delivered. Both only move forward, so a stale answer is a safe one.
    """
    floors = []
    for group in group_infos(client, keys):
        pending = client.xpending(keys.stream, group["name"])
        if pending["pending"]:
            floors.append(str(pending["min"]))
        else:
            floors.append(next_id(group["last-delivered-id"]))
    return min(floors, key=id_tuple) if floors else None


def trim(client: redis.Redis, keys: Keys, max_length: int) -> int:
    """Trim to ``max_length`` entries, sparing every entry a group still needs; the
    number of entries removed."""
    floor = oldest_needed(client, keys) or ""
    return int(client.eval(_TRIM_SCRIPT, 1, keys.stream, max_length, floor))


def id_tuple(entry_id: str) -> tuple[int, int]:
    """A stream id as a tuple that sorts like the stream."""
    ms, _, seq = entry_id.partition("-")
    return int(ms), int(seq or 0)


def next_id(entry_id: str) -> str:
    """The smallest stream id after ``entry_id``."""
    ms, seq = id_tuple(entry_id)
    return f"{ms}-{seq + 1}"


def entry_fields(article: Article) -> dict[FieldT, EncodableT]:
    """The stream entry of ``article``: its JSON plus the fields consumers filter on."""
    return {
        "id": article.id,
        "event": article.event,
        "schema_version": str(article.schema_version),
        FIELD_ARTICLE: article.to_json(),
    }


def group_infos(client: redis.Redis, keys: Keys) -> list[dict[str, Any]]:
    """XINFO GROUPS of the stream; none before the stream exists."""
    try:
        groups: list[dict[str, Any]] = client.xinfo_groups(keys.stream)
    except redis.ResponseError:  # no stream yet
        return []
    return groups
