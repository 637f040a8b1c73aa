"""Host names no resolver would take: refused in one line before any request is made."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import redis

from aggregator.config import Config
from aggregator.crawl.netpolicy import RefusedHost, check_url
from aggregator.hostnames import InvalidHostname, ascii_hostname
from aggregator.keys import Keys
from aggregator.sources.registry import Source, SourceRegistry
from tests.cli import assert_one_line_error, run_cli
from tests.sites import Site, article_html, rss, site
from tests.test_hostile_crawl import run_crawl
from tests.test_hostile_server import HostileServer, oversize

__all__ = ["site"]

LONG_LABEL = "a" * 64
BAD_HOSTS = {
    f"{LONG_LABEL}.example": "label of 64 octets",
    ("x." * 127) + "example": "host name of 261 octets",
    "news..example": "empty label",
    "\u202e.example": "not a valid IDNA host name",
}


@pytest.mark.parametrize("host", list(BAD_HOSTS))
def test_a_bad_host_name_is_named_in_one_line(host: str) -> None:
    with pytest.raises(InvalidHostname, match=BAD_HOSTS[host]):
        ascii_hostname(host)
    with pytest.raises(RefusedHost, match=BAD_HOSTS[host]):
        check_url(f"https://{host}/feed.xml")


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("bücher.example", "xn--bcher-kva.example"),
        ("news.example.", "news.example"),
        ("a" * 63 + ".example", "a" * 63 + ".example"),
        ("[::1]", "::1"),
    ],
)
def test_good_host_names_pass(host: str, expected: str) -> None:
    assert ascii_hostname(host) == expected


def test_sources_add_refuses_a_64_octet_label_before_fetching(
    cli_env: dict[str, str], redis_client: redis.Redis, keys: Keys
) -> None:
    done = run_cli("sources", "add", f"https://{LONG_LABEL}.example/feed.xml", env=cli_env)
    assert_one_line_error(done, "invalid URL", "label of 64 octets")
    assert SourceRegistry(redis_client, keys).list() == []


def test_sources_import_refuses_the_whole_file_for_one_bad_host(
    cli_env: dict[str, str], redis_client: redis.Redis, keys: Keys, tmp_path: Path
) -> None:
    path = tmp_path / "sources.yaml"
    path.write_text(
        "sources:\n  - {name: good, url: 'https://a.example/feed'}\n"
        f"  - {{name: bad, url: 'https://{LONG_LABEL}.example/feed'}}\n"
    )
    done = run_cli("sources", "import", str(path), env=cli_env)
    assert_one_line_error(done, "source 2", "label of 64 octets")
    assert SourceRegistry(redis_client, keys).list() == []


def test_a_crawl_refuses_an_article_link_with_a_bad_host_and_publishes_the_rest(
    site: Site, config: Config, redis_client: redis.Redis, cli_env: dict[str, str], tmp_path: Path
) -> None:
    for i in (1, 2):
        site.page(f"/news/{i}.html", article_html(f"Harbour plan, part {i}"))
    feed = rss(site, [("/news/1.html", "one", 0.1), ("/news/2.html", "two", 0.2)])
    bad_link = f"http://{LONG_LABEL}.example/news/3.html"
    feed = feed.replace(
        "</channel>",
        f"<item><title>three</title><link>{bad_link}</link><guid>{bad_link}</guid></item>"
        "</channel>",
    )
    site.page("/feed.xml", feed, "application/rss+xml")
    SourceRegistry(redis_client, config.keys).add(Source("ledger", site.url("/feed.xml")))
    done = run_crawl(cli_env, tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "Unhandled error" not in done.stderr
    published = [json.loads(f["article"]) for _, f in redis_client.xrange(config.keys.stream)]
    assert sorted(m["title"] for m in published) == ["Harbour plan, part 1", "Harbour plan, part 2"]


@pytest.mark.parametrize("declared", [True, False])
def test_sources_add_calls_an_oversized_body_too_large(
    cli_env: dict[str, str], redis_client: redis.Redis, keys: Keys, declared: bool
) -> None:
    with HostileServer() as server:
        server.routes["/big.xml"] = oversize(declared)
        done = run_cli("sources", "add", server.url("/big.xml"), env=cli_env)
    assert_one_line_error(done, "too large:", "/big.xml: more than 16777216 bytes")
    assert SourceRegistry(redis_client, keys).list() == []
