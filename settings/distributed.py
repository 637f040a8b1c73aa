"""Distributed mode: production settings on scrapy-redis's shared frontier (aggregator worker)."""

from __future__ import annotations

from aggregator_scrapy.settings.production import *  # noqa: F403
from aggregator_scrapy.settings.production import AGGREGATOR_CONFIG, DOWNLOADER_MIDDLEWARES

SCHEDULER = "aggregator_scrapy.frontier.scheduler.FrontierScheduler"
"""scrapy-redis's scheduler with leases and heartbeats (frontier/scheduler.py)."""
DUPEFILTER_CLASS = "aggregator_scrapy.frontier.dupefilter.WindowDupeFilter"
"""scrapy-redis's Redis dupefilter, bounded to FRONTIER_SEEN_WINDOW."""
SCHEDULER_PERSIST = True
"""The queue and the seen window outlive every worker: they are shared."""
SCHEDULER_SERIALIZER = "aggregator_scrapy.frontier.serializer"
"""Pickle that refuses every class a queued request does not hold."""
REDIS_URL = AGGREGATOR_CONFIG.redis_url
"""scrapy-redis's connection: the same Redis as everything else."""

FRONTIER_LEASE = 600.0
"""Seconds a worker may hold a request before it goes back to the queue (a hung worker)."""
FRONTIER_WORKER_TTL = 30.0
"""A worker without a heartbeat for this long is dead: its requests go back to the queue."""
FRONTIER_SEEN_WINDOW = 7 * 24 * 3600.0
"""Seconds an enqueued request blocks the same request (longer than feeds list an item)."""

HOSTLIMIT_ENABLED = True
"""Hold a per-host request rate across all workers, in Redis."""
HOSTLIMIT_DELAY = 1.0 if AGGREGATOR_CONFIG.host_delay is None else AGGREGATOR_CONFIG.host_delay
"""Seconds between two requests to one host, fleet-wide (env AGGREGATOR_HOST_DELAY)."""

# Added to the base's middlewares (the SSRF guard, the robots.txt fix), not instead of them.
DOWNLOADER_MIDDLEWARES = {
    **DOWNLOADER_MIDDLEWARES,
    "aggregator_scrapy.frontier.hostlimit.HostLimitMiddleware": 590,
}
