"""The many-sources benchmark's baseline: Scrapy alone polling the same feeds, nothing else.

``python -m bench._bare_polls URLS_FILE ETAG``: one conditional GET per feed URL with the
same settings module as our crawl (robots.txt, politeness, throttling, our download guards)
and no Redis, no registry, no health records and no parsing: what a poll pass costs before
any of our work. Prints the number of responses by status.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path

import scrapy
from scrapy.crawler import CrawlerProcess
from scrapy.http import Response
from scrapy.settings import Settings

from aggregator.config import Config


class BarePolls(scrapy.Spider):
    name = "bare-polls"

    def __init__(self, urls: list[str], etag: str, counts: Counter[int]) -> None:
        super().__init__()
        self.urls, self.etag, self.counts = urls, etag, counts

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.urls:
            yield scrapy.Request(
                url,
                headers={"If-None-Match": self.etag},
                callback=self.parse,
                meta={"handle_httpstatus_list": [304], "dont_retry": True},
                dont_filter=True,
            )

    def parse(self, response: Response) -> None:
        self.counts[response.status] += 1


def main(urls_file: str, etag: str) -> None:
    config = Config.from_env()
    settings = Settings()
    settings.setmodule(config.settings_module, priority="project")
    settings.set("AGGREGATOR_CONFIG", config, priority="cmdline")
    settings.set("ITEM_PIPELINES", {}, priority="cmdline")
    settings.set("LOG_LEVEL", "WARNING", priority="cmdline")
    counts: Counter[int] = Counter()
    process = CrawlerProcess(settings)
    urls = Path(urls_file).read_text().split()
    process.crawl(BarePolls, urls=urls, etag=etag, counts=counts)
    process.start()
    print(json.dumps(dict(counts)))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
