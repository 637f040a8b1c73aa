"""Hostile content: malformed and truncated feeds, entity bombs and XXE in feeds and
sitemaps, lying charsets, binary as HTML, pages without a body, 100k links, huge lines."""

from __future__ import annotations

import importlib
import importlib.util
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import redis
from scrapy.utils.sitemap import Sitemap

from aggregator.config import Config
from aggregator.errors import EmptyText, ExtractionFailed, FeedError, NotAnArticle, NotHtml
from aggregator.extract.decoding import decode_html
from aggregator.processing import process_page
from aggregator.sources.feeds import ParsedFeed, parse_feed
from aggregator.sources.health import SourceHealth
from tests.test_hostile_crawl import (
    add_sources,
    assert_operator_saw_no_traceback,
    error_of,
    published,
    run_crawl,
)
from tests.test_hostile_server import (  # noqa: F401 - redis_url is a fixture
    ARTICLE_TEXT,
    GOOD_HTML,
    PASSWD_MARKER,
    HostileServer,
    billion_laughs,
    body,
    external_entity,
    huge_line,
    lying_charset,
    many_links,
    redis_url,
    rss,
)

FRENCH = "Le café de la gare a rouvert après l'été ; « déjà » complet, dit la gérante. " * 4
JAPANESE = "東京都は新しいダムを開きました。技術者によると、貯水池は三つの町に水を供給します。" * 6
RSS_ITEM = (
    "<rss version='2.0'><channel><title>LOL</title><item><title>t</title>"
    "<link>http://example.com/a</link></item></channel></rss>"
)
RSS_XXE = (
    "<rss version='2.0'><channel><title>XXE</title><item><title>XXE</title>"
    "<link>http://example.com/XXE</link><description>XXE</description></item></channel></rss>"
)
SITEMAP = (
    "<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
    "<url><loc>http://example.com/XXE</loc></url><url><loc>http://example.com/LOL</loc></url>"
    "</urlset>"
)


@pytest.fixture
def hostile() -> Iterator[HostileServer]:
    with HostileServer() as server:
        yield server


def parse_or_refuse(data: bytes) -> ParsedFeed | FeedError:
    try:
        return parse_feed(data, "http://example.com/feed.xml")
    except FeedError as exc:
        return exc


def feed_text(result: ParsedFeed | FeedError) -> str:
    if isinstance(result, FeedError):
        return str(result)
    return repr(result)


# Feed and sitemap parsers on their own.


def test_feed_billion_laughs_is_not_expanded() -> None:
    start = time.process_time()
    result = parse_or_refuse(billion_laughs("rss", RSS_ITEM))
    assert time.process_time() - start < 5  # a bound against hanging, not a speed test
    assert "lollollol" not in feed_text(result)


def test_feed_quadratic_blowup_is_not_expanded() -> None:
    inner = RSS_ITEM.replace("<title>t</title>", "<title>" + "&big;" * 5000 + "</title>")
    data = f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY big "{"A" * 100_000}">]>{inner}'
    result = parse_or_refuse(data.encode())
    assert len(feed_text(result)) < 1_000_000


@pytest.mark.parametrize("system_id", ["file:///etc/passwd", "http://127.0.0.1:9/xxe"])
def test_feed_external_entities_are_not_resolved(system_id: str) -> None:
    result = parse_or_refuse(external_entity("rss", system_id, RSS_XXE))
    assert PASSWD_MARKER not in feed_text(result)
    if isinstance(result, ParsedFeed):
        assert all(e.url.startswith("http://example.com/") for e in result.entries)


def _sitemap_parsers() -> list[Callable[[bytes], list[str]]]:
    """Scrapy's Sitemap, and aggregator.sources.sitemaps once it exists (issue 2's branch)."""
    parsers: list[Callable[[bytes], list[str]]] = [lambda b: [u["loc"] for u in Sitemap(b)]]
    if importlib.util.find_spec("aggregator.sources.sitemaps") is not None:
        ours = importlib.import_module("aggregator.sources.sitemaps")

        def parse(data: bytes) -> list[str]:
            try:
                return [e.url for e in ours.parse_sitemap(data).entries]
            except FeedError:
                return []

        parsers.append(parse)
    return parsers


@pytest.mark.parametrize("parse", _sitemap_parsers())
def test_sitemap_entities_are_neither_resolved_nor_expanded(
    parse: Callable[[bytes], list[str]],
) -> None:
    urls = parse(external_entity("urlset", "file:///etc/passwd", SITEMAP))
    assert not any(PASSWD_MARKER in u for u in urls)
    assert all(len(u) < 1000 for u in parse(billion_laughs("urlset", SITEMAP)))


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "not a feed"),
        (b"\x00\xff" * 1000, "not a feed"),
        (b"\x00" + os.urandom(4095), "not a feed"),
        (b"<rss version='2.0'><channel><item><title>unclosed", "no element found"),
        (b"<?xml version='1.0' encoding='no-such-codec'?><rss/>", "no-such-codec"),
        (
            b'\xef\xbb\xbf{"version": "https://jsonfeed.org/version/1.1", "items": [1, null]}',
            "not a feed",
        ),
        (b'{"version": "https://jsonfeed.org/version/1.1", "items": {"a": 1}}', None),
        (b"<rss>" + b"<item>" * 20_000, "no element found"),
    ],
    ids=["empty", "nul-ff", "binary", "unclosed", "bad-codec", "json-bom", "json-items", "deep"],
)
def test_malformed_feeds_are_data_not_tracebacks(data: bytes, expected: str | None) -> None:
    """Each is refused with a one-line "not a feed" FeedError, or parsed into a feed without
    entries whose ``problem`` names the defect (feedparser's bozo, recorded on the source)."""
    result = parse_or_refuse(data)
    if isinstance(result, FeedError):
        assert expected == "not a feed", result
        assert str(result).startswith("not a feed: ") and "\n" not in str(result)
    else:
        assert result.entries == ()
        assert result.problem == expected or expected in str(result.problem), result


# Pages, through the same entry point the pipelines use.


LINK_FARM = "<html><body><ul>" + "<li><a href='/x'>x</a></li>" * 10_000 + "</ul></body></html>"


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<html><head><title>No body</title></head></html>", EmptyText),
        ("\x00" + os.urandom(20_000).decode("latin-1"), NotHtml),
        (LINK_FARM, NotAnArticle),
        ("", NotHtml),
    ],
    ids=["no-body", "binary", "10k-links", "empty"],
)
def test_hostile_pages_give_a_typed_failure(html: str, expected: type[ExtractionFailed]) -> None:
    with pytest.raises(ExtractionFailed) as raised:
        process_page(html, "http://example.com/a")
    assert type(raised.value) is expected, raised.value
    assert str(raised.value) and "\n" not in str(raised.value)


def test_a_huge_line_is_an_article_of_its_words() -> None:
    article = process_page(
        "<html><body><p>" + "word " * 600_000 + "</p></body></html>", "http://example.com/a"
    )
    assert article.text.split() == ["word"] * 600_000


@pytest.mark.slow
def test_a_page_of_100k_links() -> None:
    """Seconds of extraction on one core: a hostile page can hold a worker that long."""
    links = "".join(f"<li><a href='/l/{i}'>link {i}</a></li>" for i in range(100_000))
    with pytest.raises(NotAnArticle):
        process_page(f"<html><body><ul>{links}</ul></body></html>", "http://example.com/a")


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("cp1252", FRENCH),
        ("shift_jis", JAPANESE),
    ],
)
def test_decode_html_sees_through_a_lying_utf8_declaration(encoding: str, text: str) -> None:
    page = f"<html><head><meta charset='utf-8'></head><body><p>{text}</p></body></html>"
    decoded = decode_html(page.encode(encoding), "text/html")
    assert text in decoded


# The same cases in a real crawl.


def test_hostile_content_crawl(
    hostile: HostileServer,
    config: Config,
    redis_client: redis.Redis,
    cli_env: dict[str, str],
    tmp_path: Path,
) -> None:
    """Bad feeds are recorded on their sources, bad pages are dropped with a reason, the
    good page is published, entities never leak a file, and nothing fetches the XXE URL."""
    url = hostile.url
    routes = hostile.routes
    routes["/good.html"] = body(GOOD_HTML, "text/html; charset=utf-8")
    routes["/good.xml"] = body(rss(url("/good.html")))
    routes["/malformed.xml"] = body(b"<rss><channel><item><title>x</titl\x00\xff garbage")
    routes["/binary.xml"] = body(os.urandom(8192))
    good_feed = rss(url("/good.html?t=1"), url("/good.html?t=2"))
    routes["/truncated.xml"] = body(good_feed[: good_feed.index(b"<item><title>Item 1")])
    routes["/xxe-file.xml"] = body(external_entity("rss", "file:///etc/passwd", RSS_XXE))
    routes["/xxe-http.xml"] = body(external_entity("rss", url("/xxe-probe"), RSS_XXE))
    routes["/lol.xml"] = body(billion_laughs("rss", RSS_ITEM))
    pages = ("/cp1252.html", "/sjis.html", "/binary.html", "/nobody.html", "/links.html")
    routes["/pages.xml"] = body(rss(*map(url, (*pages, "/hugeline.html", "/good.html?t=3"))))
    routes["/cp1252.html"] = lying_charset("cp1252", FRENCH)
    routes["/sjis.html"] = lying_charset("shift_jis", JAPANESE)
    routes["/binary.html"] = body(os.urandom(64 * 1024), "text/html")
    routes["/nobody.html"] = body("<html><head><title>No body</title></head></html>", "text/html")
    routes["/links.html"] = many_links(10_000)  # 100_000: test_a_page_of_100k_links
    routes["/hugeline.html"] = huge_line(3 * 1024 * 1024)
    add_sources(
        redis_client,
        config,
        good=url("/good.xml"),
        malformed=url("/malformed.xml"),
        binary=url("/binary.xml"),
        truncated=url("/truncated.xml"),
        xxe_file=url("/xxe-file.xml"),
        xxe_http=url("/xxe-http.xml"),
        lol=url("/lol.xml"),
        pages=url("/pages.xml"),
    )

    result = run_crawl(cli_env, tmp_path)

    assert_operator_saw_no_traceback(result)
    health = SourceHealth(redis_client, config.keys)
    for name in ("malformed", "binary"):  # an error, or at best a feed without entries
        record = health.get(name)
        error = record.get("last_error", "")
        assert error.startswith("feed: ") or record.get("last_entries", "0") == "0", record
    assert "not a feed" in error_of(health, "binary")
    assert health.get("truncated").get("last_entries") == "1"
    assert not hostile.fetched("/xxe-probe")
    messages = published(redis_client, config)
    everything = repr(messages) + repr([health.get(n) for n in ("xxe-file", "xxe-http", "lol")])
    assert PASSWD_MARKER not in everything
    assert "lollollol" not in everything
    by_url = {str(m["url"]).removeprefix(url("")): m for m in messages}
    assert {"/good.html", "/good.html?t=1", "/good.html?t=3"} <= set(by_url)
    assert ARTICLE_TEXT in str(by_url["/good.html"]["text"])
    for path in ("/binary.html", "/nobody.html", "/links.html"):
        assert path not in by_url
    counts = health.get("pages")
    dropped = sum(
        int(v) for k, v in counts.items() if k.startswith("count:") and "published" not in k
    )
    assert dropped >= 3, counts


def test_lying_charset_pages_are_published_without_replacement_characters(
    hostile: HostileServer,
    config: Config,
    redis_client: redis.Redis,
    cli_env: dict[str, str],
    tmp_path: Path,
) -> None:
    hostile.routes["/sjis.html"] = lying_charset("shift_jis", JAPANESE)
    hostile.routes["/pages.xml"] = body(rss(hostile.url("/sjis.html")))
    add_sources(redis_client, config, pages=hostile.url("/pages.xml"))

    assert_operator_saw_no_traceback(run_crawl(cli_env, tmp_path))

    (message,) = published(redis_client, config)
    assert "\ufffd" not in str(message["text"])
    assert JAPANESE[:20] in str(message["text"])
