"""The benchmark site: distinct copies of the shared pages, section feeds, ETag/304."""

from __future__ import annotations

import threading
import urllib.error
import urllib.request
from collections.abc import Iterator

import pytest

from bench.site import Site, SiteServer, load_pages
from tests.conftest import require_shared


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    site = Site(load_pages(require_shared("extraction").parent), articles=1300, sections=4)
    server = SiteServer(site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield site
    server.shutdown()
    server.server_close()


def get(url: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def test_copies_of_one_page_differ_in_canonical_url_and_text(site: Site) -> None:
    first, copy = site.article(5), site.article(5 + len(site.pages))
    assert first != copy
    assert site.article_path(5).encode() in first
    assert b"Edition 2 of story" in copy
    assert copy.count(b'rel="canonical"') == 1


def test_feed_lists_every_article_of_its_section(site: Site) -> None:
    status, headers, body = get(f"{site.base}/s01/rss.xml")
    assert status == 200 and headers["Content-Type"] == "application/rss+xml"
    assert body.count(b"<item>") == len(site.indexes("s01")) == 325
    assert f"{site.base}/s01/00001.html".encode() in body


def test_conditional_get_answers_304_and_is_counted(site: Site) -> None:
    url = f"{site.base}{site.article_path(9)}"
    status, headers, body = get(url)
    assert status == 200 and len(body) > 1000
    again = get(url, {"If-None-Match": headers["ETag"]})
    since = get(url, {"If-Modified-Since": headers["Last-Modified"]})
    assert again[0] == since[0] == 304 and again[2] == b""
    assert get(f"{site.base}/s02/00009.html")[0] == 404  # article 9 is in section s01
    _, _, stats = get(f"{site.base}/_stats")
    assert b'"article/304": 2' in stats and b'"missing/404": 1' in stats
