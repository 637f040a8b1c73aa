"""Server-side request forgery: loopback, private, link-local and unspecified addresses are
refused after resolution, at connect time, through redirects and re-bound names; only
AGGREGATOR_ALLOW_NETWORKS opens them. Real crawls, real servers, real resolution."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from aggregator.config import Config
from aggregator.sources.health import SourceHealth
from tests.test_hostile_crawl import (
    add_sources,
    assert_operator_saw_no_traceback,
    error_of,
    published,
    run_crawl,
)
from tests.test_hostile_server import (
    GOOD_HTML,
    HostileServer,
    body,
    redirect_to,
    redis_url,  # noqa: F401 - a fixture
    rss,
)

#: A name only the resolver's cache knows, bound to the forbidden server: what a DNS
#: rebinding attacker's name resolves to at connect time.
REBOUND = """
from scrapy.resolver import dnscache
from twisted.internet.address import IPv4Address
dnscache["rebound.test"] = [IPv4Address("TCP", "127.0.0.2", 0)]
"""


@pytest.fixture
def hostile() -> Iterator[HostileServer]:
    with HostileServer("127.0.0.1") as server:
        server.routes["/feed.xml"] = body(rss(server.url("/good.html")))
        server.routes["/good.html"] = body(GOOD_HTML, "text/html; charset=utf-8")
        yield server


@pytest.fixture
def forbidden() -> Iterator[HostileServer]:
    """A server on 127.0.0.2, outside the allowed 127.0.0.1/32: it must never be asked."""
    with HostileServer("127.0.0.2") as server:
        server.routes["/feed.xml"] = body(rss(server.url("/secret.html")))
        server.routes["/secret.html"] = body(GOOD_HTML, "text/html")
        yield server


def test_empty_allow_list_fetches_nothing_local(
    hostile: HostileServer,
    config: Config,
    redis_client: redis.Redis,
    cli_env: dict[str, str],
    tmp_path: Path,
) -> None:
    """Every spelling of a local address is refused, before or at connect time."""
    port = hostile.port
    add_sources(
        redis_client,
        config,
        literal=f"http://127.0.0.1:{port}/feed.xml",
        name=f"http://localhost:{port}/feed.xml",
        short_form=f"http://127.1:{port}/feed.xml",
        decimal=f"http://2130706433:{port}/feed.xml",
        mapped_v6=f"http://[::ffff:127.0.0.1]:{port}/feed.xml",
        v6_loopback=f"http://[::1]:{port}/feed.xml",
        unspecified=f"http://0.0.0.0:{port}/feed.xml",
        metadata="http://169.254.169.254/latest/meta-data/",
        private="http://10.0.0.1/feed.xml",
    )

    result = run_crawl(cli_env, tmp_path, allow="")

    assert_operator_saw_no_traceback(result)
    assert hostile.log == []
    health = SourceHealth(redis_client, config.keys)
    for name in (
        "literal",
        "name",
        "short_form",
        "decimal",
        "mapped_v6",
        "v6_loopback",
        "unspecified",
        "metadata",
        "private",
    ):
        assert "refused_address" in error_of(health, name), (name, health.get(name))
    assert "link-local" in error_of(health, "metadata")
    assert "localhost resolves to 127.0.0.1" in error_of(health, "name")
    assert published(redis_client, config) == []


def test_allow_list_opens_only_its_networks_through_redirects_and_rebinding(
    hostile: HostileServer,
    forbidden: HostileServer,
    config: Config,
    redis_client: redis.Redis,
    cli_env: dict[str, str],
    tmp_path: Path,
) -> None:
    """127.0.0.1/32 allowed: its feed publishes; redirects, links and re-bound names that
    lead to 127.0.0.2 or to other schemes are refused; the forbidden server hears nothing."""
    far = forbidden.url
    rebound = f"http://rebound.test:{forbidden.port}"
    routes = hostile.routes
    routes["/to-literal"] = redirect_to(far("/feed.xml"))
    routes["/to-rebound"] = redirect_to(f"{rebound}/feed.xml")
    routes["/to-file"] = redirect_to("file:///etc/passwd")
    routes["/links.xml"] = body(
        rss(
            far("/secret.html"),
            f"{rebound}/secret.html",
            "file:///etc/passwd",
            "ftp://127.0.0.1/x",
            "javascript:alert(1)",
            "http://[::1/broken",
            hostile.url("/good.html?from=links"),
        )
    )
    add_sources(
        redis_client,
        config,
        good=hostile.url("/feed.xml"),
        redirect_literal=hostile.url("/to-literal"),
        redirect_rebound=hostile.url("/to-rebound"),
        redirect_file=hostile.url("/to-file"),
        rebound=f"{rebound}/feed.xml",
        links=hostile.url("/links.xml"),
    )

    result = run_crawl(cli_env, tmp_path, allow="127.0.0.1/32", extra_settings=REBOUND)

    assert_operator_saw_no_traceback(result)
    assert forbidden.log == []
    health = SourceHealth(redis_client, config.keys)
    assert error_of(health, "good") == ""
    assert "refused_address: 127.0.0.2: a loopback" in error_of(health, "redirect_literal")
    assert "rebound.test resolves to 127.0.0.2" in error_of(health, "redirect_rebound")
    assert "rebound.test resolves to 127.0.0.2" in error_of(health, "rebound")
    assert error_of(health, "redirect_file")  # refused, whoever refuses it
    links = health.get("links")
    # Links that are not http(s) never become requests (aggregator.sources.feeds drops them); the
    # two that lead to 127.0.0.2 are refused at the downloader.
    assert links.get("count:article_fetch_failed") == "2", links
    assert links.get("last_entries") == "3", links
    urls = sorted(str(m["url"]) for m in published(redis_client, config))
    assert urls == [hostile.url("/good.html"), hostile.url("/good.html?from=links")]
    assert not any("secret" in json.dumps(m) for m in published(redis_client, config))


def test_sources_add_refuses_a_local_feed_in_one_line(
    hostile: HostileServer, cli_env: dict[str, str], redis_client: redis.Redis
) -> None:
    """Validating a new source fetches it, so the same policy applies, before anything is
    stored; the operator gets one line naming the refusal."""
    env = {**cli_env, "AGGREGATOR_ALLOW_NETWORKS": ""}
    result = subprocess.run(
        [sys.executable, "-m", "aggregator", "sources", "add", f"http://localhost:{hostile.port}/feed.xml"],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 1
    assert "refused_address" in result.stderr and "127.0.0.1" in result.stderr, result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert hostile.log == []
