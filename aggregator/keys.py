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

    # Dedup keys share the hash tag {dedup}: its Lua scripts touch many of them at once, and
    # Redis Cluster runs a script only on keys of one slot. Sharding dedup over a cluster
    # would mean tagging by story instead; not needed below ~10M articles.

    def dedup_bucket(self, kind: str, window: int, bucket: int) -> str:
        """Hash of one time window: exact keys (kind "x": URL, GUID, text hash -> short id)
        or LSH bands (kind "b": band key -> short id), ~100 fields so Redis keeps it a
        compact listpack. Expires when its window leaves the retention."""
        return f"{self.prefix}{{dedup}}:{kind}:{window}:{bucket}"

    def dedup_article(self, short: int) -> str:
        """Hash: what dedup knows of one article (id, text hash, revision, signature, story)."""
        return f"{self.prefix}{{dedup}}:a:{short}"

    def dedup_card(self, short: int) -> str:
        """String (JSON): URL, source, title and credit lines of one article, for `story`."""
        return f"{self.prefix}{{dedup}}:c:{short}"

    def dedup_story(self, story_id: str) -> str:
        """Hash of a story with copies: "i" its id, "o" its original, member -> outlet."""
        return f"{self.prefix}{{dedup}}:s:{story_id}"

    @property
    def dedup_sequence(self) -> str:
        """Counter: the order in which dedup first saw each article."""
        return f"{self.prefix}{{dedup}}:seq"

    def dedup_pattern(self) -> str:
        """A SCAN pattern matching every dedup key."""
        return f"{self.prefix}{{dedup}}:*"

    def all_pattern(self) -> str:
        """A SCAN pattern matching every key under the prefix."""
        return f"{self.prefix}*"
