"""Worker settings for the polling tests: the distributed ones with Scrapy's retries left on
(RETRY_TIMES from the base), so a feed's 5xx retried blindly would show; no AutoThrottle."""

from __future__ import annotations

from aggregator_scrapy.settings.distributed import *  # noqa: F403

AUTOTHROTTLE_ENABLED = False
EXTRACTION_WORKERS = 1
FRONTIER_WORKER_TTL = 3.0
