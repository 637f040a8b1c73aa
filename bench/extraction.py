"""Main-text extraction benchmark: the project's extractor against plain trafilatura.

Reported per half of bench/data/splits.json (bench/_split.py): the check half, sites nobody
tuned on, is the headline; the tune half and all pages follow for context.
"""

from __future__ import annotations

import argparse
import ast
import datetime
import gzip
import json
import os
import platform
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import trafilatura

from aggregator.errors import ExtractionFailed
from aggregator.extract.extractor import extract
from bench import _split
from bench._env import require_shared

SETS = _split.SETS
#: Report order: the half nobody tuned on first.
HALVES = ("check", "tune", "all")
TOKEN = re.compile(r"\w+")

Extractor = Callable[[str, str | None], str]


@dataclass(frozen=True)
class Page:
    """One page of a set with its ground truth."""

    id: str
    url: str | None
    html: str
    truth: dict[str, object]


def load(name: str, limit: int | None = None, half: str = "all") -> list[Page]:
    """The pages of one set, sorted by id; ``half`` is "check", "tune" or "all"."""
    root = require_shared("extraction", name)
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)
    if half != "all":
        splits = _split.load()
        ids = [i for i in ids if splits[f"{name}/{i}"] == half]
    pages = []
    for page_id in ids[:limit]:
        raw = gzip.decompress((root / "html" / f"{page_id}.html.gz").read_bytes())
        html = raw.decode("utf-8", errors="replace")
        pages.append(Page(page_id, truth[page_id].get("url"), html, truth[page_id]))
    return pages


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """Multiset of 4-token shingles (one shingle of all tokens for shorter texts)."""
    tokens = TOKEN.findall(text)
    if len(tokens) < 4:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3))


def score_body(pages: list[Page], outputs: list[str]) -> tuple[float, float, float]:
    """Corpus precision, recall and F1 of shingle overlap (aeb, fundus)."""
    precisions, recalls = [], []
    for page, predicted_text in zip(pages, outputs, strict=True):
        predicted = shingles(predicted_text)
        true = shingles(str(page.truth.get("articleBody") or ""))
        matched = sum((predicted & true).values())
        if predicted:
            precisions.append(matched / sum(predicted.values()))
        if true:
            recalls.append(matched / sum(true.values()))
    return _prf(_mean(precisions), _mean(recalls))


def score_snippets(pages: list[Page], outputs: list[str]) -> tuple[float, float, float]:
    """Precision, recall and F1 over all with/without snippets (trafilatura-eval)."""
    tp = fn = fp = 0
    for page, output in zip(pages, outputs, strict=True):
        text = " ".join(output.split())
        for snippet in _snippets(page.truth.get("with")):
            found = " ".join(snippet.split()) in text
            tp, fn = tp + found, fn + (not found)
        for snippet in _snippets(page.truth.get("without")):
            fp += " ".join(snippet.split()) in text
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return _prf(precision, recall)


def _snippets(value: object) -> list[str]:
    if isinstance(value, str):
        value = ast.literal_eval(value) if value.startswith("[") else [value]
    items = value if isinstance(value, list | tuple) else []
    return [str(v) for v in items if str(v).strip()]


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def _prf(precision: float, recall: float) -> tuple[float, float, float]:
    total = precision + recall
    return precision, recall, (2 * precision * recall / total if total else 0.0)


def ours(html: str, url: str | None, fast: bool = False) -> str:
    try:
        return extract(html, url, fast=fast).text
    except ExtractionFailed:
        return ""


def plain(html: str, url: str | None) -> str:
    return trafilatura.extract(html, include_comments=False) or ""


def run(extractor: Extractor, pages: list[Page]) -> tuple[list[str], float]:
    """Outputs of ``extractor`` over ``pages`` and the CPU milliseconds per page."""
    start = time.process_time()
    outputs = [extractor(page.html, page.url) for page in pages]
    return outputs, (time.process_time() - start) * 1000 / max(len(pages), 1)


def run_pair(pages: list[Page], fast: bool = False) -> tuple[list[str], float, list[str], float]:
    """Both extractors page by page, in alternating order, timed in CPU time.

    Interleaving and CPU time keep the ratio fair on a shared machine, where other
    processes slow down whichever run happens to overlap with them.
    """
    base_out, our_out, base_s, our_s = [], [], 0.0, 0.0
    for i, page in enumerate(pages):
        for name in ("plain", "ours") if i % 2 == 0 else ("ours", "plain"):
            start = time.process_time()
            if name == "plain":
                base_out.append(plain(page.html, page.url))
                base_s += time.process_time() - start
            else:
                our_out.append(ours(page.html, page.url, fast))
                our_s += time.process_time() - start
    n = max(len(pages), 1)
    return base_out, base_s * 1000 / n, our_out, our_s * 1000 / n


def rows(sets: list[str], limit: int | None, half: str, fast: bool = False) -> Iterator[str]:
    for name in sets:
        pages = load(name, limit, half)
        scorer = score_snippets if name == "trafilatura-eval" else score_body
        base_out, base_ms, our_out, our_ms = run_pair(pages, fast)
        bp, br, bf = scorer(pages, base_out)
        op, orc, of = scorer(pages, our_out)
        label = f"{name} ({half})"
        yield (
            f"| {label} | {len(pages)} | {bp:.3f} | {br:.3f} | {bf:.3f} | {op:.3f} | {orc:.3f} "
            f"| **{of:.3f}** | {of - bf:+.3f} | {base_ms:.1f} | {our_ms:.1f} "
            f"| {our_ms / base_ms:.2f}x |"
        )


HEADER = (
    "| set | pages | trafilatura P | R | F1 | ours P | R | F1 | ΔF1 "
    "| trafilatura ms/page | ours ms/page | time ratio |\n"
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sets", nargs="+", default=list(SETS), choices=SETS)
    parser.add_argument("--limit", type=int, default=None, help="pages per set")
    parser.add_argument("--halves", nargs="+", default=list(HALVES), choices=HALVES)
    parser.add_argument("--output", type=Path, default=None, help="write the report here")
    parser.add_argument(
        "--fast", action="store_true", help="ours with EXTRACTION_FAST (no readability/jusText)"
    )
    args = parser.parse_args(argv)
    lines = []
    for half in args.halves:
        lines += ["", f"## {TITLES[half]}", "", HEADER]
        for line in rows(args.sets, args.limit, half, args.fast):
            print(line, flush=True)
            lines.append(line)
    if args.output:
        args.output.write_text(_report(lines, argv), encoding="utf-8")
    return 0


TITLES = {
    "check": "Check half (the headline): sites never looked at while tuning",
    "tune": "Tune half: the sites the boilerplate rules were tuned on (not a measure of quality)",
    "all": "All pages, both halves (for comparison with older reports only)",
}


def _report(lines: list[str], argv: list[str] | None) -> str:
    command = " ".join(["python -m bench.extraction", *(argv or sys.argv[1:])])
    return (
        "# Extraction benchmark\n\n"
        f"- date: {datetime.date.today().isoformat()}\n"
        f"- machine: nproc={os.cpu_count()}, {platform.machine()}, "
        f"Python {platform.python_version()}, trafilatura {trafilatura.__version__}\n"
        f"- command: `{command}`\n"
        "- metric: ../shared/data/README.md (4-token shingles for aeb/fundus, snippets for "
        "trafilatura-eval)\n"
        "- halves: bench/data/splits.json, by site: sha1(registrable domain) ending in an even "
        "hex digit is `tune`, odd is `check` (bench/_split.py)\n"
        "- time: CPU ms per page, both extractors run page by page in alternating order\n"
        + "\n".join(lines)
        + "\n"
    )


if __name__ == "__main__":
    sys.exit(main())
