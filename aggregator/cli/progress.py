"""A progress bar for ``aggregator crawl`` on a terminal: sources polled, articles published.

It reads the sources' health counters in Redis, which the crawl (in this process's Scrapy
reactor, or in workers) adds to; so the bar needs no hook into the crawl itself.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Sequence
from typing import TextIO

import redis

from aggregator.keys import Keys

WIDTH = 30


class Progress:
    """``with Progress(...)``: redraws one line on ``stream`` every ``every`` seconds, and
    does nothing at all when ``stream`` is not a terminal (a log file, a pipe, cron)."""

    def __init__(
        self,
        client: redis.Redis,
        keys: Keys,
        names: Sequence[str],
        stream: TextIO | None = None,
        every: float = 0.5,
    ) -> None:
        self.client, self.keys, self.names = client, keys, list(names)
        self.stream = stream or sys.stderr
        self.every = every
        self.enabled = self.stream.isatty()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="progress", daemon=True)
        self._start = self._read()

    def __enter__(self) -> Progress:
        if self.enabled:
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.enabled:
            self._stop.set()
            self._thread.join()
            self.stream.write(self.line() + "\n")
            self.stream.flush()

    def line(self) -> str:
        """``[#####-----] 3/10 sources polled, 12 articles published``."""
        now = self._read()
        polled = sum(n > s for (n, _), (s, _) in zip(now, self._start, strict=True))
        published = sum(p - s for (_, p), (_, s) in zip(now, self._start, strict=True))
        total = max(1, len(self.names))
        done = WIDTH * polled // total
        bar = "#" * done + "-" * (WIDTH - done)
        return f"[{bar}] {polled}/{len(self.names)} sources polled, {published} articles published"

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            self.stream.write("\r" + self.line())
            self.stream.flush()
        self.stream.write("\r")

    def _read(self) -> list[tuple[int, int]]:
        """(polls, published) of each source."""
        pipe = self.client.pipeline(transaction=False)
        for name in self.names:
            pipe.hmget(self.keys.source_health(name), ["polls", "count:published"])
        return [(int(p or 0), int(c or 0)) for p, c in pipe.execute()]
