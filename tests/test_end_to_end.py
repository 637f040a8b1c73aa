"""Feed to stream to consumer, run as an operator runs it: the CLI in subprocesses."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import redis

from aggregator.demo.server import DemoSite
from aggregator.keys import Keys
from tests.cli import run_cli
from tests.fixtures_consumer import assert_valid
from tests.test_models import CONTRACT_FIELDS

LEDGER_ARTICLES = 12
BLOG_POSTS = 8


def _add_sources(site: DemoSite, env: dict[str, str]) -> None:
    for name, url in sorted(site.feeds.items()):
        # The demo stories date from March 2026: older than the default maximum age.
        added = run_cli("sources", "add", url, "--name", name, "--max-age", "3650d", env=env)
        assert added.returncode == 0, added.stderr
        assert f"added {name}" in added.stdout


def _crawl(env: dict[str, str]) -> str:
    crawled = run_cli("crawl", env=env)
    assert crawled.returncode == 0, crawled.stderr
    return crawled.stdout


def _consume(env: dict[str, str], group: str, path: Path) -> list[dict[str, Any]]:
    result = run_cli(
        "consume", "--group", group, "--sink", f"jsonl:{path}", "--idle-exit", "1", env=env
    )
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_feed_to_stream_to_consumer(
    cli_env: dict[str, str], redis_client: redis.Redis, keys: Keys, tmp_path: Path
) -> None:
    with DemoSite() as site:
        _add_sources(site, cli_env)  # its preview fetches three sample articles per source
        before = len(site.requests)
        report = _crawl(cli_env)
        requests = site.requests[before:]
    assert "gulf-ledger" in report and "valley-notes" in report

    everything = _consume(cli_env, "archive", tmp_path / "articles.jsonl")
    messages = [m for m in everything if m["event"] == "new"]

    # The tracking-parameter repeat in the RSS feed is dropped: one message per article.
    assert len(messages) == LEDGER_ARTICLES + BLOG_POSTS
    assert len({m["id"] for m in messages}) == len(messages)
    assert redis_client.xlen(keys.stream) == len(everything)
    # Besides: a blog copy processed before its original is linked to it by an update.
    relinks = [m for m in everything if m["event"] == "update"]
    assert {m["id"] for m in relinks} <= {m["id"] for m in messages}
    assert all(m["duplicate_of"] in {o["id"] for o in messages} for m in relinks)
    for message in messages:
        assert_valid(message)  # schema/article.schema.json: every contract field, typed
        assert set(message) >= CONTRACT_FIELDS
        assert message["schema_version"] == 1
        assert len(message["text"]) > 500
        assert message["story_id"]
        assert message["fetched_at"]
    by_source = {
        s: [m for m in messages if m["source"] == s] for s in ("gulf-ledger", "valley-notes")
    }
    assert len(by_source["gulf-ledger"]) == LEDGER_ARTICLES
    assert len(by_source["valley-notes"]) == BLOG_POSTS

    (original,) = [m for m in by_source["gulf-ledger"] if "Taliban" in (m["title"] or "")]
    assert (
        original["title"]
        == "Taliban government denies Iranian claim of ISIL leaders in Afghanistan"
    )
    assert original["published"].startswith("2026-03-02")
    assert original["authors"]
    assert original["feed_url"].endswith("/ledger/feed.xml")
    assert "Balkhi" in original["text"]
    assert "Share this" not in original["text"]

    # The crawl fetched every article page once (the repeat once more, under its own URL).
    article_fetches = [r for r in requests if r.endswith(".html") and "/2026/" in r]
    assert len(article_fetches) == len(set(article_fetches))


def test_a_second_crawl_publishes_nothing_again(
    cli_env: dict[str, str], redis_client: redis.Redis, keys: Keys
) -> None:
    with DemoSite() as site:
        _add_sources(site, cli_env)
        _crawl(cli_env)
        first = redis_client.xlen(keys.stream)
        report = _crawl(cli_env)
    new = [f for _, f in redis_client.xrange(keys.stream) if f["event"] == "new"]
    assert len(new) == LEDGER_ARTICLES + BLOG_POSTS
    assert redis_client.xlen(keys.stream) == first
    assert "published" in report
