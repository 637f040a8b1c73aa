"""The article stream: producers append, consumer groups read."""

from __future__ import annotations

import json
from typing import Any

import redis

from aggregator.keys import Keys
from aggregator.models import Article

#: Stream entry fields: the article JSON plus a few fields consumers filter on cheaply.
FIELD_ARTICLE = "article"


def publish(client: redis.Redis, keys: Keys, article: Article) -> str:
    """Append ``article`` to the stream; return the entry id."""
    fields: dict[str | bytes, str | bytes] = {
        "id": article.id,
        "event": article.event,
        "schema_version": str(article.schema_version),
        FIELD_ARTICLE: article.to_json(),
    }
    return str(client.xadd(keys.stream, fields))  # type: ignore[arg-type]


def decode(fields: dict[str, str]) -> dict[str, Any]:
    """The article message of one stream entry."""
    message: dict[str, Any] = json.loads(fields[FIELD_ARTICLE])
    return message
