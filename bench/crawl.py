"""End-to-end crawl benchmark: our crawl of a local site against the extraction limit and peers.

``python -m bench.crawl --articles 2000`` (the full run, written to bench/results/crawl.md);
``python -m bench.crawl --quick`` (200 articles, no peers, printed only).
"""

from __future__ import annotations

import argparse
import compileall
import dataclasses
import datetime
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

import trafilatura

from aggregator.config import DEFAULT_SETTINGS
from bench._contenders import (
    FAST_LIMIT,
    LIMIT,
    PEERS,
    REPO,
    OurCrawl,
    Result,
    extraction_limit,
    run_peer,
)
from bench._env import bench_redis
from bench._procs import Usage
from bench.site import Site, load_pages

RESULTS = REPO / "bench" / "results" / "crawl.md"
MB = 1024 * 1024


def start_site(articles: int, latency: float) -> tuple[subprocess.Popen[str], str]:
    """The benchmark site in a process of its own (its CPU is not the crawl's)."""
    command = [sys.executable, "-m", "bench.site", "--articles", str(articles)]
    command += ["--latency", str(latency)]
    process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    return process, process.stdout.readline().strip()


def compile_bytecode() -> None:
    """Compile the checkout's modules as ``pip install`` does for an installed package: with
    PYTHONDONTWRITEBYTECODE set (as on the benchmark machine) an editable checkout compiled
    every module from source at every start, ~0.2 s of CPU in the crawl process and again
    in its forkserver, which no installed aggregator pays."""
    for folder in ("aggregator", "spiders", "pipelines", "middlewares", "settings", "frontier"):
        compileall.compile_dir(REPO / folder, quiet=1)


def run_all(args: argparse.Namespace) -> tuple[list[Result], dict[str, float]]:
    pages = load_pages()  # before the site starts: without the corpora this exits "skipped"
    compile_bytecode()
    site_process, base = start_site(args.articles, args.latency)
    try:
        site = Site(pages, args.articles)
        feeds = [f"{base}/{s}/rss.xml" for s in site.sections]
        results = [
            extraction_limit((site.article(i) for i in range(args.articles)), args.articles),
            extraction_limit(
                (site.article(i) for i in range(args.articles)), args.articles, fast=True
            ),
        ]
        with bench_redis() as url:
            results += our_crawls(url, base, feeds, args)
        # The limit again, after our crawls: other work on the machine during either run
        # shows as a gap between the two, and the faster is the baseline (the harder one).
        again = extraction_limit((site.article(i) for i in range(args.articles)), args.articles)
        results = faster_limit_first(results, again)
        del site, pages
        for name in PEERS if args.peers else ():
            results.append(run_peer(name, base, feeds, args.articles))
    finally:
        site_process.terminate()
        site_process.wait()
    return results, ratios(results)


def our_crawls(url: str, base: str, feeds: list[str], args: argparse.Namespace) -> list[Result]:
    n, tuned = args.articles, "bench._tuned_settings"
    polite = [("ours, polite (production)", DEFAULT_SETTINGS, n)]
    results = our_runs(url, base, feeds, polite)
    runs = [("ours, tuned", tuned, n), ("ours, tuned, re-crawl", tuned, 0)]
    results += our_runs(url, base, feeds, runs, args.profile)
    fast = ("ours, tuned, fast extraction", "bench._fast_settings", n)
    results += our_runs(url, base, feeds, [fast])
    # Each on a fresh key prefix: a run after "tuned" would find every entry already done.
    plain = (PLAIN, "bench._plain_settings", n)
    return results + our_runs(url, base, feeds, [plain])


def our_runs(
    url: str,
    base: str,
    feeds: list[str],
    runs: list[tuple[str, str, int]],
    profile: Path | None = None,
) -> list[Result]:
    """Our crawl (name, settings module, pages) for each run in turn, under one key prefix
    (so a later run sees what the earlier ones left: a re-crawl), deleted afterwards."""
    crawl = OurCrawl(url, base, feeds, profile)
    try:
        return [crawl.run(name, settings, pages) for name, settings, pages in runs]
    finally:
        crawl.close()


#: The slower of the two limit runs: shown, never the baseline.
SLOWER_LIMIT = f"{LIMIT}, the slower of two runs (not the baseline)"


def faster_limit_first(results: list[Result], again: Result) -> list[Result]:
    """``results`` with the faster of the two limit runs as the limit and the slower renamed
    beside it: a baseline slowed by something outside the benchmark flatters every ratio."""
    first = next(r for r in results if r.name == LIMIT)
    faster, slower = sorted((first, again), key=lambda r: -r.pages_per_second)
    slower = dataclasses.replace(slower, name=SLOWER_LIMIT, note=f"{slower.note}; {ORDER}")
    faster = dataclasses.replace(faster, note=f"{faster.note}; the faster of two runs")
    rows = [faster if r is first else r for r in results]
    return [*rows[:1], slower, *rows[1:]]


#: Which limit run came when, for the slower row's note.
ORDER = "one before our crawls, one after"


#: The headline: both sides do the same work (full trafilatura with its fallbacks).
HEADLINE = "tuned / extraction-only limit, equal terms: both full extraction (target >= 0.70)"
#: Our crawl with workers doing only the limit's trafilatura.extract (bench/_plain_extraction.py).
PLAIN = "ours, tuned, plain trafilatura in the workers"


def ratios(results: list[Result]) -> dict[str, float]:
    by_name = {r.name: r for r in results}
    tuned = by_name["ours, tuned"]
    limit = by_name[LIMIT]
    fast = by_name["ours, tuned, fast extraction"]
    out = {
        HEADLINE: _ratio(tuned, limit),
        # Other load on the machine slows both alike only on average; CPU per page does not
        # depend on it.
        "limit CPU s/page / tuned CPU s/page": _cpu(limit) / _cpu(tuned),
    }
    if SLOWER_LIMIT in by_name:
        # 1.00 on a steady machine; well below it, other work slowed one limit run.
        out["extraction-only limit: slower run / faster run (1.00 = a steady machine)"] = _ratio(
            by_name[SLOWER_LIMIT], limit
        )
    if PLAIN in by_name:
        # What the crawl itself costs (Scrapy, Redis, the stream, start-up): the ceiling of
        # the headline while our extraction does more than trafilatura does.
        out["plain trafilatura in the workers / extraction-only limit: the crawl alone"] = _ratio(
            by_name[PLAIN], limit
        )
        out["tuned / plain trafilatura in the workers: what our extraction adds"] = _ratio(
            tuned, by_name[PLAIN]
        )
    if FAST_LIMIT in by_name:
        out["tuned with EXTRACTION_FAST / fast-trafilatura limit, equal terms"] = _ratio(
            fast, by_name[FAST_LIMIT]
        )
    else:
        # Our fast extraction against the limit's full one: the limit does more work per page.
        out["tuned with EXTRACTION_FAST / full-trafilatura limit: NOT comparable"] = _ratio(
            fast, limit
        )
    out |= {
        "re-crawl time / first crawl time (target <= 0.05)": (
            by_name["ours, tuned, re-crawl"].usage.seconds / tuned.usage.seconds
        ),
    }
    for name, target in (("news-please", 5), ("newspaper4k", 2)):
        if name in by_name and by_name[name].pages:
            out[f"tuned / {name} (target >= {target})"] = _ratio(tuned, by_name[name])
    return out


def _cpu(result: Result) -> float:
    return result.usage.cpu_seconds / result.pages if result.pages else float("nan")


def _ratio(a: Result, b: Result) -> float:
    return a.pages_per_second / b.pages_per_second if b.pages_per_second else float("nan")


def report(args: argparse.Namespace, results: list[Result], ratio: dict[str, float]) -> str:
    lines = [
        "# Crawl benchmark",
        "",
        f"- date: {datetime.date.today().isoformat()}",
        f"- machine: nproc={os.cpu_count()}, {platform.machine()}, {_cpu_model()}, "
        f"Python {platform.python_version()}, trafilatura {trafilatura.__version__}",
        f"- command: `python -m bench.crawl {' '.join(sys.argv[1:])}`",
        f"- load average at the end (other work on this machine): {os.getloadavg()[0]:.1f}",
        f"- site: {args.articles} articles in 10 sections (RSS feeds), latency {args.latency}s",
        "- pages/s counts article pages fetched (or given) per second of the whole run "
        "(start-up included); articles = delivered to the stream (ours) or with text >= 60 "
        "characters (others); CPU and peak memory (PSS, RSS where PSS is missing) cover "
        "the process and all its children",
        "",
        "| run | pages | articles | seconds | pages/s | CPU s/page | of which main process | "
        "peak memory (PSS) MB | site requests | note |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---|---|",
    ]
    for r in results:
        cpu = r.usage.cpu_seconds / r.pages if r.pages else 0.0
        own = r.usage.root_cpu_seconds
        root = f"{own / r.pages:.3f}" if r.pages and own else "-"
        rss = f"{r.usage.peak_rss / MB:.0f}" if r.usage.peak_rss else "-"
        fetches = ", ".join(f"{k} {v}" for k, v in sorted(r.fetches.items())) or "-"
        lines.append(
            f"| {r.name} | {r.pages} | {r.articles} | {r.usage.seconds:.1f} | "
            f"{r.pages_per_second:.1f} | {cpu:.3f} | {root} | {rss} | {fetches} | {r.note} |"
        )
    lines += ["", "| ratio (pages/s unless said) | value |", "|---|---:|"]
    lines += [f"| {name} | {value:.2f} |" for name, value in ratio.items()]
    return "\n".join(lines) + "\n"


def rerender(path: Path) -> str:
    """``path``'s report with its ratios recomputed from its own rows (no crawl is run), for
    when the ratios' definitions changed after the run."""
    head, _, _ = path.read_text(encoding="utf-8").partition("\n| ratio")
    results = []
    for line in head.splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if len(cells) == 10 and cells[1].isdigit():
            pages, seconds, cpu_per_page = int(cells[1]), float(cells[3]), float(cells[5])
            usage = Usage(seconds, cpu_per_page * pages, 0, 0)
            results.append(Result(cells[0], pages, int(cells[2]), usage))
    lines = [head.rstrip("\n"), "", "| ratio (pages/s unless said) | value |", "|---|---:|"]
    lines += [f"| {name} | {value:.2f} |" for name, value in ratios(results).items()]
    lines += [
        "",
        f"Ratios re-rendered on {datetime.date.today().isoformat()} from the rows above "
        "(their rounded values: a CPU ratio may move by 0.01) "
        "(`python -m bench.crawl --rerender`); the headline compares equal work.",
    ]
    return "\n".join(lines) + "\n"


def _cpu_model() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown CPU"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added per request")
    parser.add_argument("--quick", action="store_true", help="200 articles, no peers")
    parser.add_argument("--peers", action=argparse.BooleanOptionalAction, default=None)
    parser.add_argument("--profile", type=Path, default=None, help="py-spy the tuned crawls")
    parser.add_argument("--output", type=Path, default=None, help="default: results/crawl.md")
    parser.add_argument(
        "--rerender", action="store_true", help="recompute the ratios of --output, run nothing"
    )
    args = parser.parse_args(argv)
    if args.rerender:
        path = args.output or RESULTS
        path.write_text(rerender(path), encoding="utf-8")
        return 0
    if args.quick:
        args.articles = min(args.articles, 200)
    if args.peers is None:
        args.peers = not args.quick
    start = time.perf_counter()
    results, ratio = run_all(args)
    text = report(args, results, ratio)
    print(text)
    output = args.output or (None if args.quick else RESULTS)
    if output:
        output.write_text(text, encoding="utf-8")
    print(f"benchmark took {time.perf_counter() - start:.0f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
