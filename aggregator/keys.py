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

    def source_entries(self, name: str) -> str:
        """Sorted set: fingerprints of the entries of one source whose page was fetched."""
        return f"{self.prefix}source:{name}:entries"

    @property
    def schedule_due(self) -> str:
        """Sorted set: source name -> when it is next due (epoch seconds); a claim moves the
        score to the lease's expiry, so a crashed scheduler's sources come due again."""
        return f"{self.prefix}schedule:due"

    @property
    def schedule_leases(self) -> str:
        """Hash: source name -> "token expiry" of the scheduler crawling it now."""
        return f"{self.prefix}schedule:leases"

    @property
    def seen_urls(self) -> str:
        """Hash: canonical-URL fingerprint -> article id (dedup of repeats)."""
        return f"{self.prefix}dedup:urls"

    def all_pattern(self) -> str:
        """A SCAN pattern matching every key under the prefix."""
        return f"{self.prefix}*"
