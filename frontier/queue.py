"""LeasedQueue: scrapy-redis's priority queue, where a pop is a lease that must be acked."""

from __future__ import annotations

import logging
import pickle
from typing import Any

from scrapy import Request, Spider
from scrapy_redis.queue import PriorityQueue

from aggregator.crawl.frontier import Frontier

logger = logging.getLogger(__name__)

#: Request.meta key holding the lease of a request popped from the frontier.
LEASE = "frontier_lease"


class LeasedQueue(PriorityQueue):  # type: ignore[misc]
    """Requests in ``Keys.frontier_requests``; ``pop`` leases them (``aggregator.crawl.frontier``).

    A request that comes back to the scheduler (retry, redirect) gives its lease back when
    it is pushed again.
    """

    def __init__(
        self, frontier: Frontier, spider: Spider, serializer: Any, lease_seconds: float
    ) -> None:
        super().__init__(
            frontier.client, spider, frontier.keys.frontier_requests, serializer=serializer
        )
        self.frontier = frontier
        self.lease_seconds = lease_seconds

    def __len__(self) -> int:
        return self.frontier.queued()

    def push(self, request: Request) -> None:
        release = request.meta.pop(LEASE, None)
        self.frontier.push(self._encode_request(request), -request.priority, release)

    def pop(self, timeout: int = 0) -> Request | None:
        while (popped := self.frontier.pop(self.lease_seconds)) is not None:
            lease, data = popped
            try:
                request: Request = self._decode_request(data)
            except (pickle.UnpicklingError, ValueError, AttributeError, TypeError) as exc:
                logger.error("dropped an unreadable request from the frontier: %s", exc)
                self.frontier.ack(lease)
                continue
            request.meta[LEASE] = lease
            return request
        return None
