"""The bundled demo news site serves consistent feeds, pages and validators."""

from __future__ import annotations

import html
import json
import re
import urllib.error
import urllib.request
from collections.abc import Iterator

import feedparser
import pytest

from aggregator.demo.server import DemoSite

SEED_COPY = "/blog/2026/03/taliban-government-denies-iranian-claim.html"
SEED_ORIGINAL = "/ledger/2026/03/02/taliban-denies-iranian-claim-isil-leaders.html"
AL_JAZEERA_COPY = "/blog/2026/03/refugee-families-return-torkham.html"
REPEAT = "/ledger/2026/03/03/central-bank-holds-rates.html"
UTM = "?utm_source=rss&utm_medium=feed"


def fetch(url: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    req = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, dict(resp.headers.items()), resp.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers.items()), err.read()


def text_of(body: bytes) -> str:
    return html.unescape(body.decode("utf-8"))


@pytest.fixture(scope="module")
def site() -> Iterator[DemoSite]:
    with DemoSite() as demo:
        yield demo


@pytest.fixture(scope="module")
def feeds(site: DemoSite) -> dict[str, feedparser.FeedParserDict]:
    return {name: feedparser.parse(fetch(url)[2]) for name, url in site.feeds.items()}


def test_feeds_parse_with_expected_entry_counts(
    site: DemoSite, feeds: dict[str, feedparser.FeedParserDict]
) -> None:
    assert set(site.feeds) == {"gulf-ledger", "valley-notes"}
    assert feeds["gulf-ledger"].version == "rss20"
    assert feeds["valley-notes"].version == "atom10"
    assert len(feeds["gulf-ledger"].entries) == 13  # 12 articles, one listed twice
    assert len(feeds["valley-notes"].entries) == 8
    for parsed in feeds.values():
        assert not parsed.bozo
        assert all(e.get("author") and e.get("published_parsed") for e in parsed.entries)


def test_feed_content_types(site: DemoSite) -> None:
    assert fetch(site.feeds["gulf-ledger"])[1]["Content-Type"].startswith("application/rss+xml")
    assert fetch(site.feeds["valley-notes"])[1]["Content-Type"].startswith("application/atom+xml")


def test_every_entry_link_serves_a_page_with_its_title(
    feeds: dict[str, feedparser.FeedParserDict],
) -> None:
    for parsed in feeds.values():
        for entry in parsed.entries:
            status, headers, body = fetch(entry.link)
            assert status == 200, entry.link
            assert headers["Content-Type"] == "text/html; charset=utf-8"
            assert entry.title in text_of(body), entry.link


def test_repeat_has_tracking_url_and_canonical_to_clean_url(
    site: DemoSite, feeds: dict[str, feedparser.FeedParserDict]
) -> None:
    links = [e.link for e in feeds["gulf-ledger"].entries]
    clean = site.base_url + REPEAT
    assert links.count(clean) == 1
    assert links.count(clean + UTM) == 1
    page = text_of(fetch(clean + UTM)[2])
    assert f'<link rel="canonical" href="{clean}">' in page


def test_no_placeholder_in_any_served_response(
    site: DemoSite, feeds: dict[str, feedparser.FeedParserDict]
) -> None:
    paths = [
        "/",
        "/ledger/",
        "/blog/",
        "/robots.txt",
        "/sitemap.xml",
        "/ledger/feed.xml",
        "/blog/atom.xml",
    ]
    urls = [site.base_url + p for p in paths]
    urls += [e.link for parsed in feeds.values() for e in parsed.entries]
    for url in urls:
        status, _, body = fetch(url)
        assert status == 200, url
        assert b"{{BASE}}" not in body and b"{{LEDGER}}" not in body, url
        assert b"{{" not in body, url


def test_conditional_get_answers_304(site: DemoSite) -> None:
    url = site.base_url + SEED_ORIGINAL
    _, headers, _ = fetch(url)
    assert fetch(url, {"If-None-Match": headers["ETag"]})[0] == 304
    assert fetch(url, {"If-Modified-Since": headers["Last-Modified"]})[0] == 304
    assert fetch(url, {"If-None-Match": '"stale"'})[0] == 200
    feed = site.feeds["gulf-ledger"]
    assert fetch(feed, {"If-None-Match": fetch(feed)[1]["ETag"]})[0] == 304


def test_unknown_paths_are_404(site: DemoSite) -> None:
    for path in ["/nope", "/ledger/2026/03/02/missing.html", "/../server.py", "/README.md"]:
        assert fetch(site.base_url + path)[0] == 404, path


def test_seed_copy_credits_the_ledger_and_keeps_the_widget(site: DemoSite) -> None:
    page = text_of(fetch(site.base_url + SEED_COPY)[2])
    for needle in [
        "Image Credit: Google, The Gulf Ledger",
        "(Courtesy: The Gulf Ledger)",
        "Post a Comment",
        "0 Comments",
    ]:
        assert needle in page
    assert page.index("Image Credit") < page.index("Courtesy") < page.index("Post a Comment")


def test_one_blog_post_credits_al_jazeera_like_the_seed(site: DemoSite) -> None:
    page = text_of(fetch(site.base_url + AL_JAZEERA_COPY)[2])
    assert "Image Credit: Google, Al-Jazeera" in page
    assert "(Courtesy: Al-Jazeera)" in page


def test_news_article_json_ld(site: DemoSite) -> None:
    page = text_of(fetch(site.base_url + SEED_ORIGINAL)[2])
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert match is not None
    data = json.loads(match[1])
    assert data["@type"] == "NewsArticle"
    assert data["headline"].startswith("Taliban government denies")
    assert data["author"]["@type"] == "Person"
    assert data["publisher"] == data["publisher"] | {
        "@type": "Organization",
        "name": "The Gulf Ledger",
    }
    assert data["datePublished"] == "2026-03-02T09:15:00+00:00"


def test_discovery_robots_and_news_sitemap(site: DemoSite) -> None:
    home = text_of(fetch(site.base_url + "/ledger/")[2])
    assert 'type="application/rss+xml"' in home and site.feeds["gulf-ledger"] in home
    assert site.feeds["valley-notes"] in text_of(fetch(site.blog_url + "/blog/")[2])
    robots = text_of(fetch(site.base_url + "/robots.txt")[2])
    assert "Allow: /" in robots and f"Sitemap: {site.base_url}/sitemap.xml" in robots
    sitemap = text_of(fetch(site.base_url + "/sitemap.xml")[2])
    assert sitemap.count("<news:news>") == 12


def test_request_log_records_paths(site: DemoSite) -> None:
    fetch(site.base_url + "/ledger/?probe=1")
    assert "/ledger/?probe=1" in site.requests
