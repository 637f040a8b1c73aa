"""Settings for the distributed tests and benchmark: quick heartbeats, no AutoThrottle,
one extraction thread per worker (so N workers use N cores, not N x cores)."""

from __future__ import annotations

from aggregator_scrapy.settings.distributed import *  # noqa: F403

AUTOTHROTTLE_ENABLED = False
EXTRACTION_WORKERS = 1
FRONTIER_WORKER_TTL = 3.0
RETRY_TIMES = 0
