"""The operators' view of the demo's data: ``story --json``, ``/api/stories/ID``, and the
dashboard in a real headless browser (Debian's chromium through Playwright)."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import redis

from aggregator.config import Config
from aggregator.keys import Keys
from tests.cli import run_cli
from tests.ops import serving, validate
from tests.test_serve import _json

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SCREENSHOT = os.environ.get("AGGREGATOR_DASHBOARD_SCREENSHOT")  # docs/dashboard.png is one
#: The demo's syndicated story: The Gulf Ledger's report, copied by Kabul Valley Notes.
COPIED_TITLE = "Taliban Government Denies Iranian Claim of ISIL Leaders in Afghanistan"


@dataclasses.dataclass(frozen=True)
class Demo:
    env: dict[str, str]
    config: Config
    client: redis.Redis


@pytest.fixture(scope="module")
def demo(redis_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    """``aggregator demo`` run once for the module, under a key prefix of its own."""
    prefix = f"test:{uuid.uuid4().hex[:12]}:"
    env = {k: v for k, v in os.environ.items() if not k.startswith("AGGREGATOR_")}
    env.update(REDIS_URL=redis_url, AGGREGATOR_KEY_PREFIX=prefix,
               AGGREGATOR_DATA_DIR=str(tmp_path_factory.mktemp("var")))  # fmt: skip
    result = run_cli("demo", env=env, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    client = redis.Redis.from_url(redis_url, decode_responses=True)
    # What the demo wrote lives under its own namespace; serve and the CLI read it there.
    demo_env = {**env, "AGGREGATOR_KEY_PREFIX": f"{prefix}demo:"}
    yield Demo(demo_env, Config(redis_url=redis_url, keys=Keys(prefix=f"{prefix}demo:")), client)
    for key in client.scan_iter(match=f"{prefix}*", count=1000):
        client.delete(key)
    client.close()


def _copied_story(demo: Demo) -> dict[str, Any]:
    for _, fields in demo.client.xrange(demo.config.keys.stream):
        article = json.loads(fields["article"])
        if article["title"] == COPIED_TITLE:
            result = run_cli("story", article["id"], "--json", env=demo.env)
            assert result.returncode == 0, result.stderr
            document: dict[str, Any] = json.loads(result.stdout)
            return document
    raise AssertionError("the demo's copied story is not in the stream")


def test_story_json_fits_its_schema_and_the_api_says_the_same(demo: Demo) -> None:
    story = _copied_story(demo)
    validate(story, "story")
    original, copy = story["members"]
    assert (original["role"], original["source"]) == ("original", "gulf-ledger")
    assert (copy["role"], copy["source"]) == ("copy", "valley-notes")
    assert copy["credit_lines"] == ["(Courtesy: The Gulf Ledger)"]
    with serving(demo.client, demo.config) as base:
        assert _json(f"{base}/api/stories/{story['story_id']}") == (200, story)


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="no chromium (apt-get install chromium)")
def test_dashboard_in_a_headless_browser(demo: Demo) -> None:
    playwright = pytest.importorskip("playwright.sync_api", reason="playwright not installed")
    errors: list[str] = []
    with serving(demo.client, demo.config) as base, playwright.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync"],
        )  # fmt: skip
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        outside: list[str] = []
        page.on("request", lambda r: None if r.url.startswith(base) else outside.append(r.url))
        response = page.goto(f"{base}/")
        assert response is not None and response.status == 200
        sources = page.locator("#sources tbody tr").all_inner_texts()
        assert [row.split("\t")[0] for row in sources] == ["gulf-ledger", "valley-notes"]
        length = demo.client.xlen(demo.config.keys.stream)
        assert page.locator("#stream-length").inner_text() == str(length)
        story = page.locator(".story", has_text=COPIED_TITLE)
        rows = story.locator("tbody tr").all_inner_texts()
        assert rows[0].startswith("original\tgulf-ledger")
        assert rows[1].startswith("copy\tvalley-notes")
        assert "(Courtesy: The Gulf Ledger)" in rows[1]
        # The blog's "(Courtesy: Al-Jazeera)" post: its original was never crawled, and the
        # credit line is what links it to Al Jazeera.
        credited = page.locator(".story", has_text="Returning Families Crowd Torkham")
        (row,) = credited.locator("tbody tr").all_inner_texts()
        assert "Al Jazeera" in row and "(Courtesy: Al-Jazeera)" in row
        if SCREENSHOT:
            page.screenshot(path=SCREENSHOT, full_page=True)
        browser.close()
    assert errors == []
    assert outside == []
