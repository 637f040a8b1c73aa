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

    # The distributed frontier: every key in one Redis Cluster slot through the hash tag
    # "{frontier}", because its Lua scripts move requests between them atomically.

    @property
    def frontier_tag(self) -> str:
        """Common start of the frontier's keys; "{frontier}" is the Cluster hash tag."""
        return f"{self.prefix}{{frontier}}"

    @property
    def frontier_feeds(self) -> str:
        """List: feed messages (JSON) waiting for a worker (scrapy-redis start URLs)."""
        return f"{self.frontier_tag}:feeds"

    @property
    def frontier_requests(self) -> str:
        """Sorted set: serialized requests waiting for a worker, by priority."""
        return f"{self.frontier_tag}:requests"

    @property
    def frontier_seen(self) -> str:
        """Sorted set: request fingerprint -> when it was first enqueued (bounded window)."""
        return f"{self.frontier_tag}:seen"

    @property
    def frontier_inflight(self) -> str:
        """Hash: lease id -> the leased request ("score:data") a worker is processing."""
        return f"{self.frontier_tag}:inflight"

    @property
    def frontier_leases(self) -> str:
        """Sorted set: lease id -> deadline (Redis time, seconds)."""
        return f"{self.frontier_tag}:leases"

    @property
    def frontier_owners(self) -> str:
        """Hash: lease id -> the worker holding it."""
        return f"{self.frontier_tag}:owners"

    @property
    def frontier_workers(self) -> str:
        """Sorted set: worker id -> until when it is alive (heartbeat, Redis time)."""
        return f"{self.frontier_tag}:workers"

    # What operators watch (aggregator serve): fleet-wide, so every process adds to one place.

    @property
    def heartbeats(self) -> str:
        """Sorted set: "role:host" -> until when that process promised to beat again."""
        return f"{self.prefix}ops:heartbeats"

    def pass_histogram(self, kind: str) -> str:
        """Hash: durations of crawl or scheduler passes, as Prometheus histogram buckets."""
        return f"{self.prefix}ops:passes:{kind}"

    def robots(self, origin: str) -> str:
        """String: the robots.txt answer of one origin (``scheme://host:port``), expiring when
        it must be fetched again (aggregator.crawl.robots)."""
        return f"{self.prefix}robots:{origin}"

    def host_limit(self, host: str) -> str:
        """String: the next free request time of one host, shared by every worker."""
        return f"{self.prefix}hostlimit:{host}"

    def all_pattern(self) -> str:
        """A SCAN pattern matching every key under the prefix."""
        return f"{self.prefix}*"
