"""A real crawl (the CLI in a subprocess) of the hostile server: sizes, time, redirects and
content. Every bad source gets a one-line error, good sources still publish, and the operator
never sees a traceback."""

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
from aggregator.sources.registry import Source, SourceRegistry
from tests.test_hostile_server import (  # noqa: F401 - redis_url is a fixture
    GOOD_HTML,
    HostileServer,
    body,
    bomb,
    oversize,
    redirect_chain,
    redirect_to,
    redis_url,
    rss,
    stall,
    trickle,
)

#: Settings for the crawls under test: short timeouts, extraction in a thread, no retries.
TEST_SETTINGS = """
from aggregator_scrapy.settings.development import *  # noqa: F403
DOWNLOAD_TIMEOUT = 2
RETRY_TIMES = 0
EXTRACTION_WORKERS = 1
"""


def run_crawl(
    cli_env: dict[str, str],
    tmp_path: Path,
    *,
    allow: str = "127.0.0.0/8",
    extra_settings: str = "",
) -> subprocess.CompletedProcess[str]:
    """``aggregator crawl`` as an operator runs it, with TEST_SETTINGS (plus extras)."""
    settings_dir = tmp_path / "test_settings"
    settings_dir.mkdir(exist_ok=True)
    (settings_dir / "hostile_settings.py").write_text(TEST_SETTINGS + extra_settings)
    repo = Path(__file__).resolve().parent.parent
    env = {
        **cli_env,
        "AGGREGATOR_ALLOW_NETWORKS": allow,
        "AGGREGATOR_SETTINGS": "hostile_settings",
        "PYTHONPATH": f"{settings_dir}:{repo}",
    }
    return subprocess.run(
        [sys.executable, "-m", "aggregator", "crawl"],
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
    )


def add_sources(client: redis.Redis, config: Config, **urls: str) -> None:
    registry = SourceRegistry(client, config.keys)
    for name, url in urls.items():
        registry.add(Source(name=name.replace("_", "-"), url=url))


def published(client: redis.Redis, config: Config) -> list[dict[str, object]]:
    messages = []
    for _, fields in client.xrange(config.keys.stream):
        messages.append(json.loads(next(v for v in fields.values() if v.startswith("{"))))
    return messages


def error_of(health: SourceHealth, name: str) -> str:
    return health.get(name.replace("_", "-")).get("last_error", "")


def assert_operator_saw_no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    assert "Traceback" not in result.stdout


@pytest.fixture
def hostile() -> Iterator[HostileServer]:
    with HostileServer() as server:
        yield server


def test_size_time_and_redirects_are_bounded(
    hostile: HostileServer,
    config: Config,
    redis_client: redis.Redis,
    cli_env: dict[str, str],
    tmp_path: Path,
) -> None:
    """Bombs, oversize bodies, trickles, stalls, redirect loops and chains: each source gets
    its error, and the good source in the same crawl still publishes."""
    routes = hostile.routes
    routes["/good.xml"] = body(rss(hostile.url("/good.html")))
    routes["/good.html"] = body(GOOD_HTML, "text/html; charset=utf-8")
    for encoding in ("gzip", "deflate", "br"):
        routes[f"/{encoding}-bomb.xml"] = bomb(encoding)
    routes["/huge-declared.xml"] = oversize(declared=True)
    routes["/huge-chunked.xml"] = oversize(declared=False)
    routes["/trickle.xml"] = trickle
    routes["/stall.xml"] = stall
    routes["/loop-a"] = redirect_to(hostile.url("/loop-b"))
    routes["/loop-b"] = redirect_to(hostile.url("/loop-a"))
    six = redirect_chain(hostile, "six", 6, hostile.url("/good.xml"))
    five = redirect_chain(hostile, "five", 5, hostile.url("/good.xml"))
    # A queued article that was published before this crawl must still be there after it.
    redis_client.xadd(config.keys.stream, {"article": json.dumps({"id": "earlier"})})
    add_sources(
        redis_client,
        config,
        good=hostile.url("/good.xml"),
        gzip_bomb=hostile.url("/gzip-bomb.xml"),
        deflate_bomb=hostile.url("/deflate-bomb.xml"),
        br_bomb=hostile.url("/br-bomb.xml"),
        huge_declared=hostile.url("/huge-declared.xml"),
        huge_chunked=hostile.url("/huge-chunked.xml"),
        trickle=hostile.url("/trickle.xml"),
        stall=hostile.url("/stall.xml"),
        loop=hostile.url("/loop-a"),
        six_redirects=six,
        five_redirects=five,
        closed_port="http://127.0.0.1:9/feed.xml",
        no_such_host="http://no-such-host.invalid/feed.xml",
    )

    result = run_crawl(cli_env, tmp_path)

    assert_operator_saw_no_traceback(result)
    health = SourceHealth(redis_client, config.keys)
    expected = {
        "gzip_bomb": ("too_large", "DOWNLOAD_MAXSIZE"),
        "deflate_bomb": ("too_large", "DOWNLOAD_MAXSIZE"),
        "br_bomb": ("too_large", "DOWNLOAD_MAXSIZE"),
        "huge_declared": ("too_large", "max size"),
        "huge_chunked": ("too_large", ""),
        "trickle": ("timeout", "took longer than 2"),
        "stall": ("timeout", "took longer than 2"),
        "loop": ("too_many_redirects", "max redirections"),
        "six_redirects": ("too_many_redirects", "max redirections"),
        "closed_port": ("connection", "refused"),
        "no_such_host": ("dns", "no-such-host.invalid"),
    }
    for name, (reason, words) in expected.items():
        error = error_of(health, name)
        assert_typed_line(error, reason)
        assert words in error, (name, error)
    assert error_of(health, "five_redirects") == ""
    assert error_of(health, "good") == ""
    ids = [m["id"] for m in published(redis_client, config)]
    assert ids[0] == "earlier"
    assert len(ids) == 2  # the good article, once: five_redirects' feed lists the same page


def assert_typed_line(error: str, reason: str) -> None:
    """One line starting with its typed reason. The spider records every download failure
    as ``fetch_failed: <message>`` until it adopts spiders.outcomes.describe_failure;
    the sources branch's spiders/outcomes.py must adopt it too (it calls every IgnoreRequest
    "blocked" by robots.txt)."""
    assert error, reason
    assert "\n" not in error
    assert error.split(":", 1)[0] in ("fetch_failed", reason), (reason, error)
