"""``aggregator story ID`` shows the original and every copy with its credit lines."""

from __future__ import annotations

import subprocess
import sys

import redis

from aggregator.dedup.index import Deduplicator, DedupParams
from aggregator.keys import Keys
from aggregator.models import Article, Attribution
from tests.textsite import real_texts


def _story(env: dict[str, str], some_id: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "aggregator", "story", some_id],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_story_shows_original_and_credited_copies(
    cli_env: dict[str, str], redis_client: redis.Redis, keys: Keys
) -> None:
    dedup = Deduplicator(redis_client, keys, DedupParams(capacity=100))
    (text,) = real_texts(1)
    words = text.split()
    credit = Attribution(
        original_publisher="Al Jazeera",
        credit_lines=("Image Credit: Google, Al-Jazeera", "(Courtesy: Al-Jazeera)"),
    )
    copy = Article(
        url="https://blog.example/p/1",
        source="blog",
        title="Copied",
        text=" ".join(words[: len(words) * 6 // 10]),
        attribution=credit,
        published="2026-11-10T12:00:00+00:00",
    )
    original = Article(
        url="https://www.aljazeera.com/news/1",
        source="aj",
        title="Original",
        text=text,
        published="2026-11-10T13:00:00+00:00",
    )
    other = Article(
        url="https://news.example/1",
        source="news",
        title="Copy two",
        text=text + "\nShare this article.",
        published="2026-11-10T14:00:00+00:00",
    )
    verdicts = [dedup.check(a) for a in (copy, original, other)]
    assert [v.kind for v in verdicts] == ["new", "new", "copy"]
    assert verdicts[2].duplicate_of == original.id  # the credited outlet, though published later

    shown = _story(cli_env, other.id)
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert lines[0] == (
        f"story {copy.id}: 3 article(s) from aljazeera.com, blog.example, news.example"
    )
    rows = [line.split()[:3] for line in lines[4:7]]
    assert rows == [
        ["original", original.id, "aljazeera.com"],
        ["copy", copy.id, "blog.example"],
        ["copy", other.id, "news.example"],
    ]
    assert f"{copy.id} (blog.example) credits Al Jazeera:" in lines
    assert "  (Courtesy: Al-Jazeera)" in lines


def test_unknown_story_is_one_line(cli_env: dict[str, str]) -> None:
    shown = _story(cli_env, "0" * 32)
    assert shown.returncode == 1
    assert (
        shown.stderr == f"aggregator story: no story or article {'0' * 32!r} in the dedup index\n"
    )
