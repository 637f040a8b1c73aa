"""Repeats of an article under other spellings of its URL, shared through Redis."""

from __future__ import annotations

import redis

from aggregator.dedup import Deduplicator
from aggregator.keys import Keys
from aggregator.models import Article


def test_first_claimant_wins_and_repeats_point_to_it(redis_client: redis.Redis, keys: Keys) -> None:
    dedup = Deduplicator(redis_client, keys)
    first = Article(url="https://a.example/story")
    assert dedup.repeat_of(first) is None
    tracked = Article(url="https://a.example/story?utm_source=rss")
    assert dedup.repeat_of(tracked) == first.id
    recrawl = Article(url="https://a.example/story")
    assert dedup.repeat_of(recrawl) == first.id
    assert dedup.is_known("https://A.example/story#top")


def test_repeat_through_canonical_link(redis_client: redis.Redis, keys: Keys) -> None:
    dedup = Deduplicator(redis_client, keys)
    original = Article(url="https://a.example/story")
    assert dedup.repeat_of(original) is None
    amp = Article(url="https://a.example/amp/story", canonical_url="https://a.example/story")
    assert dedup.repeat_of(amp) == original.id
    other = Article(url="https://a.example/other")
    assert dedup.repeat_of(other) is None
