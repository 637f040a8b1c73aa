"""Preloaded by the forkserver in tests/test_crawl_startup.py: an import that takes as long as
the test says (until the file named by AGGREGATOR_TEST_GATE exists)."""

import os
import time
from pathlib import Path

_gate = os.environ.get("AGGREGATOR_TEST_GATE")
while _gate and not Path(_gate).exists():
    time.sleep(0.01)
