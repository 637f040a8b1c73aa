"""Scripting the CLI: --json documents, status --check codes, --version, -v/-q anywhere,
whole values when piped, a closed pipe, and one-line errors of the new commands."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time

import redis

from aggregator import __version__
from aggregator.config import Config
from aggregator.crawl.frontier import Frontier
from aggregator.ops import heartbeat
from aggregator.sources.health import PollOutcome, SourceHealth
from aggregator.sources.registry import Source, SourceRegistry
from aggregator.stream.consumer import Consumer
from aggregator.stream.sinks.callable import CallableSink
from tests.cli import assert_one_line_error, run_cli
from tests.ops import validate
from tests.test_serve import seed

LONG_TITLE = "A title far longer than any table column of the terminal view, " * 2


def test_status_json_fits_its_schema_and_check_says_1_with_a_failing_source(
    cli_env: dict[str, str], config: Config, redis_client: redis.Redis
) -> None:
    seed(redis_client, config)
    result = run_cli("status", "--json", "--check", env=cli_env)
    assert result.returncode == 1, result.stderr
    document = json.loads(result.stdout)
    validate(document, "status")
    assert document["problems"] == ["source broken: dns: <no> such host"]
    table = run_cli("status", "--check", env=cli_env)
    assert table.returncode == 1
    assert "source broken: dns" in table.stdout


def test_status_check_is_0_when_all_is_well_and_1_when_a_group_lags(
    cli_env: dict[str, str], config: Config, redis_client: redis.Redis
) -> None:
    SourceRegistry(redis_client, config.keys).add(Source(name="fine", url="https://f.example/"))
    SourceHealth(redis_client, config.keys).polled("fine", PollOutcome("ok", entries=1))
    # Paused by the operator, after a failure: not a problem (410 Gone would be).
    registry = SourceRegistry(redis_client, config.keys)
    registry.add(Source(name="paused", url="https://p.example/"))
    SourceHealth(redis_client, config.keys).polled("paused", PollOutcome("error", message="x"))
    registry.set_disabled("paused", "on holiday")
    assert run_cli("status", "--check", env=cli_env).returncode == 0
    for n in range(3):
        redis_client.xadd(config.keys.stream, {"n": str(n)})
    redis_client.xgroup_create(config.keys.stream, "slow", id="0")
    assert run_cli("status", "--check", "--max-lag", "3", env=cli_env).returncode == 0
    lagging = run_cli("status", "--check", "--max-lag", "2", env=cli_env)
    assert lagging.returncode == 1
    assert "group slow: lag 3 > 2" in lagging.stdout


def test_status_check_is_2_when_redis_cannot_be_reached(cli_env: dict[str, str]) -> None:
    env = {**cli_env, "REDIS_URL": "redis://:secret@127.0.0.1:1/0"}
    result = run_cli("status", "--check", env=env)
    assert result.returncode == 2
    assert_one_line_error(result, "cannot reach")
    assert "secret" not in result.stderr


def test_sources_list_and_show_json_fit_their_schemas(
    cli_env: dict[str, str], config: Config, redis_client: redis.Redis
) -> None:
    seed(redis_client, config)
    listing = run_cli("sources", "list", "--json", env=cli_env)
    assert listing.returncode == 0, listing.stderr
    validate(json.loads(listing.stdout), "sources")
    shown = run_cli("sources", "show", "broken", "--json", env=cli_env)
    assert shown.returncode == 0, shown.stderr
    document = json.loads(shown.stdout)
    validate(document, "source")
    assert (document["state"], document["poll_failures"]) == ("error", {"dns": 1})
    assert_one_line_error(run_cli("sources", "show", "nope", "--json", env=cli_env), "nope")


def test_piped_tables_print_whole_values(
    cli_env: dict[str, str], config: Config, redis_client: redis.Redis
) -> None:
    SourceRegistry(redis_client, config.keys).add(
        Source(name="long", url="https://long.example/feed", title=LONG_TITLE.strip())
    )
    result = run_cli("sources", "list", env=cli_env)
    assert LONG_TITLE.strip() in result.stdout
    assert "…" not in result.stdout


def test_version_and_verbosity_after_the_subcommand(cli_env: dict[str, str]) -> None:
    version = run_cli("--version", env=cli_env)
    assert (version.returncode, version.stdout.strip()) == (0, f"aggregator {__version__}")
    for args in (["status", "-q"], ["status", "-v"], ["-v", "sources", "list", "-v"]):
        result = run_cli(*args, env=cli_env)
        assert result.returncode == 0, (args, result.stderr)
    assert_one_line_error(run_cli("status", "-q", "-v", env=cli_env), "not allowed")


def test_a_closed_pipe_ends_quietly(
    cli_env: dict[str, str], config: Config, redis_client: redis.Redis
) -> None:
    registry = SourceRegistry(redis_client, config.keys)
    for n in range(50):
        registry.add(Source(name=f"s{n:03d}", url=f"https://s{n}.example/feed"))
    reader = subprocess.Popen(
        [sys.executable, "-m", "aggregator", "sources", "list"],
        env=cli_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    assert reader.stdout is not None
    reader.stdout.close()  # `| head -0`: the reader is gone before the first line
    _, stderr = reader.communicate(timeout=60)
    assert reader.returncode == 141, stderr  # 128 + SIGPIPE, as `yes | head` reports
    assert stderr == b""


def test_bad_input_of_the_new_commands_is_one_line(cli_env: dict[str, str]) -> None:
    assert_one_line_error(run_cli("serve", "--port", "70000", env=cli_env), "--port")
    assert_one_line_error(run_cli("serve", "--host", "no.such.host.invalid", env=cli_env),
                          "cannot listen")  # fmt: skip
    env = {**cli_env, "AGGREGATOR_LOG_FORMAT": "xml"}
    assert_one_line_error(run_cli("status", env=env), "AGGREGATOR_LOG_FORMAT")
    assert_one_line_error(run_cli("healthcheck", "consume", env=cli_env), "--group")


def test_healthcheck_follows_the_schedulers_heartbeat(
    cli_env: dict[str, str], config: Config, redis_client: redis.Redis
) -> None:
    assert_one_line_error(run_cli("healthcheck", "schedule", env=cli_env), "missed")
    heartbeat.beat(redis_client, config.keys, "schedule", time.time() + 60)
    assert run_cli("healthcheck", "schedule", env=cli_env).returncode == 0
    heartbeat.beat(redis_client, config.keys, "schedule", time.time() - 1)  # hung: promise broken
    assert_one_line_error(run_cli("healthcheck", "schedule", env=cli_env), "missed")


def test_a_running_scheduler_keeps_its_heartbeat(
    cli_env: dict[str, str], config: Config, redis_client: redis.Redis
) -> None:
    scheduler = subprocess.Popen(
        [sys.executable, "-m", "aggregator", "schedule"],
        env=cli_env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while heartbeat.deadline(redis_client, config.keys, "schedule") is None:
            assert scheduler.poll() is None, scheduler.communicate()[1]
            assert time.monotonic() < deadline, "no heartbeat"
            time.sleep(0.1)
        promised = heartbeat.deadline(redis_client, config.keys, "schedule")
        assert promised is not None and promised > time.time() + 30
        assert run_cli("healthcheck", "schedule", env=cli_env).returncode == 0
    finally:
        scheduler.terminate()
        assert scheduler.wait(30) == 0


def test_healthcheck_of_a_worker_and_a_consumer_on_this_host(
    cli_env: dict[str, str], config: Config, redis_client: redis.Redis
) -> None:
    assert_one_line_error(run_cli("healthcheck", "worker", env=cli_env), "no worker")
    worker = f"{socket.gethostname()}-1-abc"
    Frontier(redis.Redis.from_url(cli_env["REDIS_URL"]), config.keys, worker).heartbeat(60)
    assert run_cli("healthcheck", "worker", env=cli_env).returncode == 0

    redis_client.xadd(config.keys.stream, {"n": "1"})
    assert_one_line_error(run_cli("healthcheck", "consume", "--group", "g", env=cli_env), "g")
    Consumer(redis_client, config.keys, "g").run(CallableSink(lambda batch: None), idle_exit=0.1)
    assert run_cli("healthcheck", "consume", "--group", "g", env=cli_env).returncode == 0
    time.sleep(0.2)
    stale = run_cli("healthcheck", "consume", "--group", "g", "--max-idle", "0.1", env=cli_env)
    assert_one_line_error(stale, "no consumer of group g")
