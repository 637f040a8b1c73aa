"""What the crawl's forkserver fills once for every extraction worker (aggregator/crawl/warmup.py),
so no worker pays for it on its first pages, while a command that never attributes never does."""

from __future__ import annotations

import subprocess
import sys

COUNT_JOINED = (
    "from aggregator.attribution.pattern_runs import _RUNS; "
    "print(sum(r._joined for r in _RUNS), len(_RUNS))"
)


def _joined_after(imports: str) -> tuple[int, int]:
    out = subprocess.run(
        [sys.executable, "-c", f"{imports}; {COUNT_JOINED}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return int(out[0]), int(out[1])


def test_the_forkserver_warm_up_joins_every_run_of_credit_patterns() -> None:
    joined, runs = _joined_after("import aggregator.crawl.warmup")
    assert runs > 0
    assert joined == runs


def test_importing_attribution_alone_leaves_the_runs_to_first_use() -> None:
    joined, runs = _joined_after("import aggregator.attribution.attribute")
    assert runs > 0
    assert joined < runs


def test_the_forkserver_warm_up_reads_the_towns_of_local_editions() -> None:
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            "import aggregator.crawl.warmup; "
            "from aggregator.attribution.conventions.local_editions import towns; "
            "print(towns.cache_info().currsize, len(towns()))",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert out[0] == "1"  # read before any worker asked
    assert int(out[1]) > 10_000
