"""A crawler that dies between dedup and the publish loses nothing: the page's next fetch
is published, not dropped as a repeat of a record that never reached the stream."""

from __future__ import annotations

import asyncio

import pytest
import redis
from scrapy.exceptions import DropItem
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler

from aggregator.config import Config
from aggregator.dedup import decision
from aggregator.dedup.index import Deduplicator, DedupParams
from aggregator.keys import Keys
from aggregator.models import Article
from aggregator.sources.health import SourceHealth
from aggregator.stream.articles import decode, publish
from aggregator_scrapy.pipelines import dedup as dedup_pipeline
from aggregator_scrapy.pipelines.queue import QueuePipeline
from tests.textsite import real_texts


@pytest.fixture(scope="module")
def text() -> str:
    return real_texts(1, min_words=300)[0]


def _pipelines(
    config: Config, redis_client: redis.Redis, keys: Keys
) -> tuple[dedup_pipeline.DedupPipeline, QueuePipeline]:
    stats = MemoryStatsCollector(get_crawler())
    dedup = Deduplicator(redis_client, keys, DedupParams(capacity=1000))
    return (
        dedup_pipeline.DedupPipeline(stats, dedup, SourceHealth(redis_client, keys)),
        QueuePipeline(stats, config),
    )


def _through(pipelines: tuple[dedup_pipeline.DedupPipeline, QueuePipeline], item: Article) -> str:
    """Run ``item`` through dedup and publish; "published" or "dropped"."""

    async def run() -> str:
        try:
            checked = await pipelines[0].process_item(item)
        except DropItem:
            return "dropped"
        await pipelines[1].process_item(checked)
        return "published"

    return asyncio.run(run())


def test_a_recorded_but_unpublished_article_is_published_on_its_next_fetch(
    config: Config,
    redis_client: redis.Redis,
    keys: Keys,
    text: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(decision, "LOST_AFTER", 0.05)
    pipelines = _pipelines(config, redis_client, keys)
    page = Article(url="https://a.example/story", text=text, source="a")
    # A crawler records the article, then dies before publishing it.
    assert pipelines[0].dedup.check(page).kind == "new"
    assert redis_client.xlen(keys.stream) == 0

    refetched = Article(url="https://a.example/story", text=text, source="a")
    assert _through(pipelines, refetched) == "published"
    (entry,) = redis_client.xrange(keys.stream)
    assert entry[1]["id"] == page.id
    # Published now: the next fetch is a plain repeat again.
    again = Article(url="https://a.example/story", text=text, source="a")
    assert _through(pipelines, again) == "dropped"
    assert redis_client.xlen(keys.stream) == 1


def test_a_published_article_is_a_repeat_at_once(
    config: Config, redis_client: redis.Redis, keys: Keys, text: str
) -> None:
    pipelines = _pipelines(config, redis_client, keys)
    first = Article(url="https://a.example/story", text=text, source="a")
    assert _through(pipelines, first) == "published"
    second = Article(url="https://a.example/story?utm_source=x", text=text, source="a")
    assert _through(pipelines, second) == "dropped"
    assert redis_client.xlen(keys.stream) == 1


def test_a_relink_lost_with_its_crawler_is_made_by_the_next_fetch(
    config: Config, redis_client: redis.Redis, keys: Keys, text: str
) -> None:
    pipelines = _pipelines(config, redis_client, keys)
    copy = Article(url="https://blog.example/p", text="Shared.\n" + text, source="blog",
                   published="2024-05-01T12:00:00+00:00")  # fmt: skip
    assert _through(pipelines, copy) == "published"
    # The original arrives later; its crawler publishes it, then dies before the relink.
    original = Article(url="https://orig.example/s", text=text, source="orig",
                       published="2024-05-01T09:00:00+00:00")  # fmt: skip
    checked = asyncio.run(pipelines[0].process_item(original))
    publish(redis_client, keys, checked)
    assert [decode(f)["event"] for _, f in redis_client.xrange(keys.stream)] == ["new", "new"]

    # Any page of the story fetched again makes it: here the copy itself.
    refetched = Article(url="https://blog.example/p", text="Shared.\n" + text, source="blog")
    assert _through(pipelines, refetched) == "dropped"
    update = decode(redis_client.xrange(keys.stream)[-1][1])
    assert (update["id"], update["event"], update["duplicate_of"]) == (
        copy.id, "update", original.id,
    )  # fmt: skip
    again = Article(url="https://orig.example/s", text=text, source="orig")
    assert _through(pipelines, again) == "dropped"
    assert redis_client.xlen(keys.stream) == 3  # relinked once only
