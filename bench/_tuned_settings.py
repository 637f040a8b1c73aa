"""Settings an operator uses for a site of their own (AGGREGATOR_SETTINGS=bench._tuned_settings).

Production settings without the politeness limits: AUTOTHROTTLE off, 16 requests at once
per host. The benchmark site is one host, so per-host limits otherwise dominate.
"""

from __future__ import annotations

from aggregator_scrapy.settings.production import *  # noqa: F403

AUTOTHROTTLE_ENABLED = False
CONCURRENT_REQUESTS_PER_DOMAIN = 16
