"""``aggregator sources`` as the operator runs it: discovery, preview, errors, files."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from aggregator.keys import Keys
from aggregator.sources.registry import SourceRegistry
from tests.sites import Site, article_html, news_site, serve

STARTER = Path(__file__).resolve().parent.parent / "aggregator" / "data" / "starter-sources.toml"


@pytest.fixture
def site() -> Iterator[Site]:
    yield from serve(Site())


def cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "aggregator", *args],
        env={**env, "AGGREGATOR_SETTINGS": "aggregator_scrapy.settings.development"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_add_a_feed_shows_a_preview_with_extracted_samples(
    site: Site, cli_env: dict[str, str], redis_client: redis.Redis, keys: Keys
) -> None:
    news_site(site)
    done = cli(cli_env, "sources", "add", site.url("/feed.xml"), "--name", "ledger")
    assert done.returncode == 0, done.stderr
    assert "feed: The Ledger" in done.stdout
    assert "3 items, newest 20" in done.stdout
    samples = [line for line in done.stdout.splitlines() if line.strip().startswith("sample")]
    assert len(samples) == 3
    assert all("Harbour plan, part" in s and " words" in s and "| 0 words" not in s
               for s in samples)  # fmt: skip
    stored = SourceRegistry(redis_client, keys).get("ledger")
    assert (stored.url, stored.title) == (site.url("/feed.xml"), "The Ledger")


def test_the_preview_decodes_and_types_samples_as_the_crawl_does(
    site: Site, cli_env: dict[str, str]
) -> None:
    paths = news_site(site, count=2)
    # A header that lies about the charset: Scrapy's response.text would show "Caf\ufffd".
    page = article_html("Café owners back the harbour plan").encode("cp1252")
    site.page(paths[0], page, "text/html; charset=utf-8")
    site.page(paths[1], b"%PDF-1.7 not a page", "application/pdf")
    done = cli(cli_env, "sources", "add", site.url("/feed.xml"), "--name", "ledger")
    assert done.returncode == 0, done.stderr
    assert "sample  Café owners back the harbour plan | 20" in done.stdout
    assert f"{site.url(paths[1])}: not extracted (not_html)" in done.stdout


def test_the_preview_credits_with_the_operators_publishers_file(
    site: Site, cli_env: dict[str, str], tmp_path: Path
) -> None:
    paths = news_site(site, count=1)
    page = article_html("Harbour plan approved").replace(
        "</article>", "<p>Courtesy: HG Wire</p></article>"
    )
    site.page(paths[0], page)
    publishers = tmp_path / "publishers.toml"
    publishers.write_text(
        'publisher = [{ name = "Harbour Gazette", kind = "outlet", aliases = ["HG Wire"] }]\n'
    )
    env = {**cli_env, "AGGREGATOR_PUBLISHERS_FILE": str(publishers)}
    done = cli(env, "sources", "add", site.url("/feed.xml"), "--name", "ledger")
    assert done.returncode == 0, done.stderr
    assert " words | credited to Harbour Gazette" in done.stdout


def test_discovery_from_a_homepage_link(
    site: Site, cli_env: dict[str, str], redis_client: redis.Redis, keys: Keys
) -> None:
    news_site(site, prefix="/en")
    site.page(
        "/",
        "<html><head><title>Ledger</title><link rel='alternate' "
        "type='application/rss+xml' href='/en/feed.xml'></head><body>Hi</body></html>",
    )
    done = cli(cli_env, "sources", "add", site.url("/"), "--name", "ledger")
    assert done.returncode == 0, done.stderr
    assert f"discovered from {site.url('/')}" in done.stdout
    assert SourceRegistry(redis_client, keys).get("ledger").url == site.url("/en/feed.xml")
    assert site.hits("/robots.txt") <= 1  # Scrapy's robots.txt check, not discovery's


def test_discovery_at_a_usual_path(
    site: Site, cli_env: dict[str, str], redis_client: redis.Redis, keys: Keys
) -> None:
    news_site(site)
    site.routes["/rss.xml"] = site.routes.pop("/feed.xml")
    site.page("/", "<html><head><title>Ledger</title></head><body>No feed link</body></html>")
    done = cli(cli_env, "sources", "add", site.url("/"), "--name", "ledger")
    assert done.returncode == 0, done.stderr
    assert SourceRegistry(redis_client, keys).get("ledger").url == site.url("/rss.xml")


def test_discovery_of_a_news_sitemap_in_robots_txt(
    site: Site, cli_env: dict[str, str], redis_client: redis.Redis, keys: Keys
) -> None:
    paths = news_site(site)
    del site.routes["/feed.xml"]
    urls = "".join(
        f"<url><loc>{site.url(p)}</loc><news:news><news:publication><news:name>Ledger"
        f"</news:name><news:language>en</news:language></news:publication>"
        f"<news:publication_date>2030-01-0{i}T10:00:00Z</news:publication_date>"
        f"<news:title>Story {i}</news:title></news:news></url>"
        for i, p in enumerate(paths, 1)
    )
    site.page("/news-sitemap.xml", "<?xml version='1.0'?><urlset xmlns="
              "'http://www.sitemaps.org/schemas/sitemap/0.9' xmlns:news="
              f"'http://www.google.com/schemas/sitemap-news/0.9'>{urls}</urlset>",
              "application/xml")  # fmt: skip
    site.page("/robots.txt", f"User-agent: *\nAllow: /\nSitemap: {site.url('/news-sitemap.xml')}\n",
              "text/plain")  # fmt: skip
    site.page("/", "<html><head><title>Ledger</title></head><body>Hello</body></html>")
    done = cli(cli_env, "sources", "add", site.url("/"), "--name", "ledger")
    assert done.returncode == 0, done.stderr
    assert "news sitemap" in done.stdout
    assert "newest 2030-01-03" in done.stdout
    assert SourceRegistry(redis_client, keys).get("ledger").url == site.url("/news-sitemap.xml")


@pytest.mark.parametrize(
    ("setup", "args", "message"),
    [
        ("none", ["http://127.0.0.1:9/feed.xml"], "unreachable: http://127.0.0.1:9/feed.xml"),
        ("html", ["{}/"], "not a feed: {}/ is a web page that announces no feed"),
        ("text", ["{}/data.txt"], "not a feed:"),
        ("empty", ["{}/feed.xml"], "empty feed: {}/feed.xml lists no entries"),
        ("missing", ["{}/gone.xml"], "unreachable: {}/gone.xml answered HTTP 404"),
        ("feed", ["{}/feed.xml", "--interval", "1m"], "invalid interval 60s"),
        ("feed", ["{}/feed.xml", "--interval", "soon"], "invalid interval 'soon'"),
        ("feed", ["{}/feed.xml", "--name", "Not A Name"], "invalid name 'Not A Name'"),
        ("duplicate", ["{}/feed.xml", "--name", "other"], "duplicate source: 'ledger' has this"),
        ("duplicate", ["{}/other.xml", "--name", "ledger"], "duplicate source: a source named"),
    ],
)
def test_bad_sources_get_one_line_and_nothing_is_stored(
    site: Site, cli_env: dict[str, str], redis_client: redis.Redis, keys: Keys,
    setup: str, args: list[str], message: str,
) -> None:  # fmt: skip
    registry = SourceRegistry(redis_client, keys)
    if setup in ("feed", "duplicate"):
        news_site(site)
    if setup == "duplicate":
        from aggregator.sources.registry import Source

        registry.add(Source("ledger", site.url("/feed.xml")))
    site.page("/", "<html><head><title>Nothing</title></head><body>no feeds</body></html>")
    site.page("/data.txt", "just some text", "text/plain")
    site.page("/feed.xml", "<rss version='2.0'><channel><title>Empty</title></channel></rss>",
              "application/rss+xml") if setup == "empty" else None  # fmt: skip
    before = {s.name for s in registry.list()}
    done = cli(cli_env, "sources", "add", *(a.format(site.base) for a in args))
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert message.format(site.base) in lines[0]
    assert lines[0].startswith("aggregator sources: ")
    assert {s.name for s in registry.list()} == before


def test_opml_import_skips_what_is_there_and_exports(
    tmp_path: Path, cli_env: dict[str, str], redis_client: redis.Redis, keys: Keys
) -> None:
    opml = tmp_path / "feeds.opml"
    opml.write_text(
        "<?xml version='1.0'?><opml version='1.0'><head><title>mine</title></head><body>"
        "<outline text='World'>"
        "<outline type='rss' text='BBC World' xmlUrl='https://feeds.bbci.co.uk/news/world/rss.xml'/>"
        "<outline type='rss' text='NPR News' xmlUrl='https://feeds.npr.org/1001/rss.xml'/>"
        "</outline><outline text='no feed here'/></body></opml>"
    )  # fmt: skip
    done = cli(cli_env, "sources", "import", str(opml))
    assert done.returncode == 0, done.stderr
    assert "imported 2 sources" in done.stdout
    registry = SourceRegistry(redis_client, keys)
    assert [(s.name, s.title) for s in registry.list()] == [
        ("bbc-world", "BBC World"),
        ("npr-news", "NPR News"),
    ]
    again = cli(cli_env, "sources", "import", str(opml))
    assert "imported 0 sources" in again.stdout and "skipped 2" in again.stdout
    exported = cli(cli_env, "sources", "export", "--format", "opml")
    assert exported.returncode == 0
    assert 'xmlUrl="https://feeds.npr.org/1001/rss.xml"' in exported.stdout


def test_a_bad_record_stores_nothing(
    tmp_path: Path, cli_env: dict[str, str], redis_client: redis.Redis, keys: Keys
) -> None:
    path = tmp_path / "sources.yaml"
    path.write_text("sources:\n  - {name: good, url: 'https://a.example/feed'}\n"
                    "  - {name: bad, url: 'https://b.example/feed', interval: 1m}\n")  # fmt: skip
    done = cli(cli_env, "sources", "import", str(path))
    assert done.returncode == 1
    assert "source 2: invalid interval 60s" in done.stderr
    assert SourceRegistry(redis_client, keys).list() == []
