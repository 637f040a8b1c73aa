"""The tuned settings with EXTRACTION_FAST (AGGREGATOR_SETTINGS=bench._fast_settings).

What an operator trades for throughput: trafilatura without its readability and jusText
second opinions; the quality cost is measured in bench/results/extraction-fast.md.
"""

from __future__ import annotations

from bench._tuned_settings import *  # noqa: F403

EXTRACTION_FAST = True
