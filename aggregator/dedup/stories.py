"""Stories: the copies of one article across outlets, and which of them is the original."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

import redis

from aggregator.errors import UnknownStory as UnknownStory  # re-exported
from aggregator.keys import Keys
from aggregator.urls import SECOND_LEVEL_LABELS

_HOST_PREFIXES = ("www.", "amp.", "m.", "mobile.", "edition.")
#: Record fields a story needs of each member.
MEMBER_FIELDS = ("i", "p", "h", "cr", "cu", "uk", "q")


@dataclass(frozen=True)
class Member:
    """One article of a story as dedup recorded it."""

    short: int
    id: str
    outlet: str = ""
    published: float = math.inf
    credited: str = ""
    credited_url: str = ""
    url_key: str = ""
    seq: int = 0

    @classmethod
    def from_record(cls, short: int, values: Sequence[str | None]) -> Member:
        record = dict(zip(MEMBER_FIELDS, values, strict=True))
        return cls(
            short=short,
            id=record["i"] or "",
            outlet=record["h"] or "",
            published=float(record["p"]) if record["p"] else math.inf,
            credited=record["cr"] or "",
            credited_url=record["cu"] or "",
            url_key=record["uk"] or "",
            seq=int(record["q"] or 0),
        )


def outlet_label(name_or_host: str) -> str:
    """The name an outlet goes by, from a publisher name or a host: "Al Jazeera",
    "www.aljazeera.com" and "aljazeera.net" all give "aljazeera"."""
    text = name_or_host.strip().lower()
    if "." in text and " " not in text:
        for prefix in _HOST_PREFIXES:
            text = text.removeprefix(prefix)
        labels = text.split(".")[:-1] or [text]
        while len(labels) > 1 and labels[-1] in SECOND_LEVEL_LABELS:
            labels.pop()
        text = labels[-1]
    return re.sub(r"[^a-z0-9]", "", text.removeprefix("the "))


def epoch(iso: str | None) -> float:
    """Seconds since the epoch of an ISO 8601 time; infinity when absent or unreadable."""
    if not iso:
        return math.inf
    try:
        return datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return math.inf


def choose_original(members: list[Member]) -> Member:
    """Attribution first: a member whose URL another member credits, else one whose outlet
    another member credits ("Business Insider" names "Business Insider Deutschland" too);
    then the earliest published; then the first seen.

    A credit that names no member says where the text came from, not which member had it
    first: a wire story on an outlet ("— AP") and a copy of it that cut the credit line
    both come from the AP, and the outlet published first (issue 15)."""
    credited_urls = {m.credited_url for m in members if m.credited_url}
    credited = {m.credited for m in members if m.credited}
    by_url = [m for m in members if m.url_key and m.url_key in credited_urls]
    by_outlet = [m for m in members if _credited(outlet_label(m.outlet), credited)]
    pool = by_url or by_outlet or members
    return min(pool, key=lambda m: (m.published, m.seq))


#: A credit shorter than this names an outlet only in full ("ap" is not "apnews").
_MIN_PREFIX = 6


def _credited(label: str, credited: set[str]) -> bool:
    """Whether an outlet called ``label`` is one of the ``credited`` (or a longer name of
    one: an edition, "aljazeera" for "aljazeeraenglish")."""
    if label in credited:
        return True
    return any(len(c) >= _MIN_PREFIX and label.startswith(c) for c in credited)


@dataclass(frozen=True)
class StoryMember:
    """One article of a story, for display."""

    id: str
    outlet: str
    original: bool
    card: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Story:
    story_id: str
    members: tuple[StoryMember, ...]

    @property
    def outlets(self) -> list[str]:
        return sorted({m.outlet for m in self.members})


def read_story(client: redis.Redis, keys: Keys, some_id: str) -> Story:
    """The story ``some_id`` (a story id or the id of any of its articles) belongs to."""
    own = short_id(some_id)
    story_id = client.hget(keys.dedup_article(own), "s") or some_id
    story = client.hgetall(keys.dedup_story(str(story_id)))
    if not story and not client.exists(keys.dedup_article(own)):
        raise UnknownStory(f"no story or article {some_id!r} in the dedup index")
    members = {int(k): str(v) for k, v in story.items() if k not in ("i", "o")} or {own: ""}
    original = int(story.get("o", own))
    pipe = client.pipeline()
    for short in members:
        pipe.hmget(keys.dedup_article(short), ["i", "h"])
        pipe.get(keys.dedup_card(short))
    replies = pipe.execute()
    shown = []
    for n, short in enumerate(members):
        (article_id, host), card = replies[2 * n], replies[2 * n + 1]
        shown.append(
            StoryMember(
                str(article_id or "?"),
                str(host or members[short]),
                short == original,
                json.loads(card) if card else {},
            )
        )
    shown.sort(key=lambda m: (not m.original, str(m.card.get("published") or "")))
    return Story(str(story.get("i", story_id)), tuple(shown))


def short_id(article_id: str) -> int:
    """The signed 64-bit number dedup keys use for an article id (32 hex digits)."""
    value = int(article_id[:16], 16) if re.fullmatch(r"[0-9a-f]{16,}", article_id) else 0
    return value - (1 << 64) if value >= 1 << 63 else value
