"""The dashboard's recent stories: copies and credited republications near the end of the
stream, with their originals and the credit lines that linked them."""

from __future__ import annotations

import json
from typing import Any

import redis

from aggregator.dedup.stories import read_story
from aggregator.errors import UnknownStory
from aggregator.keys import Keys
from aggregator.ops.documents import story_document
from aggregator.stream.articles import FIELD_ARTICLE

#: Stream entries looked at, newest first, and stories shown.
LOOK_BACK = 500
SHOWN = 10


def recent_stories(client: redis.Redis, keys: Keys, shown: int = SHOWN) -> list[dict[str, Any]]:
    """The stories of the newest articles that copy another or credit another publisher,
    newest first, as documents."""
    story_ids: list[str] = []
    for _, fields in client.xrevrange(keys.stream, count=LOOK_BACK) or []:
        story_id = _republished_story(str((fields or {}).get(FIELD_ARTICLE) or ""))
        if story_id and story_id not in story_ids:
            story_ids.append(story_id)
            if len(story_ids) == shown:
                break
    stories = []
    for story_id in story_ids:
        try:
            stories.append(story_document(read_story(client, keys, story_id)))
        except UnknownStory:  # its dedup records expired; the stream outlives them
            continue
    return stories


def _republished_story(raw: str | None) -> str | None:
    """The story id of an article that duplicates another or credits another publisher
    (whose original may never have been crawled); None for an original."""
    try:
        message = json.loads(raw or "{}")
    except json.JSONDecodeError:
        return None
    if not isinstance(message, dict):
        return None
    attribution = message.get("attribution")
    credited = isinstance(attribution, dict) and attribution.get("original_publisher")
    if not message.get("duplicate_of") and not credited:
        return None
    story_id = message.get("story_id")
    return str(story_id) if story_id else None
