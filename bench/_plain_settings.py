"""The tuned settings with workers that run plain trafilatura only
(AGGREGATOR_SETTINGS=bench._plain_settings; see bench/_plain_extraction.py).

Not a setting for operators: a measurement of the crawl machinery against the limit.
Dedup is off because plain pages carry no fingerprint to compare.
"""

from __future__ import annotations

from bench._tuned_settings import *  # noqa: F403

ITEM_PIPELINES = {
    "bench._plain_extraction.PlainExtractionPipeline": 100,
    "aggregator_scrapy.pipelines.queue.QueuePipeline": 900,
}
DEDUP_ENABLED = False
