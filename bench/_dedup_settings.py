"""The default settings, and the local web of bench/dedup_crawl.py under its sites' own names
(AGGREGATOR_SETTINGS=bench._dedup_settings).

A real page served from a bare loopback address would lose its domain, and with it what
attribution knows of whose page it is (a CBS News page on cbsnews.com names CBS News as its
own publisher, not as the outlet it copies). BENCH_DEDUP_HOSTS maps each site's host name to
its loopback address; the network policy still checks the address connected to.
"""

from __future__ import annotations

from aggregator_scrapy.settings.production import *  # noqa: F403

TWISTED_DNS_RESOLVER = "bench._hosts.HostsResolver"
