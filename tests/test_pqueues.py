"""The local scheduler's queue: the next host in turn with nothing in progress, the same
choice as Scrapy's downloader-aware queue, without asking about every queued host."""

from __future__ import annotations

from types import SimpleNamespace

import scrapy
from scrapy.core.downloader import Slot
from scrapy.squeues import FifoMemoryQueue
from scrapy.utils.test import get_crawler

from aggregator_scrapy.frontier.pqueues import RoundRobinSlotQueue


def queue_with(slots: dict[str, Slot]) -> RoundRobinSlotQueue:
    crawler = get_crawler()
    downloader = SimpleNamespace(slots=slots, get_slot_key=lambda r: r.meta["download_slot"])
    crawler.engine = SimpleNamespace(downloader=downloader)  # type: ignore[assignment]
    return RoundRobinSlotQueue(crawler, FifoMemoryQueue, "")


def request(host: str, k: int) -> scrapy.Request:
    return scrapy.Request(f"http://{host}/{k}", meta={"download_slot": host})


def test_hosts_are_served_in_turn_and_a_busy_host_waits() -> None:
    busy = Slot(concurrency=1, delay=0)
    busy.active.add(request("busy.example", 0))
    queue = queue_with({"busy.example": busy})
    for k in range(3):
        for host in ("a.example", "busy.example", "b.example"):
            queue.push(request(host, k))
    taken = [queue.pop().url for _ in range(6)]  # type: ignore[union-attr]
    # one of each idle host in turn; the host with a download in progress is passed over
    assert taken == [f"http://{h}/{k}" for k in range(3) for h in ("a.example", "b.example")]
    busy.active.clear()
    assert [queue.pop().url for _ in range(3)] == [  # type: ignore[union-attr]
        f"http://busy.example/{k}" for k in range(3)
    ]
    assert queue.pop() is None and len(queue) == 0


def test_when_every_host_is_busy_scrapys_choice_decides() -> None:
    slots = {host: Slot(concurrency=1, delay=0) for host in ("a.example", "b.example")}
    slots["a.example"].active.update({request("a.example", 8), request("a.example", 9)})
    slots["b.example"].active.add(request("b.example", 9))
    queue = queue_with(slots)
    queue.push(request("a.example", 0))
    queue.push(request("b.example", 0))
    assert queue.peek().url == "http://b.example/0"  # type: ignore[union-attr]
    assert queue.pop().url == "http://b.example/0"  # type: ignore[union-attr]  # fewest active
