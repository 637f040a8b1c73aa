"""Names of every Redis key the aggregator uses, under one configurable prefix."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Keys:
    """Key names; ``prefix`` isolates deployments (and tests) sharing one Redis."""

    prefix: str = "aggregator:"
    stream_name: str = "articles"

    @property
    def stream(self) -> str:
        """The article stream consumers read."""
        return f"{self.prefix}{self.stream_name}"

    @property
    def dead_letter(self) -> str:
        """Entries that failed delivery too often, with their error."""
        return f"{self.prefix}{self.stream_name}:dead"

    @property
    def sources(self) -> str:
        """Hash: source name -> source record (JSON)."""
        return f"{self.prefix}sources"

    def source_health(self, name: str) -> str:
        """Hash: last crawl, last error, counters of one source."""
        return f"{self.prefix}source:{name}:health"

    @property
    def seen_urls(self) -> str:
        """Hash: canonical-URL fingerprint -> article id (dedup of repeats)."""
        return f"{self.prefix}dedup:urls"

    def all_pattern(self) -> str:
        """A SCAN pattern matching every key under the prefix."""
        return f"{self.prefix}*"
