"""Attribution benchmark on pages the project never saw: blind HTML cases and hand-labelled
real pages, run through the same path as ``aggregator extract`` (extraction, then
attribution on the page's text and markup); P, R, false credits, leaks, ms, per group.

Run: .venv/bin/python bench/attribution.py [--first-run]   (writes bench/results/attribution.md)
     .venv/bin/python bench/attribution.py --tune   (while changing code: tune half, prints only)
     ... --blind cases.jsonl [--blind ...]   (these blind sets only; default: every cases*.jsonl)
     .venv/bin/python bench/attribution.py --help

Only the ``tune`` half's misses are listed; the ``check`` half gives numbers only, so that
changes are never made against it. ``--first-run`` stores the run as the "First run" section,
which later runs keep verbatim.
"""

# ruff: noqa: RUF001  (dashes of credit lines are meant)

from __future__ import annotations

import argparse
import platform
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

# bench's own modules, then this checkout's aggregator: a worktree sharing another checkout's
# venv would otherwise measure the code that venv's editable install points at
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import _attribution_then
from attribution_cases import BLIND, REAL, REAL2, REAL3, SHARED, Case, blind_cases, real_cases
from attribution_corpus import shared_data
from attribution_score import Outcome, groups, table

from aggregator.attribution.publishers import normalize
from aggregator.attribution.resolve import resolver_for
from aggregator.errors import ExtractionFailed
from aggregator.extract.extractor import extract
from aggregator.models import Article
from aggregator.processing import credit, fill

RESULTS = Path(__file__).resolve().parent / "results" / "attribution.md"
#: How to read the results, and what each pass changed and measured: the results file's head.
NOTES = Path(__file__).resolve().parent / "attribution_notes.md"
#: The commit whose attribution code made the first run: kept as a baseline contender.
FIRST_RUN_COMMIT = "d6420fa"
FIRST_RUN_MARK = "<!-- first run: kept verbatim -->"
#: The rows every contender is compared on.
HEADLINE = (
    "every blind set pooled: credited copies (in/out of table, wire)",
    "every blind set pooled: own_page",
    "every blind set pooled: negatives (mention, caption, no credit)",
    "blind: credited copies (in/out of table, wire)",
    "blind: in_table",
    "blind: out_of_table",
    "blind: wire",
    "blind: negatives (mention, caption, no credit)",
    "real: credited (expected publisher)",
    "real: negatives (mention, caption)",
    "real, second sample: credited (expected publisher)",
    "real, second sample: negatives (mention, caption, original)",
    "real, third sample: credited (expected publisher)",
    "real, third sample: negatives (mention, caption)",
    "real, first and third samples: wire_copy",
    "real, first and third samples: credited (expected publisher)",
    "real, first and third samples: negatives (mention, caption)",
)
#: A contender: the extracted article -> (text, original publisher).
Contender = Callable[[Article], tuple[str, str | None]]


def ours(article: Article) -> tuple[str, str | None]:
    done = credit(article)
    return done.text, done.attribution.original_publisher


def then_contender(commit: str) -> Contender:
    then = _attribution_then.load(commit)

    def run(article: Article) -> tuple[str, str | None]:
        text, found = then.attribute(
            article.text,
            url=article.url,
            meta=article.meta,
            jsonld=article.jsonld,
            captions=article.captions,
            site_name=article.meta.get("og:site_name"),
            source_name=article.source,
        )
        return text, found.original_publisher

    return run


_CREDITISH = re.compile(
    r"\b(?:source|sources|courtesy|via|credit|copyright|originally|first (?:appeared|published)|"
    r"republished|reprinted|reporting by|inputs? from|contributed|quelle|fuente|d'après|"
    r"المصدر|بشکریہ|स्रोत)\b|©|^\s*[-—–]\s*\S|\([A-Z][\w .&-]{1,30}\)",
    re.IGNORECASE,
)
_OUTLET = re.compile(
    r"(?:[A-Z][\w&.'-]*(?:\s+(?:of|the|de|&)?\s*[A-Z][\w&.'-]*){0,4}|[\w-]+\.[a-z]{2,})"
)


def naive(article: Article) -> tuple[str, str | None]:
    """Baseline: the first outlet-like name after a credit-ish word; that line leaves the text."""
    lines = article.text.split("\n")
    for index, line in enumerate(lines):
        if len(line) > 300 or not (cue := _CREDITISH.search(line)):
            continue
        name = _OUTLET.search(line, cue.start() if cue.group(0).startswith("(") else cue.end())
        if name:
            return "\n".join(lines[:index] + lines[index + 1 :]), name.group(0).strip(" .")
    return article.text, None


def run(
    cases: list[Case], contenders: dict[str, Contender], articles: list[Article] | None = None
) -> dict[str, list[Outcome]]:
    """Each case through extraction and each contender; ``articles`` collects the extracted
    articles (for the warm pass, ``warm_speed``)."""
    results: dict[str, list[Outcome]] = {name: [] for name in contenders}
    for case in cases:
        started = time.process_time()
        try:
            article = fill(Article(url=case.url), extract(case.html, case.url))
        except ExtractionFailed:
            article = None
        extract_ms = 1000 * (time.process_time() - started)
        if articles is not None and article is not None:
            articles.append(article)
        for name, contender in contenders.items():
            started = time.process_time()
            text, publisher = contender(article) if article is not None else ("", None)
            ms = 1000 * (time.process_time() - started)
            results[name].append(Outcome(case, publisher, text, ms, extract_ms + ms))
    return results


def misses(outcomes: list[Outcome]) -> list[str]:
    """Tune-half failures only: the check half is never looked at while changing code."""
    out = []
    for o in outcomes:
        if o.case.half != "tune":
            continue
        leaked, lost = o.leaked(), o.lost()
        if o.correct and not leaked and not lost:
            continue
        out.append(
            f"- `{o.case.key}` {o.case.category}/{o.case.language}/{o.case.placement}: "
            f"want {o.case.expected!r} "
            f"got {o.publisher!r}"
            + (f"; leaked {leaked!r}" if leaked else "")
            + (f"; lost {[s[:60] for s in lost]!r}" if lost else "")
        )
    return out


def halves(results: dict[str, list[Outcome]], shown: tuple[str, ...]) -> str:
    ours_name = next(iter(results))
    text = ""
    for half in shown:
        rows = groups([o for o in results[ours_name] if o.case.half == half])
        text += f"\n### {half} half{' (headline)' if half == 'check' else ''}: {ours_name}\n\n"
        text += table(rows)
        text += f"\n{half} half, every contender on the headline rows:\n\n"
        compared = [
            (f"{name}: {label}", group)
            for name, outcomes in results.items()
            for label, group in groups([o for o in outcomes if o.case.half == half])
            if label in HEADLINE or label.startswith("real: wire")
        ]
        text += table(compared)
    return text


def _timed(times: list[float]) -> str:
    """Mean, p95 and max of per-page times in ms."""
    times = sorted(times)
    p95 = times[int(0.95 * (len(times) - 1))] if times else 0.0
    mean = statistics.fmean(times or [0])
    return f"mean {mean:.2f} ms, p95 {p95:.2f} ms, max {max(times or [0]):.2f} ms"


def warm_speed(articles: list[Article]) -> str:
    """Ours again over the same pages in the same process: what a page costs a crawl's
    long-lived worker once the patterns it meets are compiled (the first pass above also pays
    every pattern's first compile: the phrasebook's compile as they are met). The memoised
    names are forgotten first, so that only compiled patterns carry over (the first-run code
    keeps its own memoised names: no fair second pass of it)."""
    normalize.cache_clear()
    resolver_for.cache_clear()
    times = []
    for article in articles:
        started = time.process_time()
        ours(article)
        times.append(1000 * (time.process_time() - started))
    return f"- aggregator (this commit), warm (a second pass): {_timed(times)}\n"


def speed(results: dict[str, list[Outcome]]) -> str:
    """CPU time of the attribution step alone, per contender (the machine is shared: CPU
    time, not wall time, and ratios to the first-run code measured in the same process)."""
    means = {}
    text = ""
    for name, outcomes in results.items():
        times = [o.attribute_ms for o in outcomes]
        means[name] = statistics.fmean(times or [0])
        text += f"- {name}: attribution CPU time over {len(times)} pages: {_timed(times)}\n"
    first = next((m for n, m in means.items() if n.startswith("first-run")), None)
    ours = next(iter(means.values()))
    if first:
        text += f"- ratio aggregator / first-run code: {ours / first:.2f}\n"
    return "attribute() must stay under 5 ms a page:\n\n" + text


def regression() -> str:
    """The old generated corpus (bench/attribution_corpus.py), attribute() on text."""
    from attribution_corpus import corpus

    from aggregator.attribution.attribute import attribute

    try:
        cases = list(corpus())
    except FileNotFoundError:
        return "Old generated corpus: skipped (../shared/data absent).\n"
    right = predicted = expected = 0
    for case in cases:
        _, found = attribute(
            case.text,
            url=case.url,
            meta=case.meta,
            jsonld=case.jsonld,
            entry=case.entry,
            site_name=case.site_name,
        )
        got = found.original_publisher
        predicted += got is not None
        expected += case.expected is not None
        right += got is not None and got == case.expected
    return (
        f"Regression row, the old generated corpus ({len(cases)} texts from the table's own "
        f"names; not a headline): precision {right / max(predicted, 1):.3f}, "
        f"recall {right / max(expected, 1):.3f}.\n"
    )


def report(
    first_run: bool, shown: tuple[str, ...] = ("check", "tune"), blind: tuple[Path, ...] = (BLIND,)
) -> str:
    cases = [case for path in blind if path.exists() for case in blind_cases(path)]
    real = list(real_cases(REAL)) if REAL.exists() and SHARED.exists() else []
    real += list(real_cases(REAL2, origin="real2")) if REAL2.exists() and SHARED.exists() else []
    real += list(real_cases(REAL3, origin="real3")) if REAL3.exists() and SHARED.exists() else []
    contenders: dict[str, Contender] = {"aggregator (this commit)": ours}
    if not first_run:
        contenders[f"first-run code ({FIRST_RUN_COMMIT})"] = then_contender(FIRST_RUN_COMMIT)
    contenders["naive baseline"] = naive
    warm = Article(url="https://example.org/", text="warm up")
    for contender in contenders.values():  # tables and patterns load once, outside the timing
        contender(warm)
    articles: list[Article] = []
    results = run(cases + real, contenders, articles)
    ours_outcomes = results["aggregator (this commit)"]
    tune_misses = misses(ours_outcomes)
    return (
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {platform.machine()} Python "
        f"{platform.python_version()}, `.venv/bin/python bench/attribution.py"
        f"{''.join(' --blind ' + path.name for path in blind if path != BLIND)}`\n\n"
        f"Blind cases: {len(cases)} (`{'`, `'.join(path.name for path in blind)}`); real "
        f"labelled pages found: {len(real)}.\n"
        "P: correct / pages given a publisher; R: correct / pages with an expected publisher; "
        "false credit: pages that credit no one given a publisher; "
        "leak: credit lines still in `text`; kept: sentences that must stay, still there; "
        "ms/article: CPU time of extraction + attribution (the machine is shared).\n"
        + halves(results, shown)
        + "\n"
        + speed(results)
        + warm_speed(articles)
        + "\n"
        + regression()
        + f"\nTune-half misses of aggregator ({len(tune_misses)}):\n\n"
        + "\n".join(tune_misses)
        + "\n"
    )


def write(body: str, first_run: bool) -> None:
    old = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else ""
    kept = old.split(FIRST_RUN_MARK, 1)[1] if FIRST_RUN_MARK in old else ""
    if first_run:
        kept = f"\n## First run (code at {FIRST_RUN_COMMIT}, before any change)\n\n" + body
    notes = NOTES.read_text(encoding="utf-8")
    latest = "" if first_run else "\n" + notes + "\n## Latest run\n\n" + body
    RESULTS.write_text(
        "# Attribution benchmark\n" + latest + f"\n{FIRST_RUN_MARK}" + kept, encoding="utf-8"
    )


def unchanged_since(commit: str) -> bool:
    """Whether the attribution code, the table and extraction are still as at ``commit``."""
    paths = ["aggregator/attribution", "aggregator/data/publishers.toml", "aggregator/extract"]
    done = subprocess.run(
        ["git", "-C", str(RESULTS.parents[2]), "diff", "--quiet", commit, "--", *paths]
    )
    return done.returncode == 0


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="bench/attribution.py",
        description="Attribution benchmark: blind cases and hand-labelled real pages, "
        f"check and tune halves; writes {RESULTS.relative_to(RESULTS.parents[2])}.",
    )
    parser.add_argument(
        "--tune",
        action="store_true",
        help="while changing code: the tune half only, its misses listed; nothing written",
    )
    parser.add_argument(
        "--first-run",
        action="store_true",
        help=f"store the run as the 'First run' section (the code must be as at "
        f"{FIRST_RUN_COMMIT})",
    )
    # A session that must stay blind to a newer set (whose misses the tune listing would
    # show) names the sets it may see.
    parser.add_argument(
        "--blind",
        action="append",
        metavar="FILE",
        help="a blind set's file name in bench/data/attribution_blind (repeatable; "
        "default: every cases*.jsonl there)",
    )
    return parser.parse_args(argv)


def main(argv: list[str]) -> None:
    args = parse(argv)
    # Without the shared corpora the real pages are missing: say so in one line before the
    # blind sets' minute of work, not after it (tests/test_bench_skip.py).
    shared_data()
    if args.first_run and not unchanged_since(FIRST_RUN_COMMIT):
        raise SystemExit(f"--first-run: the code differs from {FIRST_RUN_COMMIT}; stash it first")
    blind = tuple(BLIND / name for name in args.blind) if args.blind else (BLIND,)
    if args.tune:
        print(report(args.first_run, ("tune",), blind))
        return
    body = report(args.first_run, blind=blind)
    write(body, args.first_run)
    print(body)


if __name__ == "__main__":
    main(sys.argv[1:])
