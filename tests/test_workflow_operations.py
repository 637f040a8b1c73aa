"""Operator workflows through the CLI: dead letters, the frontier, worker, settings, which Redis."""

from __future__ import annotations

import argparse
import json
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
import yaml

from aggregator.cli import build_parser
from aggregator.config import Config
from aggregator.crawl.distributed import enqueue_pass, frontier_client
from aggregator.crawl.frontier import Frontier
from aggregator.keys import Keys
from aggregator.sources.registry import Source, SourceRegistry
from aggregator.stream.articles import publish
from tests.cli import assert_one_line_error, run_cli
from tests.fixtures_consumer import make_article
from tests.sites import Site, news_site, serve

REPO = Path(__file__).resolve().parent.parent
#: The console script, as an operator runs it: unlike `python -m`, it does not put the
#: working directory on sys.path.
SCRIPT = Path(sys.executable).parent / "aggregator"


def ok(env: dict[str, str], *args: str) -> str:
    done = run_cli(*args, env=env)
    assert done.returncode == 0, done.stderr
    return done.stdout


def dead_letter_three(client: redis.Redis, keys: Keys) -> list[str]:
    """Three articles dead-lettered by a consumer whose sink refused them; their dead ids."""
    ids = []
    for n in range(3):
        fields = {"id": make_article(n).id, "article": make_article(n).to_json()}
        ids.append(str(client.xadd(keys.dead_letter, {
            "entry_id": f"1-{n}", "group": "store", "consumer": "c1", "deliveries": "5",
            "error": "postgresql: value too long", "failed_at": "2026-12-01T10:00:00Z",
            "fields": json.dumps(fields),
        })))  # fmt: skip
    return ids


def test_deadletters_list_replay_and_drop_ask_for_yes(
    cli_env: dict[str, str], redis_client: redis.Redis, keys: Keys
) -> None:
    assert "no dead letters" in ok(cli_env, "deadletters", "list")
    ids = dead_letter_three(redis_client, keys)
    listed = ok(cli_env, "deadletters", "list")
    assert all(i in listed for i in ids) and "value too long" in listed
    assert "https://news.example/0/story.html" in listed
    refused = run_cli("deadletters", "replay", ids[0], env=cli_env)
    assert_one_line_error(refused, "add --yes")
    assert redis_client.xlen(keys.stream) == 0
    assert "replayed 1 dead letters" in ok(cli_env, "deadletters", "replay", ids[0], "--yes")
    (_, fields), *_ = redis_client.xrange(keys.stream)
    assert json.loads(fields["article"])["url"] == "https://news.example/0/story.html"
    assert redis_client.xlen(keys.dead_letter) == 2
    # a consumer group reads the replayed article like any other
    consumed = ok(cli_env, "consume", "--group", "again", "--idle-exit", "1")
    assert [json.loads(line)["id"] for line in consumed.splitlines()] == [make_article(0).id]
    assert_one_line_error(run_cli("deadletters", "drop", "--all", env=cli_env), "add --yes")
    assert_one_line_error(run_cli("deadletters", "drop", "9-9", "--yes", env=cli_env),
                          "no dead letter '9-9'")  # fmt: skip
    assert redis_client.xlen(keys.dead_letter) == 2
    assert "dropped 2 dead letters" in ok(cli_env, "deadletters", "drop", "--all", "--yes")
    assert redis_client.xlen(keys.dead_letter) == 0


def test_frontier_clear_asks_for_yes_and_refuses_while_workers_live(
    cli_env: dict[str, str], redis_client: redis.Redis, keys: Keys
) -> None:
    env = {**cli_env, "AGGREGATOR_DISTRIBUTED": "1"}
    SourceRegistry(redis_client, keys).add(Source("ledger", "https://news.example/feed.xml"))
    assert "queued 1 feeds" in ok(env, "crawl")
    refused = run_cli("frontier", "clear", env=env)
    assert_one_line_error(refused, "clear forgets 1 feeds", "--yes")
    assert redis_client.llen(keys.frontier_feeds) == 1
    redis_client.zadd(keys.frontier_workers, {"w1": redis_client.time()[0] + 30})
    assert_one_line_error(run_cli("frontier", "clear", "--yes", env=env), "1 workers are alive")
    redis_client.delete(keys.frontier_workers)
    assert "forgot 1 feeds" in ok(env, "frontier", "clear", "--yes")
    assert redis_client.llen(keys.frontier_feeds) == 0


def test_a_worker_without_the_distributed_setting_refuses_in_one_line(
    cli_env: dict[str, str],
) -> None:
    done = run_cli("worker", env=cli_env, timeout=60)
    assert_one_line_error(done, "AGGREGATOR_DISTRIBUTED=1")


def test_verbose_names_the_redis_and_status_heads_with_it(
    cli_env: dict[str, str], tmp_path: Path
) -> None:
    said = run_cli("-v", "sources", "list", env=cli_env)
    assert said.returncode == 0, said.stderr
    assert f"using {cli_env['REDIS_URL']}, key prefix {cli_env['AGGREGATOR_KEY_PREFIX']}" in (
        said.stderr
    )
    head = ok(cli_env, "status").splitlines()[0]
    assert head == f"redis: {cli_env['REDIS_URL']}, key prefix {cli_env['AGGREGATOR_KEY_PREFIX']}"
    secret = {**cli_env, "REDIS_URL": cli_env["REDIS_URL"].replace("://", "://:hunter2@")}
    assert "hunter2" not in run_cli("-v", "sources", "list", env=secret).stderr
    embedded = {k: v for k, v in cli_env.items() if k != "REDIS_URL"}
    embedded["AGGREGATOR_DATA_DIR"] = "var"
    done = subprocess.run([str(SCRIPT), "status"], env=embedded, cwd=tmp_path,
                          capture_output=True, text=True, timeout=60, check=False)  # fmt: skip
    assert done.stdout.splitlines()[0].startswith(f"redis: embedded redis in {tmp_path}/var/redis")


@pytest.fixture
def site() -> Iterator[Site]:
    yield from serve(Site())


def test_settings_module_in_the_working_directory_and_bad_ones_in_one_line(
    site: Site, cli_env: dict[str, str], redis_client: redis.Redis, keys: Keys, tmp_path: Path
) -> None:
    (tmp_path / "mysettings.py").write_text(
        "from pathlib import Path\n"
        "from aggregator_scrapy.settings.development import *  # noqa: F403\n"
        "Path('mysettings-was-used').write_text('yes')\n"
    )
    (tmp_path / "broken.py").write_text("DOWNLOAD_DELAY = = 1\n")
    news_site(site)
    SourceRegistry(redis_client, keys).add(Source("ledger", site.url("/feed.xml")))

    def crawl(module: str) -> subprocess.CompletedProcess[str]:
        env = {**cli_env, "AGGREGATOR_SETTINGS": module}
        return subprocess.run([str(SCRIPT), "crawl"], env=env, cwd=tmp_path,
                              capture_output=True, text=True, timeout=120, check=False)  # fmt: skip

    done = crawl("mysettings")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "mysettings-was-used").read_text() == "yes"
    assert redis_client.xlen(keys.stream) == 3
    assert_one_line_error(crawl("nosuchmodule"), "AGGREGATOR_SETTINGS", "no module")
    assert_one_line_error(crawl("broken"), "AGGREGATOR_SETTINGS: broken", "SyntaxError")
    env = {**cli_env, "AGGREGATOR_SETTINGS": "nosuchmodule"}
    assert_one_line_error(run_cli("schedule", "--once", env=env), "no module 'nosuchmodule'")


def test_every_command_has_a_description_and_an_example() -> None:
    parser = build_parser()
    seen = []

    def walk(p: argparse.ArgumentParser, path: list[str]) -> None:
        for action in p._actions:
            if not isinstance(action, argparse._SubParsersAction):
                continue
            for name, sub in action.choices.items():
                seen.append(" ".join([*path, name]))
                text = sub.format_help()
                assert "\nexample:\n  " in text and "aggregator " in text.split("example:")[1]
                assert sub.description, name
                walk(sub, [*path, name])

    walk(parser, [])
    assert {"sources disable", "deadletters replay", "frontier clear", "consume"} <= set(seen)
    assert len(seen) >= 20


def test_compose_keeps_the_sink_password_out_of_the_command() -> None:
    compose = yaml.safe_load((REPO / "docker-compose.yml").read_text())
    for name, service in compose["services"].items():
        assert "postgresql://" not in json.dumps(service.get("command", [])), name
    consumer = compose["services"]["consumer"]
    assert consumer["environment"]["AGGREGATOR_SINK"].startswith("postgresql://")


@pytest.mark.parametrize("spec", ["env:", "env:NOT_SET_ANYWHERE"])
def test_an_unset_sink_variable_is_one_line(cli_env: dict[str, str], spec: str) -> None:
    done = run_cli("consume", "--group", "g", "--sink", spec, "--idle-exit", "1", env=cli_env)
    assert_one_line_error(done, f"--sink {spec}", "is not set")


def test_published_articles_are_unaffected_by_a_replay_elsewhere(
    cli_env: dict[str, str], redis_client: redis.Redis, keys: Keys
) -> None:
    publish(redis_client, keys, make_article(7))
    ids = dead_letter_three(redis_client, keys)
    ok(cli_env, "deadletters", "replay", *ids[1:], "--yes")
    assert redis_client.xlen(keys.stream) == 3
    assert [d for d, _ in redis_client.xrange(keys.dead_letter)] == ids[:1]


def test_a_worker_skips_the_feed_of_a_source_disabled_after_it_was_queued(
    site: Site, config: Config, cli_env: dict[str, str], redis_client: redis.Redis, keys: Keys
) -> None:
    news_site(site, prefix="/on")
    news_site(site, prefix="/off")
    registry = SourceRegistry(redis_client, keys)
    sources = [registry.add(Source(n, site.url(f"/{n}/feed.xml"))) for n in ("on", "off")]
    enqueue_pass(config, sources)
    registry.set_disabled("off", "paused after queueing")
    env = {**cli_env, "AGGREGATOR_DISTRIBUTED": "1",
           "AGGREGATOR_SETTINGS": "tests.distributed_settings"}  # fmt: skip
    worker = subprocess.Popen(
        [sys.executable, "-m", "aggregator", "worker"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    frontier = Frontier(frontier_client(config), keys)

    def busy() -> bool:
        counts = frontier.counts()
        return redis_client.xlen(keys.stream) < 3 or any(
            counts[k] for k in ("feeds", "requests", "inflight")
        )

    try:
        deadline = time.monotonic() + 90  # a bound on a hang, not a speed test
        while busy():
            assert time.monotonic() < deadline, "the worker never drained the frontier"
            time.sleep(0.1)
    finally:
        worker.send_signal(signal.SIGTERM)
        worker.communicate(timeout=60)
    assert site.hits("/on/feed.xml") == 1
    assert site.hits("/off/feed.xml") == 0
