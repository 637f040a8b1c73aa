"""Benchmarks in a clone without the shared corpora: each says it skipped, in one line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench._env import SKIPPED

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("bench", ["extraction", "crawl", "attribution", "attribution_real"])
def test_a_benchmark_without_the_corpora_skips_in_one_line(bench: str, tmp_path: Path) -> None:
    env = {**os.environ, "AGGREGATOR_SHARED_DATA": str(tmp_path / "nothing")}
    env.pop("REDIS_URL", None)
    result = subprocess.run([sys.executable, "-m", f"bench.{bench}"], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=120)  # fmt: skip
    assert result.returncode == SKIPPED, result.stderr[-2000:]
    assert result.stderr.startswith("skipped: ") and result.stderr.count("\n") == 1
    assert "AGGREGATOR_SHARED_DATA" in result.stderr
