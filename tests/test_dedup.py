"""Repeats, updates and copies across sources, decided against one index in real Redis."""

from __future__ import annotations

import pytest
import redis

from aggregator.dedup.decision import apply, decide
from aggregator.dedup.index import Deduplicator, DedupParams
from aggregator.dedup.relink import relink
from aggregator.dedup.stories import Member, choose_original, read_story
from aggregator.keys import Keys
from aggregator.models import Article, Attribution, FeedEntry
from aggregator.stream.articles import decode, publish
from tests.textsite import real_texts


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return real_texts(6, min_words=300)


@pytest.fixture
def dedup(redis_client: redis.Redis, keys: Keys) -> Deduplicator:
    return Deduplicator(redis_client, keys, DedupParams(capacity=1000))


def test_recrawl_is_a_repeat_under_any_spelling(dedup: Deduplicator, texts: list[str]) -> None:
    first = Article(url="https://a.example/story", text=texts[0], source="a")
    assert dedup.check(first).kind == "new"
    for url in (
        "https://a.example/story?utm_source=rss",
        "http://www.a.example:80/story/#top",
        "https://a.example/story/amp",
    ):
        verdict = dedup.check(Article(url=url, text=texts[0], source="a"))
        assert (verdict.kind, verdict.article_id) == ("repeat", first.id), url
    assert dedup.is_known("https://A.example/story#top")
    assert not dedup.is_known("https://a.example/other")
    urls = ["https://a.example/other", "https://a.example/story/", "https://a.example/s2"]
    assert dedup.known_urls(urls) == {"https://a.example/story/"}


def test_amp_page_seen_first_then_canonical(dedup: Deduplicator, texts: list[str]) -> None:
    amp = Article(
        url="https://a.example/amp/s1",
        canonical_url="https://a.example/s1",
        text=texts[0][:2000],
        source="a",
    )
    assert dedup.check(amp).kind == "new"
    canonical = Article(url="https://a.example/s1", text=texts[0], source="a")
    assert dedup.check(canonical).kind == "repeat"


def test_changed_text_at_same_url_is_an_update(dedup: Deduplicator, texts: list[str]) -> None:
    first = Article(url="https://a.example/story", text=texts[0], source="a")
    dedup.check(first)
    changed = Article(url="https://a.example/story", text=texts[0] + " Correction: a fix.")
    verdict = dedup.check(changed)
    assert (verdict.kind, verdict.article_id, verdict.revision) == ("update", first.id, 2)
    assert verdict.story_id == first.id
    assert dedup.check(Article(url="https://a.example/story", text=changed.text)).kind == "repeat"


def test_same_guid_new_url_changed_text_is_an_update(dedup: Deduplicator, texts: list[str]) -> None:
    entry = FeedEntry(url="https://a.example/x", guid="tag:a.example,2024:42")
    first = Article(url="https://a.example/x", text=texts[1], source="a", feed_entry=entry)
    dedup.check(first)
    moved = Article(
        url="https://a.example/x-new-slug", text=texts[1] + " Update.", source="a", feed_entry=entry
    )
    assert dedup.check(moved).kind == "update"


def test_truncated_padded_copy_joins_the_story(dedup: Deduplicator, texts: list[str]) -> None:
    original = Article(
        url="https://orig.example/s",
        text=texts[2],
        source="orig",
        published="2024-05-01T10:00:00+00:00",
    )
    assert dedup.check(original).kind == "new"
    words = texts[2].split()
    copy_text = "Subscribe to our newsletter. " + " ".join(words[: int(len(words) * 0.6)])
    copy = Article(
        url="https://blog.example/p",
        text=copy_text + " Share this post.",
        source="blog",
        published="2024-05-01T12:00:00+00:00",
    )
    verdict = dedup.check(copy)
    assert (verdict.kind, verdict.duplicate_of, verdict.story_id) == (
        "copy",
        original.id,
        original.id,
    )
    other = Article(url="https://orig.example/t", text=texts[3], source="orig")
    assert dedup.check(other).kind == "new"


def test_credited_original_arriving_later_becomes_the_original(
    dedup: Deduplicator, redis_client: redis.Redis, keys: Keys, texts: list[str]
) -> None:
    credit = Attribution(original_publisher="Al Jazeera", credit_lines=("(Courtesy: Al-Jazeera)",))
    copy = Article(
        url="https://blog.example/p",
        text=texts[4],
        source="blog",
        published="2024-05-01T09:00:00+00:00",
        attribution=credit,
    )
    assert dedup.check(copy).kind == "new"
    original = Article(
        url="https://www.aljazeera.com/news/x",
        text=texts[4],
        source="aj",
        published="2024-05-01T11:00:00+00:00",
    )
    verdict = dedup.check(original)
    assert (verdict.kind, verdict.story_id, verdict.duplicate_of) == ("new", copy.id, None)
    story = read_story(redis_client, keys, original.id)
    assert story.story_id == copy.id
    assert [m.id for m in story.members] == [original.id, copy.id]
    assert story.members[0].original
    assert story.members[1].card["credit_lines"] == ["(Courtesy: Al-Jazeera)"]
    assert story.outlets == ["aljazeera.com", "blog.example"]


def test_same_text_same_source_other_url_is_a_repeat(dedup: Deduplicator, texts: list[str]) -> None:
    dedup.check(Article(url="https://a.example/news/1", text=texts[5], source="a"))
    assert (
        dedup.check(Article(url="https://a.example/world/1", text=texts[5], source="a")).kind
        == "repeat"
    )
    assert dedup.check(Article(url="https://b.example/1", text=texts[5], source="b")).kind == "copy"


def test_short_texts_match_exactly_only(dedup: Deduplicator) -> None:
    assert (
        dedup.check(Article(url="https://a.example/1", text="Breaking: storm", source="a")).kind
        == "new"
    )
    assert (
        dedup.check(Article(url="https://b.example/1", text="Breaking: storm", source="b")).kind
        == "copy"
    )
    assert (
        dedup.check(Article(url="https://c.example/1", text="Breaking: flood", source="c")).kind
        == "new"
    )


def _publish(dedup: Deduplicator, article: Article) -> str:
    """The crawl's path for one page: decide, publish, relink; the verdict's kind."""
    verdict = decide(dedup, article)
    if verdict.kind != "repeat":
        publish(dedup.client, dedup.keys, apply(article, verdict))
        relink(dedup.client, dedup.keys, article)
    return verdict.kind


def _messages(redis_client: redis.Redis, keys: Keys) -> list[dict[str, object]]:
    return [decode(fields) for _, fields in redis_client.xrange(keys.stream)]


def test_copy_with_canonical_to_the_original_first_keeps_both(
    dedup: Deduplicator, redis_client: redis.Redis, keys: Keys, texts: list[str]
) -> None:
    original_url = "https://news.example/world/story"
    copy = Article(
        url="https://blog.example/p/1",
        canonical_url=original_url,
        text="Shared from elsewhere.\n" + texts[0],
        source="blog",
    )
    assert _publish(dedup, copy) == "new"
    assert not dedup.is_known(original_url)  # a crawl still fetches the original
    original = Article(url=original_url, text=texts[0], source="news")
    assert _publish(dedup, original) == "new"
    first, second, update = _messages(redis_client, keys)
    assert (first["id"], second["id"]) == (copy.id, original.id)
    assert second["duplicate_of"] is None and second["story_id"] == copy.id
    assert (update["id"], update["event"], update["revision"]) == (copy.id, "update", 2)
    assert (update["duplicate_of"], update["story_id"]) == (original.id, copy.id)
    assert update["text"] == first["text"]


def test_same_site_canonical_still_collapses(dedup: Deduplicator, texts: list[str]) -> None:
    print_view = Article(
        url="https://news.example/print/7",
        canonical_url="https://www.news.example/world/7",
        text=texts[1],
        source="news",
    )
    assert dedup.check(print_view).kind == "new"
    assert dedup.is_known("https://news.example/world/7")
    again = Article(url="https://news.example/world/7", text=texts[1], source="news")
    assert dedup.check(again).kind == "repeat"


def test_late_original_relinks_every_copy_once(
    dedup: Deduplicator, redis_client: redis.Redis, keys: Keys, texts: list[str]
) -> None:
    words = texts[2].split()
    first = Article(url="https://a.example/1", text=" ".join(words[:-20]), source="a",
                    published="2024-05-01T12:00:00+00:00")  # fmt: skip
    second = Article(url="https://b.example/1", text=texts[2] + "\nShare this.", source="b",
                     published="2024-05-01T13:00:00+00:00")  # fmt: skip
    original = Article(url="https://orig.example/1", text=texts[2], source="orig",
                       published="2024-05-01T09:00:00+00:00")  # fmt: skip
    assert [_publish(dedup, a) for a in (first, second, original)] == ["new", "copy", "new"]
    messages = _messages(redis_client, keys)
    assert [(m["id"], m["event"]) for m in messages] == [
        (first.id, "new"), (second.id, "new"), (original.id, "new"),
        (first.id, "update"), (second.id, "update"),
    ]  # fmt: skip
    assert messages[1]["duplicate_of"] == first.id
    assert {m["duplicate_of"] for m in messages[3:]} == {original.id}
    assert {m["story_id"] for m in messages} == {first.id}
    # Each update is counted on its copy's source (aggregator_articles_relinked_total).
    assert [redis_client.hget(keys.source_health(s), "count:relinked") for s in "ab"] == ["1", "1"]
    # Nothing more to say: a re-crawl of the story relinks nobody again.
    assert relink(redis_client, keys, original) == []
    assert _publish(dedup, Article(url="https://orig.example/1", text=texts[2])) == "repeat"
    assert redis_client.xlen(keys.stream) == 5


def test_byte_identical_copy_on_another_site_is_its_own_article(
    dedup: Deduplicator, redis_client: redis.Redis, keys: Keys, texts: list[str]
) -> None:
    original = Article(url="https://orig.example/2", text=texts[3], source="orig")
    copy = Article(url="https://mirror.example/2", text=texts[3], source="mirror")
    assert [_publish(dedup, a) for a in (original, copy)] == ["new", "copy"]
    messages = _messages(redis_client, keys)
    assert [m["id"] for m in messages] == [original.id, copy.id]
    assert messages[1]["duplicate_of"] == original.id


def test_an_original_joins_the_stories_its_copies_started_apart(
    dedup: Deduplicator, redis_client: redis.Redis, keys: Keys, texts: list[str]
) -> None:
    # Two copies that share no text (each half of the original), as two crawler processes
    # see copies that arrive at the same moment: each starts a story of its own.
    words = texts[4].split()
    half = len(words) // 2
    first = Article(url="https://a.example/p", text=" ".join(words[:half]), source="a")
    second = Article(url="https://b.example/p", text=" ".join(words[half:]), source="b")
    assert [_publish(dedup, a) for a in (first, second)] == ["new", "new"]
    original = Article(url="https://orig.example/p", text=texts[4], source="orig",
                       published="2024-05-01T09:00:00+00:00")  # fmt: skip
    assert _publish(dedup, original) == "new"
    latest = {m["id"]: m for m in _messages(redis_client, keys)}
    assert {latest[a.id]["duplicate_of"] for a in (first, second)} == {original.id}
    assert {latest[a.id]["event"] for a in (first, second)} == {"update"}
    assert len({m["story_id"] for m in latest.values()}) == 1
    story = read_story(redis_client, keys, first.id)
    assert sorted(m.id for m in story.members) == sorted([first.id, second.id, original.id])


def test_the_same_guid_on_another_source_is_not_a_repeat(
    dedup: Deduplicator, texts: list[str]
) -> None:
    # A copy that kept the original's feed GUID (a syndication feed passes it on).
    guid = "tag:orig.example,2024:story-9"
    copy = Article(url="https://copy.example/9", text="Shared.\n" + texts[5], source="copy",
                   published="2024-05-01T10:00:00+00:00",
                   feed_entry=FeedEntry(url="https://copy.example/9", guid=guid))  # fmt: skip
    original = Article(url="https://orig.example/9", text=texts[5], source="orig",
                       published="2024-05-01T09:00:00+00:00",
                       feed_entry=FeedEntry(url="https://orig.example/9", guid=guid))  # fmt: skip
    assert dedup.check(copy).kind == "new"
    verdict = dedup.check(original)
    assert (verdict.kind, verdict.article_id, verdict.story_id, verdict.duplicate_of) == (
        "new", original.id, copy.id, None,
    )  # fmt: skip


def test_a_credit_naming_no_member_leaves_the_earliest_the_original() -> None:
    # A wire story on an outlet ("— AP"), and a later copy that cut the credit line.
    wire = Member(1, "wire", outlet="Daily Ledger", published=100.0, credited="ap")
    copy = Member(2, "copy", outlet="blog.example", published=200.0)
    assert choose_original([copy, wire]).id == "wire"
    # A copy crediting an edition's outlet by its short name finds that edition.
    edition = Member(3, "edition", outlet="Business Insider Deutschland", published=300.0)
    credited = Member(4, "credited", outlet="blog.example", published=50.0,
                      credited="businessinsider")  # fmt: skip
    assert choose_original([credited, edition]).id == "edition"
    ap_copy = Member(6, "y", outlet="apnews.com", published=400.0, credited="ap")
    assert choose_original([ap_copy, copy]).id == "copy"  # "ap" is no prefix of "apnews"
