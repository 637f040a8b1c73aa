"""Late originals: copies already published learn their story's new original by an update."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass

import redis

from aggregator.dedup.stories import short_id
from aggregator.keys import Keys
from aggregator.models import Article
from aggregator.stream.articles import FIELD_ARTICLE

LOGGER = logging.getLogger(__name__)

# Publishes one relink update, unless another process relinked or updated the article since
# it was read (its original or its last entry changed): no update is ever sent twice.
# KEYS: stream, the article's dedup record, its source's health (counts the update).
# ARGV: duplicate_of read, entry read, new duplicate_of, new revision, entry fields...
_RELINK_SCRIPT = """
local now = redis.call('HMGET', KEYS[2], 'd', 'e')
if (now[1] or '') ~= ARGV[1] or (now[2] or '') ~= ARGV[2] then return false end
local entry = redis.call('XADD', KEYS[1], '*', unpack(ARGV, 5))
redis.call('HSET', KEYS[2], 'd', ARGV[3], 'e', entry, 'r', ARGV[4])
redis.call('HINCRBY', KEYS[3], 'count:relinked', 1)
return entry
"""


@dataclass(frozen=True)
class _Published:
    """What dedup's record says of one published member of a story."""

    short: int
    duplicate_of: str
    entry: str
    revision: int


def relink(client: redis.Redis, keys: Keys, article: Article) -> list[str]:
    """After ``article`` was published: each other published article of its story whose
    ``duplicate_of`` is no longer the story's original (an original that arrived after its
    copies, or a better-credited one) gets an ``event: "update"`` message carrying the new
    ``duplicate_of``; the ids of the articles relinked.

    Only an article in a story with others can change them: a lone new article costs
    nothing here. The update is the article's last message with the new link and a higher
    revision; an article whose last message was trimmed from the stream is skipped.
    """
    if article.duplicate_of is None and article.story_id in (None, article.id):
        return []
    return _relink(client, keys, article.story_id or article.id, article.id)


def _relink(client: redis.Redis, keys: Keys, story_id: str, own_id: str | None = None) -> list[str]:
    """``relink`` of the story ``story_id``; every member but ``own_id`` (just published)."""
    story = client.hgetall(keys.dedup_story(story_id))
    if "o" not in story:
        return []
    original = int(story["o"])
    original_id = _id_of(client, keys, original)
    own = short_id(own_id) if own_id else None
    members = [int(k) for k in story if k not in ("i", "o") and int(k) != own]
    relinked = []
    for member in _published(client, keys, members):
        wanted = "" if member.short == original else original_id
        if member.duplicate_of != wanted and _update(client, keys, member, story_id, wanted):
            relinked.append(member.short)
    return [_id_of(client, keys, short) for short in relinked]


def _published(client: redis.Redis, keys: Keys, shorts: list[int]) -> list[_Published]:
    pipe = client.pipeline(transaction=False)
    for short in shorts:
        pipe.hmget(keys.dedup_article(short), "d", "e", "r", "u")
    found = []
    for short, (duplicate_of, entry, revision, unpublished) in zip(
        shorts, pipe.execute(), strict=True
    ):
        if entry and not unpublished:  # not yet published: its own publish carries its link
            found.append(_Published(short, duplicate_of or "", entry, int(revision or 1)))
    return found


def _update(
    client: redis.Redis, keys: Keys, member: _Published, story_id: str, wanted: str
) -> bool:
    entries = client.xrange(keys.stream, member.entry, member.entry, count=1)
    if not entries:
        LOGGER.warning("relink: entry %s of a copy was trimmed; not relinked", member.entry)
        return False
    fields = {str(k): str(v) for k, v in (entries[0][1] or {}).items()}
    message = json.loads(fields[FIELD_ARTICLE])
    revision = max(int(message.get("revision") or 1), member.revision) + 1
    message.update(
        duplicate_of=wanted or None, story_id=story_id, event="update", revision=revision
    )
    fields.update(event="update", article=json.dumps(message, ensure_ascii=False,
                                                     separators=(",", ":")))  # fmt: skip
    args = [member.duplicate_of, member.entry, wanted, str(revision)]
    args += [str(v) for pair in fields.items() for v in pair]
    script = client.register_script(_RELINK_SCRIPT)
    health = keys.source_health(message.get("source") or "")
    return bool(script(keys=[keys.stream, keys.dedup_article(member.short), health], args=args))


def _id_of(client: redis.Redis, keys: Keys, short: int) -> str:
    return str(client.hget(keys.dedup_article(short), "i") or "")


def relink_published(client: redis.Redis, keys: Keys, article_id: str) -> list[str]:
    """``relink`` of the story of an article published before (a repeat of it was
    fetched), itself included: the relink a publication of the story may have missed, when
    its crawler died between the two."""
    # The article that started its story has no "s": the story bears its id.
    story_id = client.hget(keys.dedup_article(short_id(article_id)), "s") or article_id
    return _relink(client, keys, str(story_id))
