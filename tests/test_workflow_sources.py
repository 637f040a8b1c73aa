"""Operator workflows on sources, through the CLI: pause, 410, tags, names, several feeds, reset."""

from __future__ import annotations

import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from aggregator.keys import Keys
from aggregator.sources.health import SourceHealth
from aggregator.sources.registry import Source, SourceRegistry
from tests.cli import assert_one_line_error, run_cli
from tests.sites import Site, news_site, rss, serve


@pytest.fixture
def site() -> Iterator[Site]:
    yield from serve(Site())


@pytest.fixture
def env(cli_env: dict[str, str]) -> dict[str, str]:
    return {**cli_env, "AGGREGATOR_SETTINGS": "aggregator_scrapy.settings.development"}


def cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, env=env)


def ok(env: dict[str, str], *args: str) -> str:
    done = cli(env, *args)
    assert done.returncode == 0, done.stderr
    return done.stdout


def article_hits(site: Site, prefix: str = "") -> int:
    return sum(1 for path, _ in site.requests if path.startswith(f"{prefix}/news/"))


def test_a_disabled_source_is_skipped_by_crawl_and_schedule_and_shows_its_reason(
    site: Site, env: dict[str, str], redis_client: redis.Redis, keys: Keys
) -> None:
    news_site(site)
    SourceRegistry(redis_client, keys).add(Source("ledger", site.url("/feed.xml")))
    said = ok(env, "sources", "disable", "ledger", "--reason", "paywalled since May")
    assert "disabled ledger: paywalled since May" in said
    assert "disabled: paywalled since May" in ok(env, "sources", "list")
    assert "skipped ledger: disabled: paywalled since May" in ok(env, "crawl")
    assert "skipped ledger" in ok(env, "crawl", "--source", "ledger")
    assert "crawled 0 sources" in ok(env, "schedule", "--once")
    assert site.hits("/feed.xml") == 0
    assert "disabled: paywalled since May" in ok(env, "status")
    assert SourceHealth(redis_client, keys).get("ledger") == {}  # history kept, none added
    ok(env, "sources", "enable", "ledger")
    ok(env, "crawl")
    assert site.hits("/feed.xml") == 1 and article_hits(site) == 3


def test_a_410_disables_the_source_under_crawl_as_under_schedule(
    site: Site, env: dict[str, str], redis_client: redis.Redis, keys: Keys
) -> None:
    site.page("/gone.xml", "gone", status=410)
    registry = SourceRegistry(redis_client, keys)
    registry.add(Source("oldfeed", site.url("/gone.xml")))
    crawled = ok(env, "crawl")
    assert "disabled oldfeed: http: 410 Gone" in crawled
    assert "410 Gone" in str(registry.get("oldfeed").disabled)
    assert "disabled: http: 410 Gone" in ok(env, "sources", "list")
    assert "skipped oldfeed" in ok(env, "crawl")
    assert site.hits("/gone.xml") == 1
    status = ok(env, "status")
    assert "disabled: http: 410 Gone" in status and " gone " not in status


def test_tags_from_add_select_list_and_crawl(
    site: Site, env: dict[str, str], redis_client: redis.Redis, keys: Keys
) -> None:
    news_site(site, prefix="/world")
    news_site(site, prefix="/sport")
    ok(env, "sources", "add", site.url("/world/feed.xml"), "--name", "world",
       "--tag", "World News", "--tag", "europe")  # fmt: skip
    ok(env, "sources", "add", site.url("/sport/feed.xml"), "--name", "sport", "--tag", "sport")
    assert SourceRegistry(redis_client, keys).get("world").tags == ("europe", "world-news")
    listed = ok(env, "sources", "list", "--tag", "world-news")
    assert "world" in listed and "sport" not in listed
    before = article_hits(site, "/world"), article_hits(site, "/sport")
    ok(env, "crawl", "--tag", "sport")
    assert (article_hits(site, "/world"), article_hits(site, "/sport")) == (
        before[0],
        before[1] + 3,
    )
    assert "no source is tagged nothing" in ok(env, "crawl", "--tag", "nothing")
    assert_one_line_error(cli(env, "sources", "add", site.url("/x"), "--tag", "a,b"), "invalid tag")


def test_opml_folders_and_categories_become_tags_and_go_out_again(
    tmp_path: Path, env: dict[str, str], redis_client: redis.Redis, keys: Keys
) -> None:
    opml = tmp_path / "reader.opml"
    opml.write_text(
        "<?xml version='1.0'?><opml version='2.0'><head><title>mine</title></head><body>"
        "<outline text='World'><outline text='Europe'>"
        "<outline type='rss' text='BBC Europe' xmlUrl='https://feeds.bbci.co.uk/news/world/europe/rss.xml'/>"
        "</outline></outline>"
        "<outline type='rss' text='NPR' category='News &amp; Politics,/us/radio' "
        "xmlUrl='https://feeds.npr.org/1001/rss.xml'/></body></opml>"
    )  # fmt: skip
    assert "imported 2 sources" in ok(env, "sources", "import", str(opml))
    registry = SourceRegistry(redis_client, keys)
    assert {s.name: s.tags for s in registry.list()} == {
        "bbc-europe": ("europe", "world"),
        "npr": ("news-politics", "radio", "us"),
    }
    exported = tmp_path / "out.opml"
    ok(env, "sources", "export", "--format", "opml", "-o", str(exported))
    other = {**env, "AGGREGATOR_KEY_PREFIX": f"{keys.prefix}again:"}
    ok(other, "sources", "import", str(exported))
    again = SourceRegistry(redis_client, Keys(prefix=f"{keys.prefix}again:"))
    assert {s.name: s.tags for s in again.list()} == {s.name: s.tags for s in registry.list()}
    toml = ok(env, "sources", "export")
    assert 'tags = ["europe", "world"]' in toml


def test_default_names_stay_unique_for_feeds_of_one_host(
    site: Site, env: dict[str, str], redis_client: redis.Redis, keys: Keys
) -> None:
    news_site(site, prefix="/news")
    news_site(site, prefix="/news/world")
    first = ok(env, "sources", "add", site.url("/news/feed.xml"))
    second = ok(env, "sources", "add", site.url("/news/world/feed.xml"))
    assert "added 127.0.0.1:" in first and "added 127.0.0.1-news-world:" in second
    names = [s.name for s in SourceRegistry(redis_client, keys).list()]
    assert names == ["127.0.0.1", "127.0.0.1-news-world"]


def test_a_homepage_with_several_feeds_lists_them_and_asks(
    site: Site, env: dict[str, str], redis_client: redis.Redis, keys: Keys
) -> None:
    news_site(site, prefix="/a")
    news_site(site, prefix="/b")
    site.page("/", "<html><head><title>Two</title>"
              "<link rel='alternate' type='application/rss+xml' title='All A' href='/a/feed.xml'>"
              "<link rel='alternate' type='application/rss+xml' title='All B' href='/b/feed.xml'>"
              "</head><body>hello</body></html>")  # fmt: skip
    registry = SourceRegistry(redis_client, keys)
    asked = cli(env, "sources", "add", site.url("/"))
    assert_one_line_error(asked, "several feeds:", "--feed URL", "--all-feeds")
    assert f"{site.url('/a/feed.xml')}  All A" in asked.stdout
    assert f"{site.url('/b/feed.xml')}  All B" in asked.stdout
    assert registry.list() == []
    ok(env, "sources", "add", site.url("/"), "--feed", "/b/feed.xml", "--name", "b")
    assert registry.get("b").url == site.url("/b/feed.xml")
    both = ok(env, "sources", "add", site.url("/"), "--all-feeds", "--tag", "two")
    assert "added 127.0.0.1:" in both
    assert sorted((s.url, s.tags) for s in registry.list()) == [
        (site.url("/a/feed.xml"), ("two",)),
        (site.url("/b/feed.xml"), ()),
    ]


def test_reset_refetches_what_the_feed_lists_and_asks_first(
    site: Site, env: dict[str, str], redis_client: redis.Redis, keys: Keys
) -> None:
    news_site(site)
    site.page("/feed.xml", rss(site, [(f"/news/story-{i}.html", f"s{i}", 0.1) for i in (1, 2, 3)]),
              "application/rss+xml", headers={"ETag": '"v1"'})  # fmt: skip
    SourceRegistry(redis_client, keys).add(Source("ledger", site.url("/feed.xml")))
    ok(env, "crawl")
    ok(env, "crawl")
    assert article_hits(site) == 3  # the second crawl fetched no page again
    refused = cli(env, "sources", "reset", "ledger")
    assert_one_line_error(refused, "forgets the 3 entries of ledger", "--yes")
    assert "forgot 3 entries" in ok(env, "sources", "reset", "ledger", "--yes")
    ok(env, "crawl")
    assert article_hits(site) == 6
    polls = [headers for path, headers in site.requests if path == "/feed.xml"]
    assert polls[1].get("if-none-match") == '"v1"' and "if-none-match" not in polls[2]
    assert_one_line_error(cli(env, "sources", "reset", f"x{uuid.uuid4().hex[:4]}", "--yes"),
                          "no source named")  # fmt: skip


def test_show_prints_durations_like_list(
    env: dict[str, str], redis_client: redis.Redis, keys: Keys
) -> None:
    SourceRegistry(redis_client, keys).add(
        Source("ledger", "https://news.example/feed.xml", 900, max_age=2 * 86400, tags=("x",))
    )
    shown = ok(env, "sources", "show", "ledger")
    assert "interval               15m" in shown and "max_age                2d" in shown
    assert "tags                   x" in shown
    assert "15m" in ok(env, "sources", "list")


def test_an_import_never_takes_a_new_feed_for_one_already_present_by_its_default_name(
    tmp_path: Path, env: dict[str, str], redis_client: redis.Redis, keys: Keys
) -> None:
    def opml(url: str) -> Path:
        path = tmp_path / f"{uuid.uuid4().hex[:6]}.opml"
        path.write_text(f"<opml version='2.0'><body><outline text='BBC' xmlUrl='{url}'/>"
                        "</body></opml>")  # fmt: skip
        return path

    top, world = (
        "https://feeds.bbci.co.uk/news/rss.xml",
        "https://feeds.bbci.co.uk/news/world/rss.xml",
    )
    assert "imported 1 sources" in ok(env, "sources", "import", str(opml(top)))
    assert "imported 1 sources" in ok(env, "sources", "import", str(opml(world)))
    again = ok(env, "sources", "import", str(opml(world)))
    assert "imported 0 sources" in again and "skipped 1 already present: bbc-2" in again
    urls = {s.name: s.url for s in SourceRegistry(redis_client, keys).list()}
    assert urls == {"bbc": top, "bbc-2": world}
