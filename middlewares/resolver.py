"""NetGuardResolver: host names resolve only to addresses the network policy allows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from scrapy.resolver import CachingHostnameResolver
from scrapy.utils.datatypes import LocalCache
from twisted.internet.interfaces import IAddress, IHostResolution, IResolutionReceiver
from zope.interface import provider

from aggregator.config import Config, Network
from aggregator.crawl.netpolicy import RefusedAddress, check_address

#: host name -> why its addresses were refused; NetGuardMiddleware turns the resulting
#: DNSLookupError into this typed refusal.
refusals: LocalCache[str, str] = LocalCache(10_000)


class NetGuardResolver(CachingHostnameResolver):
    """Scrapy's caching IPv4/IPv6 resolver, minus every address outside the allowed networks.

    The filter sits between resolution (or the cache) and the connection, so the address
    checked is the address connected to: a name that re-binds to 127.0.0.1 after a first
    public answer is still refused. Settings: TWISTED_DNS_RESOLVER, NETGUARD_ENABLED,
    AGGREGATOR_CONFIG (its allow_networks).
    """

    def __init__(
        self,
        reactor: Any,
        cache_size: int,
        allow_networks: Sequence[Network],
        enabled: bool = True,
    ) -> None:
        super().__init__(reactor, cache_size)
        self.allow_networks = tuple(allow_networks)
        self.enabled = enabled

    @classmethod
    def from_crawler(cls, crawler: Any, reactor: Any) -> NetGuardResolver:
        # Scrapy passes the CrawlerProcess here: only its settings are available.
        settings = crawler.settings
        cache_size = settings.getint("DNSCACHE_SIZE") if settings.getbool("DNSCACHE_ENABLED") else 0
        return cls(reactor, cache_size, _allowed(settings), settings.getbool("NETGUARD_ENABLED"))

    def resolveHostName(
        self,
        resolutionReceiver: IResolutionReceiver,
        hostName: str,
        portNumber: int = 0,
        addressTypes: Sequence[type[IAddress]] | None = None,
        transportSemantics: str = "TCP",
    ) -> IHostResolution:
        receiver: Any = resolutionReceiver
        if self.enabled:
            receiver = _Filter(resolutionReceiver, hostName, self.allow_networks)
        return super().resolveHostName(
            receiver, hostName, portNumber, addressTypes, transportSemantics
        )


@provider(IResolutionReceiver)
class _Filter:
    """Passes on the allowed addresses only; remembers why when none was left."""

    def __init__(self, receiver: Any, host: str, allow_networks: Sequence[Network]) -> None:
        self.receiver = receiver
        self.host = host
        self.allow_networks = allow_networks
        self.passed = 0
        self.refused: str | None = None

    def resolutionBegan(self, resolution: IHostResolution) -> None:
        self.receiver.resolutionBegan(resolution)

    def addressResolved(self, address: IAddress) -> None:
        try:
            check_address(self.host, str(getattr(address, "host", "")), self.allow_networks)
        except RefusedAddress as exc:
            self.refused = str(exc)
            return
        self.passed += 1
        self.receiver.addressResolved(address)

    def resolutionComplete(self) -> None:
        if self.passed:
            refusals.pop(self.host, None)
        elif self.refused:
            refusals[self.host] = self.refused
        self.receiver.resolutionComplete()


def _allowed(settings: Any) -> tuple[Network, ...]:
    config = settings.get("AGGREGATOR_CONFIG")
    return config.allow_networks if isinstance(config, Config) else ()
