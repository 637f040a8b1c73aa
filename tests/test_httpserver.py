"""The fixture server's routes and request log behave as documented."""

from __future__ import annotations

import urllib.error
import urllib.request
import zlib
from collections.abc import Iterator

import feedparser
import pytest

from tests.httpserver import GZIP_BOMB_SIZE, FixtureHandler, FixtureServer


def fetch(url: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    req = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, dict(resp.headers.items()), resp.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers.items()), err.read()


@pytest.fixture
def server() -> Iterator[FixtureServer]:
    with FixtureServer() as srv:
        yield srv


@pytest.mark.parametrize("code", [200, 404, 410, 429, 500, 503])
def test_status_route_answers_with_the_code(server: FixtureServer, code: int) -> None:
    status, _, body = fetch(server.url(f"/status/{code}"))
    assert status == code
    assert body == b"status %d" % code


def test_redirect_chain_has_n_hops_and_ends_at_ok(server: FixtureServer) -> None:
    status, _, body = fetch(server.url("/redirect/3"))
    assert (status, body) == (200, b"ok")
    assert server.paths() == ["/redirect/3", "/redirect/2", "/redirect/1", "/redirect/0", "/ok"]


def test_redirect_loop_never_ends(server: FixtureServer) -> None:
    status, headers, _ = fetch(server.url("/redirect-loop"))
    assert status == 302
    assert headers["Location"] == "/redirect-loop"
    assert set(server.paths()) == {"/redirect-loop"}


def test_registered_route_and_request_log(server: FixtureServer) -> None:
    server.route(
        "/feed.xml",
        b"<rss/>",
        content_type="application/rss+xml",
        headers={"ETag": '"v1"'},
        status=203,
    )
    status, headers, body = fetch(server.url("/feed.xml?x=1"), {"X-Test": "yes"})
    assert (status, body) == (203, b"<rss/>")
    assert headers["Content-Type"] == "application/rss+xml"
    assert headers["ETag"] == '"v1"'
    method, path, req_headers = server.requests[0]
    assert (method, path, req_headers["X-Test"]) == ("GET", "/feed.xml?x=1", "yes")


def test_route_fn_gets_the_handler(server: FixtureServer) -> None:
    def echo(h: FixtureHandler) -> None:
        h.reply(200, h.headers.get("User-Agent", "").encode(), content_type="text/plain")

    server.route_fn("/echo", echo)
    assert fetch(server.url("/echo"), {"User-Agent": "probe/1"})[2] == b"probe/1"


def test_unknown_path_is_404(server: FixtureServer) -> None:
    assert fetch(server.url("/nothing-here"))[0] == 404


def test_slow_route_answers_after_sleeping(server: FixtureServer) -> None:
    assert fetch(server.url("/slow/0.05"))[::2] == (200, b"slow")


def test_malformed_feed_is_bozo_for_feedparser(server: FixtureServer) -> None:
    status, headers, body = fetch(server.url("/malformed-feed"))
    parsed = feedparser.parse(body)
    assert status == 200 and headers["Content-Type"] == "application/rss+xml"
    assert parsed.bozo


def test_not_html_is_png(server: FixtureServer) -> None:
    _, headers, body = fetch(server.url("/not-html"))
    assert headers["Content-Type"] == "image/png"
    assert body.startswith(b"\x89PNG\r\n\x1a\n")


def test_gzip_bomb_is_small_on_the_wire_and_huge_inflated(server: FixtureServer) -> None:
    _, headers, body = fetch(server.url("/gzip-bomb"))
    assert headers["Content-Encoding"] == "gzip"
    assert len(body) < 1024 * 1024
    inflater, total, data = zlib.decompressobj(31), 0, body
    while data:
        total += len(inflater.decompress(data, 1 << 20))
        data = inflater.unconsumed_tail
    assert total == GZIP_BOMB_SIZE > 100 * 1024 * 1024
