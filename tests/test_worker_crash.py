"""A crashed extraction worker: the pool is rebuilt and its pages retried, nothing else lost;
a page that kills its worker every time is dropped as ``worker_crashed``. Real processes."""

from __future__ import annotations

import asyncio
import functools
import os
import signal
import time
from pathlib import Path

import pytest
import redis
from scrapy.exceptions import DropItem
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler

from aggregator.keys import Keys
from aggregator.models import Article
from aggregator.sources.health import SourceHealth
from aggregator_scrapy.pipelines.processing import ProcessingPipeline
from tests.crashworker import crashing, held
from tests.test_processing import SEED_COPY

PAGES = 6


def page(path: str) -> Article:
    url = f"https://valleynotes.example{path}"
    return Article(url=url, source="notes", body=SEED_COPY.read_bytes(), content_type="text/html")


@pytest.fixture
def pipeline(redis_client: redis.Redis, keys: Keys) -> ProcessingPipeline:
    stats = MemoryStatsCollector(get_crawler())
    return ProcessingPipeline(stats, SourceHealth(redis_client, keys), workers=2)


async def _outcome(pipeline: ProcessingPipeline, article: Article) -> Article | str:
    try:
        return await pipeline.process_item(article)
    except DropItem as exc:
        return str(exc)


def test_a_killed_worker_loses_no_page(pipeline: ProcessingPipeline, tmp_path: Path) -> None:
    gate, pids = tmp_path / "gate", tmp_path / "pids"
    pids.mkdir()
    pipeline.work = functools.partial(held, gate=str(gate), pids=str(pids))

    async def crawl() -> list[Article | str]:
        await pipeline.open_spider()
        pages = [page(f"/{n}") for n in range(PAGES)]
        running = asyncio.gather(*(_outcome(pipeline, p) for p in pages))
        deadline = time.monotonic() + 60
        while len(os.listdir(pids)) < 2:  # both workers hold a page
            assert time.monotonic() < deadline, "the workers never took the pages"
            await asyncio.sleep(0.05)
        os.kill(int(os.listdir(pids)[0]), signal.SIGKILL)
        gate.touch()
        try:
            return await running
        finally:
            await pipeline.close_spider()

    outcomes = asyncio.run(crawl())

    assert [o.url if isinstance(o, Article) else o for o in outcomes] == [
        f"https://valleynotes.example/{n}" for n in range(PAGES)
    ]
    assert all(isinstance(o, Article) and "Balkhi" in o.text for o in outcomes)
    assert pipeline.stats.get_value("extraction/pool_rebuilt") == 1
    assert pipeline.stats.get_value("extraction/ok") == PAGES


def test_a_page_that_kills_every_worker_is_dropped_typed(
    pipeline: ProcessingPipeline, redis_client: redis.Redis, keys: Keys
) -> None:
    pipeline.work = crashing

    async def crawl() -> list[Article | str]:
        await pipeline.open_spider()
        try:
            crashed = await _outcome(pipeline, page("/crash"))
            return [crashed, await _outcome(pipeline, page("/after"))]
        finally:
            await pipeline.close_spider()

    crashed, after = asyncio.run(crawl())

    assert isinstance(crashed, str) and ": worker_crashed: " in crashed, crashed
    assert isinstance(after, Article) and "Balkhi" in after.text  # the rebuilt pool works
    assert pipeline.stats.get_value("extraction/failed/worker_crashed") == 1
    assert pipeline.stats.get_value("extraction/pool_rebuilt") == 2
    health = SourceHealth(redis_client, keys).get("notes")
    assert health.get("count:worker_crashed") == "1", health
