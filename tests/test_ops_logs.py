"""Logs: one INFO line per crawl pass in text or JSON, Scrapy's noise only with -v, and the
records a pass leaves in Redis (its histogram) and on the terminal (a progress bar)."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

import redis

from aggregator.cli.progress import Progress
from aggregator.config import Config
from aggregator.ops.passes import histogram, recorded_pass
from aggregator.sources.health import SourceHealth
from aggregator.sources.registry import Source, SourceRegistry
from tests.cli import run_cli
from tests.httpserver import FixtureServer

GOLDEN = Path(__file__).resolve().parent / "golden" / "extraction"


def _site(server: FixtureServer) -> None:
    """A feed of one article and one page behind a bot wall."""
    date = format_datetime(datetime.now(UTC))
    pages = {"/a.html": "news_jsonld.html", "/wall.html": "bot_wall_cloudflare.html"}
    items = ""
    for path, golden in pages.items():
        server.route(path, (GOLDEN / golden).read_bytes())
        items += f"<item><title>{path}</title><link>{server.url(path)}</link>"
        items += f"<pubDate>{date}</pubDate></item>"
    feed = f"<rss version='2.0'><channel><title>T</title>{items}</channel></rss>"
    server.route("/feed.xml", feed.encode(), content_type="application/rss+xml")


def _crawl(cli_env: dict[str, str], config: Config, client: redis.Redis, *args: str) -> str:
    with FixtureServer() as server:
        _site(server)
        SourceRegistry(client, config.keys).add(Source(name="site", url=server.url("/feed.xml")))
        result = run_cli(*args, env=cli_env)
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stderr


def test_json_logs_are_one_object_per_line_with_the_pass_fields(
    cli_env: dict[str, str], config: Config, redis_client: redis.Redis
) -> None:
    env = {**cli_env, "AGGREGATOR_LOG_FORMAT": "json"}
    stderr = _crawl(env, config, redis_client, "crawl")
    events = [json.loads(line) for line in stderr.splitlines()]  # every line parses
    assert all({"time", "level", "logger", "message"} <= e.keys() for e in events)
    (crawl_pass,) = [e for e in events if e.get("event") == "crawl_pass"]
    assert crawl_pass["level"] == "INFO"
    assert (crawl_pass["polled"], crawl_pass["published"]) == (1, 1)
    assert crawl_pass["failures"] == {"bot_wall": 1}
    assert crawl_pass["duration"] > 0


def test_text_logs_have_the_pass_line_and_scrapy_only_with_v(
    cli_env: dict[str, str], config: Config, redis_client: redis.Redis
) -> None:
    quiet = _crawl(cli_env, config, redis_client, "crawl")
    (line,) = [x for x in quiet.splitlines() if "crawl pass:" in x]
    assert " INFO aggregator.ops.passes: crawl pass: 1 of 1 sources polled, 1 articles" in line
    assert "failures: bot_wall 1" in line
    assert "scrapy" not in quiet
    redis_client.delete(config.keys.sources)
    loud = _crawl(cli_env, config, redis_client, "crawl", "-v")
    assert "INFO scrapy." in loud


def test_a_recorded_pass_counts_what_changed_and_fills_the_histogram(
    config: Config, redis_client: redis.Redis
) -> None:
    health = SourceHealth(redis_client, config.keys)
    health.count("a", "published", 5)  # before the pass: not counted
    with recorded_pass(redis_client, config.keys, "crawl", ["a", "b"]) as summary:
        health.count("a", "published", 2)
        health.count("b", "paywall")
    assert (summary.published, summary.failures) == (2, {"paywall": 1})
    buckets, total = histogram(redis_client, config.keys, "crawl")
    assert buckets[-1] == ("+Inf", 1)
    assert 0 <= total < 1


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal(config: Config, redis_client: redis.Redis) -> None:
    health = SourceHealth(redis_client, config.keys)
    terminal, pipe = _Terminal(), io.StringIO()
    with Progress(redis_client, config.keys, ["a", "b"], stream=terminal, every=0.01) as bar:
        redis_client.hincrby(config.keys.source_health("a"), "polls", 1)
        health.count("a", "published", 3)
        assert bar.line().endswith("] 1/2 sources polled, 3 articles published")
    assert terminal.getvalue().endswith("[" + "#" * 15 + "-" * 15 + "] 1/2 sources polled, "
                                        "3 articles published\n")  # fmt: skip
    with Progress(redis_client, config.keys, ["a"], stream=pipe, every=0.01):
        health.count("a", "published", 1)
    assert pipe.getvalue() == ""
