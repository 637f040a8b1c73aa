"""The local scheduler's priority queue: Scrapy's downloader-aware one, without its scan of
every host at each request taken."""

from __future__ import annotations

from scrapy.http import Request
from scrapy.pqueues import DownloaderAwarePriorityQueue


class RoundRobinSlotQueue(DownloaderAwarePriorityQueue):
    """Scrapy's DownloaderAwarePriorityQueue (one queue per download slot, the slot with
    the fewest downloads in progress first, so one host's hundred articles do not hold up
    every other host's feed), taking the next slot in turn that has none in progress.

    Scrapy's own asks the downloader about every slot with a queued request at each pop:
    a pass over 5,000 feeds (5,000 slots queued at once) spent a quarter of its CPU there,
    and its cost per source doubled from 1,000 to 5,000 sources (bench/results/sources.md).
    Here slots are kept in the order they were last served; at most the slots with
    downloads in progress (no more than CONCURRENT_REQUESTS) are passed over before an idle
    one is found. Only when every queued slot is busy does Scrapy's full comparison run.
    """

    def pop(self) -> Request | None:
        slot = self._idle_slot()
        if slot is None:
            return super().pop()
        self._last_selected_slot = slot
        queue = self.pqueues.pop(slot)
        request = queue.pop()
        if len(queue):
            self.pqueues[slot] = queue  # to the back: served again after the others
        else:
            queue.close()
        return request

    def peek(self) -> Request | None:
        slot = self._idle_slot()
        return super().peek() if slot is None else self.pqueues[slot].peek()

    def _idle_slot(self) -> str | None:
        if self.key:  # a persistent crawl (JOBDIR): Scrapy's own bookkeeping of slot folders
            return None
        slots = self._downloader_interface.downloader.slots
        for key in self.pqueues:
            slot = slots.get(key)
            if slot is None or not slot.active:
                return key
        return None
