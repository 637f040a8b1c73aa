"""Dedup on a crawled local web, as a user runs it: ``sources import``, ``crawl`` and
``consume`` of the real CLI against a local web of real originals, generated copies and
same-event reports by other outlets (bench/dedup_web.py), in both crawl orders.

    .venv/bin/python -m bench.dedup_crawl [--limit N | --quick] [--output FILE] [--misses]

Redis: the one in REDIS_URL under a fresh key prefix (deleted afterwards) when it is set,
else an embedded Redis in a temporary directory. Default settings, but for
AGGREGATOR_ALLOW_NETWORKS=127.0.0.0/8 (the web is on loopback) and a resolver that gives
each site its own host name (bench/_dedup_settings.py): a real page keeps its real domain.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

from bench.dedup_web import REPO, Page, SiteServer, build, hosts, now_utc, serve

Pair = tuple[str, str]


@dataclass(frozen=True)
class Scores:
    served: int
    published: int
    pair_tp: int
    pair_fp: int
    pair_fn: int
    link_tp: int
    link_predicted: int
    link_true: int
    #: true stories of several pages all in one predicted story / true stories of several
    stories_whole: int
    stories_true: int
    #: predicted stories of several pages holding one true story only / predicted of several
    stories_pure: int
    stories_predicted: int
    originals: int
    originals_lost: int
    originals_marked: int
    kinds: dict[str, tuple[int, int]]

    @property
    def coverage(self) -> float:
        return self.published / self.served if self.served else 0.0

    @staticmethod
    def ratio(a: int, b: int) -> float:
        return a / b if b else 1.0


def run_order(sites: list[SiteServer], first: list[str], then: list[str]) -> list[dict[str, Any]]:
    """One crawl of the web, ``first`` sources before ``then``; the consumed messages."""
    with tempfile.TemporaryDirectory() as tmp:
        env = _env(Path(tmp), sites)
        sources = Path(tmp) / "sources.toml"
        sources.write_text("".join(
            f'[[sources]]\nname = "{s.name}"\nurl = "{s.base}/feed.xml"\n\n' for s in sites
        ), encoding="utf-8")  # fmt: skip
        try:
            _cli(env, "sources", "import", str(sources))
            for group in (first, then):
                started = time.monotonic()
                _cli(env, "crawl", "--source", *group)
                print(f"  crawled {len(group)} sources in {time.monotonic() - started:.0f} s",
                      file=sys.stderr)  # fmt: skip
            out = _cli(env, "consume", "--group", "bench", "--idle-exit", "3")
        finally:
            _cleanup(env)
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def _env(tmp: Path, sites: list[SiteServer]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AGGREGATOR_")}
    env.update(
        AGGREGATOR_ALLOW_NETWORKS="127.0.0.0/8",
        AGGREGATOR_SETTINGS="bench._dedup_settings",
        BENCH_DEDUP_HOSTS=json.dumps(hosts(sites)),
        AGGREGATOR_DATA_DIR=str(tmp / "var"),
        AGGREGATOR_KEY_PREFIX=f"bench:dedupcrawl:{uuid.uuid4().hex[:8]}:",
    )
    return env


def _cli(env: dict[str, str], *args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "aggregator", *args], env=env, cwd=REPO,
                          capture_output=True, text=True, check=False)  # fmt: skip
    if done.returncode != 0:
        raise SystemExit(f"aggregator {args[0]} failed: {done.stderr.strip()[-2000:]}")
    return done.stdout


def _cleanup(env: dict[str, str]) -> None:
    if not env.get("REDIS_URL"):
        return  # the embedded Redis went with its temporary directory
    import redis

    client = redis.Redis.from_url(env["REDIS_URL"])
    for key in client.scan_iter(match=env["AGGREGATOR_KEY_PREFIX"] + "*", count=1000):
        client.delete(key)


def latest(messages: Iterable[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Each article as a consumer keeping the highest revision has it, by id."""
    found: dict[str, dict[str, Any]] = {}
    for message in messages:
        if message["revision"] >= found.get(message["id"], {}).get("revision", 0):
            found[message["id"]] = message
    return found


def score(pages: dict[str, Page], messages: list[dict[str, Any]], half: str | None,
          grouping: str = "story") -> Scores:  # fmt: skip
    """Scores of one crawl on the pages of ``half`` (None: all). ``grouping``: "story"
    (ours: story_id and duplicate_of) or "text" (the exact-text-hash baseline)."""
    chosen = {url: p for url, p in pages.items() if half is None or p.half == half}
    final = {m["url"]: m for m in latest(messages).values() if m["url"] in chosen}
    by_id = {m["id"]: chosen[url] for url, m in final.items()}
    if grouping == "text":
        group = {url: _text_key(m["text"]) for url, m in final.items()}
        links = _text_links(final, group, by_id)
    else:
        group = {url: m["story_id"] for url, m in final.items()}
        links = {url: by_id.get(m["duplicate_of"]) for url, m in final.items()}
    predicted = _pairs(group)
    truth = _pairs({url: p.story for url, p in chosen.items()})
    originals = [p for p in chosen.values() if p.kind == "original"]
    copies = [p for p in chosen.values() if p.kind not in ("original", "negative")]
    linked = {url for url, target in links.items() if target is not None}
    right = {url for url in linked if links[url].key == chosen[url].story}  # type: ignore[union-attr]
    kinds = {
        kind: (sum(1 for p in copies if p.kind == kind and p.url in right),
               sum(1 for p in copies if p.kind == kind))
        for kind in sorted({p.kind for p in copies})
    }  # fmt: skip
    whole, true_stories = _whole(group, {url: p.story for url, p in chosen.items()})
    pure, predicted_stories = _whole({u: p.story for u, p in chosen.items() if u in group}, group)
    return Scores(
        served=len(chosen),
        published=len(final),
        pair_tp=len(predicted & truth),
        pair_fp=len(predicted - truth),
        pair_fn=len(truth - predicted),
        link_tp=len(right),
        link_predicted=len(linked),
        link_true=len(copies),
        stories_whole=whole,
        stories_true=true_stories,
        stories_pure=pure,
        stories_predicted=predicted_stories,
        originals=len(originals),
        originals_lost=sum(1 for p in originals if p.url not in final),
        originals_marked=sum(1 for p in originals if p.url in linked),
        kinds=kinds,
    )


def _whole(predicted: dict[str, str], truth: dict[str, str]) -> tuple[int, int]:
    """Of the groups of ``truth`` with several members, how many lie whole in one group of
    ``predicted`` (a page missing from ``predicted`` breaks its group); and how many."""
    members: dict[str, list[str]] = defaultdict(list)
    for url, key in truth.items():
        members[key].append(url)
    several = [urls for urls in members.values() if len(urls) > 1]
    whole = sum(1 for urls in several if len({predicted.get(u, u) for u in urls}) == 1)
    return whole, len(several)


def _pairs(group: dict[str, str]) -> set[Pair]:
    members: dict[str, list[str]] = defaultdict(list)
    for url, key in group.items():
        members[key].append(url)
    return {tuple(sorted(p)) for urls in members.values() for p in combinations(urls, 2)}  # type: ignore[misc]


def _text_key(text: str) -> str:
    from aggregator.dedup.minhash import fingerprint

    return fingerprint(text).text_hash


def _text_links(final: dict[str, dict[str, Any]], group: dict[str, str],
                by_id: dict[str, Page]) -> dict[str, Page | None]:  # fmt: skip
    """The baseline's duplicate_of: the earliest published article of the same text."""
    first: dict[str, str] = {}
    for url in sorted(final, key=lambda u: (final[u].get("published") or "9", u)):
        first.setdefault(group[url], url)
    return {url: (by_id[final[first[group[url]]]["id"]] if first[group[url]] != url else None)
            for url in final}  # fmt: skip


def table(rows: list[tuple[str, Scores]]) -> str:
    lines = [
        "| run | coverage | pair P | pair R | story P | story R | link P | link R "
        "| originals lost | originals marked duplicate |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, s in rows:
        pair_p = Scores.ratio(s.pair_tp, s.pair_tp + s.pair_fp)
        pair_r = Scores.ratio(s.pair_tp, s.pair_tp + s.pair_fn)
        link_p = Scores.ratio(s.link_tp, s.link_predicted)
        link_r = Scores.ratio(s.link_tp, s.link_true)
        story_p = Scores.ratio(s.stories_pure, s.stories_predicted)
        story_r = Scores.ratio(s.stories_whole, s.stories_true)
        lines.append(
            f"| {name} | {s.coverage:.3f} ({s.published}/{s.served}) | {pair_p:.3f} | "
            f"{pair_r:.3f} | {story_p:.3f} | {story_r:.3f} ({s.stories_whole}/{s.stories_true}) "
            f"| {link_p:.3f} | {link_r:.3f} ({s.link_tp}/{s.link_true}) | "
            f"{s.originals_lost} of {s.originals} | {s.originals_marked} |"
        )
    return "\n".join(lines)


def kinds_table(rows: list[tuple[str, Scores]]) -> str:
    kinds = sorted({k for _, s in rows for k in s.kinds})
    lines = ["| run | " + " | ".join(kinds) + " |", "|---|" + "---|" * len(kinds)]
    for name, s in rows:
        cells = [f"{s.kinds[k][0]}/{s.kinds[k][1]}" if k in s.kinds else "-" for k in kinds]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="only the first N originals")
    parser.add_argument("--quick", action="store_true", help="the first 20 originals only")
    parser.add_argument("--output", type=Path, help="write the Markdown report here")
    parser.add_argument("--misses", action="store_true",
                        help="list the pages not published and the copies not linked")  # fmt: skip
    args = parser.parse_args(argv)
    sites = build(now_utc(), 20 if args.quick and not args.limit else args.limit)
    with serve(sites) as pages:
        originals = [s.name for s in sites if s.name.startswith("orig-")]
        others = [s.name for s in sites if not s.name.startswith("orig-")]
        kinds = Counter(p.kind for p in pages.values())
        print(f"web: {len(sites)} sites, {len(pages)} pages {dict(kinds)}", file=sys.stderr)
        runs = {}
        for order, (first, then) in {
            "originals first": (originals, others),
            "copies first": (others, originals),
        }.items():
            print(f"crawl order: {order}", file=sys.stderr)
            runs[order] = run_order(sites, first, then)
        report = _report(pages, runs, kinds)
        if args.misses:
            for order, messages in runs.items():
                _misses(order, pages, messages)
    print(report)
    if args.output:
        args.output.write_text(report + "\n", encoding="utf-8")
    return 0


def _misses(order: str, pages: dict[str, Page], messages: list[dict[str, Any]]) -> None:
    final = {m["url"]: m for m in latest(messages).values()}
    ids = {m["id"]: url for url, m in final.items()}
    for url, page in sorted(pages.items(), key=lambda kv: kv[1].key):
        message = final.get(url)
        if message is None:
            print(f"{order}: not published: {page.key} {url}", file=sys.stderr)
        elif page.kind not in ("original", "negative"):
            target = pages.get(ids.get(message["duplicate_of"], ""))
            if target is None or target.key != page.story:
                print(f"{order}: not linked: {page.key} -> {target.key if target else None}",
                      file=sys.stderr)  # fmt: skip


def _report(pages: dict[str, Page], runs: dict[str, list[dict[str, Any]]],
            kinds: Counter[str]) -> str:  # fmt: skip
    rows, baseline, all_rows = [], [], []
    for order, messages in runs.items():
        rows.append((order, score(pages, messages, "check")))
        baseline.append((f"{order}, exact text hash", score(pages, messages, "check", "text")))
        all_rows.append((f"{order}, tune", score(pages, messages, "tune")))
        all_rows.append((f"{order}, check", score(pages, messages, "check")))
        all_rows.append((f"{order}, both", score(pages, messages, None)))
        updates = sum(1 for m in messages if m["event"] == "update")
        all_rows.append((f"{order}, both, exact text hash", score(pages, messages, None, "text")))
        print(f"{order}: {len(messages)} messages, {updates} updates", file=sys.stderr)
    return "\n\n".join([
        "## Check half (headline)", table(rows + baseline),
        "## Each half and both", table(all_rows),
        "## Copies linked to their original, by kind (both halves)",
        kinds_table([(n, s) for n, s in all_rows if n.endswith("both")]),
        f"Pages served: {dict(kinds)}.",
    ])  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
