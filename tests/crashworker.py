"""Jobs for extraction workers in tests/test_worker_crash.py; light imports, as each new worker
process imports this module before its first page."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from aggregator.models import Article
from aggregator.processing import process


def held(article: Article, *, gate: str, pids: str) -> Article:
    """Say which process holds the page, wait for the gate, then extract."""
    Path(pids, str(os.getpid())).touch()
    while not Path(gate).exists():
        time.sleep(0.01)
    return process(article)


def crashing(article: Article) -> Article:
    """Kill the worker on /crash pages, as a segfault or the OOM killer would."""
    if article.url.endswith("/crash"):
        os.kill(os.getpid(), signal.SIGKILL)
    return process(article)
