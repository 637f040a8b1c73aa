"""What the crawl process loads at start-up: every import before the first request delays it."""

from __future__ import annotations

import subprocess
import sys

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
