"""What the crawl process loads at start-up: every import before the first request delays it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# The crawl's Scrapy settings as run_spider builds them, then the extension list Scrapy reads.
_CODE = """
import sys
from scrapy.settings import Settings
from aggregator.crawl.runner import settings_module
settings = Settings()
settings.setmodule(settings_module("aggregator_scrapy.settings.production"), priority="project")
extensions = settings.get_component_priority_dict_with_base("EXTENSIONS")
print("scrapy.extensions.corestats.CoreStats" in extensions)
print("scrapy.extensions.remote_control" in sys.modules, "aiohttp" in sys.modules)
"""


def test_the_crawl_never_imports_the_remote_control_or_aiohttp() -> None:
    # Disabling an extension in EXTENSIONS still imports it (Scrapy normalises every key):
    # the remote control's aiohttp cost a tenth of a second of every crawl's start-up.
    out = subprocess.run([sys.executable, "-c", _CODE], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "False", "False"]


# A forkserver whose preload waits for a gate file: what a slow import of the extraction code
# looks like to the crawl. new_pool must return before the gate opens, and the pool must
# work once it has.
_SLOW_FORKSERVER = """
import os, sys, threading
from pathlib import Path
from aggregator.crawl import workers
gate = Path(sys.argv[1])
workers.PRELOAD = [*workers.PRELOAD, "tests.slowpreload"]
if __name__ == "__main__":
    os.environ["AGGREGATOR_TEST_GATE"] = str(gate)
    late = threading.Timer(10, gate.touch)  # a pool that waits gets its forkserver late
    late.daemon = True
    late.start()
    pool = workers.new_pool(2)
    print("returned before the forkserver was ready:", not gate.exists(), flush=True)
    gate.touch()
    print("a worker answered:", pool.submit(os.getpid).result(timeout=60) != os.getpid())
    pool.shutdown()
"""


def test_starting_the_workers_does_not_wait_for_the_forkserver(tmp_path: Path) -> None:
    # The crawl starts its pool in open_spider, on the reactor: robots.txt and the feeds
    # are fetched while the forkserver still loads the extraction code.
    script = tmp_path / "slow_forkserver.py"
    script.write_text(_SLOW_FORKSERVER)
    out = subprocess.run(
        [sys.executable, str(script), str(tmp_path / "gate")],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).parent.parent,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)},
    )
    assert out.stdout.splitlines() == [
        "returned before the forkserver was ready: True",
        "a worker answered: True",
    ], out.stderr
