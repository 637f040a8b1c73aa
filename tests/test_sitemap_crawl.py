"""A source that is a sitemap index, crawled by ``aggregator crawl`` in a subprocess: recent
child sitemaps (plain and gzipped) are followed, old ones and deeper indexes are not, and a
broken child is counted on the source while the others still publish."""

from __future__ import annotations

import gzip
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
import redis

from aggregator.config import Config
from aggregator.sources.health import SourceHealth
from aggregator.sources.registry import Source, SourceRegistry
from tests.sites import Site, article_html, serve
from tests.test_hostile_crawl import published

NS = "xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'"


@pytest.fixture
def site() -> Iterator[Site]:
    yield from serve(Site())


def index(site: Site, children: list[tuple[str, str]]) -> str:
    items = "".join(
        f"<sitemap><loc>{site.url(p)}</loc><lastmod>{d}</lastmod></sitemap>" for p, d in children
    )
    return f"<?xml version='1.0'?><sitemapindex {NS}>{items}</sitemapindex>"


def urlset(site: Site, paths: list[str], lastmod: str) -> str:
    items = "".join(
        f"<url><loc>{site.url(p)}</loc><lastmod>{lastmod}</lastmod></url>" for p in paths
    )
    return f"<?xml version='1.0'?><urlset {NS}>{items}</urlset>"


def test_a_sitemap_index_source(
    site: Site, config: Config, redis_client: redis.Redis, cli_env: dict[str, str]
) -> None:
    today = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    fresh = ["/news/a.html", "/news/b.html", "/news/c.html"]
    for n, path in enumerate([*fresh, "/old/x.html", "/deep/y.html"]):
        site.page(path, article_html(f"Ferry timetable change number {n}"))
    xml = "application/xml"
    site.page("/sitemaps/today.xml", urlset(site, fresh[:2], today), xml)
    site.page("/sitemaps/today2.xml.gz", gzip.compress(urlset(site, fresh[2:], today).encode()),
              "application/x-gzip")  # fmt: skip
    site.page("/sitemaps/2001.xml", urlset(site, ["/old/x.html"], "2001-01-01"), xml)
    site.page("/sitemaps/nested.xml", index(site, [("/sitemaps/deeper.xml", today)]), xml)
    site.page("/sitemaps/deeper.xml", urlset(site, ["/deep/y.html"], today), xml)
    site.page("/sitemaps/broken.xml", "<html><body>Maintenance</body></html>", "text/html")
    children = ["today.xml", "today2.xml.gz", "nested.xml", "broken.xml"]
    listed = [(f"/sitemaps/{c}", today) for c in children] + [("/sitemaps/2001.xml", "2001-01-01")]
    site.page("/sitemap_index.xml", index(site, listed), xml)
    SourceRegistry(redis_client, config.keys).add(Source("maps", site.url("/sitemap_index.xml")))

    env = {**cli_env, "AGGREGATOR_SETTINGS": "aggregator_scrapy.settings.development"}
    result = subprocess.run([sys.executable, "-m", "aggregator", "crawl"], env=env,
                            capture_output=True, text=True, timeout=120)  # fmt: skip

    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    urls = sorted(str(m["url"]) for m in published(redis_client, config))
    assert urls == sorted(site.url(p) for p in fresh)
    assert site.hits("/sitemaps/2001.xml") == 0 and site.hits("/old/x.html") == 0
    assert site.hits("/sitemaps/deeper.xml") == 0 and site.hits("/deep/y.html") == 0
    health = SourceHealth(redis_client, config.keys).get("maps")
    assert health.get("count:sitemap_failed") == "1", health
    assert health.get("count:published") == "3", health
