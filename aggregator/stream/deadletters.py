"""The dead-letter stream: list what failed, put entries back on the article stream, drop them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import redis

from aggregator.errors import InvalidInput
from aggregator.keys import Keys


@dataclass(frozen=True)
class DeadLetter:
    """One dead-letter entry: ``dead_id`` in the dead-letter stream, the original
    ``entry_id`` and ``fields`` of the article stream entry, and why it failed."""

    dead_id: str
    entry_id: str
    group: str
    deliveries: int
    error: str
    failed_at: str
    fields: dict[str, str]

    @property
    def url(self) -> str:
        try:
            article: dict[str, Any] = json.loads(self.fields.get("article", ""))
        except ValueError:
            return ""
        return str(article.get("url") or "") if isinstance(article, dict) else ""


def dead_letters(client: redis.Redis, keys: Keys, ids: list[str] | None = None) -> list[DeadLetter]:
    """Every dead letter, oldest first, or those with the given ids (unknown ids: an error)."""
    if not ids:
        return [_letter(entry) for entry in _range(client, keys, "-", "+")]
    letters = []
    for dead_id in ids:
        found = _range(client, keys, dead_id, dead_id) if _valid(dead_id) else []
        if not found:
            raise InvalidInput(f"no dead letter {dead_id!r} in {keys.dead_letter}")
        letters.append(_letter(found[0]))
    return letters


def replay(client: redis.Redis, keys: Keys, letters: list[DeadLetter]) -> list[str]:
    """Put each entry back on the article stream (every group reads it again: sinks upsert
    by id, so the groups that stored it are unaffected) and remove it from the dead letters,
    each in one transaction. The new stream ids, in order."""
    new_ids = []
    for letter in letters:
        pipe = client.pipeline(transaction=True)
        pipe.xadd(keys.stream, letter.fields)  # type: ignore[arg-type]
        pipe.xdel(keys.dead_letter, letter.dead_id)
        new_ids.append(str(pipe.execute()[0]))
    return new_ids


def drop(client: redis.Redis, keys: Keys, letters: list[DeadLetter]) -> int:
    """Delete the dead letters for good; how many were deleted."""
    if not letters:
        return 0
    return int(client.xdel(keys.dead_letter, *(letter.dead_id for letter in letters)))


def _range(client: redis.Redis, keys: Keys, first: str, last: str) -> list[Any]:
    return list(client.xrange(keys.dead_letter, first, last) or [])


def _letter(entry: Any) -> DeadLetter:
    dead_id, data = entry[0], dict(entry[1])
    try:
        fields = json.loads(data.get("fields") or "{}")
    except ValueError:
        fields = {}
    return DeadLetter(
        dead_id=str(dead_id),
        entry_id=data.get("entry_id", ""),
        group=data.get("group", ""),
        deliveries=int(data.get("deliveries") or 0),
        error=data.get("error", ""),
        failed_at=data.get("failed_at", ""),
        fields={str(k): str(v) for k, v in fields.items()} if isinstance(fields, dict) else {},
    )


def _valid(dead_id: str) -> bool:
    first, _, second = dead_id.partition("-")
    return first.isdigit() and (not second or second.isdigit())
