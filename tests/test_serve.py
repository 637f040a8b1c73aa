"""``aggregator serve``: every endpoint over real HTTP on 127.0.0.1, against a real Redis."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest
import redis
from prometheus_client.parser import text_string_to_metric_families

from aggregator.config import Config
from aggregator.ops.passes import observe
from aggregator.sources.health import PollOutcome, SourceHealth
from aggregator.sources.registry import Source, SourceRegistry
from tests.cli import assert_one_line_error, run_cli
from tests.ops import HangingProxy, serving, validate


def _get(url: str) -> tuple[int, str, str]:
    """Status, content type and body of a GET."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers["Content-Type"], response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers["Content-Type"], exc.read().decode()


def _json(url: str) -> tuple[int, Any]:
    status, _, body = _get(url)
    return status, json.loads(body)


def seed(client: redis.Redis, config: Config) -> None:
    """Two sources: "good" published 3 articles and lost a page to a bot wall; "broken"
    failed its last poll on DNS. Two stream entries, and a group that read neither."""
    registry = SourceRegistry(client, config.keys)
    health = SourceHealth(client, config.keys)
    registry.add(Source(name="good", url="https://good.example/feed.xml"))
    registry.add(Source(name="broken", url="https://broken.example/feed.xml"))
    health.polled("good", PollOutcome("ok", http_status=200, entries=4))
    health.count("good", "published", 3)
    health.count("good", "bot_wall")
    health.polled("broken", PollOutcome("error", error_kind="dns", message="<no> such host"))
    for n in range(2):
        client.xadd(config.keys.stream, {"id": str(n), "article": "{}"})
    client.xgroup_create(config.keys.stream, "archive", id="0")


@pytest.fixture
def base(config: Config, redis_client: redis.Redis) -> Iterator[str]:
    seed(redis_client, config)
    with serving(redis_client, config) as url:
        yield url


def test_healthz_answers_200_while_redis_answers(base: str) -> None:
    status, body = _json(f"{base}/healthz")
    assert (status, body["status"]) == (200, "ok")


def test_healthz_answers_503_when_redis_is_gone(config: Config) -> None:
    gone = redis.Redis(host="127.0.0.1", port=1, socket_connect_timeout=1)
    with serving(gone, config) as url:
        status, body = _json(f"{url}/healthz")
    assert status == 503
    assert body["status"] == "unavailable"


def _proxied(config: Config, cli_env: dict[str, str], proxy: HangingProxy) -> dict[str, str]:
    """``cli_env`` with REDIS_URL through ``proxy`` (same database)."""
    return {**cli_env, "REDIS_URL": f"redis://127.0.0.1:{proxy.port}{_tcp(config)[2]}"}


def _tcp(config: Config) -> tuple[str, int, str]:
    parts = urlsplit(config.redis_url or "")
    if parts.scheme != "redis" or not parts.hostname or not parts.port:
        pytest.skip(f"needs a Redis on TCP, not {config.redis_url}")
    return parts.hostname, parts.port, parts.path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_healthz_answers_503_when_redis_hangs(config: Config, cli_env: dict[str, str]) -> None:
    """A Redis that accepts and never answers: ``serve`` says 503, soon enough that the
    containers' healthcheck (which waits 5 s) reports the 503, not its own timeout."""
    with HangingProxy(_tcp(config)[:2]) as proxy:
        port = _free_port()
        serve = subprocess.Popen(
            [sys.executable, "-m", "aggregator", "-q", "serve", "--port", str(port)],
            env=_proxied(config, cli_env, proxy), stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            url = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 60
            while _answer(f"{url}/healthz") != 200:
                assert serve.poll() is None and time.monotonic() < deadline, "serve did not start"
                time.sleep(0.1)
            proxy.hang()
            checked = run_cli("-q", "healthcheck", "serve", "--port", str(port), env=cli_env)
            assert_one_line_error(checked, "/healthz", "503")
            status, body = _json(f"{url}/healthz")
            assert (status, body["status"]) == (503, "unavailable")
            assert "Timeout" in body["redis"]
            assert _json(f"{url}/metrics")[0] == 503
        finally:
            serve.terminate()
            serve.wait(30)


def _answer(url: str) -> int | None:
    try:
        return _get(url)[0]
    except OSError:
        return None


def test_serve_against_a_redis_that_never_answers_stops_with_one_line(
    config: Config, cli_env: dict[str, str]
) -> None:
    with HangingProxy(_tcp(config)[:2]) as proxy:
        proxy.hang()
        env = _proxied(config, cli_env, proxy)
        result = run_cli("serve", "--port", str(_free_port()), env=env, timeout=60)
    assert_one_line_error(result, "cannot reach redis://127.0.0.1:", "Timeout")


def test_metrics_carry_the_fleets_counters_from_redis(
    base: str, config: Config, redis_client: redis.Redis
) -> None:
    observe(redis_client, config.keys, "crawl", 3.0)
    observe(redis_client, config.keys, "crawl", 100.0)
    status, content_type, body = _get(f"{base}/metrics")
    assert status == 200 and content_type.startswith("text/plain")
    samples = {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(body)
        for s in family.samples
    }
    assert samples[("aggregator_articles_published_total", (("source", "good"),))] == 3
    reason = (("reason", "dns"), ("source", "broken"))
    assert samples[("aggregator_source_failures_total", reason)] == 1
    dropped = (("reason", "bot_wall"), ("source", "good"))
    assert samples[("aggregator_extraction_failures_total", dropped)] == 1
    assert samples[("aggregator_source_polls_total", (("outcome", "ok"), ("source", "good")))] == 1
    assert samples[("aggregator_sources", (("state", "error"),))] == 1
    assert samples[("aggregator_sources", (("state", "ok"),))] == 1
    assert samples[("aggregator_stream_length", ())] == 2
    assert samples[("aggregator_consumer_group_lag", (("group", "archive"),))] == 2
    assert samples[("aggregator_consumer_group_pending", (("group", "archive"),))] == 0
    crawl = (("kind", "crawl"),)
    assert samples[("aggregator_pass_duration_seconds_count", crawl)] == 2
    assert samples[("aggregator_pass_duration_seconds_sum", crawl)] == 103
    assert samples[("aggregator_pass_duration_seconds_bucket", (*crawl, ("le", "5.0")))] == 1


def test_api_status_is_the_status_document(base: str) -> None:
    status, document = _json(f"{base}/api/status")
    assert status == 200
    validate(document, "status")
    assert [s["name"] for s in document["sources"]] == ["broken", "good"]
    assert document["problems"] == ["source broken: dns: <no> such host"]
    assert document["stream"]["groups"][0]["lag"] == 2
    _, lagging = _json(f"{base}/api/status?max_lag=1")
    assert "group archive: lag 2 > 1" in lagging["problems"]


def test_api_sources_and_one_source(base: str) -> None:
    status, listing = _json(f"{base}/api/sources")
    assert status == 200
    validate(listing, "sources")
    status, good = _json(f"{base}/api/sources/good")
    assert status == 200
    validate(good, "source")
    assert (good["published"], good["dropped"], good["failing"]) == (3, {"bot_wall": 1}, False)
    assert good["articles_per_crawl"] == 3


def test_unknown_names_are_404_and_bad_parameters_400(base: str) -> None:
    assert _json(f"{base}/api/sources/nope") == (404, {"error": "no source named 'nope'"})
    status, body = _json(f"{base}/api/stories/0123456789abcdef0123456789abcdef")
    assert status == 404 and "no story" in body["error"]
    assert _json(f"{base}/api/status?max_lag=many")[0] == 400


def test_dashboard_escapes_what_came_from_the_web_and_stays_small(base: str) -> None:
    status, content_type, page = _get(f"{base}/")
    assert status == 200 and content_type.startswith("text/html")
    assert "&lt;no&gt; such host" in page and "<no>" not in page
    assert "source broken: dns" in page  # the problems box
    assert len(page.encode()) < 200_000
    # Nothing to fetch from elsewhere: no script, stylesheet or image from another origin.
    for needle in ("<script", "src=", "<link", "@import", "url("):
        assert needle not in page


def test_dashboard_of_a_thousand_sources_stays_under_200_kb() -> None:
    from aggregator.ops.documents import source_document
    from aggregator.web.dashboard import render_dashboard

    documents = []
    for n in range(1000):
        health = {"last_status": "error" if n % 100 == 0 else "ok", "polls": "9",
                  "last_error": "dns: no such host" if n % 100 == 0 else "",
                  "consecutive_failures": "2" if n % 100 == 0 else "0",
                  "count:published": "40", "count:bot_wall": "2"}  # fmt: skip
        record = {"name": f"source-{n:04d}", "url": f"https://s{n}.example/feed.xml",
                  "title": "A news site", "disabled": None}  # fmt: skip
        documents.append(source_document(record, health, None, None, 0.0))
    stream = {"stream": "s", "length": 100_000, "dead_letter": 0, "groups": []}
    status = {"version": "1", "generated_at": "now", "sources": documents, "stream": stream,
              "frontier": None, "heartbeats": [], "problems": []}  # fmt: skip
    page = render_dashboard(status, [])
    assert len(page.encode()) < 200_000
    assert all(f">source-{n:04d}<" in page for n in range(0, 1000, 100))  # every failing one
    assert "800 more healthy sources" in page
