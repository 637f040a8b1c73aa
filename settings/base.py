"""Settings every environment shares; the environment itself is read by aggregator.config."""

from __future__ import annotations

from aggregator.config import Config

BOT_NAME = "aggregator"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"

AGGREGATOR_CONFIG = Config.from_env()
"""Redis, data directory, key prefix and network allowances (from the environment)."""

# Politeness: identify ourselves, obey robots.txt, one request at a time per host.
USER_AGENT = "aggregator/0.1 (+https://github.com/aggregator-news/aggregator)"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 32
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 0

# Hostile input: bounded size, time and redirects.
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
DOWNLOAD_TIMEOUT = 30
REDIRECT_MAX_TIMES = 5
RETRY_TIMES = 2

TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"

ITEM_PIPELINES = {
    "pipelines.extraction.ExtractionPipeline": 100,
    "pipelines.attribution.AttributionPipeline": 200,
    "pipelines.dedup.DedupPipeline": 300,
    "pipelines.queue.QueuePipeline": 900,
}

EXTRACTION_ENABLED = True
"""Extract main text and metadata from each article page."""
EXTRACTION_WORKERS = 0
"""Processes extracting in parallel; 0 means one per core, 1 extracts in a thread."""
ATTRIBUTION_ENABLED = True
"""Record the original publisher and remove credit lines from the text."""
DEDUP_ENABLED = True
"""Drop repeats, mark updates and link copies to their story (aggregator.dedup)."""
DEDUP_WINDOW = 4 * 86400
"""Seconds of one dedup time window; the index keeps DEDUP_WINDOWS of them."""
DEDUP_WINDOWS = 2
"""Windows an article is remembered for: 4 to 8 days with the defaults; each costs lookups."""
DEDUP_CAPACITY = 500_000
"""Articles expected per window: sizes the Redis hash buckets (changing it forgets the index)."""
DEDUP_THRESHOLD = 0.5
"""Estimated containment of the smaller text in the larger above which two are one story."""
QUEUE_ENABLED = True
"""Publish each article to the Redis stream."""

LOG_FORMATTER = "pipelines.logformatter.ArticleLogFormatter"
