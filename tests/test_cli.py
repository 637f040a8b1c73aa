"""The command line as an operator meets it: help, and one-line errors for bad input."""

from __future__ import annotations

import redis

from aggregator.keys import Keys
from tests.cli import assert_one_line_error, run_cli


def test_help_lists_the_commands(cli_env: dict[str, str]) -> None:
    result = run_cli("--help", env=cli_env)
    assert result.returncode == 0
    for command in ("demo", "sources", "crawl", "consume", "extract"):
        assert command in result.stdout


def test_unknown_command(cli_env: dict[str, str]) -> None:
    result = run_cli("frobnicate", env=cli_env)
    assert result.returncode == 2
    assert_one_line_error(result, "invalid choice", "frobnicate")


def test_bad_url_is_refused_and_nothing_stored(
    cli_env: dict[str, str], redis_client: redis.Redis, keys: Keys
) -> None:
    result = run_cli("sources", "add", "not a url", env=cli_env)
    assert_one_line_error(result, "invalid URL")
    assert redis_client.hlen(keys.sources) == 0


def test_bad_interval_is_refused(cli_env: dict[str, str]) -> None:
    result = run_cli("sources", "add", "https://a.example/feed", "--interval", "1m", env=cli_env)
    assert_one_line_error(result, "invalid interval")


def test_unreachable_source_is_refused_and_nothing_stored(
    cli_env: dict[str, str], redis_client: redis.Redis, keys: Keys
) -> None:
    # Port 9 (discard) on loopback: nothing listens there on a test machine.
    result = run_cli("sources", "add", "http://127.0.0.1:9/feed.xml", "--name", "x", env=cli_env)
    assert_one_line_error(result, "unreachable")
    assert redis_client.hlen(keys.sources) == 0


def test_bad_redis_url_is_a_one_line_config_error(cli_env: dict[str, str]) -> None:
    result = run_cli("sources", "list", env={**cli_env, "REDIS_URL": "http://nope"})
    assert_one_line_error(result, "REDIS_URL")


def test_unreachable_redis_is_a_one_line_error(cli_env: dict[str, str]) -> None:
    result = run_cli("sources", "list", env={**cli_env, "REDIS_URL": "redis://127.0.0.1:9/0"})
    assert_one_line_error(result, "cannot reach")


def test_unknown_source(cli_env: dict[str, str]) -> None:
    assert_one_line_error(run_cli("sources", "show", "nope", env=cli_env), "no source named")


def test_crawl_of_an_unknown_source_is_a_one_line_error(cli_env: dict[str, str]) -> None:
    assert_one_line_error(run_cli("crawl", "--source", "nope", env=cli_env), "no source named")


def test_crawl_without_sources_says_how_to_add_one(cli_env: dict[str, str]) -> None:
    result = run_cli("crawl", env=cli_env)
    assert result.returncode == 0
    assert "aggregator sources add URL" in result.stdout
