"""A Redis of our own stopped mid-crawl: a short outage is ridden out, one for good ends the
crawl non-zero in one line, and nothing is marked seen that was not published."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import redis

from aggregator.keys import Keys
from aggregator.sources.registry import Source, SourceRegistry
from tests.fixtures_consumer import wait_for
from tests.sites import Site, news_site, site
from tests.test_consumer_faults import own_redis

__all__ = ["own_redis", "site"]

ARTICLES = 40
#: One host, a pause between its requests: the crawl lasts a few seconds, long enough to cut.
SETTINGS = """
from aggregator_scrapy.settings.development import *  # noqa: F403
DOWNLOAD_DELAY = 0.15
DOWNLOAD_DELAY_JITTER = 0
RETRY_TIMES = 0
EXTRACTION_WORKERS = 1
REDIS_PATIENCE = {patience}
"""

Redis = tuple[str, Callable[[], subprocess.Popen[bytes]]]


def crawl(env: dict[str, str], tmp_path: Path, patience: float) -> subprocess.Popen[str]:
    settings = tmp_path / "settings"
    settings.mkdir(exist_ok=True)
    (settings / "outage_settings.py").write_text(SETTINGS.format(patience=patience))
    repo = Path(__file__).resolve().parent.parent
    env = env | {"AGGREGATOR_SETTINGS": "outage_settings", "PYTHONPATH": f"{settings}:{repo}"}
    return subprocess.Popen(
        [sys.executable, "-m", "aggregator", "crawl"],
        env=env,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def setup(site: Site, url: str, keys: Keys) -> redis.Redis:
    news_site(site, count=ARTICLES)
    client = redis.Redis.from_url(url, decode_responses=True)
    SourceRegistry(client, keys).add(Source("ledger", site.url("/feed.xml")))
    return client


def published_urls(client: redis.Redis, keys: Keys) -> list[str]:
    import json

    return [json.loads(f["article"])["url"] for _, f in client.xrange(keys.stream)]


def test_a_short_redis_outage_mid_crawl_loses_nothing(
    own_redis: Redis, site: Site, keys: Keys, cli_env: dict[str, str], tmp_path: Path
) -> None:
    url, start_redis = own_redis
    server = start_redis()
    client = setup(site, url, keys)
    process = crawl(cli_env | {"REDIS_URL": url}, tmp_path, patience=30)
    try:
        wait_for(lambda: client.xlen(keys.stream) >= 5, timeout=60, what="5 articles")
        server.kill()  # SIGKILL: the AOF (fsynced every write) is all that remains
        server.wait()
        time.sleep(3)  # the outage of issue 17
        start_redis()
        _, err = process.communicate(timeout=120)
    finally:
        process.kill()
    assert process.returncode == 0, err
    assert "Traceback" not in err
    assert "redis back after" in err
    urls = published_urls(client, keys)
    assert len(set(urls)) == ARTICLES, err
    assert client.zcard(keys.source_entries("ledger")) == ARTICLES


def test_redis_gone_for_good_ends_the_crawl_in_one_line_and_marks_nothing_unpublished(
    own_redis: Redis, site: Site, keys: Keys, cli_env: dict[str, str], tmp_path: Path
) -> None:
    url, start_redis = own_redis
    server = start_redis()
    client = setup(site, url, keys)
    env = cli_env | {"REDIS_URL": url}
    process = crawl(env, tmp_path, patience=2)
    try:
        wait_for(lambda: client.xlen(keys.stream) >= 5, timeout=60, what="5 articles")
        server.kill()
        server.wait()
        _, err = process.communicate(timeout=120)
    finally:
        process.kill()
    assert process.returncode == 1, err
    assert "Traceback" not in err
    last = err.strip().splitlines()[-1]
    assert last.startswith("aggregator crawl: redis unavailable"), err
    assert re.search(r" \d+ articles not published \(http", last), err  # a count, the URLs
    assert "next crawl fetches them again" in last
    # "retrying for up to 2s", "crawl pass not recorded", then the end
    assert len(err.strip().splitlines()) <= 3, err
    start_redis()
    published = published_urls(client, keys)
    # Every entry marked seen was published (the articles are distinct: none is a repeat);
    # one published just before the kill may be unmarked: fetched again, a dedup repeat.
    assert client.zcard(keys.source_entries("ledger")) <= len(set(published)) < ARTICLES
    again = crawl(env, tmp_path, patience=2)
    _, err = again.communicate(timeout=120)
    assert again.returncode == 0, err
    urls = published_urls(client, keys)
    assert len(urls) == len(set(urls)) == ARTICLES
