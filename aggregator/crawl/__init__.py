"""Crawling: running Scrapy crawls for the CLI and the scheduler, and what guards them.

Owns the crawl runner (``runner``), the network policy (``netpolicy``) and the distributed
mode's shared frontier, per-host limits and entry points (``frontier``, ``hostlimit``,
``distributed``). Scrapy itself is only imported inside the crawl child processes.
"""
