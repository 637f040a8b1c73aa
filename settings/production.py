"""Production: the base settings, with adaptive throttling towards slow sites."""

from __future__ import annotations

from aggregator_scrapy.settings.base import *  # noqa: F403

# AutoThrottle paces each host by its own answers: the delay between two requests to one
# host moves towards the host's latency (one request at a time), starting from
# AUTOTHROTTLE_START_DELAY. A host's first request never waits; the start delay holds back
# its second. So a poll that is the host's only request of the pass (an unchanged feed:
# robots.txt comes from the cache, and is fetched in a download slot of its own when it
# does not) goes out at once, while a host whose feed lists new articles gets its article
# fetches spaced from the start delay down to its latency. Before robots.txt had its own
# slot, every feed waited the start delay behind it: ~1 s a source, most of a pass's time
# (bench/results/sources.md).
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
"""Seconds between a host's first two requests of a pass before its latency is known."""
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
"""Requests AutoThrottle aims to have in flight per host."""
