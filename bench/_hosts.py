"""A resolver for bench/dedup_crawl.py: the local web's host names to their loopback addresses."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from typing import Any

from twisted.internet.interfaces import IAddress, IHostResolution, IResolutionReceiver

from aggregator_scrapy.middlewares.resolver import NetGuardResolver


class HostsResolver(NetGuardResolver):
    """NetGuardResolver, with the names in BENCH_DEDUP_HOSTS (JSON) resolved to their address."""

    hosts: dict[str, str] = json.loads(os.environ.get("BENCH_DEDUP_HOSTS") or "{}")

    def resolveHostName(
        self,
        resolutionReceiver: IResolutionReceiver,
        hostName: str,
        portNumber: int = 0,
        addressTypes: Sequence[type[IAddress]] | None = None,
        transportSemantics: str = "TCP",
    ) -> IHostResolution:
        address = self.hosts.get(hostName.lower(), hostName)
        receiver: Any = resolutionReceiver
        return super().resolveHostName(
            receiver, address, portNumber, addressTypes, transportSemantics
        )
