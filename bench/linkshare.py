"""What the link-text check costs: on link farms and on the real pages of the shared corpora.

Per page, CPU ms of the whole ``extract()`` (the baseline, run in the same run) and of
``link_text_share()`` alone on the text trafilatura kept; the ratio is the check's share of
the page's cost. ``--quick`` skips the 100,000-link page and limits the real pages.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import sys
import time
from pathlib import Path

from trafilatura.utils import load_html

from aggregator.errors import ExtractionFailed
from aggregator.extract.extractor import _main_text, extract
from aggregator.extract.linkshare import link_text_share
from bench import _split
from bench._env import shared_data
from bench.extraction import load

HEADER = (
    "| pages | count | extract() ms/page | link_text_share ms/page | ratio | not_an_article |\n"
    "|---|---:|---:|---:|---:|---:|"
)


def link_farm(count: int) -> str:
    links = "".join(f"<li><a href='/l/{i}'>link {i}</a></li>" for i in range(count))
    return f"<html><body><ul>{links}</ul></body></html>"


def _extract_ms(html: str, url: str | None) -> tuple[float, bool]:
    """CPU ms of one extract(), and whether it said not_an_article."""
    start, rejected = time.process_time(), False
    try:
        extract(html, url)
    except ExtractionFailed as failure:
        rejected = failure.reason == "not_an_article"
    return (time.process_time() - start) * 1000, rejected


def _share_ms(html: str, url: str | None) -> float:
    """CPU ms of link_text_share() alone, on the text trafilatura kept."""
    tree = load_html(html)
    text = _main_text(tree, url, None, {})
    start = time.process_time()
    link_text_share(text, tree)
    return (time.process_time() - start) * 1000


def measure(label: str, pages: list[tuple[str, str | None]]) -> str:
    """One row: the mean CPU ms of extract() and of the check alone over ``pages``."""
    whole = alone = 0.0
    rejected = 0
    for html, url in pages:
        ms, said_no = _extract_ms(html, url)
        whole, rejected = whole + ms, rejected + said_no
        alone += _share_ms(html, url)
    n = len(pages)
    return (
        f"| {label} | {n} | {whole / n:.1f} | {alone / n:.2f} | {alone / whole:.3f} | {rejected} |"
    )


def real_pages(limit: int | None) -> list[tuple[str, str | None]]:
    """The shared corpora's pages, both halves (a cost, not a quality: no tuning here)."""
    if not (shared_data() / "extraction").exists():
        return []
    return [(p.html, p.url) for name in _split.SETS for p in load(name, limit)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="no 100k-link page, 30 pages a set")
    parser.add_argument("--output", type=Path, default=None, help="write the report here")
    args = parser.parse_args(argv)
    _extract_ms(link_farm(10), "http://x.test/")  # warm up: imports and caches are no page's
    lines = [HEADER]
    for count in (1_000, 10_000) if args.quick else (1_000, 10_000, 100_000):
        lines.append(
            measure(f"link farm of {count:,} links", [(link_farm(count), "http://x.test/")])
        )
        print(lines[-1], flush=True)
    pages = real_pages(30 if args.quick else None)
    if pages:
        lines.append(measure("real pages (aeb, fundus, trafilatura-eval)", pages))
        print(lines[-1], flush=True)
    if args.output:
        args.output.write_text(_report(lines, argv), encoding="utf-8")
    return 0


def _report(lines: list[str], argv: list[str] | None) -> str:
    command = " ".join(["python -m bench.linkshare", *(argv or sys.argv[1:])])
    load1, load5, _ = os.getloadavg()
    return (
        "# Link-text check: what it costs\n\n"
        f"- date: {datetime.date.today().isoformat()}\n"
        f"- machine: nproc={os.cpu_count()}, {platform.machine()}, "
        f"Python {platform.python_version()}; load average {load1:.2f} / {load5:.2f} at the end\n"
        f"- command: `{command}`\n"
        "- time: CPU ms per page; ratio = the check alone / the whole extract() of the same "
        "pages in the same run\n\n" + "\n".join(lines) + "\n"
    )


if __name__ == "__main__":
    sys.exit(main())
