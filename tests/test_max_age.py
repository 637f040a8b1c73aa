"""A source's first crawl takes what its feed lists: 30 days for a feed, a week for a sitemap."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import redis

from aggregator.keys import Keys
from aggregator.sources.health import SourceHealth
from tests.sites import Site, article_html, iso, rss, serve
from tests.test_sources_cli import cli

#: Days ago each page was published: a feed's default max age keeps the first two.
AGES = {"/news/today.html": 1, "/news/three-weeks.html": 21, "/news/old.html": 45}


@pytest.fixture
def site() -> Iterator[Site]:
    site = Site()
    for server in serve(site):
        for path in AGES:
            site.page(path, article_html(f"Story {path}"))
            site.page(path.replace("/news/", "/map/"), article_html(f"Mapped {path}"))
        items = [(path, f"Story {path}", float(age)) for path, age in AGES.items()]
        site.page("/feed.xml", rss(site, items), "application/rss+xml")
        urls = "".join(
            f"<url><loc>{site.url(p.replace('/news/', '/map/'))}</loc>"
            f"<lastmod>{iso(age)}</lastmod></url>"
            for p, age in AGES.items()
        )
        sitemap = f"<?xml version='1.0'?><urlset xmlns='{_SITEMAPS}'>{urls}</urlset>"
        site.page("/sitemap.xml", sitemap, "application/xml")
        yield server


_SITEMAPS = "http://www.sitemaps.org/schemas/sitemap/0.9"


def test_default_max_age_is_30_days_for_a_feed_and_7_for_a_sitemap(
    site: Site, cli_env: dict[str, str], redis_client: redis.Redis, keys: Keys
) -> None:
    feed = cli(cli_env, "sources", "add", site.url("/feed.xml"), "--name", "feed")
    assert feed.returncode == 0, feed.stderr
    assert "1 of them older than the max age (30d): not fetched" in feed.stdout
    sitemap = cli(cli_env, "sources", "add", site.url("/sitemap.xml"), "--name", "map")
    assert sitemap.returncode == 0, sitemap.stderr
    assert "2 of them older than the max age (7d): not fetched" in sitemap.stdout

    previewed = len(site.requests)  # the previews fetched samples, old ones too
    crawl = cli(cli_env, "crawl")
    assert crawl.returncode == 0, crawl.stderr
    assert _column(crawl.stdout, "too old") == {"feed": "1", "map": "2"}
    fetched = {path for path, _ in site.requests[previewed:]}
    assert {"/news/today.html", "/news/three-weeks.html", "/map/today.html"} <= fetched
    assert not {"/news/old.html", "/map/three-weeks.html", "/map/old.html"} & fetched
    health = SourceHealth(redis_client, keys)
    assert health.get("feed")["skipped:too_old"] == "1"
    assert health.get("map")["skipped:too_old"] == "2"
    assert (health.get("feed")["count:published"], health.get("map")["count:published"]) == (
        "2",
        "1",
    )
    status = cli(cli_env, "status")
    assert _column(status.stdout, "too old") == {"feed": "1", "map": "2"}


def _column(table: str, name: str) -> dict[str, str]:
    """One column of the first table the CLI printed, by source (the first column)."""
    header, _, *rows = table.split("\n\n")[0].splitlines()
    start = header.index(name)
    return {row.split()[0]: row[start:].split()[0] for row in rows}


def test_an_explicit_max_age_is_kept(
    site: Site, cli_env: dict[str, str], redis_client: redis.Redis, keys: Keys
) -> None:
    done = cli(cli_env, "sources", "add", site.url("/feed.xml"), "--name", "feed",
               "--max-age", "60d")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "all within the max age (60d)" in done.stdout
