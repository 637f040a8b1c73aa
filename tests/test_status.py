"""``aggregator status`` shows why pages of a source gave no article, by typed reason;
a paywall teaser is not one of them: it is published with ``access: "paywall"``."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

from tests.cli import run_cli
from tests.httpserver import PNG_BYTES, FixtureServer

GOLDEN = Path(__file__).resolve().parent / "golden" / "extraction"


def _rss(server: FixtureServer, paths: list[str]) -> bytes:
    date = format_datetime(datetime.now(UTC))
    items = "".join(
        f"<item><title>{p}</title><link>{server.url(p)}</link><pubDate>{date}</pubDate></item>"
        for p in paths
    )
    return f"<rss version='2.0'><channel><title>T</title>{items}</channel></rss>".encode()


def test_status_counts_typed_failures_per_source(cli_env: dict[str, str]) -> None:
    pages = {
        "/news.html": (GOLDEN / "news_jsonld.html").read_bytes(),
        "/wall.html": (GOLDEN / "bot_wall_cloudflare.html").read_bytes(),
        "/paid.html": (GOLDEN / "paywall_teaser.html").read_bytes(),
    }
    with FixtureServer() as server:
        for path, body in pages.items():
            server.route(path, body)
        server.route("/photo.html", PNG_BYTES, content_type="image/png")
        server.route("/feed.xml", _rss(server, [*pages, "/photo.html"]),
                     content_type="application/rss+xml")  # fmt: skip
        added = run_cli("sources", "add", server.url("/feed.xml"), "--name", "mixed", env=cli_env)
        assert added.returncode == 0, added.stderr
        assert run_cli("crawl", env=cli_env).returncode == 0

    status = run_cli("status", env=cli_env)

    assert status.returncode == 0, status.stderr
    (row,) = [line for line in status.stdout.splitlines() if line.startswith("mixed ")]
    for reason in ("bot_wall 1", "not_html 1"):
        assert reason in row, status.stdout
    assert "paywall" not in row
    assert "stream " in status.stdout and "2 entries" in status.stdout
    consumed = run_cli("consume", "--group", "g", "--idle-exit", "1", env=cli_env)
    lines = consumed.stdout.splitlines()
    messages = {m["url"].rsplit("/", 1)[1]: m for m in map(json.loads, lines)}
    assert sorted(messages) == ["news.html", "paid.html"]
    assert (messages["paid.html"]["access"], messages["news.html"]["access"]) == ("paywall", None)
    assert messages["paid.html"]["text"].startswith("For months, depositors")
    assert "Subscribe" not in messages["paid.html"]["text"]
