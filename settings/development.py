"""Development and tests: the base settings, fast and chatty, no throttling."""

from __future__ import annotations

from aggregator_scrapy.settings.base import *  # noqa: F403

LOG_LEVEL = "DEBUG"
RETRY_TIMES = 0
DOWNLOAD_TIMEOUT = 10
