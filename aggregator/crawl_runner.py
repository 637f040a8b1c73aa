"""Runs one Scrapy crawl of the feed spider in this process, for the CLI."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any

from aggregator.config import Config
from aggregator.errors import AggregatorError, SourceError
from aggregator.feeds import ParsedFeed
from aggregator.sources import Source


def run_crawl(
    config: Config, sources: Sequence[Source], overrides: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """Crawl ``sources`` once with the settings module ``config`` names; return the stats."""
    from spiders.feeds import FeedSpider

    return _run(config, FeedSpider, overrides, sources=list(sources))


def probe_feed(config: Config, url: str) -> ParsedFeed:
    """Fetch ``url`` and parse it as a feed; raise the AggregatorError that says why not."""
    from spiders.probe import ProbeSpider

    result: list[ParsedFeed | AggregatorError] = []
    overrides = {"ITEM_PIPELINES": {}, "RETRY_ENABLED": False}
    _run(config, ProbeSpider, overrides, url=url, result=result)
    if not result:
        raise SourceError(f"unreachable: no answer from {url}")
    if isinstance(result[0], AggregatorError):
        raise result[0]
    if not result[0].entries:
        raise SourceError("empty feed: it lists no entries")
    return result[0]


def _run(
    config: Config, spider: type, overrides: Mapping[str, Any] | None, **kwargs: Any
) -> dict[str, Any]:
    """Run one spider in this process; return its stats.

    Scrapy is imported here, not at module level, so the core and the CLI's other commands
    start without it. Twisted's reactor cannot restart: one crawl per process.
    """
    from scrapy.crawler import CrawlerProcess
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule(config.settings_module, priority="project")
    settings.set("AGGREGATOR_CONFIG", config, priority="cmdline")
    # The CLI's own handler shows Scrapy's log, and only with -v: without it the operator
    # gets our one-line errors and summary; what went wrong is recorded on the sources.
    settings.set("LOG_INSTALL_ROOT_HANDLER", False, priority="cmdline")
    for name, value in (overrides or {}).items():
        settings.set(name, value, priority="cmdline")
    process = CrawlerProcess(settings)
    quiet = logging.getLogger().getEffectiveLevel() > logging.INFO
    for name in ("scrapy", "twisted", "py.warnings"):
        logging.getLogger(name).setLevel(logging.CRITICAL if quiet else logging.NOTSET)
    crawler = process.create_crawler(spider)
    process.crawl(crawler, **kwargs)
    process.start()
    assert crawler.stats is not None
    return dict(crawler.stats.get_stats())
