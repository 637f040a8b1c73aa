"""Copies of one story checked at the same moment (two threads of a crawl, or two crawlers
scaled out on one Redis) leave the story with the original each would have chosen alone."""

from __future__ import annotations

import threading
import time

import pytest
import redis

import aggregator.dedup.index as index
from aggregator.dedup.index import Deduplicator, DedupParams, Verdict
from aggregator.dedup.stories import Member, read_story
from aggregator.keys import Keys
from aggregator.models import Article
from tests.textsite import real_texts


@pytest.fixture(scope="module")
def text() -> str:
    return real_texts(1, min_words=300)[0]


@pytest.fixture
def dedup(redis_client: redis.Redis, keys: Keys) -> Deduplicator:
    return Deduplicator(redis_client, keys, DedupParams(capacity=1000))


def check_at_once(
    dedup: Deduplicator, first: Article, second: Article, monkeypatch: pytest.MonkeyPatch
) -> dict[str, Verdict]:
    """Check both articles in two threads that have each read the story before either
    writes; ``second`` writes last (the order in which a lost write shows)."""
    both_read = threading.Barrier(2, timeout=10)
    real = index.choose_original
    waited: set[int] = set()

    def after_both_read(members: list[Member]) -> Member:
        chosen = real(members)
        if threading.get_ident() not in waited:  # the first read of each thread only
            waited.add(threading.get_ident())
            both_read.wait()
            if any(m.id == second.id for m in members):
                time.sleep(0.3)
        return chosen

    monkeypatch.setattr(index, "choose_original", after_both_read)
    verdicts: dict[str, Verdict] = {}
    threads = [
        threading.Thread(target=lambda a=a: verdicts.__setitem__(a.id, dedup.check(a)))
        for a in (first, second)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=20)
    return verdicts


def test_the_true_original_wins_when_a_copy_joins_at_the_same_moment(
    dedup: Deduplicator,
    redis_client: redis.Redis,
    keys: Keys,
    text: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    early_copy = Article(url="https://a.example/1", text=text, source="a",
                         published="2024-05-01T12:00:00+00:00")  # fmt: skip
    assert dedup.check(early_copy).kind == "new"
    original = Article(url="https://orig.example/1", text=text, source="orig",
                       published="2024-05-01T09:00:00+00:00")  # fmt: skip
    late_copy = Article(url="https://b.example/1", text=text + "\nShare this.", source="b",
                        published="2024-05-01T13:00:00+00:00")  # fmt: skip
    verdicts = check_at_once(dedup, original, late_copy, monkeypatch)
    assert verdicts[original.id].duplicate_of is None
    story = read_story(redis_client, keys, early_copy.id)
    assert sorted(m.id for m in story.members) == sorted([early_copy.id, original.id, late_copy.id])
    assert [m.id for m in story.members if m.original] == [original.id]
    # Its record says what its story says: the relink after publishing reads them.
    assert verdicts[late_copy.id].duplicate_of == original.id
