"""NetGuardMiddleware: no request leaves for a scheme or an address the policy refuses."""

from __future__ import annotations

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import CannotResolveHostError, IgnoreRequest, NotConfigured
from scrapy.statscollectors import StatsCollector
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.error import DNSLookupError

from aggregator.config import Config, Network
from aggregator.crawl.netpolicy import Refused, check_url
from aggregator.reasons import Reason
from aggregator_scrapy.middlewares.resolver import refusals


class RefusedRequest(IgnoreRequest):
    """A request the network policy refused; ``reason`` is the typed outcome."""

    def __init__(self, reason: Reason, message: str) -> None:
        super().__init__(f"{reason}: {message}")
        self.reason = reason


class NetGuardMiddleware:
    """Refuses schemes other than http(s) and literal IP addresses outside
    AGGREGATOR_ALLOW_NETWORKS before a request is sent; redirect targets pass through here
    again. Host names are checked by NetGuardResolver at connect time; when it refused every
    address of a host, the DNS failure becomes the typed refusal.

    Sits next to the downloader (950) so it sees each request as finally sent, and sees
    failures before RetryMiddleware retries a refusal.
    Settings: NETGUARD_ENABLED. Stats: netguard/refused/<reason>.
    """

    def __init__(self, stats: StatsCollector, allow_networks: tuple[Network, ...]) -> None:
        self.stats = stats
        self.allow_networks = allow_networks

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> NetGuardMiddleware:
        if not crawler.settings.getbool("NETGUARD_ENABLED"):
            raise NotConfigured("NETGUARD_ENABLED is off")
        config: Config = crawler.settings["AGGREGATOR_CONFIG"]
        assert crawler.stats is not None
        return cls(crawler.stats, config.allow_networks)

    def process_request(self, request: Request) -> None:
        try:
            check_url(request.url, self.allow_networks)
        except Refused as exc:
            raise self._refused(exc.reason, str(exc)) from None

    def process_exception(self, request: Request, exception: Exception) -> None:
        if isinstance(exception, (DNSLookupError, CannotResolveHostError)):
            host = urlparse_cached(request).hostname or ""
            if host in refusals:
                raise self._refused(Reason.REFUSED_ADDRESS, refusals[host]) from None

    def _refused(self, reason: Reason, message: str) -> RefusedRequest:
        self.stats.inc_value(f"netguard/refused/{reason}")
        return RefusedRequest(reason, message)
