"""End-to-end crawl benchmark: our crawl of a local site against the extraction limit and peers.

``python -m bench.crawl --articles 2000`` (the full run, written to bench/results/crawl.md);
``python -m bench.crawl --quick`` (200 articles, no peers, printed only).
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

import trafilatura

from aggregator.config import DEFAULT_SETTINGS
from bench._contenders import PEERS, REPO, OurCrawl, Result, extraction_limit, run_peer
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


def run_all(args: argparse.Namespace) -> tuple[list[Result], dict[str, float]]:
    site_process, base = start_site(args.articles, args.latency)
    try:
        site = Site(load_pages(), args.articles)
        feeds = [f"{base}/{s}/rss.xml" for s in site.sections]
        pages = (site.article(i) for i in range(args.articles))
        results = [extraction_limit(pages, args.articles)]
        del site
        n, tuned = args.articles, "bench._tuned_settings"
        polite = [("ours, polite (production)", DEFAULT_SETTINGS, n)]
        results += our_runs(base, feeds, polite)
        runs = [("ours, tuned", tuned, n), ("ours, tuned, re-crawl", tuned, 0)]
        results += our_runs(base, feeds, runs, args.profile)
        fast = ("ours, tuned, fast extraction", "bench._fast_settings", n)
        results += our_runs(base, feeds, [fast])
        for name in PEERS if args.peers else ():
            results.append(run_peer(name, base, feeds, args.articles))
    finally:
        site_process.terminate()
        site_process.wait()
    return results, ratios(results)


def our_runs(
    base: str, feeds: list[str], runs: list[tuple[str, str, int]], profile: Path | None = None
) -> list[Result]:
    """Our crawl (name, settings module, pages) for each run in turn, under one key prefix
    (so a later run sees what the earlier ones left: a re-crawl), deleted afterwards."""
    crawl = OurCrawl(base, feeds, profile)
    try:
        return [crawl.run(name, settings, pages) for name, settings, pages in runs]
    finally:
        crawl.close()


def ratios(results: list[Result]) -> dict[str, float]:
    by_name = {r.name: r for r in results}
    tuned = by_name["ours, tuned"]
    limit = by_name["extraction-only limit"]
    out = {
        "tuned / extraction-only limit (target >= 0.70)": _ratio(tuned, limit),
        # Other load on the machine slows both alike only on average; CPU per page does not
        # depend on it.
        "limit CPU s/page / tuned CPU s/page": _cpu(limit) / _cpu(tuned),
        "tuned with EXTRACTION_FAST / extraction-only limit": _ratio(
            by_name["ours, tuned, fast extraction"], limit
        ),
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
    args = parser.parse_args(argv)
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
