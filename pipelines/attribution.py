"""AttributionPipeline: who really published each article; credit lines leave the text."""

from __future__ import annotations

from pathlib import Path

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.statscollectors import StatsCollector

from aggregator.models import Article
from aggregator.processing import credit


class AttributionPipeline:
    """Fills ``attribution`` through ``aggregator.attribution.attribute``.

    Settings: ATTRIBUTION_ENABLED, ATTRIBUTION_PUBLISHERS_FILE. Stats: attribution/credited.
    """

    def __init__(self, stats: StatsCollector, publishers_file: Path | None) -> None:
        self.stats = stats
        self.publishers_file = publishers_file

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> AttributionPipeline:
        if not crawler.settings.getbool("ATTRIBUTION_ENABLED"):
            raise NotConfigured("ATTRIBUTION_ENABLED is off")
        assert crawler.stats is not None
        return cls(crawler.stats, crawler.settings["ATTRIBUTION_PUBLISHERS_FILE"])

    async def process_item(self, item: Article) -> Article:
        item = credit(item, self.publishers_file)
        if item.attribution.original_publisher:
            self.stats.inc_value("attribution/credited")
        return item
