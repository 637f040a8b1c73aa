"""Production: the base settings, with adaptive throttling towards slow sites."""

from __future__ import annotations

from aggregator_scrapy.settings.base import *  # noqa: F403

AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
