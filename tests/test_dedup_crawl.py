"""Dedup through real crawls: two crawler processes publish each article once, and copies
crawled before their originals are linked to them when the originals arrive."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from datetime import timedelta
from typing import Any

import redis

from aggregator.keys import Keys
from aggregator.sources.health import SourceHealth
from aggregator.sources.registry import Source, SourceRegistry
from aggregator.stream.articles import decode
from tests.textsite import Site, real_texts, serve

ARTICLES = 12


def _site() -> Site:
    site = Site()
    texts = real_texts(ARTICLES)
    for n, text in enumerate(texts):
        site.add_article(f"/news/{n}", f"Story number {n}", text)
    # The first story again, cut to 60%, under another headline.
    words = texts[0].split()
    site.add_article("/syndicated/0", "Copied story", " ".join(words[: len(words) * 6 // 10]))
    return site


def _crawl(
    env: dict[str, str], processes: int, *args: str
) -> list[subprocess.CompletedProcess[str]]:
    running = [
        subprocess.Popen(
            [sys.executable, "-m", "aggregator", "crawl", *args],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(processes)
    ]
    results = []
    for process in running:
        out, err = process.communicate(timeout=180)
        results.append(subprocess.CompletedProcess(process.args, process.returncode, out, err))
    return results


def _latest(messages: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Each article as a consumer keeping the highest revision has it, by id."""
    latest: dict[str, dict[str, Any]] = {}
    for message in messages:
        if message["revision"] >= latest.get(message["id"], {}).get("revision", 0):
            latest[message["id"]] = message
    return latest


def test_two_crawlers_publish_each_article_once(
    cli_env: dict[str, str], redis_client: redis.Redis, keys: Keys
) -> None:
    site = _site()
    env = {**cli_env, "AGGREGATOR_SETTINGS": "aggregator_scrapy.settings.development"}
    with serve(site) as base:
        SourceRegistry(redis_client, keys).add(Source(name="local", url=f"{base}/feed.xml"))
        first = _crawl(env, processes=2)
        assert [r.returncode for r in first] == [0, 0], [r.stderr[-2000:] for r in first]
        entries = redis_client.xrange(keys.stream)
        repeats = int(SourceHealth(redis_client, keys).get("local").get("count:repeat") or 0)
        fetches = sum(site.hits[path] for path in site.pages)
        again = _crawl(env, processes=1)
        assert again[0].returncode == 0
        assert redis_client.xlen(keys.stream) == len(entries)  # a re-crawl publishes nothing
        site.add_article("/news/3", "Story number 3", real_texts(ARTICLES)[3] + "\nCorrection.")
        assert _crawl(env, processes=2)[0].returncode == 0
        updates = [decode(f) for _, f in redis_client.xrange(keys.stream)][len(entries) :]
    messages = [decode(fields) for _, fields in entries]
    counts = Counter(m["id"] for m in messages if m["event"] == "new")
    assert len(counts) == ARTICLES + 1
    assert set(counts.values()) == {1}
    latest = _latest(messages)
    by_url = {m["url"].removeprefix(base): m for m in latest.values()}
    copy, original = by_url["/syndicated/0"], by_url["/news/0"]
    assert copy["story_id"] == original["story_id"]
    assert (copy["duplicate_of"], original["duplicate_of"]) == (original["id"], None)
    # Every fetch of a page but its one publication is a repeat, counted: when both
    # processes fetched a page, the second saw the first's record (how many pages each
    # fetched depends on timing; the sum does not).
    assert repeats == fetches - (ARTICLES + 1)
    (update,) = updates
    assert (update["id"], update["event"], update["revision"]) == (
        by_url["/news/3"]["id"],
        "update",
        2,
    )
    assert update["story_id"] == by_url["/news/3"]["story_id"]


#: A German site's furniture around a copy: navigation, related stories, comments, legal.
GERMAN_CHROME = (
    "<aside><h2>Mehr zum Thema</h2><ul><li><a href='/1'>Bahnstreik: Was Pendler am Montag "
    "wissen müssen</a></li><li><a href='/2'>Mieten in Großstädten steigen weiter</a></li>"
    "</ul></aside><section><h3>Kommentare</h3><p>0 Kommentare</p><p>Jetzt den "
    "Morgen-Newsletter abonnieren: die wichtigsten Nachrichten des Tages.</p></section>"
    "<p>Impressum · Datenschutzerklärung · AGB · Cookie-Einstellungen</p>"
)


def _copies_site(originals: Site, texts: list[str]) -> Site:
    """Another outlet's copies of the originals, dated an hour after them: one names the
    original as its canonical, one is byte-identical, one is cut and re-headlined, one
    padded with a note and wrapped in German chrome."""
    copies = Site(title="Valley Notes", lag=timedelta(hours=1))
    copies.add_article("/p/canonical", "Shared story", texts[0], canonical=f"{originals.base}/a/0")
    copies.add_article("/p/identical", "Story number 1", texts[1])
    words = texts[2].split()
    copies.add_article("/p/cut", "A new headline", " ".join(words[: len(words) * 7 // 10]))
    note = "Anmerkung der Redaktion: Dieser Bericht wurde aus dem Englischen übernommen."
    copies.add_article("/p/german", "Story number 3", f"{note}\n{texts[3]}", chrome=GERMAN_CHROME)
    return copies


def test_copies_crawled_before_their_originals_are_linked_to_them(
    cli_env: dict[str, str], redis_client: redis.Redis, keys: Keys
) -> None:
    texts = real_texts(4)
    originals = Site()
    env = {**cli_env, "AGGREGATOR_SETTINGS": "settings.development"}
    registry = SourceRegistry(redis_client, keys)
    with serve(originals) as base:
        for n, text in enumerate(texts):
            originals.add_article(f"/a/{n}", f"Story number {n}", text)
        copies = _copies_site(originals, texts)
        with serve(copies) as copies_base:
            registry.add(Source(name="originals", url=f"{base}/feed.xml"))
            registry.add(Source(name="copies", url=f"{copies_base}/feed.xml"))
            assert _crawl(env, 1, "--source", "copies")[0].returncode == 0
            assert _crawl(env, 1, "--source", "originals")[0].returncode == 0
            assert originals.hits["/a/0"] == 1  # the canonical copy did not stand in for it
    messages = [decode(fields) for _, fields in redis_client.xrange(keys.stream)]
    first = [m for m in messages if m["event"] == "new"]
    assert len(first) == len({m["id"] for m in first}) == 8  # every page, once
    latest = _latest(messages)
    by_url = {m["url"]: m for m in latest.values()}
    for n in range(4):
        original = by_url[f"{base}/a/{n}"]
        assert original["duplicate_of"] is None and original["source"] == "originals"
    for path, n in (("/p/canonical", 0), ("/p/identical", 1), ("/p/cut", 2), ("/p/german", 3)):
        copy, original = by_url[f"{copies_base}{path}"], by_url[f"{base}/a/{n}"]
        assert (copy["duplicate_of"], copy["story_id"]) == (original["id"], original["story_id"])
        assert copy["event"] == "update" and copy["revision"] == 2, path
        assert copy["text"] == next(m for m in first if m["id"] == copy["id"])["text"]
    assert len(messages) == 8 + 4  # one update per copy, no more


def test_copies_crawled_after_their_originals_are_linked_when_published(
    cli_env: dict[str, str], redis_client: redis.Redis, keys: Keys
) -> None:
    """The other order: each copy's own first message names its original, with no update.
    (The first test's copy is the feed's newest entry, crawled first: linked by an update.)"""
    texts = real_texts(4)
    originals = Site()
    env = {**cli_env, "AGGREGATOR_SETTINGS": "settings.development"}
    registry = SourceRegistry(redis_client, keys)
    with serve(originals) as base:
        for n, text in enumerate(texts):
            originals.add_article(f"/a/{n}", f"Story number {n}", text)
        with serve(_copies_site(originals, texts)) as copies_base:
            registry.add(Source(name="originals", url=f"{base}/feed.xml"))
            registry.add(Source(name="copies", url=f"{copies_base}/feed.xml"))
            assert _crawl(env, 1, "--source", "originals")[0].returncode == 0
            assert _crawl(env, 1, "--source", "copies")[0].returncode == 0
    messages = [decode(fields) for _, fields in redis_client.xrange(keys.stream)]
    assert [m["event"] for m in messages] == ["new"] * 8  # linked at once: nothing to update
    by_url = {m["url"]: m for m in messages}
    for path, n in (("/p/canonical", 0), ("/p/identical", 1), ("/p/cut", 2), ("/p/german", 3)):
        copy, original = by_url[f"{copies_base}{path}"], by_url[f"{base}/a/{n}"]
        assert original["duplicate_of"] is None
        assert (copy["duplicate_of"], copy["story_id"]) == (original["id"], original["story_id"])
