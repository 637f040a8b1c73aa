"""WindowDupeFilter: scrapy-redis's shared dupefilter, bounded to a time window."""

from __future__ import annotations

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.utils.request import RequestFingerprinterProtocol
from scrapy_redis.dupefilter import RFPDupeFilter

from aggregator.config import Config
from aggregator.crawl.distributed import frontier_client
from aggregator.crawl.frontier import Frontier


class WindowDupeFilter(RFPDupeFilter):  # type: ignore[misc]
    """A request is a duplicate when the same request was enqueued, by any worker, within
    FRONTIER_SEEN_WINDOW seconds; older fingerprints are trimmed, so the set stays bounded
    (scrapy-redis's set grows for ever). Fingerprints are Scrapy's REQUEST_FINGERPRINTER's.

    Settings: FRONTIER_SEEN_WINDOW, DUPEFILTER_DEBUG.
    """

    def __init__(
        self,
        frontier: Frontier,
        fingerprinter: RequestFingerprinterProtocol,
        window: float,
        debug: bool = False,
    ) -> None:
        super().__init__(frontier.client, frontier.keys.frontier_seen, debug=debug)
        self.frontier = frontier
        self.fingerprinter = fingerprinter
        self.window = window

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WindowDupeFilter:
        config: Config = crawler.settings["AGGREGATOR_CONFIG"]
        assert crawler.request_fingerprinter is not None
        return cls(
            Frontier(frontier_client(config), config.keys),
            crawler.request_fingerprinter,
            crawler.settings.getfloat("FRONTIER_SEEN_WINDOW"),
            crawler.settings.getbool("DUPEFILTER_DEBUG"),
        )

    def request_seen(self, request: Request) -> bool:
        return self.frontier.seen(self.request_fingerprint(request), self.window)

    def request_fingerprint(self, request: Request) -> str:
        return self.fingerprinter.fingerprint(request).hex()

    def close(self, reason: str = "") -> None:
        """Keep the window: other workers share it (scrapy-redis deletes it here)."""
