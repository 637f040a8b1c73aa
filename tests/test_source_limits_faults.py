"""Per-source limits per pass: a feed with many new entries gives the newest few per pass,
the rest on the next passes, and its neighbours are crawled in full meanwhile."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import redis

from aggregator.config import Config
from aggregator.models import FeedEntry
from aggregator.sources.documents import newest_first
from aggregator.sources.registry import Source, SourceRegistry
from tests.sites import Site, article_html, news_site, rss, site

__all__ = ["site"]

SETTINGS = """
from aggregator_scrapy.settings.development import *  # noqa: F403
EXTRACTION_WORKERS = 1
FEED_MAX_NEW_ENTRIES = 5
"""


def crawl(env: dict[str, str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    settings = tmp_path / "settings"
    settings.mkdir(exist_ok=True)
    (settings / "limit_settings.py").write_text(SETTINGS)
    repo = Path(__file__).resolve().parent.parent
    env = env | {"AGGREGATOR_SETTINGS": "limit_settings", "PYTHONPATH": f"{settings}:{repo}"}
    return subprocess.run(
        [sys.executable, "-m", "aggregator", "crawl"],
        env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip


def titles(client: redis.Redis, config: Config) -> list[str]:
    return [json.loads(f["article"])["title"] for _, f in client.xrange(config.keys.stream)]


def test_a_big_feed_gives_its_newest_entries_per_pass_and_its_neighbour_all(
    site: Site, config: Config, redis_client: redis.Redis, cli_env: dict[str, str], tmp_path: Path
) -> None:
    news_site(site, count=12)  # "Harbour plan, part 1" is the newest
    paths = [f"/other/{i}.html" for i in (1, 2, 3)]
    for i, path in enumerate(paths, 1):
        site.page(path, article_html(f"Neighbour news {i}"))
    site.page("/other/feed.xml", rss(site, [(p, f"n{i}", i) for i, p in enumerate(paths, 1)]),
              "application/rss+xml")  # fmt: skip
    registry = SourceRegistry(redis_client, config.keys)
    registry.add(Source("big", site.url("/feed.xml")))
    registry.add(Source("other", site.url("/other/feed.xml")))
    first = crawl(cli_env, tmp_path)
    assert first.returncode == 0, first.stderr
    got = titles(redis_client, config)
    assert sorted(t for t in got if t.startswith("Harbour")) == sorted(
        f"Harbour plan, part {i}" for i in range(1, 6)
    )
    assert sorted(t for t in got if t.startswith("Neighbour")) == [
        f"Neighbour news {i}" for i in (1, 2, 3)
    ]
    second = crawl(cli_env, tmp_path)
    assert second.returncode == 0, second.stderr
    later = titles(redis_client, config)[len(got) :]
    assert sorted(later) == sorted(f"Harbour plan, part {i}" for i in range(6, 11))


def test_newest_first_keeps_undated_entries_first_in_feed_order() -> None:
    entries = [
        FeedEntry(url="https://a.example/old", published="2026-01-01T00:00:00+00:00"),
        FeedEntry(url="https://a.example/undated-1"),
        FeedEntry(url="https://a.example/new", published="2026-03-01T00:00:00+00:00"),
        FeedEntry(url="https://a.example/undated-2"),
    ]
    assert [e.url.rsplit("/", 1)[1] for e in newest_first(entries)] == [
        "undated-1", "undated-2", "new", "old",
    ]  # fmt: skip
